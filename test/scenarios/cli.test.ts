// `sendguard check` and `sendguard policy test` through the real binary: output formats, --explain, exit codes, errors.
import { sendguard } from './cli';

const NO_STACK = /\n\s+at .+\(|Error: .*\n\s+at /;

describe('sendguard check', () => {
  it('prints a text verdict per file: decision, labels, reasons, findings', () => {
    const run = sendguard(['check', 'messages/enc-findings-need-it.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'messages/enc-findings-need-it.json: BLOCK',
        '  label: PROTECT   required: RESTRICTED   encrypted: no',
        '  [block] encryption-required: A RESTRICTED message must be encrypted before it goes to head@oakfield.sch.uk. Add [ENCRYPT] to the subject.',
        '  [block] sensitive-needs-label: This message contains SAFEGUARDING, which needs the label RESTRICTED, but it is marked PROTECT. Apply RESTRICTED before sending.',
        '  findings:',
        '    SAFEGUARDING x2: body',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 and says so when every file is allowed', () => {
    const run = sendguard(['check', 'messages/allow-internal-plain.json', 'messages/eml-allow-internal.eml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('messages/eml-allow-internal.eml: ALLOW\n');
    expect(run.stdout).toContain('  reasons: none\n  findings: none\n');
  });

  it('prints the brief JSON shape, one object per file', () => {
    const run = sendguard(['check', '--format', 'json', 'messages/snl-nhs-unmarked-internal.json', 'messages/allow-internal-plain.json']);
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
            message: 'This message contains NHS_NUMBER, which needs the label PROTECT, but it is marked UNMARKED. Apply PROTECT before sending.',
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
    const run = sendguard(['check', '--explain', 'messages/anc-findings-drive-label.json', 'messages/snl-nhs-unmarked-internal.json']);
    expect(run.stdout).toContain('      types: SPECIAL_CATEGORY_HEALTH\n');
    expect(run.stdout).toContain('      recipients: jo.bloggs@hotmail.co.uk (personal-webmail)\n');
    expect(run.stdout).toContain('      labels: applied none, required RESTRICTED, effective RESTRICTED\n');
    expect(run.stdout).toContain('  fixes:\n    apply-label RESTRICTED\n    remove-recipient jo.bloggs@hotmail.co.uk\n    encrypt [ENCRYPT]\n');
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
    expect(run.stdout).toContain('      justification: Information owner agreed the original was over-marked\n');
  });

  it('renders reasons in Welsh with --locale cy', () => {
    const run = sendguard(['check', '--locale', 'cy', 'messages/ext-firm.json']);
    expect(run.stdout).toContain(
      "[warn] external-recipients: Mae'r neges hon yn mynd y tu allan i'r cyngor a'i bartneriaid cymeradwy: sales@acme-consulting.co.uk.",
    );
  });

  it.each([
    [['check', 'errors/truncated.json'], /^sendguard: errors\/truncated\.json.*\n$/],
    [['check', 'errors/wrong-field.json'], /^sendguard: errors\/wrong-field\.json: .*to.*\n$/],
    [['check', 'messages/no-such-file.json'], /^sendguard: messages\/no-such-file\.json: .*not found.*\n$/],
    [['check', '--policy', 'errors/bad-policy.json', 'messages/ext-firm.json'], /errors\/bad-policy\.json: rules\.reply-all\.options\.minRecipients: /],
    [['check', '--policy', 'errors/bad-policy.json', 'messages/ext-firm.json'], /rules\.audience-not-cleared\.options\.barred\.SECRET: unknown label "SECRET"/],
    [['check', '--format', 'xml', 'messages/ext-firm.json'], /^sendguard: --format must be text or json, not "xml"\n$/],
    [['check', '--justify', 'no-such-rule=because', 'messages/ext-firm.json'], /^sendguard: --justify: unknown rule "no-such-rule"/],
    [['check'], /missing required argument/],
  ])('exits 2 with a one-line reason for %j', (args, stderr) => {
    const run = sendguard(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('still reports the readable files when one cannot be read, and exits 2', () => {
    const run = sendguard(['check', '--format', 'json', 'messages/ext-firm.json', 'errors/truncated.json']);
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file)).toEqual(['messages/ext-firm.json']);
    expect(run.stderr).toContain('errors/truncated.json');
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
    expect(run.stderr).toBe('sendguard: errors/none.cases.json: no such file\n');
  });
});
