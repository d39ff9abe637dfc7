// Ordinary council mail asks for no label: 80 blind-written emails through the real verdict with the default policy.
import { labelRequests } from './routine';
import { routineCases } from './routine-mail';

describe('routine council mail', () => {
  it('has 80 cases with unique ids', () => {
    expect(routineCases).toHaveLength(80);
    expect(new Set(routineCases.map((c) => c.id)).size).toBe(80);
  });

  // Scored blind before the stop-10 negatives: 2 of 80 asked for a label (a "Disability and
  // Neurodiversity Network" read as health, a template lease's "rent review clause" as commercial).
  it('asks for no label on any of them, sent inside the council', () => {
    const labelled = labelRequests(routineCases);
    expect(labelled).toEqual([]);
  });
});
