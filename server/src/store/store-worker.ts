/**
 * The store's writer thread: owns the SQLite connection that appends and compacts, so an
 * fsync, a WAL checkpoint or a compaction never blocks the server's event loop.
 * Requests are handled one at a time, in the order they were sent.
 */
import { workerData } from 'node:worker_threads';
import { openSqliteStore } from './sqlite.js';
import { compactStored } from './store.js';
import { fillVersionJson, versionJsonGzip, versionJsonText } from './version-json.js';
import type { WorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';

const { opts, checkpoints, port } = workerData as WorkerData;
const store = openSqliteStore({ ...opts, autoCheckpoint: false });
// Only this thread moves the WAL into the database file, so no commit ever waits for that.
const checkpoint = () => {
  try {
    store.checkpoint();
  } catch {
    // busy or failed: the next one catches up; the WAL still holds every commit
  }
};
const timer = checkpoints ? setInterval(checkpoint, 1000) : null;

function handle(req: WorkerRequest): unknown {
  if (req.cmd === 'append') return store.appendBatch(req.entries);
  if (req.cmd === 'compact') {
    compactStored(store, req.boardId);
    checkpoint();
    return null;
  }
  if (req.cmd === 'version') return store.addVersion(req.version);
  if (req.cmd === 'version-json') {
    const { boardId, versionId } = req;
    if (!req.gzip) return versionJsonText(store, boardId, versionId);
    const gz = versionJsonGzip(store, boardId, versionId);
    // a copy of its own: posting a view would copy the whole buffer it may share
    return gz && new Uint8Array(gz);
  }
  if (req.cmd === 'version-fill') return fillVersionJson(store, req.boardId, req.versionId);
  if (req.cmd === 'ping') return null;
  if (timer) clearInterval(timer);
  store.close();
  return null;
}

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: true, value: handle(req) ?? null };
  } catch (err) {
    reply = { id: req.id, ok: false, error: (err as Error).message };
  }
  port.postMessage(reply);
  if (req.cmd === 'close') port.close();
});
