import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openSqliteStore } from '../src/store/sqlite.js';
import { atLeast, type Result } from './report.js';

/** A real small update (one Y.Map value), the size an edit of one field makes. */
function smallUpdate(): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (u: Uint8Array) => {
    update = u;
  });
  doc.getMap('bench').set('progress', 42);
  doc.destroy();
  return update;
}

interface Run {
  batch: number;
  synchronous: 'full' | 'normal';
  maxMs: number;
  maxAppends: number;
  target: number | null;
}

/** Appends in a loop bounded by both time and count; one `appendBatch` is one commit. */
function run(r: Run, update: Uint8Array): Result {
  const dataDir = mkdtempSync(join(tmpdir(), 'planroom-bench-store-'));
  const store = openSqliteStore({ dataDir, synchronous: r.synchronous });
  try {
    const boards = ['bench-a', 'bench-b', 'bench-c', 'bench-d'];
    for (const id of boards) {
      store.createBoard(
        { id, name: id, keys: { owner: 'k', editor: 'k', viewer: 'k' }, createdAt: 'now', updatedAt: 'now' },
        new Uint8Array([0, 0]),
      );
    }
    // several boards per batch, as group commit across rooms makes them
    const entries = Array.from({ length: r.batch }, (_, i) => ({
      boardId: boards[i % boards.length] as string,
      update,
    }));
    let appends = 0;
    const t0 = performance.now();
    while (appends < r.maxAppends && performance.now() - t0 < r.maxMs) {
      store.appendBatch(entries);
      appends += r.batch;
    }
    const seconds = (performance.now() - t0) / 1000;
    return {
      name:
        r.synchronous === 'full'
          ? `durable appends, raw store appendBatch x${r.batch}`
          : `appends, raw store appendBatch x${r.batch}, synchronous=NORMAL (not power-safe)`,
      value: appends / seconds,
      unit: 'appends/s',
      target: r.target === null ? null : atLeast(r.target),
      note: `${appends} appends of ${update.length} B in ${seconds.toFixed(2)} s, ${(appends / r.batch / seconds).toFixed(0)} commits/s`,
    };
  } finally {
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The raw store without sockets or Yjs: single-entry batches pay one fsync each (the cost
 * of a quiet server), batches of 100 show what group commit buys. The NORMAL row (no fsync
 * per commit) is for comparison only: it survives a crash of the process, not of the machine.
 */
export function storeBench(): Result[] {
  const update = smallUpdate();
  return [
    run({ batch: 1, synchronous: 'full', maxMs: 2000, maxAppends: 50_000, target: 5000 }, update),
    run({ batch: 100, synchronous: 'full', maxMs: 1000, maxAppends: 1_000_000, target: 5000 }, update),
    run({ batch: 1, synchronous: 'normal', maxMs: 1000, maxAppends: 200_000, target: null }, update),
  ];
}
