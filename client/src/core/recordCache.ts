import { type CollectionName, collection } from '@planroom/shared';
import type * as Y from 'yjs';
import { KeyedSignal, Signal } from '../ui/signals';
import { sameRecord } from './sameRecord';

type Events = Array<Y.YEvent<Y.AbstractType<unknown>>>;

/** The ids of a collection's entries that a batch of deep events touched. */
export function touchedIds(events: Events, map: object): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
    else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
  }
  return ids;
}

/**
 * Lenient snapshots of one collection (dependencies, people, goals) for
 * `useSyncExternalStore`: an unchanged record keeps its identity, a change wakes the
 * subscribers of that record and of the list, nothing else.
 */
export class RecordCache<T extends { id: string }> {
  private readonly map: Y.Map<Y.Map<unknown>>;
  private readonly records = new Map<string, T>();
  private list: T[] | null = null;
  private version = 0;
  private readonly keyed = new KeyedSignal<string>();
  private readonly listSignal = new Signal();
  private readonly batchListeners = new Set<(ids: readonly string[]) => void>();

  constructor(
    doc: Y.Doc,
    name: CollectionName,
    private readonly read: (id: string, entry: unknown) => { record: T | null },
    private readonly compare?: (a: T, b: T) => number,
  ) {
    this.map = collection(doc, name);
    for (const [id, entry] of this.map.entries()) {
      const { record } = read(id, entry);
      if (record) this.records.set(id, record);
    }
    this.map.observeDeep(this.onChange);
  }

  destroy(): void {
    this.map.unobserveDeep(this.onChange);
  }

  get = (id: string): T | undefined => this.records.get(id);
  /** Every valid record (sorted when the cache has an order); the same array until a change. */
  all = (): T[] => {
    if (!this.list) {
      this.list = [...this.records.values()];
      if (this.compare) this.list.sort(this.compare);
    }
    return this.list;
  };
  byId = (): ReadonlyMap<string, T> => this.records;
  /** Goes up on every change (a cheap cache key). */
  getVersion = (): number => this.version;

  subscribe = (id: string, listener: () => void) => this.keyed.subscribe(id, listener);
  subscribeAll = this.listSignal.subscribe;
  /** Called with the ids that changed, once per transaction. */
  onBatch(listener: (ids: readonly string[]) => void): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  private readonly onChange = (events: Events) => {
    const changed: string[] = [];
    for (const id of touchedIds(events, this.map)) {
      const prev = this.records.get(id);
      const entry = this.map.get(id);
      const record = entry === undefined ? null : this.read(id, entry).record;
      if (!record) {
        if (prev && this.records.delete(id)) changed.push(id);
      } else if (!sameRecord(prev, record)) {
        this.records.set(id, record);
        changed.push(id);
      }
    }
    if (!changed.length) return;
    this.list = null;
    this.version++;
    for (const listener of [...this.batchListeners]) listener(changed);
    for (const id of changed) this.keyed.emit(id);
    this.listSignal.emit();
  };
}
