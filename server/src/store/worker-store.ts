import { MessageChannel, Worker } from 'node:worker_threads';
import type { VersionInfo } from '@planroom/shared';
import { openSqliteStore, type SqliteOptions } from './sqlite.js';
import type { Store } from './store.js';
import type { WorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';

/**
 * The store thread's code. Run from source (tsx, Vitest) a worker must register tsx before
 * it can load TypeScript (worker-entry.mjs); the build (`pnpm start`) emits the worker as
 * plain JavaScript beside the bundle this module is part of.
 */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./worker-entry.mjs', import.meta.url)
  : new URL('./store-worker.js', import.meta.url);

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface StoreThread {
  request<T>(req: Request): Promise<T>;
  close(): Promise<void>;
}

/** One SQLite connection on its own thread, answering requests in the order they came. */
function startThread(opts: SqliteOptions, checkpoints: boolean): StoreThread {
  const { port1, port2 } = new MessageChannel();
  const data: WorkerData = { opts, checkpoints, port: port2 };
  const worker = new Worker(WORKER_URL, {
    workerData: data,
    transferList: [port2],
    execArgv: [],
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let sent = 0;
  let failure: Error | null = null;
  const answer = (reply: WorkerReply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) p?.resolve(reply.value);
    else p?.reject(new Error(reply.error));
  };
  port1.on('message', answer);
  const fail = (err: Error) => {
    failure = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`store worker exited (${code})`)));
  const request = <T>(req: Request): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = ++sent;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      port1.postMessage({ id, ...req });
    });
  };
  return {
    request,
    async close() {
      await request({ cmd: 'close' }).catch(() => undefined);
      port1.close();
      await worker.terminate();
    },
  };
}

/**
 * The SQLite store with its writes off the event loop: appends on a writer thread,
 * compaction (replay, encode, write the snapshot) on a second thread so a big board's
 * compaction does not hold up commits, and reads on this thread. WAL mode lets the reads
 * run while the others write; SQLite serialises the two writers (busy timeout 5 s).
 */
export async function openWorkerStore(opts: SqliteOptions): Promise<Store> {
  const reads = openSqliteStore({ ...opts, autoCheckpoint: false });
  const writer = startThread(opts, false);
  const compactor = startThread(opts, true);
  // decodes versions (once each, storing their JSON) and reads them for previews and
  // restores, beside commits and compactions
  const reader = startThread(opts, false);
  const versionJson = <T>(boardId: string, versionId: number, gzip: boolean) =>
    reader.request<T | null>({ cmd: 'version-json', boardId, versionId, gzip });
  // the threads are up (and have compiled their code) before the server takes traffic
  await Promise.all([writer, compactor, reader].map((t) => t.request({ cmd: 'ping' })));
  // Reads run on this thread, at once (WAL lets them run beside the writers); they are
  // answered as promises because a networked store (PostgreSQL) cannot answer at once.
  const now = <T>(read: () => T): Promise<T> => {
    try {
      return Promise.resolve(read());
    } catch (err) {
      return Promise.reject(err);
    }
  };
  return {
    createBoard: (board, initial) => now(() => reads.createBoard(board, initial)),
    getBoard: (id) => now(() => reads.getBoard(id)),
    listBoards: () => now(() => reads.listBoards()),
    // a one-row update, like createBoard: on this thread, so a rotation takes effect at once
    setRoleKey: (id, role, key) => now(() => reads.setRoleKey(id, role, key)),
    load: (id) => now(() => reads.load(id)),
    listSnapshots: (id) => now(() => reads.listSnapshots(id)),
    countUpdates: (id) => now(() => reads.countUpdates(id)),
    boardCount: () => now(() => reads.boardCount()),
    listVersions: (id) => now(() => reads.listVersions(id)),
    getVersion: (id, versionId) => now(() => reads.getVersion(id, versionId)),
    latestVersion: (id) => now(() => reads.latestVersion(id)),
    versionContent: (id, versionId) => now(() => reads.versionContent(id, versionId)),
    // a one-row update, like setRoleKey
    renameVersion: (id, versionId, name) => now(() => reads.renameVersion(id, versionId, name)),
    // on the writer, after the appends handed to it before: the version's seq is stored.
    // Its JSON is then decoded on the reader, not the writer, whose commits it would hold
    // up for as long (a second on a big board); an open asked for meanwhile queues behind
    // it. A fill that fails leaves the column NULL, and the first open fills it instead.
    async addVersion(version) {
      const info = await writer.request<VersionInfo>({ cmd: 'version', version });
      reader.request({ cmd: 'version-fill', boardId: version.boardId, versionId: info.id }).catch(() => undefined);
      return info;
    },
    versionJson: (boardId, versionId) => versionJson<string>(boardId, versionId, false),
    versionJsonGzip: (boardId, versionId) => versionJson<Uint8Array>(boardId, versionId, true),
    appendBatch: (entries) => writer.request<number[]>({ cmd: 'append', entries: [...entries] }),
    compact: (boardId) => compactor.request<void>({ cmd: 'compact', boardId }),
    async close() {
      await Promise.all([writer.close(), compactor.close(), reader.close()]);
      reads.close();
    },
  };
}
