import {
  type Baseline,
  type Comment,
  collection,
  compareOrder,
  type Dependency,
  type Goal,
  type Item,
  type ItemKind,
  type Lane,
  type Meta,
  metaMap,
  type Person,
  type Problem,
  type Risk,
  readBaseline,
  readComment,
  readDependency,
  readGoal,
  readItem,
  readLane,
  readMeta,
  readPerson,
  readRisk,
  toDayNumber,
} from '@planroom/shared';
import type * as Y from 'yjs';
import { KeyedSignal, Signal } from '../ui/signals';
import { ProblemList } from './problemList';
import { RecordCache, touchedIds } from './recordCache';
import { sameRecord } from './sameRecord';

const byCreation = (a: Baseline, b: Baseline) =>
  a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Bucket key of the final "No lane" row: items without a lane, or whose lane is broken. */
export const NO_LANE = '';

/** What a lane row needs to lay out one bar; the bar reads the rest itself. */
export interface ItemSpan {
  id: string;
  start: number;
  end: number;
  kind: ItemKind;
  order: string;
  /** Narrow bars and milestones show their title beside them, which takes room. */
  title: string;
}

export interface Extent {
  min: number;
  max: number;
}

type Events = Array<Y.YEvent<Y.AbstractType<unknown>>>;

const layoutChanged = (a: Item | undefined, b: Item | undefined) =>
  a?.start !== b?.start ||
  a?.end !== b?.end ||
  a?.kind !== b?.kind ||
  a?.order !== b?.order ||
  a?.laneId !== b?.laneId ||
  a?.title !== b?.title;

/**
 * Per-entity snapshots of a board's Y.Doc for `useSyncExternalStore`. Yjs stays the only
 * store: this class only caches what the lenient readers return, keeps an unchanged record
 * the same object (so memoised bars skip rendering) and wakes only the subscribers of what
 * changed: one item, one lane row, the lane list, the time extent or the problem list.
 */
export class BoardStore {
  private readonly itemsMap: Y.Map<Y.Map<unknown>>;
  private readonly lanesMap: Y.Map<Y.Map<unknown>>;
  private readonly items = new Map<string, Item>();
  private readonly lanes = new Map<string, Lane>();
  private laneIds: string[] = [];
  private readonly bucketOf = new Map<string, string>();
  private readonly bucketIds = new Map<string, Set<string>>();
  private readonly bucketSnaps = new Map<string, ItemSpan[]>();
  private extent: Extent | null | undefined;
  private readonly problems: ProblemList;
  private meta: Meta;

  private readonly itemSignal = new KeyedSignal<string>();
  private readonly laneSignal = new KeyedSignal<string>();
  private readonly bucketSignal = new KeyedSignal<string>();
  private readonly laneIdsSignal = new Signal();
  private readonly extentSignal = new Signal();
  private readonly metaSignal = new Signal();
  private readonly anySignal = new Signal();
  private readonly itemBatchListeners = new Set<(ids: readonly string[]) => void>();

  readonly deps: RecordCache<Dependency>;
  readonly people: RecordCache<Person>;
  readonly goals: RecordCache<Goal>;
  /** Risks, read one by one (leniently): the roadmap marks items with an open high risk. */
  readonly risks: RecordCache<Risk>;
  /** Comments, read one by one: the bars show unread counts (core/unread.ts). */
  readonly comments: RecordCache<Comment>;
  /** Baselines, oldest first: the roadmap draws the chosen one under the live bars. */
  readonly baselines: RecordCache<Baseline>;

