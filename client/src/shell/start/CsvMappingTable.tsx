import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvField, type CsvPreview, type DateOrder } from '@planroom/shared';

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
                <td>{r.status}</td>
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
