import { type GroupBy, type Item, type ItemFilter, isFilterEmpty, toDayNumber } from '@planroom/shared';
import type { BoardStore } from '../core/boardStore';
import { rowTop } from '../timeline/bars';
import { type NavBox, navLines, type PlacedRow, rowOffsets } from '../timeline/rowGeometry';
import type { TimeAxis } from '../timeline/TimelineContext';
import { boardRange, type DayScale, dayScale } from '../timeline/timeScale';
import { KeyedSignal, Signal } from '../ui/signals';
import { type LayoutNode, layoutRow, type RowLayout, sameLayout } from './rowLayout';
import { type VisibleGroup, visibleGroups } from './visibleGroups';

/** The view settings the layout depends on (all per person, none in the document). */
export interface EngineView {
  group: GroupBy;
  filter: ItemFilter;
  collapsed: ReadonlySet<string>;
  /** Pixels per day. */
  ppd: number;
  /** Width of the track on screen, so the range always fills it. */
  viewWidth: number;
  today: number;
}

export interface RowEntry extends VisibleGroup {
  layout: RowLayout;
  /** Its items that have children anywhere on the board (they show a roll-up bar). */
  parents: ReadonlySet<string>;
}

/** What the timeline itself renders from: the rows in order and how tall each is. */
export interface Structure {
  keys: readonly string[];
  /** Top of each row in the body, plus the total height at the end. */
  offsets: readonly number[];
  scale: DayScale;
  /** Items the filters hide. */
  hidden: number;
  filtering: boolean;
  group: GroupBy;
}

/** Where an item's bar is drawn (its first one, when a view shows it in several rows). */
export interface Place {
  rowIndex: number;
  x: number;
  width: number;
  /** Top of the bar in the body. */
  y: number;
  /** The item is inside a collapsed parent: this is the parent's bar. */
  proxy: boolean;
}

const samePlace = (a: Place | undefined, b: Place | undefined) =>
  a?.rowIndex === b?.rowIndex && a?.x === b?.x && a?.width === b?.width && a?.y === b?.y && a?.proxy === b?.proxy;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((v) => b.has(v));

/**
 * The roadmap's layout for one person's view: rows (grouped and filtered), each row's bar
 * boxes, row offsets for vertical virtualisation and where every bar is for arrows. It
 * listens to the board store and recomputes only what an edit touched: a moved item
 * re-lays out its row; a row whose boxes come out the same keeps its identity, so its
 * component (and every bar in it) skips rendering. Subscriptions are keyed: the timeline
 * wakes when rows or heights change, a row when its boxes do, an arrow when an end moves.
 */