  constructor(readonly doc: Y.Doc) {
    this.itemsMap = collection(doc, 'items');
    this.lanesMap = collection(doc, 'lanes');
    for (const id of this.lanesMap.keys()) this.readLaneEntry(id);
    this.laneIds = this.sortedLaneIds();
    for (const id of this.itemsMap.keys()) this.readItemEntry(id, new Set());
    this.meta = readMeta(doc).meta;
    this.problems = new ProblemList(doc);
    this.deps = new RecordCache(doc, 'deps', readDependency);
    this.people = new RecordCache(doc, 'people', readPerson, (a, b) => a.name.localeCompare(b.name));
    this.goals = new RecordCache(doc, 'goals', readGoal, compareOrder);
    this.risks = new RecordCache(doc, 'risks', readRisk, compareOrder);
    this.comments = new RecordCache(doc, 'comments', readComment);
    this.baselines = new RecordCache(doc, 'baselines', readBaseline, byCreation);
    this.itemsMap.observeDeep(this.onItems);
    this.lanesMap.observeDeep(this.onLanes);
    metaMap(doc).observe(this.onMeta);
    doc.on('afterTransaction', this.onAnyChange);
  }

  destroy(): void {
    this.itemsMap.unobserveDeep(this.onItems);
    this.lanesMap.unobserveDeep(this.onLanes);
    metaMap(this.doc).unobserve(this.onMeta);
    this.doc.off('afterTransaction', this.onAnyChange);
    this.problems.destroy();
    this.deps.destroy();
    this.people.destroy();
    this.goals.destroy();
    this.risks.destroy();
    this.comments.destroy();
    this.baselines.destroy();
  }

  // --- snapshots -------------------------------------------------------------------------

  getItem = (id: string): Item | undefined => this.items.get(id);
  /** Every valid item by id (read-only: for shared's pure functions). */
  getItems = (): ReadonlyMap<string, Item> => this.items;
  getLane = (id: string): Lane | undefined => this.lanes.get(id);
  /** Valid lanes in board order. */
  getLaneIds = (): string[] => this.laneIds;
  getProblems = (): Problem[] => this.problems.get();
  getMeta = (): Meta => this.meta;

  /** Items of one row, by start date then order: what packing and the time window need. */
  getSpans = (bucket: string): ItemSpan[] => {
    let snap = this.bucketSnaps.get(bucket);
    if (!snap) {
      snap = [];
      for (const id of this.bucketIds.get(bucket) ?? []) {
        const item = this.items.get(id);
        if (item)
          snap.push({
            id,
            start: toDayNumber(item.start),
            end: toDayNumber(item.end),
            kind: item.kind,
            order: item.order,
            title: item.title,
          });
      }
      snap.sort((a, b) => a.start - b.start || compareOrder(a, b));
      this.bucketSnaps.set(bucket, snap);
    }
    return snap;
  };

