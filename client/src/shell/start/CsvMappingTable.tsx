import { CSV_FIELD_LABELS, CSV_FIELDS, type CsvField, type DateOrder } from '@planroom/shared';
import type { CsvPreview } from '@planroom/shared/import';
import type { MessageId } from '../../i18n/en';
import { useT } from '../../i18n/useT';

/** What a field expects, as the select's tooltip. */
const FIELD_HINTS: Partial<Record<CsvField, MessageId>> = {
  parent: 'csv.hint.parent',
  level: 'csv.hint.level',
  kind: 'csv.hint.kind',
  start: 'csv.hint.start',
  end: 'csv.hint.end',
  status: 'csv.hint.status',
  progress: 'csv.hint.progress',
};

/** One select per column: which field it feeds, or left out. */
export function CsvMappingTable(props: {
  preview: CsvPreview;
  onMapping: (mapping: (CsvField | null)[]) => void;
  onDateOrder: (order: DateOrder) => void;
}) {
  const { preview } = props;
  const t = useT();
  const setColumn = (i: number, field: CsvField | null) =>
    props.onMapping(preview.mapping.map((f, j) => (j === i ? field : f === field && field !== null ? null : f)));
  return (
    <div className="csv-mapping">
      <h3>{t('csv.columns')}</h3>
      <div className="csv-mapping-grid" data-testid="csv-mapping">
        {preview.headers.map((header, i) => (
          // columns are positions: two may share a header text
          // biome-ignore lint/suspicious/noArrayIndexKey: a column's place is its identity
          <label key={i} className="csv-mapping-row">
            <span className="csv-mapping-header" title={header}>
              {header || t('csv.column', { n: i + 1 })}
            </span>
            <select
              value={preview.mapping[i] ?? ''}
              aria-label={t('csv.importsAs', { column: header || String(i + 1) })}
              title={t(FIELD_HINTS[preview.mapping[i] ?? 'title'] ?? 'csv.fieldHint')}
              onChange={(e) => setColumn(i, (e.target.value || null) as CsvField | null)}
            >
              <option value="">{t('csv.leaveOut')}</option>
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
        <span>{t('csv.dateOrder')}</span>
        <select value={preview.dateOrder} onChange={(e) => props.onDateOrder(e.target.value as DateOrder)}>
          <option value="dmy">{t('csv.dmy')}</option>
          <option value="mdy">{t('csv.mdy')}</option>
        </select>
      </label>
    </div>
  );
}

/** The first rows as they would be imported; a row with a problem is marked. */
export function CsvRowsTable({ preview }: { preview: CsvPreview }) {
  const t = useT();
  if (!preview.rows.length) return null;
  return (
    <div className="csv-rows">
      <h3>{t('csv.firstRows', { shown: preview.rows.length, total: preview.rowCount })}</h3>
      <div className="csv-rows-scroll">
        <table data-testid="csv-rows">
          <thead>
            <tr>
              <th>{t('csv.row')}</th>
              <th>{t('csv.title')}</th>
              <th>{t('csv.kind')}</th>
              <th>{t('csv.start')}</th>
              <th>{t('csv.end')}</th>
              <th>{t('csv.status')}</th>
              <th>{t('csv.owner')}</th>
              <th>{t('csv.lane')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr
                key={r.row}
                className={r.ok ? undefined : 'has-problem'}
                title={r.ok ? undefined : t('csv.rowProblem')}
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
