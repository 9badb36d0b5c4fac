import { VERSION_REASONS, type VersionInfo, type VersionPerson, type VersionReason } from '@planroom/shared';
import type { BoardRecord } from './store.js';

/** A `boards` row, as both stores keep it. */
export interface BoardRow {
  id: string;
  name: string;
  owner_key: string;
  editor_key: string;
  viewer_key: string;
  created_at: string;
  updated_at: string;
}

export const boardFromRow = (row: BoardRow): BoardRecord => ({
  id: row.id,
  name: row.name,
  keys: { owner: row.owner_key, editor: row.editor_key, viewer: row.viewer_key },
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A `versions` row without its content (PostgreSQL returns BIGINT columns as text). */
export interface VersionRow {
  id: number | string;
  seq: number | string;
  created_at: string;
  name: string | null;
  reason: string;
  people: string;
}

/** The columns a VersionRow is read from. */
export const VERSION_INFO_COLUMNS = 'id, seq, created_at, name, reason, people';

function readPeople(json: string): VersionPerson[] {
  try {
    const people = JSON.parse(json) as unknown;
    return Array.isArray(people) ? (people as VersionPerson[]) : [];
  } catch {
    return []; // a damaged list of names must not hide the version
  }
}

export const versionFromRow = (row: VersionRow): VersionInfo => ({
  id: Number(row.id),
  createdAt: row.created_at,
  name: row.name,
  reason: (VERSION_REASONS as readonly string[]).includes(row.reason) ? (row.reason as VersionReason) : 'auto',
  people: readPeople(row.people),
});
