import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { BoardContext } from '../core/BoardContext';
import { BoardStore } from '../core/boardStore';
import { type BoardSpace, Session } from '../core/session';
import { useHistory } from '../history/HistoryContext';
import { useT } from '../i18n/useT';
import { CriticalCache } from '../roadmap/criticalCache';
import { RoadmapContext, type RoadmapContextValue } from '../roadmap/RoadmapContext';
import { RollupCache } from '../roadmap/rollupCache';
import { Timeline } from '../roadmap/Timeline';
import { filterMemo, viewLayout } from '../roadmap/wireView';
import { TimelineContext } from '../timeline/TimelineContext';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useValue } from '../ui/useValue';

type Anchor = ReturnType<BoardSpace['anchor']>;

/**
 * Where the person was looking, carried from the board they leave to the one they open
 * (live to a version, a version to the next, back to live), so scrubbing changes the
 * plan under their eyes and not the place.
 */
interface ScrollCarry {
  anchor: Anchor | null;
  /** The session of the timeline on screen. */
  current: Session;
}

/** Takes the carried place once this session's timeline is on screen. */
function useCarriedPlace(session: Session, carry: RefObject<ScrollCarry>): void {
  useEffect(() => {
    carry.current.current = session;
    let frame = 0;
    const take = () => {
      const space = session.space.get();
      const anchor = carry.current.anchor;
      if (!space || !anchor) return;
      off();
      // after the canvas has made its own first scroll
      frame = requestAnimationFrame(() => space.scrollTo(anchor));
    };
    const off = session.space.subscribe(take);
    take();
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [session, carry]);
}

type VersionParts = Pick<RoadmapContextValue, 'store' | 'session' | 'engine' | 'rollups' | 'critical'>;

/**
 * The roadmap of one version, read-only: its own store, layout and session over the
 * version's document, following the live board's view (grouping, filters, zoom), so
 * scrubbing keeps the same picture and only the plan changes.
 */
function VersionTimeline({
  doc,
  live,
  carry,
}: {
  doc: Y.Doc;
  live: RoadmapContextValue;
  carry: RefObject<ScrollCarry>;
}) {
  const [parts, setParts] = useState<VersionParts | null>(null);
  const { view, prefs } = live;

  useEffect(() => {
    const store = new BoardStore(doc);
    const session = new Session();
    const filterOf = filterMemo();
    const engine = viewLayout(store, view, prefs, filterOf);
    const rollups = new RollupCache(store);
    const critical = new CriticalCache(store);
    critical.setScope(view.get().critical);
    const unsubscribe = [
      view.view.subscribe(() => {
        engine.setView({ group: view.get().group, filter: filterOf(view.get()) });
        critical.setScope(view.get().critical);
      }),
      prefs.ppd.subscribe(() => engine.setView({ ppd: prefs.ppd.get() })),
      prefs.collapsed.subscribe(() => engine.setView({ collapsed: prefs.collapsed.get() })),
    ];
    setParts({ store, session, engine, rollups, critical });
    return () => {
      for (const off of unsubscribe) off();
      critical.destroy();
      rollups.destroy();
      engine.destroy();
      store.destroy();
      session.dispose();
    };
  }, [doc, view, prefs]);

  const ctx = useMemo<RoadmapContextValue | null>(
    () => (parts ? { ...live, ...parts, doc, canEdit: false, undoManager: null } : null),
    [parts, live, doc],
  );
  if (!ctx) return null;
  return <VersionProviders ctx={ctx} carry={carry} />;
}

function VersionProviders({ ctx, carry }: { ctx: RoadmapContextValue; carry: RefObject<ScrollCarry> }) {
  useCarriedPlace(ctx.session, carry);
  return (
    <BoardContext.Provider value={ctx}>
      <TimelineContext.Provider value={ctx.engine}>
        <RoadmapContext.Provider value={ctx}>
          <div className="version-roadmap is-readonly" data-testid="version-roadmap">
            <Timeline />
          </div>
        </RoadmapContext.Provider>
      </TimelineContext.Provider>
    </BoardContext.Provider>
  );
}

/** The roadmap area: the live timeline, or the version the history panel shows. */
export function RoadmapArea({ live }: { live: RoadmapContextValue }) {
  const t = useT();
  const { history } = useHistory();
  const shown = useValue(history.shownDoc);
  const carry = useRef<ScrollCarry>({ anchor: null, current: live.session });
  // the place is read when the choice changes, before React swaps the timelines
  useEffect(
    () =>
      history.shown.subscribe(() => {
        const space = carry.current.current.space.get();
        if (space) carry.current.anchor = space.anchor();
      }),
    [history],
  );
  return (
    <ErrorBoundary area="timeline" resetKey={shown?.phase === 'ready' ? 'version' : 'live'}>
      {shown === null && <LiveTimeline session={live.session} carry={carry} />}
      {shown?.phase === 'ready' && (
        <VersionTimeline key={shown.value.guid} doc={shown.value} live={live} carry={carry} />
      )}
      {shown?.phase === 'loading' && (
        <div className="version-loading" data-testid="version-loading">
          <span className="spinner" aria-hidden="true" /> {t('version.opening')}
        </div>
      )}
      {shown?.phase === 'error' && (
        <div className="version-loading is-error" role="alert">
          {t('version.failed', { message: shown.message })}
          <button type="button" className="button small" onClick={() => history.show('now')}>
            {t('version.backToLive')}
          </button>
        </div>
      )}
    </ErrorBoundary>
  );
}

function LiveTimeline({ session, carry }: { session: Session; carry: RefObject<ScrollCarry> }) {
  useCarriedPlace(session, carry);
  return <Timeline />;
}
