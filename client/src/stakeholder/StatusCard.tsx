import type { ReactNode } from 'react';

/** One part of the report: a titled card that never breaks across a printed page. */
export function StatusCard(props: { id: string; title: string; hint: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section className="status-card" aria-labelledby={`status-${props.id}`} data-testid={`status-${props.id}`}>
      <div className="status-card-head">
        <h3 id={`status-${props.id}`} title={props.hint}>
          {props.title}
        </h3>
        {props.aside}
      </div>
      {props.children}
    </section>
  );
}

export interface Column {
  label: string;
  /** What the column's figure means: the heading's tooltip. */
  hint: string;
  className?: string;
}

/**
 * A report table. Each cell carries its column's name, so on a phone a row becomes a
 * small block of "label: value" lines instead of a table wider than the screen.
 */
export function StatusTable(props: {
  columns: readonly Column[];
  empty: string;
  rows: { key: string; testId?: string; className?: string; cells: ReactNode[]; title?: string }[];
}) {
  if (!props.rows.length) return <p className="status-empty">{props.empty}</p>;
  return (
    <table className="status-table">
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th key={c.label} title={c.hint} className={c.className}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key} data-testid={row.testId} className={row.className} title={row.title}>
            {row.cells.map((cell, i) => {
              const column = props.columns[i];
              return (
                <td key={column?.label ?? i} data-label={column?.label} className={column?.className}>
                  {cell}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
