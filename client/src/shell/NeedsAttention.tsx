import {
  COLLECTIONS,
  type CollectionName,
  deleteActivity,
  deleteBaseline,
  deleteDecision,
  deleteDeliverable,
  deleteGoal,
  deleteItems,
  deleteKickoff,
  deleteKpi,
  deleteLane,
  deleteObjective,
  deletePerson,
  deleteRaciCell,
  deleteRisk,
  deleteScopeEntry,
  deleteStakeholder,
  deleteTeam,
  type Problem,
  removeCommentRecord,
  unassign,
  unlink,
} from '@planroom/shared';
import { type BoardContextValue, useBoard } from '../core/BoardContext';
import { edit } from '../core/edit';
import { useProblems } from '../core/useYjs';
import { useT } from '../i18n/useT';
import { ChevronIcon, TrashIcon, WarningIcon } from '../ui/icons';
import { useValue } from '../ui/useValue';

const isCollection = (name: string): name is CollectionName => (COLLECTIONS as readonly string[]).includes(name);

/** Removes a broken record with the write function its collection has (one undo step). */
function deleteRecord(ctx: BoardContextValue, p: Problem): void {
  if (!isCollection(p.collection)) return;
  const name = p.collection;
  const remove: Record<CollectionName, (doc: typeof ctx.doc, id: string) => void> = {
    items: (doc, id) => deleteItems(doc, [id]),
    lanes: deleteLane,
    deps: unlink,
    people: deletePerson,
    teams: deleteTeam,
    assignments: unassign,
    goals: deleteGoal,
    kickoffs: deleteKickoff,
    objectives: deleteObjective,
    scope: deleteScopeEntry,
    deliverables: deleteDeliverable,
    activities: deleteActivity,
    stakeholders: deleteStakeholder,
    decisions: deleteDecision,
    raci: deleteRaciCell,
    kpis: deleteKpi,
    risks: deleteRisk,
    comments: removeCommentRecord,
    baselines: deleteBaseline,
  };
  edit(ctx, () => remove[name](ctx.doc, p.id));
}

/** The header badge: how many records the lenient reader set aside. */
export function AttentionBadge() {
  const { session } = useBoard();
  const problems = useProblems();
  const open = useValue(session.attentionOpen);
  const t = useT();
  if (!problems.length) return null;
  // Records that only wait on another bad one come back by themselves once it is fixed.
  const roots = problems.filter((p) => p.cause === undefined).length;
  const waiting = problems.length - roots;
  return (
    <button
      type="button"
      className={`attention-badge${open ? ' is-open' : ''}`}
      aria-expanded={open}
      aria-controls="needs-attention"
      data-testid="needs-attention-toggle"
      onClick={() => session.attentionOpen.set(!open)}
    >
      <WarningIcon size={14} />
      {t('attention.badge', { count: roots })}
      {waiting > 0 && <span className="attention-waiting"> {t('attention.waiting', { count: waiting })}</span>}
    </button>
  );
}

/**
 * Records that failed validation: shown here instead of on the board, so one bad record
 * (from an old client, an import, a bug) never takes the whole roadmap down with it.
 */
export function NeedsAttention() {
  const ctx = useBoard();
  const problems = useProblems();
  const open = useValue(ctx.session.attentionOpen);
  const t = useT();
  if (!open || !problems.length) return null;
  const deletable = (p: Problem) => ctx.canEdit && p.id !== '' && p.cause === undefined && isCollection(p.collection);
  return (
    <section
      id="needs-attention"
      className="attention"
      data-testid="needs-attention"
      aria-labelledby="attention-heading"
    >
      <div className="attention-head">
        <h2 id="attention-heading">
          <WarningIcon size={14} /> {t('attention.heading')}
        </h2>
        <p>{t('attention.body')}</p>
        <button type="button" className="icon-button" onClick={() => ctx.session.attentionOpen.set(false)}>
          <ChevronIcon size={14} style={{ transform: 'rotate(-90deg)' }} />
          <span className="sr-only">{t('attention.hide')}</span>
        </button>
      </div>
      <table className="attention-table">
        <thead>
          <tr>
            <th scope="col">{t('attention.collection')}</th>
            <th scope="col">{t('attention.record')}</th>
            <th scope="col">{t('attention.field')}</th>
            <th scope="col">{t('attention.problem')}</th>
            {ctx.canEdit && <th scope="col" aria-label={t('attention.actions')} />}
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr
              key={`${p.collection}:${p.id}:${p.field}:${p.reason}`}
              data-testid="problem"
              data-cause={p.cause}
              className={p.cause === undefined ? undefined : 'attention-waits'}
            >
              <td>{p.collection}</td>
              <td>
                <code>{p.id || '—'}</code>
              </td>
              <td>{p.field || '—'}</td>
              <td>{p.reason}</td>
              {ctx.canEdit && (
                <td>
                  {deletable(p) && (
                    <button type="button" className="button subtle small danger" onClick={() => deleteRecord(ctx, p)}>
                      <TrashIcon size={14} /> {t('common.delete')}
                      <span className="sr-only"> {p.id}</span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
