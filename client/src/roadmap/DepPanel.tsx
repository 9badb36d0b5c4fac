import { DEP_TYPES, type DepType, unlink, updateDependency } from '@planroom/shared';
import { useId, useState } from 'react';
import { edit } from '../core/edit';
import { useDep } from '../core/records';
import { useItem } from '../core/useYjs';
import { escapeReverts } from '../ui/escape';
import { Row } from '../ui/FieldRow';
import { CheckIcon, TrashIcon, WarningIcon } from '../ui/icons';
import { DEP_TYPE_LABELS, lagText, violationOf } from './depText';
import { PanelClose } from './PanelClose';
import { useRoadmap } from './RoadmapContext';

/** One dependency: its ends, whether it holds, and (for editors) its type, lag and delete. */
export function DepPanel({ id }: { id: string }) {
  const ctx = useRoadmap();
  const { session, canEdit } = ctx;
  const dep = useDep(id);
  const from = useItem(dep?.from ?? '');
  const to = useItem(dep?.to ?? '');
  const ids = useId();
  const [lag, setLag] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  if (!dep || !from || !to) {
    return (
      <>
        <div className="panel-head">
          <h2>Dependency</h2>
          <PanelClose />
        </div>
        <div className="panel-body">
          <p>This link is no longer on the board.</p>
        </div>
      </>
    );
  }
  const violation = violationOf(dep, from, to);

  function write(run: () => void): void {
    if (edit(ctx, run, setError)) {
      setError(undefined);
      setLag(null);
    }
  }
  function commitLag() {
    if (lag === null || !dep) return;
    const n = Number(lag);
    if (lag.trim() === '' || !Number.isInteger(n)) {
      setError('Lag must be a whole number of days (negative for a lead)');
      return;
    }
    if (n === dep.lagDays) setLag(null);
    else write(() => updateDependency(ctx.doc, dep.id, { lagDays: n }));
  }
  function remove() {
    if (edit(ctx, () => unlink(ctx.doc, id))) session.selectDep(null);
  }

  return (
    <>
      <div className="panel-head">
        <h2>
          <span className="panel-kind">Dependency</span>
          <span className="panel-title">{DEP_TYPE_LABELS[dep.type]}</span>
        </h2>
        <PanelClose />
      </div>
      <div className="panel-body">
        <p className="dep-ends">
          <button type="button" className="link-button" onClick={() => session.select(from.id)}>
            {from.title}
          </button>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> leads to </span>
          <button type="button" className="link-button" onClick={() => session.select(to.id)}>
            {to.title}
          </button>
        </p>
        {violation ? (
          <p className="dep-status is-violated" data-testid="dep-violation" role="status">
            <WarningIcon size={14} /> {to.title} {violation.message}
          </p>
        ) : (
          <p className="dep-status" role="status">
            <CheckIcon size={14} /> Holds with the current dates.
          </p>
        )}
        {canEdit ? (
          <form className="item-form" onSubmit={(e) => e.preventDefault()}>
            <div className="form-pair">
              <Row label="Type" htmlFor={`${ids}-type`}>
                <select
                  id={`${ids}-type`}
                  value={dep.type}
                  onChange={(e) => write(() => updateDependency(ctx.doc, dep.id, { type: e.target.value as DepType }))}
                >
                  {DEP_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}: {DEP_TYPE_LABELS[t]}
                    </option>
                  ))}
                </select>
              </Row>
              <Row
                label="Lag (days)"
                htmlFor={`${ids}-lag`}
                error={error}
                errorId={`${ids}-lag-error`}
                hint="Negative for a lead."
              >
                <input
                  id={`${ids}-lag`}
                  type="number"
                  step={1}
                  value={lag ?? String(dep.lagDays)}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => setLag(e.target.value)}
                  onBlur={commitLag}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') commitLag();
                    escapeReverts(e, lag !== null && lag !== String(dep.lagDays), () => {
                      setLag(null);
                      setError(undefined);
                    });
                  }}
                />
              </Row>
            </div>
            <div className="form-actions">
              <button type="button" className="button danger subtle" onClick={remove}>
                <TrashIcon size={14} /> Delete link
              </button>
            </div>
          </form>
        ) : (
          <dl className="details">
            <dt>Type</dt>
            <dd>
              {dep.type}: {DEP_TYPE_LABELS[dep.type]}
            </dd>
            <dt>Lag</dt>
            <dd>{lagText(dep.lagDays)}</dd>
          </dl>
        )}
      </div>
    </>
  );
}
