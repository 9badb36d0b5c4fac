/** One thing wrong with one record: what a "needs attention" list and a 400 show. */
export interface Problem {
  collection: string;
  id: string;
  field: string;
  reason: string;
  /** Set when this record is only set aside because another one is bad: that one's id. */
  cause?: string;
}

export class ValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('; '));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const where = p.id ? `${p.collection} ${p.id}` : p.collection;
  return p.field ? `${where}: ${p.field} ${p.reason}` : `${where}: ${p.reason}`;
}
