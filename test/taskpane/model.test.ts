// The pane's models: masked previews from the item's own text, and the reading view's summary.
import { defaultPolicy } from '../../src/policy/default';
import { evaluate } from '../../src/engine/evaluate';
import { MessageSnapshotSchema, type MessageSnapshotInput } from '../../src/message/types';
import { findingViews, PREVIEWS_PER_TYPE } from '../../taskpane/model/preview';
import { headerValue, parseMsipLabels, summariseReading } from '../../taskpane/model/reading';

const NOW = new Date('2026-11-22T10:00:00Z');
const message = (input: MessageSnapshotInput) => MessageSnapshotSchema.parse(input);

describe('findingViews', () => {
  it('masks each finding from the message text, never showing the whole value', () => {
    const m = message({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['priya.shah@stgeorges.nhs.uk'],
      subject: 'Case note',
      body: 'Her NHS number is 943 476 5919 and the review is at 10am.',
    });
    const views = findingViews(
      m,
      evaluate(m, defaultPolicy, NOW),
      defaultPolicy.attachments.sizeBudgetBytes,
    );
    const nhs = views.find((v) => v.type === 'NHS_NUMBER');
    expect(nhs?.previews).toEqual([{ location: 'body', masked: '••• ••• 5919' }]);
    expect(nhs?.locations).toEqual(['body']);
    expect(JSON.stringify(views)).not.toContain('943 476');
  });

  it(`shows at most ${PREVIEWS_PER_TYPE} previews per type and counts the rest`, () => {
    const numbers = [
      '943 476 5919',
      '401 023 2137',
      '450 557 7104',
      '485 777 3456',
      '943 476 5870',
    ];
    const m = message({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['x@examplecouncil.gov.uk'],
      body: numbers.map((n) => `Patient NHS number ${n}.`).join('\n'),
    });
    const verdict = evaluate(m, defaultPolicy, NOW);
    const nhs = findingViews(m, verdict, defaultPolicy.attachments.sizeBudgetBytes).find(
      (v) => v.type === 'NHS_NUMBER',
    );
    expect(nhs).toBeDefined();
    expect(nhs?.previews.length).toBe(Math.min(PREVIEWS_PER_TYPE, nhs?.count ?? 0));
    expect(nhs?.more).toBe((nhs?.count ?? 0) - (nhs?.previews.length ?? 0));
    expect(nhs?.count).toBeGreaterThan(PREVIEWS_PER_TYPE);
  });
});

describe('parseMsipLabels', () => {
  it('reads the enabled label and its name', () => {
    const value =
      'MSIP_Label_aaaa-1111_Enabled=true; MSIP_Label_aaaa-1111_SetDate=2026-11-20T10:00:00Z; MSIP_Label_aaaa-1111_Name=Official Sensitive';
    expect(parseMsipLabels(value)).toEqual({ guid: 'aaaa-1111', name: 'Official Sensitive' });
  });
  it('ignores disabled labels and junk', () => {
    expect(
      parseMsipLabels('MSIP_Label_bbbb_Enabled=false; MSIP_Label_bbbb_Name=Public'),
    ).toBeNull();
    expect(parseMsipLabels('nonsense')).toBeNull();
    expect(parseMsipLabels('')).toBeNull();
  });
  it('looks headers up in any case', () => {
    expect(headerValue({ 'x-protective-marking': 'SEC=PROTECT' }, 'X-Protective-Marking')).toBe(
      'SEC=PROTECT',
    );
    expect(headerValue({}, 'Sensitivity')).toBeNull();
  });
});

describe('summariseReading', () => {
  const reader = 'a.officer@examplecouncil.gov.uk';

  it('describes a Confidential, PROTECT-marked thread and who is on it', () => {
    const m = message({
      from: 'Cllr Tom Price <cllr.tom.price@examplecouncil.gov.uk>',
      to: ['cllr.rhian.evans@examplecouncil.gov.uk'],
      cc: ['sian.jenkins@gmail.com'],
      subject: '[CONFIDENTIAL] Northgate appeal',
      headers: {
        'X-Protective-Marking':
          'VER=2026.1, NS=examplecouncil.gov.uk, SEC=PROTECT, ORIGIN=cllr.tom.price@examplecouncil.gov.uk',
        Sensitivity: 'Company-Confidential',
      },
      body: 'Counsel’s advice is below.',
    });
    const s = summariseReading(m, defaultPolicy, reader, NOW);
    expect(s.confidential).toBe(true);
    expect(s.label).toBe('PROTECT');
    expect(s.subjectLabel).toBeNull();
    expect(s.markingHeader).toEqual({ sec: 'PROTECT', ns: 'examplecouncil.gov.uk' });
    expect(s.sensitivity).toBe('Company-Confidential');
    expect(s.participants.map((p) => [p.role, p.audience])).toEqual([
      ['from', 'internal'],
      ['to', 'internal'],
      ['cc', 'personal-webmail'],
    ]);
    expect(s.sharing.never).toContain('media');
  });

  it('asks the engine who may receive a PROTECT message, and reads the Purview header', () => {
    const m = message({
      from: 'jo.hughes@nhs.net',
      to: [reader],
      subject: '[PROTECT] Discharge plan',
      headers: {
        msip_labels: 'MSIP_Label_cccc_Enabled=true; MSIP_Label_cccc_Name=Official Sensitive',
      },
      body: 'NHS number 943 476 5919.',
    });
    const s = summariseReading(m, defaultPolicy, reader, NOW);
    expect(s.confidential).toBe(false);
    expect(s.subjectLabel).toBe('PROTECT');
    expect(s.purviewLabel).toBe('Official Sensitive');
    expect(s.findings).toEqual([{ type: 'NHS_NUMBER', count: 1 }]);
    expect(s.sharing.cleared).toEqual(expect.arrayContaining(['internal', 'secure-partner']));
    expect(s.sharing.encryptedOnly).toContain('partner');
    expect(s.sharing.never).toEqual(['media']);
  });

  it('lets an unmarked message go anywhere', () => {
    const m = message({
      from: 'morgan.lewis@examplecouncil.gov.uk',
      to: [reader],
      subject: 'Team meeting',
      body: 'At 2pm.',
    });
    const s = summariseReading(m, defaultPolicy, reader, NOW);
    expect(s.label === null || s.label === 'UNMARKED').toBe(true);
    expect(s.sharing.never).toEqual([]);
    expect(s.sharing.encryptedOnly).toEqual([]);
    expect(s.sharing.cleared).toEqual(expect.arrayContaining(['internal', 'media', 'external']));
  });
});
