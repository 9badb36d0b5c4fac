import { DEP_TYPES, type DepType, unlink, updateDependency } from '@planroom/shared';
import { useId, useState } from 'react';
import { edit } from '../core/edit';
import { useDep } from '../core/records';
import { useItem } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { escapeReverts } from '../ui/escape';
import { Row } from '../ui/FieldRow';
import { CheckIcon, TrashIcon, WarningIcon } from '../ui/icons';
import { depTypeLabel, lagText, violationOf } from './depText';
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
  const t = useT();
  if (!dep || !from || !to) {
    return (
      <>
        <div className="panel-head">
          <h2>{t('dep.kind')}</h2>
          <PanelClose />
        </div>
        <div className="panel-body">
          <p>{t('dep.gone')}</p>
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
      setError(t('dep.lagError'));
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
          <span className="panel-kind">{t('dep.kind')}</span>
          <span className="panel-title">{depTypeLabel(dep.type)}</span>
        </h2>
        <PanelClose />
      </div>
      <div className="panel-body">
        <p className="dep-ends">
          <button type="button" className="link-button" onClick={() => session.select(from.id)}>
            {from.title}
          </button>
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> {t('dep.leadsTo')} </span>
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
            <CheckIcon size={14} /> {t('dep.holds')}
          </p>
        )}
        {canEdit ? (
          <form className="item-form" onSubmit={(e) => e.preventDefault()}>
            <div className="form-pair">
              <Row label={t('dep.type')} htmlFor={`${ids}-type`}>
                <select
                  id={`${ids}-type`}
                  value={dep.type}
                  onChange={(e) => write(() => updateDependency(ctx.doc, dep.id, { type: e.target.value as DepType }))}
                >
                  {DEP_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {type}: {depTypeLabel(type)}
                    </option>
                  ))}
                </select>
              </Row>
              <Row
                label={t('dep.lagDays')}
                htmlFor={`${ids}-lag`}
                error={error}
                errorId={`${ids}-lag-error`}
                hint={t('dep.lagHint')}
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
                <TrashIcon size={14} /> {t('dep.delete')}
              </button>
            </div>
          </form>
        ) : (
          <dl className="details">
            <dt>{t('dep.type')}</dt>
            <dd>
              {dep.type}: {depTypeLabel(dep.type)}
            </dd>
            <dt>{t('dep.lagLabel')}</dt>
            <dd>{lagText(dep.lagDays)}</dd>
          </dl>
        )}
      </div>
    </>
  );
}
