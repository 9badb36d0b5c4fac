import { collection, type ItemFilter, localIsoDate, toDayNumber } from '@planroom/shared';
import type { WebsocketProvider } from 'y-websocket';
import type { Prefs } from '../core/BoardContext';
import type { BoardStore } from '../core/boardStore';
import { PREF_KEYS, savePref } from '../core/prefs';
import type { Session } from '../core/session';
import { type ViewState, viewFilter } from '../core/viewState';
import type { ViewStore } from '../core/viewStore';
import type { CriticalCache } from './criticalCache';
import { LayoutEngine } from './layoutEngine';
import type {} from './RoadmapContext';

export const todayNumber = () => toDayNumber(localIsoDate(new Date()));

/** The item filter of a view, the same object while the filter is the same (so the layout refilters only on change). */
export function filterMemo(): (view: ViewState) => ItemFilter {
  let last: { key: string; filter: ItemFilter } | null = null;
  return (view) => {
    const filter = viewFilter(view);
    const key = JSON.stringify(filter);
    if (last?.key !== key) last = { key, filter };
    return last.filter;
  };
}

/**
 * The layout of a board as this person views it (grouping, filters, collapsed parents,
 * zoom): the live board's, or a replayed version's beside it.
 */
export function viewLayout(
  store: BoardStore,
  view: ViewStore,
  prefs: Prefs,
  filterOf: (view: ViewState) => ItemFilter,
): LayoutEngine {
  return new LayoutEngine(store, {
    group: view.get().group,
    filter: filterOf(view.get()),
    collapsed: prefs.collapsed.get(),
    ppd: prefs.ppd.get(),
    viewWidth: 1200,
    today: todayNumber(),
  });
}

interface Wiring {
  boardId: string;
  provider: WebsocketProvider;
  store: BoardStore;
  session: Session;
  view: ViewStore;
  prefs: Prefs;
  engine: LayoutEngine;
  critical: CriticalCache;
  filterOf: (view: ViewState) => ItemFilter;
}

/**
 * Connects the view settings to the layout and keeps session state honest: the
 * selection is published as presence, items and links that vanish leave the selection,
 * preferences are saved on this device.
 */
export function wireView(w: Wiring): () => void {
  const { boardId, provider, store, session, view, prefs, engine, critical, filterOf } = w;
  const publishSelection = () => provider.awareness.setLocalStateField('selection', [...session.selected.get()]);
  const cleanups = [
    session.selected.subscribe(publishSelection),
    view.view.subscribe(() => {
      const state = view.get();
      engine.setView({ group: state.group, filter: filterOf(state) });
      critical.setScope(state.critical);
    }),
    prefs.ppd.subscribe(() => {
      engine.setView({ ppd: prefs.ppd.get() });
      savePref(PREF_KEYS.zoom, prefs.ppd.get());
    }),
    prefs.collapsed.subscribe(() => {
      engine.setView({ collapsed: prefs.collapsed.get() });
      savePref(PREF_KEYS.collapsed(boardId), [...prefs.collapsed.get()]);
    }),
    prefs.moveDependents.subscribe(() => savePref(PREF_KEYS.moveDependents, prefs.moveDependents.get())),
    // gone from the document (a broken record stays selected: its panel says what is wrong)
    store.onItemBatch((ids) => session.forget(ids.filter((id) => !collection(store.doc, 'items').has(id)))),
    store.deps.onBatch((ids) => {
      const dep = session.selectedDep.get();
      if (dep && ids.includes(dep) && !store.deps.get(dep)) session.selectDep(null);
    }),
  ];
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}
