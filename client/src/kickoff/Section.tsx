import type { ReactNode } from 'react';

/** One part of the kickoff page: a heading, what it is for, its content and actions. */
export function Section(props: {
  id: string;
  title: string;
  hint?: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`kickoff-section ${props.className ?? ''}`} aria-labelledby={`${props.id}-title`}>
      <div className="kickoff-section-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.actions}
      </div>
      {props.hint && <p className="kickoff-hint">{props.hint}</p>}
      {props.children}
    </section>
  );
}

/** The line an empty list shows instead of nothing. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="kickoff-empty">{children}</p>;
}

/**
 * A kickoff list as a table: the headings, a last column for the row's actions, and the
 * rows; or, with no rows, the line that says so.
 */
export function RecordTable(props: { headings: readonly string[]; empty: ReactNode; children: ReactNode[] }) {
  if (props.children.length === 0) return <Empty>{props.empty}</Empty>;
  return (
    <table className="kickoff-table">
      <thead>
        <tr>
          {props.headings.map((h) => (
            <th key={h}>{h}</th>
          ))}
          <th>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
