// `sendguard check` and `sendguard policy test` through the real binary: output formats, --explain, exit codes, errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendguard } from './cli';

/** A message file cut short, written here rather than kept in the tree (it is not valid JSON). */
const TMP = mkdtempSync(join(tmpdir(), 'sendguard-check-'));
const TRUNCATED = join(TMP, 'truncated.json');
writeFileSync(
  TRUNCATED,
  '{ "from": "a.officer@examplecouncil.gov.uk", "to": ["b@examplecouncil.gov.uk"], "subject": "x",\n',
);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const NO_STACK = /\n\s+at .+\(|Error: .*\n\s+at /;

describe('sendguard check', () => {
  it('prints a text verdict per file: decision, labels, reasons, findings', () => {
    const run = sendguard(['check', 'messages/anc-restricted-gmail.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'messages/anc-restricted-gmail.json: BLOCK',
        '  label: RESTRICTED   required: RESTRICTED   encrypted: yes',
        '  [block] audience-not-cleared: A RESTRICTED message must not go to the personal-webmail audience. Remove: jo.bloggs@gmail.com.',
        '  [warn] external-recipients: This message goes outside the council and its approved partners: jo.bloggs@gmail.com.',
        '  findings:',
        '    SPECIAL_CATEGORY_HEALTH x1: body',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 and says so when every file is allowed', () => {
    const run = sendguard([
      'check',
      'messages/allow-internal-plain.json',
      'messages/eml-allow-internal.eml',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('messages/eml-allow-internal.eml: ALLOW\n');
    expect(run.stdout).toContain('  reasons: none\n  findings: none\n');
  });

  it('prints the brief JSON shape, one object per file', () => {
    const run = sendguard([
      'check',
      '--format',
      'json',
      'messages/snl-nhs-unmarked-internal.json',
      'messages/allow-internal-plain.json',
    ]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'messages/snl-nhs-unmarked-internal.json',
        decision: 'block',
        label: null,
        requiredLabel: 'PROTECT',
        encrypted: false,
        reasons: [
          {
            rule: 'sensitive-needs-label',
            level: 'block',
            message:
              'This message contains sensitive data (NHS number) that needs the label PROTECT, but it is marked UNMARKED. Apply PROTECT before sending.',
          },
        ],
        findings: [{ type: 'NHS_NUMBER', count: 1, locations: ['body'] }],
      },
      {
        file: 'messages/allow-internal-plain.json',
        decision: 'allow',
        label: null,
        requiredLabel: null,
        encrypted: false,
        reasons: [],
        findings: [],
      },
    ]);
  });

  it('--explain says which rule fired on what, and never prints a detected value', () => {
    const run = sendguard([
      'check',
      '--explain',
      'messages/anc-findings-drive-label.json',
      'messages/snl-nhs-unmarked-internal.json',
    ]);
    expect(run.stdout).toContain('      types: SPECIAL_CATEGORY_HEALTH\n');
    expect(run.stdout).toContain('      recipients: jo.bloggs@hotmail.co.uk (personal-webmail)\n');
    expect(run.stdout).toContain(
      '      labels: applied none, required RESTRICTED, effective RESTRICTED\n',
    );
    expect(run.stdout).toContain(
      '  fixes:\n    apply-label RESTRICTED\n    remove-recipient jo.bloggs@hotmail.co.uk\n    encrypt [ENCRYPT]\n',
    );
    expect(run.stdout).toContain('    to: jo.bloggs@hotmail.co.uk (personal-webmail)\n');
    expect(run.stdout).toContain('  policy version: default-2026.1\n');
    expect(run.stdout).not.toMatch(/636 ?966 ?1872|Parkinson/);
  });

  it('shows an overridden block with its justification and does not count it', () => {
    const run = sendguard([
      'check',
      '--justify',
      'label-downgrade=Information owner agreed the original was over-marked',
      'messages/ld-justified.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('messages/ld-justified.json: ALLOW\n');
    expect(run.stdout).toContain('  [block, overridden] label-downgrade: ');
    expect(run.stdout).toContain(
      '      justification: Information owner agreed the original was over-marked\n',
    );
  });

  it('renders reasons in Welsh with --locale cy', () => {
    const run = sendguard(['check', '--locale', 'cy', 'messages/ext-firm.json']);
    expect(run.stdout).toContain(
      "[warn] external-recipients: Mae'r neges hon yn mynd y tu allan i'r cyngor a'i bartneriaid cymeradwy: sales@acme-consulting.co.uk.",
    );
  });

  it.each([
    [['check', TRUNCATED], new RegExp(`^sendguard: ${escaped(TRUNCATED)}.*\\n$`)],
    [['check', 'errors/wrong-field.json'], /^sendguard: errors\/wrong-field\.json: .*to.*\n$/],
    [
      ['check', 'messages/no-such-file.json'],
      /^sendguard: messages\/no-such-file\.json: .*not found.*\n$/,
    ],
    [
      ['check', '--policy', 'errors/bad-policy.json', 'messages/ext-firm.json'],
      /errors\/bad-policy\.json: rules\.reply-all\.options\.minRecipients: /,
    ],
    [
      ['check', '--policy', 'errors/bad-policy.json', 'messages/ext-firm.json'],
      /rules\.audience-not-cleared\.options\.barred\.SECRET: unknown label "SECRET"/,
    ],
    [
      ['check', '--format', 'xml', 'messages/ext-firm.json'],
      /^sendguard: --format must be text or json, not "xml"\n$/,
    ],
    [
      ['check', '--justify', 'no-such-rule=because', 'messages/ext-firm.json'],
      /^sendguard: --justify: unknown rule "no-such-rule"/,
    ],
    [['check'], /missing required argument/],
  ])('exits 2 with a one-line reason for %j', (args, stderr) => {
    const run = sendguard(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('still reports the readable files when one cannot be read, and exits 2', () => {
    const run = sendguard(['check', '--format', 'json', 'messages/ext-firm.json', TRUNCATED]);
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file)).toEqual([
      'messages/ext-firm.json',
    ]);
    expect(run.stderr).toContain(TRUNCATED);
  });
});

describe('sendguard policy test', () => {
  it('prints pass/fail per case with what differed, a summary, and exits 1 on a failure', () => {
    const run = sendguard(['policy', 'test', 'errors/failing.cases.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'PASS  an external quote only warns',
        'FAIL  an inline message: NHS number to a colleague, wrongly expected to pass',
        '      expected allow []',
        '      got      block [sensitive-needs-label]',
        '',
        '2 cases: 1 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 naming each problem in a malformed cases file', () => {
    const run = sendguard(['policy', 'test', 'errors/bad.cases.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('errors/bad.cases.json: ');
    expect(run.stderr).toContain('[0].expect.decision: ');
    expect(run.stderr).toContain('give either "message" or "file"');
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('exits 2 for a missing cases file', () => {
    const run = sendguard(['policy', 'test', 'errors/none.cases.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sendguard: errors/none.cases.json: file not found\n');
  });
});