export class LayoutEngine implements TimeAxis {
  private view: EngineView;
  private scale: DayScale;
  private groups: VisibleGroup[] = [];
  private hidden = 0;
  private entries = new Map<string, RowEntry>();
  private structure!: Structure;
  private places = new Map<string, Place>();
  private readonly seen = new Map<string, Item>();
  private readonly nodes = new WeakMap<Item, LayoutNode>();
  private lines: NavBox[][] | null = null;
  private parentIds = new Set<string>();
  private geometryVersion = 0;
  private readonly structureSignal = new Signal();
  private readonly geometrySignal = new Signal();
  private readonly rowSignal = new KeyedSignal<string>();
  private readonly placeSignal = new KeyedSignal<string>();
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly store: BoardStore,
    view: EngineView,
  ) {
    this.view = view;
    this.scale = this.computeScale();
    for (const [id, item] of store.getItems()) this.seen.set(id, item);
    this.update({ regroup: true, relayoutAll: true, dirty: new Set() });
    this.cleanups.push(
      store.onItemBatch(this.onItems),
      store.subscribeLaneIds(() => this.update({ regroup: true, relayoutAll: false, dirty: new Set() })),
      store.people.onBatch(() => {
        if (this.view.group === 'owner' || this.view.filter.text?.trim()) this.refresh();
      }),
      store.goals.onBatch(() => {
        if (this.view.group === 'goal') this.refresh();
      }),
    );
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
  }

  // --- reading ---------------------------------------------------------------------------

  getStructure = (): Structure => this.structure;
  /** The time axis (TimeAxis): the scale changes with the structure. */
  getScale = (): DayScale => this.structure.scale;
  subscribeScale = this.structureSignal.subscribe;
  getRow = (key: string): RowEntry | undefined => this.entries.get(key);
  getPlace = (id: string): Place | undefined => this.places.get(id);
  getView = (): EngineView => this.view;
  /** Goes up whenever any bar's place changes (a cheap cache key for scans over many bars). */
  getGeometryVersion = (): number => this.geometryVersion;

  subscribeStructure = this.structureSignal.subscribe;
  /** Any change of where bars are (for things that scan many of them). */
  subscribeGeometry = this.geometrySignal.subscribe;
  subscribeRow = (key: string, listener: () => void) => this.rowSignal.subscribe(key, listener);
  subscribePlace = (id: string, listener: () => void) => this.placeSignal.subscribe(id, listener);

  /** Rows with their tops, for rubber-band selection and keyboard navigation. */
  placedRows(): PlacedRow[] {
    const { keys, offsets } = this.structure;
    return keys.map((key, i) => ({ top: offsets[i] ?? 0, boxes: this.entries.get(key)?.layout.boxes ?? new Map() }));
  }

  navLines(): NavBox[][] {
    this.lines ??= navLines(this.placedRows());
    return this.lines;
  }

  /** Every item with a bar in this view. */
  shownIds(): Set<string> {
    const out = new Set<string>();
    for (const entry of this.entries.values()) for (const id of entry.layout.boxes.keys()) out.add(id);
    return out;
  }

  // --- changing --------------------------------------------------------------------------

  setView(patch: Partial<EngineView>): void {
    const prev = this.view;
    this.view = { ...prev, ...patch };
    const regroup = patch.group !== undefined && patch.group !== prev.group;
    // rows of another grouping are other rows, even under the same key ("none")
    if (regroup) this.entries = new Map();
    const refilter = patch.filter !== undefined && patch.filter !== prev.filter;
    const rescaled = this.rescale();
    const collapsed = patch.collapsed !== undefined && patch.collapsed !== prev.collapsed;
    if (regroup || refilter || rescaled || collapsed) {
      this.update({ regroup: regroup || refilter, relayoutAll: rescaled || collapsed, dirty: new Set() });
    }
  }

  private refresh(): void {
    this.update({ regroup: true, relayoutAll: false, dirty: new Set() });
  }

  private computeScale(): DayScale {
    // rounded up, so resizing the window rarely changes the range
    const days = Math.ceil((Math.ceil(this.view.viewWidth / 400) * 400) / this.view.ppd);
    const [from, to] = boardRange(this.store.getExtent(), this.view.today, days);
    return dayScale(from, to, this.view.ppd);
  }

  /** A new scale when the zoom or the board's range changed; true when it did. */
  private rescale(): boolean {
    const next = this.computeScale();
    if (next.fromDay === this.scale.fromDay && next.toDay === this.scale.toDay && next.ppd === this.scale.ppd)
      return false;
    this.scale = next;
    return true;
  }

  private regroupsOn(prev: Item, next: Item): boolean {
    const { group, filter } = this.view;
    if (
      prev.laneId !== next.laneId ||
      prev.parentId !== next.parentId ||
      prev.kind !== next.kind ||
      prev.ownerId !== next.ownerId ||
      prev.status !== next.status ||
      !sameList(prev.goalIds, next.goalIds)
    )
      return true;
    if (prev.title !== next.title && (group === 'program' || !isFilterEmpty(filter))) return true;
    return prev.notes !== next.notes && !!filter.text?.trim();
  }

  private readonly onItems = (ids: readonly string[]) => {
    let regroup = false;
    for (const id of ids) {
      const prev = this.seen.get(id);
      const next = this.store.getItem(id);
      if (!prev || !next || this.regroupsOn(prev, next)) regroup = true;
      if (next) this.seen.set(id, next);
      else this.seen.delete(id);
    }
    this.update({ regroup, relayoutAll: this.rescale(), dirty: new Set(ids) });
  };

  private node(item: Item): LayoutNode {
    let node = this.nodes.get(item);
    if (!node) {
      node = {
        id: item.id,
        start: toDayNumber(item.start),
        end: toDayNumber(item.end),
        kind: item.kind,
        order: item.order,
        parentId: item.parentId,
        title: item.title,
      };
      this.nodes.set(item, node);
    }
    return node;
  }

  /** A row's layout; given its previous one, bars that did not move keep their sub-rows. */
  private layout(ids: readonly string[], prev: RowLayout | undefined): RowLayout {
    const nodes: LayoutNode[] = [];
    for (const id of ids) {
      const item = this.store.getItem(id);
      if (item) nodes.push(this.node(item));
    }
    return layoutRow(nodes, this.scale, this.view.collapsed, prev);
  }

  private update(change: { regroup: boolean; relayoutAll: boolean; dirty: ReadonlySet<string> }): void {
    if (change.regroup) {
      const { groups, hidden } = visibleGroups(
        {
          items: this.store.getItems(),
          lanes: this.store.getLaneIds().flatMap((id) => this.store.getLane(id) ?? []),
          people: this.store.people.all(),
          goals: this.store.goals.all(),
        },
        this.view.group,
        this.view.filter,
      );
      this.groups = groups;
      this.hidden = hidden;
      this.parentIds = new Set();
      for (const item of this.store.getItems().values()) if (item.parentId) this.parentIds.add(item.parentId);
    }
    const next = new Map<string, RowEntry>();
    const changed: string[] = [];
    for (const group of this.groups) {
      const old = this.entries.get(group.key);
      const members = old && sameList(old.itemIds, group.itemIds) ? old.itemIds : group.itemIds;
      const touched =
        !old || members !== old.itemIds || change.relayoutAll || group.itemIds.some((id) => change.dirty.has(id));
      let layout = touched ? this.layout(members, old?.layout) : (old as RowEntry).layout;
      if (old && sameLayout(old.layout, layout)) layout = old.layout;
      let parents: ReadonlySet<string> = new Set(members.filter((id) => this.parentIds.has(id)));
      if (old && sameSet(old.parents, parents)) parents = old.parents;
      const same =
        old &&
        old.layout === layout &&
        old.parents === parents &&
        old.itemIds === members &&
        old.title === group.title &&
        old.kind === group.kind &&
        old.total === group.total;
      const entry = same ? (old as RowEntry) : { ...group, itemIds: members, layout, parents };
      if (!same) changed.push(group.key);
      next.set(group.key, entry);
    }
    this.entries = next;
    this.commit(changed);
  }

  private commit(changedRows: readonly string[]): void {
    const keys = this.groups.map((g) => g.key);
    const offsets = rowOffsets(keys.map((key) => this.entries.get(key)?.layout.height ?? 0));
    const prev = this.structure as Structure | undefined;
    const filtering = !isFilterEmpty(this.view.filter);
    const structureChanged =
      !prev ||
      !sameList(prev.keys, keys) ||
      prev.offsets.length !== offsets.length ||
      prev.offsets.some((o, i) => o !== offsets[i]) ||
      prev.scale !== this.scale ||
      prev.hidden !== this.hidden ||
      prev.filtering !== filtering ||
      prev.group !== this.view.group;
    if (structureChanged) {
      this.structure = { keys, offsets, scale: this.scale, hidden: this.hidden, filtering, group: this.view.group };
    }
    if (!structureChanged && !changedRows.length) return;
    this.lines = null;
    const moved = this.recomputePlaces();
    for (const key of changedRows) this.rowSignal.emit(key);
    if (structureChanged) this.structureSignal.emit();
    for (const id of moved) this.placeSignal.emit(id);
    this.geometryVersion++;
    this.geometrySignal.emit();
  }

  /** Recomputes every bar's place; returns the items whose place changed. */
  private recomputePlaces(): string[] {
    const { keys, offsets } = this.structure;
    const next = new Map<string, Place>();
    keys.forEach((key, rowIndex) => {
      const boxes = this.entries.get(key)?.layout.boxes;
      if (!boxes) return;
      const top = offsets[rowIndex] ?? 0;
      for (const [id, box] of boxes) {
        if (!next.has(id))
          next.set(id, { rowIndex, x: box.x, width: box.width, y: top + rowTop(box.row), proxy: false });
      }
    });
    for (const key of keys) {
      for (const [id, under] of this.entries.get(key)?.layout.hidden ?? []) {
        const parent = next.get(under);
        if (parent && !next.has(id)) next.set(id, { ...parent, proxy: true });
      }
    }
    const moved: string[] = [];
    for (const [id, place] of next) if (!samePlace(place, this.places.get(id))) moved.push(id);
    for (const id of this.places.keys()) if (!next.has(id)) moved.push(id);
    this.places = next;
    return moved;
  }
}
