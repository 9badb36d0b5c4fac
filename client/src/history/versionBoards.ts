import { type BoardJson, exportBoard } from '@planroom/shared';
import type * as Y from 'yjs';
import { fetchVersion } from '../sync/historyApi';

/** A moment of the board: a version by id, or the live board now. */
export type Point = number | 'now';

/** Versions a scrub is likely to revisit; a 5k-item board's JSON is a few MB, so only a few. */
const KEEP = 6;

/**
 * The Board JSON of versions, fetched once each and kept for the last few asked for
 * (scrubbing back and forth asks for the same ones again), and of the live board now.
 */
export class VersionBoards {
  private readonly cache = new Map<number, Promise<BoardJson>>();

  constructor(
    private readonly boardId: string,
    private readonly token: () => string,
    private readonly liveDoc: Y.Doc,
  ) {}

  get(point: Point): Promise<BoardJson> {
    if (point === 'now') return Promise.resolve(exportBoard(this.liveDoc));
    const hit = this.cache.get(point);
    if (hit) {
      // most recently used last, so the oldest is the one dropped
      this.cache.delete(point);
      this.cache.set(point, hit);
      return hit;
    }
    const loading = fetchVersion(this.boardId, this.token(), point);
    this.cache.set(point, loading);
    // a failed fetch is not kept: the next ask tries again
    loading.catch(() => this.cache.delete(point));
    while (this.cache.size > KEEP) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return loading;
  }
}