  /** First and last day over all valid items, or null on an empty board. */
  getExtent = (): Extent | null => {
    if (this.extent === undefined) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (const item of this.items.values()) {
        min = Math.min(min, toDayNumber(item.start));
        max = Math.max(max, toDayNumber(item.end));
      }
      this.extent = min <= max ? { min, max } : null;
    }
    return this.extent;
  };

  /** Every item id in display order (lanes first, then the "No lane" row). */
  itemIdsInDisplayOrder(): string[] {
    return [...this.laneIds, NO_LANE].flatMap((bucket) => this.getSpans(bucket).map((s) => s.id));
  }

  // --- subscriptions ---------------------------------------------------------------------

  subscribeItem = (id: string, listener: () => void) => this.itemSignal.subscribe(id, listener);
  /** Called with the ids of the items that changed, once per transaction, before the items' own subscribers. */
  onItemBatch(listener: (ids: readonly string[]) => void): () => void {
    this.itemBatchListeners.add(listener);
    return () => this.itemBatchListeners.delete(listener);
  }
  subscribeLane = (id: string, listener: () => void) => this.laneSignal.subscribe(id, listener);
  subscribeSpans = (bucket: string, listener: () => void) => this.bucketSignal.subscribe(bucket, listener);
  subscribeLaneIds = this.laneIdsSignal.subscribe;
  subscribeExtent = this.extentSignal.subscribe;
  subscribeProblems = (listener: () => void) => this.problems.subscribe(listener);
  subscribeMeta = this.metaSignal.subscribe;
  /** Any transaction at all (for things like undo availability). */
  subscribeAny = this.anySignal.subscribe;

  // --- reading -------------------------------------------------------------------------

  private bucketFor(item: Item): string {
    return item.laneId && this.lanes.has(item.laneId) ? item.laneId : NO_LANE;
  }

  private placeInBucket(id: string, bucket: string | undefined, dirty: Set<string>): void {
    const old = this.bucketOf.get(id);
    if (old !== undefined) {
      dirty.add(old);
      if (old !== bucket) this.bucketIds.get(old)?.delete(id);
    }
    if (bucket === undefined) {
      this.bucketOf.delete(id);
      return;
    }
    dirty.add(bucket);
    this.bucketOf.set(id, bucket);
    let set = this.bucketIds.get(bucket);
    if (!set) {
      set = new Set();
      this.bucketIds.set(bucket, set);
    }
    set.add(id);
  }

  /** Re-reads one item; returns whether its snapshot changed. */
  private readItemEntry(id: string, dirtyBuckets: Set<string>): boolean {
    const prev = this.items.get(id);
    const entry = this.itemsMap.get(id);
    const record = entry === undefined ? null : readItem(id, entry).record;
    if (!record) {
      if (!prev) return false;
      this.items.delete(id);
      this.placeInBucket(id, undefined, dirtyBuckets);
      return true;
    }
    if (sameRecord(prev, record)) return false;
    this.items.set(id, record);
    const bucket = this.bucketFor(record);
    if (layoutChanged(prev, record) || this.bucketOf.get(id) !== bucket) this.placeInBucket(id, bucket, dirtyBuckets);
    return true;
  }

  private readLaneEntry(id: string): boolean {
    const prev = this.lanes.get(id);
    const entry = this.lanesMap.get(id);
    const record = entry === undefined ? null : readLane(id, entry).record;
    if (!record) {
      this.lanes.delete(id);
      return prev !== undefined;
    }
    if (sameRecord(prev, record)) return false;
    this.lanes.set(id, record);
    return true;
  }

  private sortedLaneIds(): string[] {
    return [...this.lanes.values()].sort(compareOrder).map((lane) => lane.id);
  }

  // --- observers -----------------------------------------------------------------------

  private readonly onItems = (events: Events) => {
    const dirty = new Set<string>();
    const changed = [...touchedIds(events, this.itemsMap)].filter((id) => this.readItemEntry(id, dirty));
    this.flushBuckets(dirty);
    if (changed.length) for (const listener of [...this.itemBatchListeners]) listener(changed);
    for (const id of changed) this.itemSignal.emit(id);
  };

  private readonly onLanes = (events: Events) => {
    const changed = [...touchedIds(events, this.lanesMap)].filter((id) => this.readLaneEntry(id));
    if (!changed.length) return;
    const next = this.sortedLaneIds();
    if (next.join('\n') !== this.laneIds.join('\n')) {
      this.laneIds = next;
      // Items of a lane that appeared, vanished or broke change rows.
      const dirty = new Set<string>();
      for (const item of this.items.values()) {
        const bucket = this.bucketFor(item);
        if (this.bucketOf.get(item.id) !== bucket) this.placeInBucket(item.id, bucket, dirty);
      }
      this.flushBuckets(dirty);
      this.laneIdsSignal.emit();
    }
    for (const id of changed) this.laneSignal.emit(id);
  };

  private flushBuckets(dirty: Set<string>): void {
    if (!dirty.size) return;
    for (const bucket of dirty) this.bucketSnaps.delete(bucket);
    this.extent = undefined;
    for (const bucket of dirty) this.bucketSignal.emit(bucket);
    this.extentSignal.emit();
  }

  private readonly onMeta = () => {
    const next = readMeta(this.doc).meta;
    if (sameRecord(this.meta, next)) return;
    this.meta = next;
    this.metaSignal.emit();
  };

  private readonly onAnyChange = () => {
    this.anySignal.emit();
    this.problems.changed();
  };
}
