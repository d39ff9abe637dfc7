// Ordinary council mail asks for no label: 80 blind-written emails through the real verdict with the default policy.
import { evaluate } from '../../../src/engine/evaluate';
import { MessageSnapshotSchema } from '../../../src/message/types';
import { defaultPolicy } from '../../../src/policy/default';
import { routineCases } from './routine-mail';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('routine council mail', () => {
  it('has 80 cases with unique ids', () => {
    expect(routineCases).toHaveLength(80);
    expect(new Set(routineCases.map((c) => c.id)).size).toBe(80);
  });

  // Scored blind before the stop-10 negatives: 2 of 80 asked for a label (a "Disability and
  // Neurodiversity Network" read as health, a template lease's "rent review clause" as commercial).
  it('asks for no label on any of them, sent inside the council', () => {
    const labelled = routineCases
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
      .filter((line) => line !== null);
    expect(labelled).toEqual([]);
  });
});
