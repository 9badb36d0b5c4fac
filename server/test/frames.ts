import { type CommentEvent, MESSAGE, type PresenceState, type WorkshopEvent } from '@planroom/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** A sync frame carrying `update` as sync step 2 (kind 1) or update (kind 2). */
export function syncFrame(kind: 1 | 2, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** A real, valid update that adds a record to the board: what a hostile viewer would send. */
export function maliciousUpdate(base: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getMap('meta').set('name', 'Hacked');
  const lanes = doc.getMap<Y.Map<unknown>>('lanes');
  const lane = new Y.Map<unknown>();
  lanes.set('lane:evil', lane);
  lane.set('title', 'Injected');
  return Y.encodeStateAsUpdate(doc, before);
}

/** An awareness frame carrying `states` ([client id, clock, JSON text]) as they are written on the wire. */
export function awarenessFrame(states: ReadonlyArray<readonly [number, number, string]>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, states.length);
  for (const [id, clock, json] of states) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** `count` small updates from one writer, each missing the writer's first change. */
export function gappedUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const map = doc.getMap('flood');
  map.set('never-sent', 0);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const before = Y.encodeStateVector(doc);
    map.set(`k${i % 16}`, i);
    out.push(Y.encodeStateAsUpdate(doc, before));
  }
  return out;
}

/** An update with no structs that deletes `ranges` ranges of `client`'s changes. */
export function deleteSetUpdate(client: number, ranges: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client in the delete set
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(encoder, i * 2);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}

/** A workshop frame carrying `request` as JSON, or `text` as it is. */
export function workshopRequestFrame(request: object | string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.workshop);
  encoding.writeVarString(encoder, typeof request === 'string' ? request : JSON.stringify(request));
  return encoding.toUint8Array(encoder);
}

/** The workshop events among frames received, in order. */
export function workshopEvents(messages: readonly Uint8Array[]): WorkshopEvent[] {
  return messages
    .filter((m) => m[0] === MESSAGE.workshop)
    .map((m) => {
      const d = decoding.createDecoder(m);
      decoding.readVarUint(d);
      return JSON.parse(decoding.readVarString(d)) as WorkshopEvent;
    });
}

/** The presence states ([client id, clock, parsed state]) in the awareness frames received, in order. */
export function presenceStates(messages: readonly Uint8Array[]): Array<[number, number, PresenceState | null]> {
  const out: Array<[number, number, PresenceState | null]> = [];
  for (const m of messages) {
    if (m[0] !== MESSAGE.awareness) continue;
    const outer = decoding.createDecoder(m);
    decoding.readVarUint(outer);
    const d = decoding.createDecoder(decoding.readVarUint8Array(outer));
    for (let n = decoding.readVarUint(d); n > 0; n--) {
      const id = decoding.readVarUint(d);
      const clock = decoding.readVarUint(d);
      out.push([id, clock, JSON.parse(decoding.readVarString(d)) as PresenceState | null]);
    }
  }
  return out;
}

/** A comment frame carrying `request` as JSON, or `text` as it is. */
export function commentRequestFrame(request: object | string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.comment);
  encoding.writeVarString(encoder, typeof request === 'string' ? request : JSON.stringify(request));
  return encoding.toUint8Array(encoder);
}

/** The comment answers among frames received, in order. */
export function commentEvents(messages: readonly Uint8Array[]): CommentEvent[] {
  return messages
    .filter((m) => m[0] === MESSAGE.comment)
    .map((m) => {
      const d = decoding.createDecoder(m);
      decoding.readVarUint(d);
      return JSON.parse(decoding.readVarString(d)) as CommentEvent;
    });
}
