import { COLLECTIONS, collection, LOCAL_ORIGIN, metaMap, canEdit as roleCanEdit } from '@planroom/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  type Comments,
  CommentsContext,
  type CommentsContextValue,
  createComments,
  destroyComments,
} from '../comments/CommentsContext';
import { ItemComments } from '../comments/ItemComments';
import { BoardContext, type BoardContextValue, type Prefs } from '../core/BoardContext';
import { BoardStore } from '../core/boardStore';
import { CommentReads } from '../core/commentReads';
import { loadPref, PREF_KEYS, parseBoolean, parseIds } from '../core/prefs';
import { Session } from '../core/session';
import { ViewStore } from '../core/viewStore';
import { ChangeMark } from '../history/ChangeMark';
import { HistoryContext, type HistoryContextValue } from '../history/HistoryContext';
import { HistoryModel } from '../history/historyModel';
import { ItemMeasures } from '../kickoff/ItemMeasures';
import { KickoffContext, type KickoffContextValue, type KickoffSlots } from '../kickoff/KickoffContext';
import { KickoffModel } from '../kickoff/kickoffModel';
import { AssignmentsField } from '../resources/AssignmentsField';
import { CapacityModel } from '../resources/capacityModel';
import { ResourcesContext, type ResourcesContextValue } from '../resources/ResourcesContext';
import type { Resources } from '../resources/resourceSession';
import { ResourceSession } from '../resources/resourceSession';
import { CriticalCache } from '../roadmap/criticalCache';
import {
  RoadmapContext,
  type RoadmapContextValue,
  type RoadmapParts,
  type RoadmapSlots,
} from '../roadmap/RoadmapContext';
import { RollupCache } from '../roadmap/rollupCache';
import { filterMemo, viewLayout, wireView } from '../roadmap/wireView';
import { StakeholderContext, type StakeholderContextValue } from '../stakeholder/StakeholderContext';
import { StatusModel } from '../stakeholder/statusModel';
import type { BoardAccess } from '../sync/api';
import { latestToken } from '../sync/tokenHandover';
import { TimelineContext } from '../timeline/TimelineContext';
import { isZoom, PX_PER_DAY } from '../timeline/timeScale';
import { clampPpd } from '../timeline/zoom';
import { Value } from '../ui/signals';
import { EditingNote } from '../workshop/SelectionOutlines';
import {
  createWorkshop,
  destroyWorkshop,
  type Workshop,
  WorkshopContext,
  type WorkshopContextValue,
} from '../workshop/WorkshopContext';
import { BoardLayout } from './BoardLayout';
import { useFitOnOpen } from './fitOnOpen';
import { usePresenting } from './PresentationToggle';
import { useLocation } from './router';
import { useShortcuts } from './useShortcuts';

/** The saved zoom: a level name (older clients) or pixels per day. */
function initialPpd(): number {
  return loadPref(
    PREF_KEYS.zoom,
    (raw) => (isZoom(raw) ? PX_PER_DAY[raw] : typeof raw === 'number' ? clampPpd(raw) : undefined),
    PX_PER_DAY.month,
  );
}

interface Props {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  access: BoardAccess;
}

type Parts = Omit<BoardContextValue, 'boardId' | 'doc' | 'provider' | 'access' | 'role' | 'canEdit' | 'presenting'> &
  Omit<RoadmapParts, 'slots'> & {
    resources: Resources;
    workshop: Workshop;
    kickoffs: KickoffModel;
    history: HistoryModel;
    comments: Comments;
    status: StatusModel;
  };

/** What the roadmap's item panel shows from other features. */
const SLOTS: RoadmapSlots = {
  ItemAssignments: AssignmentsField,
  ItemPresence: EditingNote,
  ItemMeasures,
  BarMark: ChangeMark,
  ItemComments,
};

