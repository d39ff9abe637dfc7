// Benchmark section: policy parsing, recipient classification with lookalike checks, and label reading.
import { classifyAddress } from '../../src/audiences/classify';
import { readLabel } from '../../src/marking/read';
import { markSubject } from '../../src/marking/subject';
import { defaultPolicy } from '../../src/policy/default';
import { parsePolicy, parsePolicyText } from '../../src/policy/load';
import type { Policy } from '../../src/policy/schema';

export const title = 'Policy, audiences and markings';

function perCall(count: number, fn: (i: number) => void): string {
  fn(0);
  const start = performance.now();
  for (let i = 0; i < count; i++) fn(i);
  const micros = ((performance.now() - start) * 1000) / count;
  return `${micros.toFixed(2)} µs per call (${count} calls)`;
}

const ADDRESSES = [
  'a.officer@examplecouncil.gov.uk',
  'Dr Jones <j.jones@trust.nhs.net>',
  'reporter@news.bbc.co.uk',
  'someone@gmail.com',
  'payroll@examplecounci1.gov.uk',
  'supplier@contractor.example.com',
  'head@school.sch.uk',
  'x@examplecouncil-gov-uk.com',
];

export async function run(): Promise<void> {
  const text = JSON.stringify(defaultPolicy, null, 2);
  console.log(
    `parsePolicyText, default policy (${text.length} chars): ${perCall(200, () => parsePolicyText(text, 'policy.json'))}`,
  );

  const large: Policy = {
    ...defaultPolicy,
    audiences: defaultPolicy.audiences.map((a) =>
      a.id === 'partner'
        ? {
            ...a,
            domains: [
              ...a.domains,
              ...Array.from({ length: 500 }, (_, i) => `partnerorganisation${i}.org.uk`),
            ],
          }
        : a,
    ),
  };
  const parsed = parsePolicy(JSON.parse(JSON.stringify(large)));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  console.log(
    `classifyAddress, default policy:             ${perCall(100_000, (i) => classifyAddress(ADDRESSES[i % ADDRESSES.length] ?? '', defaultPolicy))}`,
  );
  console.log(
    `classifyAddress, 500 explicit partner domains: ${perCall(20_000, (i) => classifyAddress(ADDRESSES[i % ADDRESSES.length] ?? '', parsed.policy))}`,
  );
  console.log(
    `readLabel + markSubject:                      ${perCall(100_000, () =>
      readLabel(
        {
          subject: markSubject(
            'RE: FW: Case 1234 [protect - personal]',
            'RESTRICTED',
            defaultPolicy,
          ),
          headers: {},
        },
        defaultPolicy,
      ),
    )}`,
  );
}
