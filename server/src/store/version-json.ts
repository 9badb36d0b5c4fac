import { gunzipSync, gzipSync } from 'node:zlib';
import { exportBoard, migrateBoard } from '@planroom/shared';
import * as Y from 'yjs';
import type { SyncStore } from './store.js';

/**
 * Decodes a version into a document of its own (migrated to this server's schema, so an
 * old version previews and restores like a new one), exports its Board JSON text, and
 * lets the document go. Null when the board has no such version. Hundreds of ms on a big
 * board, nearly all `Y.applyUpdateV2`: done once per version, on a store thread.
 */
function decodeVersion(store: SyncStore, boardId: string, versionId: number): string | null {
  const content = store.versionContent(boardId, versionId);
  return content && versionContentJson(content);
}

/** A version's content (V2 update) as Board JSON text, migrated to this server's schema. */
export function versionContentJson(content: Uint8Array): string {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdateV2(doc, content);
    migrateBoard(doc);
    return JSON.stringify(exportBoard(doc));
  } finally {
    doc.destroy();
  }
}

/** What a version's JSON is at hand as: the stored gzip, plus the text when it was just decoded. */
interface VersionJson {
  gz: Uint8Array;
  text: string | null;
}

/**
 * A version's Board JSON: the stored gzip when there is one, else decoded and stored
 * gzipped, so a version decodes once (rows written before the `json_gz` column, or whose
 * fill was lost to a crash, fill on their first open). Runs on the store's reader thread.
 */
function versionJson(store: SyncStore, boardId: string, versionId: number): VersionJson | null {
  const stored = store.storedVersionJson(boardId, versionId);
  if (stored) return { gz: stored, text: null };
  const text = decodeVersion(store, boardId, versionId);
  if (text === null) return null;
  const gz = gzipSync(text);
  store.setVersionJson(boardId, versionId, gz);
  return { gz, text };
}

/** Writes a version's gzipped JSON if it has none yet (after a version is taken). */
export function fillVersionJson(store: SyncStore, boardId: string, versionId: number): void {
  versionJson(store, boardId, versionId);
}

export function versionJsonGzip(store: SyncStore, boardId: string, versionId: number): Uint8Array | null {
  return versionJson(store, boardId, versionId)?.gz ?? null;
}

export function versionJsonText(store: SyncStore, boardId: string, versionId: number): string | null {
  const json = versionJson(store, boardId, versionId);
  return json ? (json.text ?? gunzipSync(json.gz).toString('utf8')) : null;
}
