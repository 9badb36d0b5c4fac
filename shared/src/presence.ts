import type { Role } from './protocol.js';

/*
 * What each participant publishes as awareness state on a board (y-protocols awareness,
 * relayed by the server). The server checks the size, and it overwrites `role` with the
 * role of the connection, so the role others see is never what a client claims.
 */

/** The most one presence state may take, as JSON. */
export const PRESENCE_STATE_MAX_BYTES = 4 * 1024;

/** Cursor moves a participant sends at most per second. */
export const CURSOR_HZ = 20;

/**
 * A point on the board, independent of anyone's zoom, scroll, grouping or filters: a day
 * (fractional) and what is under it, a bar or a row, with how far down it the point is.
 */
export interface BoardPoint {
  /** The view the point is on: others see it only in the same view. */
  mode: 'roadmap' | 'resources';
  /** Day number (days since 1970-01-01), with the fraction of the day. */
  day: number;
  /** The item whose bar is under the point, if any: its position wins over the row. */
  item?: string;
  /** The row key (a lane, a group, a team or a person row). */
  row?: string;
  /** How far down the bar or row, from 0 (top) to 1 (bottom). */
  fy: number;
}

/** What someone is looking at, enough for others to follow them. */
export interface FollowView {
  /** The view's query string (`?view=…&group=…&q=…`), as the URL holds it. */
  query: string;
  /** Pixels per day. */
  ppd: number;
  /** The day at the left edge of the time track. */
  day: number;
  /** The row at the top of the view, and how far into it (px). */
  row: string | null;
  dy: number;
}

export interface PresenceUser {
  name: string;
  color: string;
}

export interface PresenceState {
  user?: PresenceUser;
  /** Set by the server from the connection's link. */
  role?: Role;
  selection?: string[];
  cursor?: BoardPoint | null;
  view?: FollowView | null;
  /** No input for a minute, or the tab hidden. */
  idle?: boolean;
}

/**
 * Participant colours: Okabe and Ito's palette for colour-blind readers, darkened where
 * needed to carry white text, plus two more that stay apart from them.
 */
export const PRESENCE_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#B8860B',
  '#56B4E9',
  '#6A3D9A',
  '#555555',
] as const;

/** The colour of a participant, stable for a name on every screen. */
export function presenceColor(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return PRESENCE_COLORS[(h >>> 0) % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}

/** Up to two letters for an avatar: first and last name ("Astrid Lindqvist" → "AL"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = [...(words[0] as string)][0] ?? '';
  const last = words.length > 1 ? ([...(words.at(-1) as string)][0] ?? '') : '';
  return (first + last).toUpperCase();
}
