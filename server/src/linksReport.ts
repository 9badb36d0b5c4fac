import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readMeta } from '@planroom/shared';
import * as Y from 'yjs';
import { createAuth, loadSecret } from './auth.js';
import { boardLinks } from './http/boards.js';
import { openSqliteStore } from './store/sqlite.js';
import { replay, type SyncStore } from './store/store.js';

/** What `pnpm links` reads from the environment, as the server does. */
export interface LinksEnv {
  PLANROOM_DATA_DIR?: string;
  PLANROOM_SECRET?: string;
  PLANROOM_PUBLIC_URL?: string;
  PORT?: string;
}

export class LinksError extends Error {}

const LABELS = {
  owner: 'Owner link: the key to manage this board (reset links, restore versions); keep it to yourself',
  editor: 'Editor link: can change the plan',
  viewer: 'Viewer link: read-only',
} as const;

/**
 * `pnpm links [boardId]`: the operator's way back to a board's links, on the machine that
 * holds the data dir: one board's three links, or every board's id and name. For stdout
 * only, because the operator asked; the server itself never logs a token.
 */
export function linksReport(env: LinksEnv, boardId: string | undefined, cwd = process.cwd()): string {
  const dataDir = resolve(env.PLANROOM_DATA_DIR ?? join(cwd, 'data'));
  if (!existsSync(join(dataDir, 'planroom.sqlite'))) {
    throw new LinksError(`no Planroom data in ${dataDir}; set PLANROOM_DATA_DIR to the server's data dir`);
  }
  if (!env.PLANROOM_SECRET && !existsSync(join(dataDir, 'secret.key'))) {
    throw new LinksError(`no server secret in ${dataDir}; set PLANROOM_SECRET as the server has it`);
  }
  const store = openSqliteStore({ dataDir });
  try {
    return boardId ? oneBoard(store, env, dataDir, boardId) : everyBoard(store, dataDir);
  } finally {
    store.close();
  }
}

function oneBoard(store: SyncStore, env: LinksEnv, dataDir: string, id: string): string {
  const board = store.getBoard(id);
  if (!board) throw new LinksError(`no board with id "${id}" in ${dataDir}; run \`pnpm links\` to list them`);
  const base = (env.PLANROOM_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 8787}`).replace(/\/$/, '');
  const auth = createAuth(loadSecret(dataDir, env.PLANROOM_SECRET));
  const links = boardLinks(auth, base, board);
  const lines = [`Board "${currentName(store, id) ?? board.name}" (${id})`, ''];
  for (const role of ['owner', 'editor', 'viewer'] as const) lines.push(`  ${LABELS[role]}:`, `    ${links[role]}`, '');
  return lines.join('\n');
}

/** The name in the document (boards are renamed there), or null if it does not read. */
function currentName(store: SyncStore, id: string): string | null {
  const doc = new Y.Doc();
  try {
    replay(doc, store.load(id));
    return readMeta(doc).meta.name;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}

function everyBoard(store: SyncStore, dataDir: string): string {
  const boards = store.listBoards();
  if (!boards.length) return `No boards in ${dataDir}.\n`;
  const lines = [`${boards.length} board(s) in ${dataDir}, last changed first (name as created):`, ''];
  for (const b of boards) lines.push(`  ${b.id}  ${b.updatedAt.slice(0, 16).replace('T', ' ')}  ${b.name}`);
  lines.push('', 'Run `pnpm links <id>` for the links of one board.', '');
  return lines.join('\n');
}
