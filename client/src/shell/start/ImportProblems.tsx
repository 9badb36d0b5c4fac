import { type ImportCounts, importProblemText, type Problem } from '@planroom/shared';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "9 items (4 tasks, 2 milestones) · 6 dependencies · 2 people · 4 assignments · 2 lanes" */
export function ImportCountsLine({ counts }: { counts: ImportCounts }) {
  const parts = [
    `${plural(counts.items, 'item')} (${plural(counts.tasks, 'task')}, ${plural(counts.milestones, 'milestone')})`,
    plural(counts.dependencies, 'dependency', 'dependencies'),
    plural(counts.people, 'person', 'people'),
    plural(counts.assignments, 'assignment'),
    plural(counts.lanes, 'lane'),
  ];
  return (
    <ul className="import-counts" data-testid="import-counts">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** Every problem in the file, where it is first; nothing is created while any is left. */
export function ImportProblems({ problems, title }: { problems: Problem[]; title?: string }) {
  if (!problems.length) return null;
  return (
    <div className="import-problems" role="alert" data-testid="import-problems">
      <p className="import-problems-head">
        {title ??
          `${plural(problems.length, 'problem')}${problems.length >= 200 ? ' (the first 200)' : ''}: nothing will be created until the file is fixed.`}
      </p>
      <ul>
        {problems.map((p, i) => (
          // problems have no id of their own and never reorder
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={i}>{importProblemText(p)}</li>
        ))}
      </ul>
    </div>
  );
}
