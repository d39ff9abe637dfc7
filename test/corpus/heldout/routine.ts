// Shared by the routine-mail tests: each case sent inside the council through the real verdict with the default policy.
import { evaluate } from '../../../src/engine/evaluate';
import { MessageSnapshotSchema } from '../../../src/message/types';
import { defaultPolicy } from '../../../src/policy/default';

const NOW = new Date('2026-11-23T10:00:00Z');

/** `id: LABEL` for each case whose verdict requires a label, in case order. */
export function labelRequests(
  cases: readonly { id: string; service: string; text: string }[],
): string[] {
  return cases
    .map((c) => {
      const message = MessageSnapshotSchema.parse({
        from: 'a.officer@examplecouncil.gov.uk',
        to: ['b.officer@examplecouncil.gov.uk'],
        subject: `Re: ${c.service}`,
        body: c.text,
      });
      const verdict = evaluate(message, defaultPolicy, NOW);
      return verdict.requiredLabel === null ? null : `${c.id}: ${verdict.requiredLabel}`;
    })
    .filter((line): line is string => line !== null);
}
