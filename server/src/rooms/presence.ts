import type { Role } from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LIMITS } from './limits.js';

/** An awareness update the server will not store, with the reason. */
export class BadPresence extends Error {}

/** One state of an awareness update: a client id, its clock, and its state (null: gone). */
export interface PresenceEntry {
  id: number;
  clock: number;
  state: Record<string, unknown> | null;
}

function tooDeep(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads an awareness update and checks each state before anything is stored, leaving out
 * echoes (states whose clock the room has already seen): at most a few states, each an object of bounded nesting, or null (gone). A state that parses but
 * cannot be encoded again (a JSON array nested thousands deep) would otherwise sit in the
 * room and break presence for every later socket. Throws BadPresence.
 */
export function readPresence(
  update: Uint8Array,
  isEcho: (id: number, clock: number) => boolean = () => false,
): PresenceEntry[] {
  const d = decoding.createDecoder(update);
  const count = decoding.readVarUint(d);
  if (count > LIMITS.awarenessStatesPerFrame) {
    throw new BadPresence(`${count} presence states in one frame (at most ${LIMITS.awarenessStatesPerFrame})`);
  }
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    if (isEcho(id, clock)) {
      // a state the room already has (the stock client sends back every state it receives): skipped unread
      decoding.readVarUint8Array(d);
      continue;
    }
    let state: unknown;
    try {
      state = JSON.parse(decoding.readVarString(d));
    } catch {
      throw new BadPresence('presence state is not JSON');
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new BadPresence('presence state must be an object or null');
    }
    if (tooDeep(state, LIMITS.awarenessDepth)) {
      throw new BadPresence(`presence state nests deeper than ${LIMITS.awarenessDepth}`);
    }
    entries.push({ id, clock, state: state as Record<string, unknown> | null });
  }
  return entries;
}

/**
 * The awareness update the server stores for `entries` sent by a connection of `role`:
 * every state's `role` is the connection's, whatever the client wrote (y-protocols'
 * format: count, then client id, clock and JSON per state). With it, the size in bytes of
 * the largest state's JSON as stored.
 */
export function stampRole(entries: PresenceEntry[], role: Role): { update: Uint8Array; largest: number } {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  let largest = 0;
  for (const { id, clock, state } of entries) {
    const json = JSON.stringify(state === null ? null : { ...state, role });
    largest = Math.max(largest, Buffer.byteLength(json, 'utf8'));
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return { update: encoding.toUint8Array(encoder), largest };
}