/** A synced board: header, toolbar, timeline, side panel, dialogs. */
export function BoardView({ boardId, doc, provider, access }: Props) {
  const editable = roleCanEdit(access.role);
  const [parts, setParts] = useState<Parts | null>(null);
  // the token this page opened with; an owner's own link reset hands it over (latestToken)
  const firstToken = useRef(useLocation().token ?? '');
  const presenting = usePresenting(parts?.view ?? null, access.role);

  // Made in an effect (not a memo) so React's double mount in development pairs every
  // observer with its cleanup.
  useEffect(() => {
    const store = new BoardStore(doc);
    const session = new Session();
    const view = new ViewStore();
    const prefs: Prefs = {
      ppd: new Value(initialPpd()),
      collapsed: new Value(loadPref(PREF_KEYS.collapsed(boardId), parseIds, new Set<string>())),
      moveDependents: new Value(loadPref(PREF_KEYS.moveDependents, parseBoolean, false)),
    };
    const filterOf = filterMemo();
    const engine = viewLayout(store, view, prefs, filterOf);
    const rollups = new RollupCache(store);
    const critical = new CriticalCache(store);
    critical.setScope(view.get().critical);
    const resources = { model: new CapacityModel(store), session: new ResourceSession() };
    // Only this person's edits: remote changes and migrations are never undone from here.
    const undoManager = editable
      ? new Y.UndoManager([...COLLECTIONS.map((name) => collection(doc, name)), metaMap(doc)], {
          trackedOrigins: new Set([LOCAL_ORIGIN]),
        })
      : null;
    const unwire = wireView({ boardId, provider, store, session, view, prefs, engine, critical, filterOf });
    const workshop = createWorkshop(provider);
    const kickoffs = new KickoffModel(doc);
    const history = new HistoryModel({
      boardId,
      doc,
      token: () => latestToken(firstToken.current),
      notify: (text, tone) => session.notify(text, tone),
    });
    // a version is shown on the roadmap
    const offHistory = history.shown.subscribe(() => {
      if (history.shown.get() !== 'now' && view.get().mode !== 'roadmap') view.update({ mode: 'roadmap' });
    });
    const commentReads = new CommentReads(boardId);
    const comments = createComments(provider, workshop.name, commentReads);
    const status = new StatusModel(doc);
    setParts({
      store,
      session,
      view,
      prefs,
      engine,
      rollups,
      critical,
      resources,
      workshop,
      kickoffs,
      commentReads,
      comments,
      undoManager,
      history,
      status,
    });
    return () => {
      offHistory();
      history.destroy();
      destroyComments(comments);
      unwire();
      status.destroy();
      kickoffs.destroy();
      destroyWorkshop(workshop);
      resources.model.destroy();
      undoManager?.destroy();
      critical.destroy();
      rollups.destroy();
      engine.destroy();
      store.destroy();
      view.dispose();
      session.dispose();
    };
  }, [doc, provider, editable, boardId]);

  // One object holds every feature's parts; each feature reads it through its own context.
  const ctx = useMemo<
    | (RoadmapContextValue &
        ResourcesContextValue &
        WorkshopContextValue &
        KickoffContextValue &
        HistoryContextValue &
        CommentsContextValue &
        StakeholderContextValue)
    | null
  >(() => {
    if (!parts) return null;
    const { channel } = parts.workshop;
    // only an owner runs the workshop timer (the server drops anyone else's request)
    const kickoffSlots: KickoffSlots = {
      startTimer:
        access.role === 'owner'
          ? (minutes) => channel.send({ type: 'timer', action: 'start', seconds: minutes * 60 })
          : null,
    };
    return {
      boardId,
      doc,
      provider,
      access,
      role: access.role,
      // presentation is the viewer's read-only board for anyone: everything keyed on canEdit follows
      canEdit: editable && !presenting,
      presenting,
      ...parts,
      slots: SLOTS,
      kickoffSlots,
    };
  }, [parts, boardId, doc, provider, access, editable, presenting]);
  useShortcuts(ctx);
  useFitOnOpen(boardId, parts?.session);

  if (!ctx) return null;
  return (
    <BoardContext.Provider value={ctx}>
      <TimelineContext.Provider value={ctx.engine}>
        <RoadmapContext.Provider value={ctx}>
          <ResourcesContext.Provider value={ctx}>
            <WorkshopContext.Provider value={ctx}>
              <KickoffContext.Provider value={ctx}>
                <HistoryContext.Provider value={ctx}>
                  <CommentsContext.Provider value={ctx}>
                    <StakeholderContext.Provider value={ctx}>
                      <BoardLayout
                        editable={ctx.canEdit}
                        presenting={presenting}
                        provider={provider}
                        role={access.role}
                        live={ctx}
                      />
                    </StakeholderContext.Provider>
                  </CommentsContext.Provider>
                </HistoryContext.Provider>
              </KickoffContext.Provider>
            </WorkshopContext.Provider>
          </ResourcesContext.Provider>
        </RoadmapContext.Provider>
      </TimelineContext.Provider>
    </BoardContext.Provider>
  );
}
