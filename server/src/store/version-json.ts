import { exportBoard, migrateBoard } from '@planroom/shared';
import * as Y from 'yjs';
import type { SyncStore } from './store.js';

/**
 * A version's Board JSON, as text: decoded into a document of its own (migrated to this
 * server's schema, so an old version previews and restores like a new one), exported,
 * and let go. Null when the board has no such version. Runs on the store's reader
 * thread: decoding a big board takes hundreds of milliseconds, which the event loop
 * must not spend while a client scrubs through versions.
 */
export function versionJsonText(store: SyncStore, boardId: string, versionId: number): string | null {
  const content = store.versionContent(boardId, versionId);
  if (!content) return null;
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdateV2(doc, content);
    migrateBoard(doc);
    return JSON.stringify(exportBoard(doc));
  } finally {
    doc.destroy();
  }
}
