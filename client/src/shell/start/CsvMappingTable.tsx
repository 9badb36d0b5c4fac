import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvField, type DateOrder } from '@planroom/shared';
import type { CsvPreview } from '@planroom/shared/import';

/** What a field expects, as the select's tooltip. */
const FIELD_HINTS: Partial<Record<CsvField, string>> = {
  parent: "Another row's Id, else its title: the item this one sits under",
  level: '1 for the top, 2 for the rows under it, and so on (MS Project: Outline Level)',
  kind: 'Program, project, task or milestone; left out, the hierarchy decides',
  start: '2026-03-31, 31/03/2026, 31.03.2026 or 31 Mar 2026',
  end: 'Inclusive; a row with a start and no end is a milestone',
  status: 'Not started, on track, at risk, off track, done (or green, amber, red)',
  progress: '0 to 100, with or without %',
};

/** One select per column: which field it feeds, or left out. */
export function CsvMappingTable(props: {
  preview: CsvPreview;
  onMapping: (mapping: (CsvField | null)[]) => void;
  onDateOrder: (order: DateOrder) => void;
}) {
  const { preview } = props;
  const setColumn = (i: number, field: CsvField | null) =>
    props.onMapping(preview.mapping.map((f, j) => (j === i ? field : f === field && field !== null ? null : f)));
  return (
    <div className="csv-mapping">
      <h3>Columns</h3>
      <div className="csv-mapping-grid" data-testid="csv-mapping">
        {preview.headers.map((header, i) => (
          // columns are positions: two may share a header text
          // biome-ignore lint/suspicious/noArrayIndexKey: a column's place is its identity
          <label key={i} className="csv-mapping-row">
            <span className="csv-mapping-header" title={header}>
              {header || `Column ${i + 1}`}
            </span>
            <select
              value={preview.mapping[i] ?? ''}
              aria-label={`Column ${header || i + 1} imports as`}
              title={FIELD_HINTS[preview.mapping[i] ?? 'title'] ?? 'Which field of an item this column fills'}
              onChange={(e) => setColumn(i, (e.target.value || null) as CsvField | null)}
            >
              <option value="">Leave out</option>
              {CSV_FIELDS.map((f) => (
                <option key={f} value={f}>
                  {CSV_FIELD_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <label className="csv-date-order">
        <span>Dates written like 03/04/2026 are</span>
        <select value={preview.dateOrder} onChange={(e) => props.onDateOrder(e.target.value as DateOrder)}>
          <option value="dmy">day first (3 April)</option>
          <option value="mdy">month first (March 4)</option>
        </select>
      </label>
    </div>
  );
}

/** The first rows as they would be imported; a row with a problem is marked. */
export function CsvRowsTable({ preview }: { preview: CsvPreview }) {
  if (!preview.rows.length) return null;
  return (
    <div className="csv-rows">
      <h3>
        First {preview.rows.length} of {preview.rowCount} rows
      </h3>
      <div className="csv-rows-scroll">
        <table data-testid="csv-rows">
          <thead>
            <tr>
              <th>Row</th>
              <th>Title</th>
              <th>Kind</th>
              <th>Start</th>
              <th>End</th>
              <th>Status</th>
              <th>Owner</th>
              <th>Lane</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr
                key={r.row}
                className={r.ok ? undefined : 'has-problem'}
                title={r.ok ? undefined : 'This row has a problem (listed below)'}
              >
                <td>{r.row}</td>
                <td style={{ paddingLeft: 8 + r.depth * 14 }}>{r.title}</td>
                <td>{r.kind}</td>
                <td>{r.start}</td>
                <td>{r.end}</td>
                <td>{r.status.replace('-', ' ')}</td>
                <td>{r.owner}</td>
                <td>{r.lane}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
