import * as decoding from 'lib0/decoding';
import { LIMITS } from './limits.js';

/** An awareness update the server will not store, with the reason. */
export class BadPresence extends Error {}

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
 * Reads an awareness update and checks each state before anything is stored: at most a
 * few states, each an object of bounded nesting, or null (gone). A state that parses but
 * cannot be encoded again (a JSON array nested thousands deep) would otherwise sit in the
 * room and break presence for every later socket. Returns the client ids it carries;
 * throws BadPresence.
 */
export function checkPresence(update: Uint8Array): number[] {
  const d = decoding.createDecoder(update);
  const count = decoding.readVarUint(d);
  if (count > LIMITS.awarenessStatesPerFrame) {
    throw new BadPresence(`${count} presence states in one frame (at most ${LIMITS.awarenessStatesPerFrame})`);
  }
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(d));
    decoding.readVarUint(d); // clock
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
  }
  return ids;
}
