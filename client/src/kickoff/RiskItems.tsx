import { type Item, type Risk, updateRisk } from '@planroom/shared';
import { useState } from 'react';
import { edit } from '../core/edit';
import { CloseIcon } from '../ui/icons';
import { useLazyOptions } from '../ui/useLazyOptions';
import { useKickoffBoard } from './KickoffContext';
import { reasonsOnly } from './RiskKpiFields';
import type { Option } from './riskKpiOptions';

/** The roadmap items a risk threatens: chips (with remove for editors) and a select to link one more. */
export function RiskItems({
  risk,
  options,
  items,
}: {
  risk: Risk;
  options: readonly Option[];
  items: ReadonlyMap<string, Item>;
}) {
  const ctx = useKickoffBoard();
  const [error, setError] = useState<string>();
  const [open, reach] = useLazyOptions();
  const write = (itemIds: string[]) => {
    if (edit(ctx, () => reasonsOnly(() => updateRisk(ctx.doc, risk.id, { itemIds })), setError)) setError(undefined);
  };
  const linked = new Set(risk.itemIds);
  return (
    <div className="measure-field risk-items">
      <span className="measure-caption">Threatens</span>
      <ul className="risk-item-chips" aria-label="Linked items">
        {risk.itemIds.length === 0 && <li className="risk-item-none">No items linked</li>}
        {risk.itemIds.map((id) => {
          const title = items.get(id)?.title ?? id;
          return (
            <li
              key={id}
              className="risk-item-chip"
              data-testid="risk-item"
              data-item-id={id}
              title="While this risk is open and high, it marks this item's bar on the roadmap"
            >
              {title}
              {ctx.canEdit && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Unlink ${title}`}
                  title={`Stop linking this risk to “${title}”`}
                  onClick={() => write(risk.itemIds.filter((x) => x !== id))}
                >
                  <CloseIcon size={10} />
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {ctx.canEdit && options.some((o) => !linked.has(o.id)) && (
        <select
          className="cell-input risk-item-add"
          aria-label="Link an item"
          title="Link another roadmap item this risk threatens"
          value=""
          {...reach}
          onChange={(e) => e.target.value && write([...risk.itemIds, e.target.value])}
        >
          <option value="">Link an item…</option>
          {/* linked ones stay in place (disabled), so the list keeps its tree */}
          {(open ? options : []).map((o) => (
            <option key={o.id} value={o.id} disabled={linked.has(o.id)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      {error && (
        <span className="cell-error" role="alert" data-testid="field-error">
          Linked items {error}
        </span>
      )}
    </div>
  );
}
