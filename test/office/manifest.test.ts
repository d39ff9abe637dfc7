// Structure of the built manifest.xml, checked offline: ids and resids, HTTPS URLs, launch events, send mode, runtime override.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import {
  COMPOSE_TASKPANE_CONTROL_ID,
  LAUNCH_HANDLERS,
  NOTIFICATION_ICON_RESID,
  READ_TASKPANE_CONTROL_ID,
} from '../../src/office/names';
import { buildFails, buildInto, removeBuilds } from './build';

const BASE = 'https://sendguard.examplecouncil.gov.uk/addin';

function load(dist: string): { root: Element; all: Element[]; text: string } {
  const text = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  const doc = parseDocument(text, { xmlMode: true });
  const root = DomUtils.findOne((e) => e.name === 'OfficeApp', doc.children) as Element;
  return { root, all: DomUtils.findAll(() => true, doc.children), text };
}

const byName = (all: Element[], name: string): Element[] => all.filter((e) => e.name === name);
const attr = (e: Element | undefined, name: string): string | undefined => e?.attribs[name];
const childElements = (e: Element): Element[] =>
  e.children.filter((c): c is Element => c.type === 'tag');

describe.each([
  ['default build', {}, 'https://localhost:3000', 'SoftBlock'],
  [
    'Block build for a council host',
    { SENDGUARD_BASE_URL: `${BASE}/`, SENDGUARD_SEND_MODE: 'Block' },
    BASE,
    'Block',
  ],
] as const)('%s', (_name, env, base, sendMode) => {
  let m: ReturnType<typeof load>;
  let dist: string;
  beforeAll(() => {
    dist = buildInto(env);
    m = load(dist);
  });

  test('is a Mail add-in with ReadWriteItem and no placeholders left', () => {
    expect(m.root.attribs['xsi:type']).toBe('MailApp');
    expect(DomUtils.textContent(byName(m.all, 'Permissions')[0] as Element)).toBe('ReadWriteItem');
    expect(DomUtils.textContent(byName(m.all, 'Id')[0] as Element)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(DomUtils.textContent(byName(m.all, 'Version')[0] as Element)).toMatch(
      /^\d+\.\d+\.\d+\.\d+$/,
    );
    expect(m.text).not.toContain('{{');
  });

  test('VersionOverrides 1.0 wraps exactly VersionOverrides 1.1, which requires Mailbox 1.12 or higher', () => {
    const overrides = byName(m.all, 'VersionOverrides');
    const outer = overrides.find(
      (e) => e.attribs['xsi:type'] === 'VersionOverridesV1_0',
    ) as Element;
    const inner = childElements(outer);
    expect(inner).toHaveLength(1);
    expect(inner[0]?.name).toBe('VersionOverrides');
    expect(inner[0]?.attribs['xsi:type']).toBe('VersionOverridesV1_1');
    expect(inner[0]?.attribs.xmlns).toBe(
      'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
    );
    const sets = DomUtils.findOne((e) => e.name === 'bt:Sets', inner[0]?.children ?? []) as Element;
    expect(Number(sets.attribs.DefaultMinVersion)).toBeGreaterThanOrEqual(1.12);
    expect(childElements(sets).map((s) => s.attribs.Name)).toEqual(['Mailbox']);
  });

  test('every resid points at exactly one resource, and resource ids are unique', () => {
    const resources = [
      ...byName(m.all, 'bt:Image'),
      ...byName(m.all, 'bt:Url'),
      ...byName(m.all, 'bt:String'),
    ]
      .map((e) => e.attribs.id)
      .filter((id): id is string => id !== undefined);
    expect(new Set(resources).size).toBe(resources.length);
    const used = m.all.map((e) => e.attribs.resid).filter((r): r is string => r !== undefined);
    for (const resid of used) expect(resources).toContain(resid);
    for (const id of resources) expect([...used, NOTIFICATION_ICON_RESID]).toContain(id);
    expect(resources).toContain(NOTIFICATION_ICON_RESID);
  });

  test('one Runtime: an HTML page with a single JavaScript override, shared with the LaunchEvent', () => {
    const url = (resid: string | undefined): string | undefined =>
      attr(
        byName(m.all, 'bt:Url').find((u) => u.attribs.id === resid),
        'DefaultValue',
      );
    const runtimes = byName(m.all, 'Runtime');
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0] as Element;
    expect(url(runtime.attribs.resid)).toBe(`${base}/commands.html`);
    const overrides = childElements(runtime).filter((e) => e.name === 'Override');
    expect(overrides).toHaveLength(1);
    expect(overrides[0]?.attribs.type).toBe('javascript');
    expect(url(overrides[0]?.attribs.resid)).toBe(`${base}/commands.js`);
    const launch = byName(m.all, 'ExtensionPoint').find(
      (e) => e.attribs['xsi:type'] === 'LaunchEvent',
    ) as Element;
    const source = childElements(launch).find((e) => e.name === 'SourceLocation');
    expect(source?.attribs.resid).toBe(runtime.attribs.resid);
  });

  test(`launch events name the associated handlers; OnMessageSend uses SendMode ${sendMode}`, () => {
    const events = byName(m.all, 'LaunchEvent').map((e) => [
      e.attribs.Type,
      e.attribs.FunctionName,
      e.attribs.SendMode,
    ]);
    expect(events).toEqual([
      ['OnNewMessageCompose', LAUNCH_HANDLERS.OnNewMessageCompose, undefined],
      ['OnMessageRecipientsChanged', LAUNCH_HANDLERS.OnMessageRecipientsChanged, undefined],
      ['OnMessageAttachmentsChanged', LAUNCH_HANDLERS.OnMessageAttachmentsChanged, undefined],
      ['OnMessageSend', LAUNCH_HANDLERS.OnMessageSend, sendMode],
    ]);
  });

  test('the compose task pane control id is the commandId the send handler passes; read mode has its own', () => {
    const controls = byName(m.all, 'Control');
    const ids = controls.map((c) => c.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
    const surface = (id: string): string | undefined => {
      let node = controls.find((c) => c.attribs.id === id)?.parent as Element | null;
      while (node !== null && node.name !== 'ExtensionPoint') node = node.parent as Element | null;
      return node?.attribs['xsi:type'];
    };
    expect(surface(COMPOSE_TASKPANE_CONTROL_ID)).toBe('MessageComposeCommandSurface');
    expect(surface(READ_TASKPANE_CONTROL_ID)).toBe('MessageReadCommandSurface');
    for (const control of controls) {
      const action = DomUtils.findOne((e) => e.name === 'Action', control.children) as Element;
      expect(action.attribs['xsi:type']).toBe('ShowTaskpane');
    }
  });

  test('every URL is HTTPS under the base URL (support URL may be elsewhere but HTTPS)', () => {
    const urls = [
      ...m.all
        .filter(
          (e) =>
            e.attribs.DefaultValue !== undefined &&
            /^(?:bt:Url|bt:Image|IconUrl|HighResolutionIconUrl|SourceLocation)$/.test(e.name),
        )
        .map((e) => e.attribs.DefaultValue ?? ''),
      ...byName(m.all, 'AppDomain').map((e) => DomUtils.textContent(e)),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${base}/`) || url === base).toBe(true);
    expect(attr(byName(m.all, 'SupportUrl')[0], 'DefaultValue')).toMatch(/^https:\/\//);
  });

  test('the icons it names exist in dist/assets at their sizes', () => {
    const images = [
      ...byName(m.all, 'bt:Image'),
      ...byName(m.all, 'IconUrl'),
      ...byName(m.all, 'HighResolutionIconUrl'),
    ].filter((e) => e.attribs.DefaultValue !== undefined);
    expect(images).toHaveLength(5);
    for (const image of images) {
      const url = image.attribs.DefaultValue ?? '';
      const file = join(dist, 'assets', url.slice(url.lastIndexOf('/') + 1));
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const width = png.readUInt32BE(16);
      expect(png.readUInt32BE(20)).toBe(width);
      expect(url.endsWith(`icon-${width}.png`)).toBe(true);
    }
    for (const size of ['16', '32', '80'])
      expect(byName(m.all, 'bt:Image').some((i) => i.attribs.id === `Sendguard.Icon${size}`)).toBe(
        true,
      );
  });

  test('strings fit Outlook limits (short 125, long 250)', () => {
    const parent = (e: Element): string => (e.parent as Element).name;
    for (const s of byName(m.all, 'bt:String')) {
      const values = [
        s.attribs.DefaultValue ?? '',
        ...childElements(s).map((o) => o.attribs.Value ?? ''),
      ];
      const limit = parent(s) === 'bt:ShortStrings' ? 125 : 250;
      for (const v of values) expect(v.length).toBeLessThanOrEqual(limit);
    }
  });

  test('the well-known file allows the event bundle; policy.json is the embedded policy', () => {
    const allowed = JSON.parse(
      readFileSync(join(dist, '.well-known/microsoft-officeaddins-allowed.json'), 'utf8'),
    ) as { allowed: string[] };
    expect(allowed.allowed).toEqual([`${base}/commands.js`]);
    const policy = JSON.parse(readFileSync(join(dist, 'policy.json'), 'utf8')) as {
      version: string;
    };
    expect(policy.version).toMatch(/\S/);
    expect(readFileSync(join(dist, 'commands.html'), 'utf8')).toContain(
      '<script src="commands.js"></script>',
    );
  });
});

describe('build options are checked', () => {
  test('an http base URL is refused', () => {
    const result = buildFails({ SENDGUARD_BASE_URL: 'http://localhost:3000' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('must be https://');
  });

  test('an unknown send mode is refused', () => {
    const result = buildFails({ SENDGUARD_SEND_MODE: 'PromptUser' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('SENDGUARD_SEND_MODE');
  });
});

afterAll(removeBuilds);
