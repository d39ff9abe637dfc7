// The one error the message readers throw: which file, which field, what is wrong (never content).

export interface ReadProblem {
  /** Field path such as `to`, `attachments[1].name`; empty when the problem is the whole file. */
  field: string;
  problem: string;
}

export class MessageReadError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  /** Every problem found (the first is `field`/`problem`); JSON schema checks can find several. */
  readonly problems: readonly ReadProblem[];

  constructor(file: string, field: string, problem: string, more: readonly ReadProblem[] = []) {
    const first = field ? `${field}: ${problem}` : problem;
    const rest = more.map((p) => (p.field ? `${p.field}: ${p.problem}` : p.problem));
    super([`${file}: ${first}`, ...rest].join('; '));
    this.name = 'MessageReadError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.problems = [{ field, problem }, ...more];
  }
}
