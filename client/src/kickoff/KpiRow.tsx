import { deleteKpi, type IsoDate, type Item, type Kpi, kpiProgress, updateKpi } from '@planroom/shared';
import { useMemo } from 'react';
import { edit } from '../core/edit';
import { TrashIcon } from '../ui/icons';
import { CellInput } from './CellInput';
import { useKickoffBoard } from './KickoffContext';
import { KpiMeasure } from './KpiMeasure';
import { KpiValues } from './KpiValues';
import { amountText, parseAmount } from './kpiText';
import { type Choice, ChoiceField, Field, reasonsOnly } from './RiskKpiFields';
import { type Option, withLinked } from './riskKpiOptions';

type Patch = Parameters<typeof updateKpi>[2];

const choices = (options: readonly Option[]): Choice[] => options.map((o) => ({ value: o.id, label: o.label }));

/** One KPI: its definition (editable by editors), where it stands, and its measured values. */
export function KpiRow(props: {
  kpi: Kpi;
  today: IsoDate;
  people: readonly Option[];
  itemOptions: readonly Option[];
  items: ReadonlyMap<string, Item>;
}) {
  const { kpi, today, people, itemOptions, items } = props;
  const ctx = useKickoffBoard();
  const progress = useMemo(() => kpiProgress(kpi, today), [kpi, today]);
  const linkable = useMemo(
    () => choices(withLinked(itemOptions, [kpi.itemId], items)),
    [itemOptions, kpi.itemId, items],
  );
  const owners = useMemo(() => choices(people), [people]);
  // a refused value keeps the field's draft and shows shared's reason under it
  const write = (patch: Patch) => reasonsOnly(() => updateKpi(ctx.doc, kpi.id, patch));
  const amount = (text: string) => parseAmount(text) ?? Number.NaN;

  return (
    <li className="kpi-row" data-testid="kpi-row" data-kpi-id={kpi.id} data-state={progress.state}>
      <div className="kpi-head">
        <CellInput
          className="kpi-name"
          label="KPI name"
          value={kpi.name}
          maxLength={120}
          commit={(name) => write({ name: name.trim() })}
        />
        {ctx.canEdit && (
          <button
            type="button"
            className="icon-button small danger"
            aria-label={`Delete KPI ${kpi.name}`}
            title={`Delete the KPI “${kpi.name}” and its measured values (Undo brings them back)`}
            onClick={() => edit(ctx, () => deleteKpi(ctx.doc, kpi.id))}
          >
            <TrashIcon size={14} />
          </button>
        )}
      </div>
      <KpiMeasure kpi={kpi} progress={progress} />
      <div className="kpi-fields">
        <Field caption="Unit">
          <CellInput
            label="Unit"
            value={kpi.unit}
            maxLength={20}
            placeholder="%, days, DKK"
            commit={(unit) => write({ unit: unit.trim() })}
          />
        </Field>
        <Field caption="Baseline">
          <CellInput
            label="Baseline"
            value={amountText(kpi.baseline)}
            inputMode="decimal"
            title="Where it stood at the start; with the target it says whether higher or lower is better"
            commit={(text) => write({ baseline: parseAmount(text) })}
          />
        </Field>
        <Field caption="Target">
          <CellInput
            label="Target"
            value={amountText(kpi.target)}
            inputMode="decimal"
            title="The value that means success"
            commit={(text) => write({ target: amount(text) })}
          />
        </Field>
        <Field caption="Due date">
          <CellInput
            label="Due date"
            type="date"
            value={kpi.dueDate ?? ''}
            title="When the target should be reached"
            commit={(date) => write({ dueDate: date || null })}
          />
        </Field>
        <Field caption="Owner">
          <ChoiceField
            label="Owner"
            value={kpi.ownerId}
            choices={owners}
            none="Nobody"
            title="Who measures it and answers for it"
            commit={(ownerId) => write({ ownerId })}
          />
        </Field>
        <Field caption="Linked item" className="kpi-item">
          <ChoiceField
            label="Linked item"
            value={kpi.itemId}
            choices={linkable}
            none="No item"
            title="The roadmap item it measures: its panel shows this KPI"
            commit={(itemId) => write({ itemId })}
          />
        </Field>
      </div>
      <KpiValues kpi={kpi} points={progress.points} today={today} />
    </li>
  );
}
