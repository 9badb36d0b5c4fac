import { createKpi } from '@planroom/shared';
import { type FormEvent, useRef, useState } from 'react';
import { edit } from '../core/edit';
import { PlusIcon } from '../ui/icons';
import { useKickoffBoard } from './KickoffContext';
import { parseAmount } from './kpiText';

/**
 * Adds a KPI to the kickoff, measuring the kickoff's item: a name and a target are what a
 * KPI cannot do without (the rest is set in its row), so they are asked for here rather
 * than made up.
 */
export function KpiAdd({ kickoffId, itemId }: { kickoffId: string; itemId: string }) {
  const ctx = useKickoffBoard();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<string>();

  function add(e: FormEvent) {
    e.preventDefault();
    const n = parseAmount(target);
    if (!name.trim()) return setError('Name the KPI: what will be measured?');
    if (n === null || Number.isNaN(n)) return setError('The target must be a number, like 60 or 7.5.');
    const input = { name: name.trim(), target: n, unit: unit.trim(), kickoffId, itemId };
    if (edit(ctx, () => createKpi(ctx.doc, input), setError)) {
      setName('');
      setTarget('');
      setUnit('');
      setError(undefined);
      nameInput.current?.focus();
    }
  }

  return (
    <form className="measure-add kpi-add" data-testid="kpi-add" onSubmit={add}>
      <label className="measure-field kpi-add-name">
        <span className="measure-caption">New KPI</span>
        <input
          ref={nameInput}
          type="text"
          value={name}
          maxLength={120}
          placeholder="Time to onboard a customer"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="measure-field">
        <span className="measure-caption">Target</span>
        <input
          type="text"
          inputMode="decimal"
          value={target}
          placeholder="7"
          onChange={(e) => setTarget(e.target.value)}
        />
      </label>
      <label className="measure-field">
        <span className="measure-caption">Unit</span>
        <input type="text" value={unit} maxLength={20} placeholder="days" onChange={(e) => setUnit(e.target.value)} />
      </label>
      <button type="submit" className="button small" title="Add a KPI measuring this project">
        <PlusIcon size={12} /> Add KPI
      </button>
      {error && (
        <p className="field-error" role="alert" data-testid="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
