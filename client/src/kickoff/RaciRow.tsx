import { type RaciColumn, type RaciRow, updateActivity } from '@planroom/shared';
import { memo } from 'react';
import { TrashIcon, WarningIcon } from '../ui/icons';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { cellSentence } from './raciGrid';

interface Props {
  row: RaciRow;
  columns: RaciColumn[];
  /** The grid column of the cursor when it is in this row, else -1: that cell is the one tab stop. */
  cursorCol: number;
  /** Id of this row's rules cell, which each of its cells points at for its description. */
  rulesId: string;
  onDelete: (row: RaciRow) => void;
}

const KIND_WORDS = { deliverable: 'Deliverable', activity: 'Activity' } as const;

/** One row of the RACI grid: its title, a cell per person or role, and the rules it breaks in words. */
export const RaciRowView = memo(function RaciRowView({ row, columns, cursorCol, rulesId, onDelete }: Props) {
  const ctx = useKickoffBoard();
  const broken = row.issues.length > 0;
  const tab = (col: number) => (cursorCol === col ? 0 : -1);
  const editable = ctx.canEdit && row.kind === 'activity';
  const period = row.period ? `, ${row.period.start} – ${row.period.end}` : '';
  return (
    <tr
      data-testid="raci-row"
      data-row={row.id}
      data-kind={row.kind}
      data-broken={broken ? 'true' : 'false'}
      className={cursorCol >= 0 ? 'is-cursor-row' : undefined}
    >
      <th scope="row" className="raci-title" tabIndex={tab(0)} title={`${KIND_WORDS[row.kind]}: ${row.title}${period}`}>
        <span className="raci-title-box">
          <span className={`raci-kind raci-kind-${row.kind}`}>{KIND_WORDS[row.kind]}</span>
          {editable ? (
            <CellInput
              className="raci-title-input"
              value={row.title}
              label="Activity title"
              tabIndex={-1}
              commit={(title) => updateActivity(ctx.doc, row.id, { title })}
            />
          ) : (
            <span className="raci-title-text">{row.title}</span>
          )}
          {broken && <WarningIcon className="raci-warn" size={14} />}
          {editable && (
            <button
              type="button"
              className="icon-button small danger raci-delete"
              tabIndex={-1}
              aria-label={`Delete activity “${row.title}”`}
              title={`Delete activity “${row.title}” and its row`}
              onClick={() => onDelete(row)}
            >
              <TrashIcon size={14} />
            </button>
          )}
        </span>
      </th>
      {columns.map((column, i) => {
        const value = row.cells.get(column.key) ?? null;
        const sentence = cellSentence(column.label, value, row.title);
        return (
          <td
            key={column.key}
            className="raci-cell"
            data-testid="raci-cell"
            data-column={column.key}
            data-value={value ?? ''}
            tabIndex={tab(i + 1)}
            title={sentence}
            aria-label={sentence}
            aria-describedby={broken ? rulesId : undefined}
          >
            {value && (
              <span className={`raci-letter raci-${value}`} aria-hidden="true">
                {value}
              </span>
            )}
          </td>
        );
      })}
      <td className="raci-rules" id={rulesId} tabIndex={tab(columns.length + 1)}>
        {broken ? (
          <ul>
            {row.issues.map((issue, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and two can share a rule
              <li key={`${issue.rule}-${i}`} data-testid="raci-issue" data-rule={issue.rule}>
                {issue.text}
              </li>
            ))}
          </ul>
        ) : (
          <span className="sr-only">Keeps the rules</span>
        )}
      </td>
    </tr>
  );
});
