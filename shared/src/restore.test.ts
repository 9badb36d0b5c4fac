import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { boardFromJson, exportBoard } from './boardJson.js';
import { metaMap } from './doc.js';
import { createItem, deleteItems, moveItems, updateItem } from './item.js';
import { renameLane } from './lane.js';
import { restoreBoard, sameJson } from './restore.js';
import { itPortfolioTemplate } from './templates.js';
import { countEvents, replica, send } from './testkit.js';

const RESTORE = { name: 'test-restore' };

function board(): Y.Doc {
  const built = boardFromJson(itPortfolioTemplate('2026-11-22', 'Restore board'));
  if (!built.ok) throw new Error('template did not build');
  return built.doc;
}

/** A doc changed every way a planning session changes one: added, removed, moved, renamed, retitled. */
function edited(doc: Y.Doc): void {
  const snap = readBoard(doc);
  const [first, second] = [...snap.items.keys()];
  const lane = snap.lanes[0];
  if (!first || !second || !lane) throw new Error('template too small');
  createItem(doc, { title: 'Added later', start: '2026-12-01', laneId: lane.id });
  deleteItems(doc, [second]);
  moveItems(doc, [first], { days: 9 });
  updateItem(doc, first, { title: 'Renamed item', notes: 'new notes' });
  renameLane(doc, lane.id, 'Renamed lane');
  metaMap(doc).set('name', 'Renamed board');
}

describe('sameJson', () => {
  it('compares structure, not key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('restoreBoard', () => {
  it('makes the doc export exactly the version, in one transaction and one update', () => {
    const doc = board();
    const version = exportBoard(doc);
    edited(doc);
    expect(exportBoard(doc)).not.toEqual(version);
    const events = countEvents(doc, () => restoreBoard(doc, version, RESTORE));
    expect(events).toEqual({ transactions: 1, updates: 1, origins: [RESTORE] });
    expect(exportBoard(doc)).toEqual(version);
  });

  it('writes nothing when the doc already equals the version', () => {
    const doc = board();
    const events = countEvents(doc, () => restoreBoard(doc, exportBoard(doc), RESTORE));
    expect(events.updates).toBe(0);
  });

  it('leaves records that did not change untouched', () => {
    const doc = board();
    const version = exportBoard(doc);
    const [first] = readBoard(doc).items.keys();
    if (!first) throw new Error('no item');
    updateItem(doc, first, { title: 'Retitled' });
    createItem(doc, { title: 'Added later', start: '2026-12-01' });
    const changed = new Set<string>();
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) {
        const key = type._item?.parentSub;
        if (type instanceof Y.Map && key?.startsWith('item:')) changed.add(key);
      }
    });
    const now = exportBoard(doc);
    const differing = now.items
      .filter((item) => {
        const was = version.items.find((v) => v.id === item.id);
        return was && !sameJson(was, item);
      })
      .map((item) => item.id as string);
    restoreBoard(doc, version, RESTORE);
    // exactly the records that differ were written; the unchanged majority was not
    expect([...changed].sort()).toEqual(differing.sort());
    expect(differing).toEqual([first]);
  });

  it('a concurrent edit to another record survives the restore, and both sides converge', () => {
    const owner = board();
    const version = exportBoard(owner);
    edited(owner);
    const editor = replica(owner);
    const other = [...readBoard(editor).items.values()].find(
      (i) => i.title !== 'Renamed item' && i.title !== 'Added later',
    );
    if (!other) throw new Error('no other item');
    updateItem(editor, other.id, { title: 'Edited meanwhile' });
    restoreBoard(owner, version, RESTORE);
    send(owner, editor);
    send(editor, owner);
    expect(exportBoard(owner)).toEqual(exportBoard(editor));
    const after = exportBoard(owner);
    expect(after.items.find((i) => i.id === other.id)?.title).toBe('Edited meanwhile');
    // everything else is the version
    const without = (b: typeof after) => ({ ...b, items: b.items.filter((i) => i.id !== other.id) });
    expect(without(after)).toEqual(without(version));
  });

  it('restoring the state before a restore undoes it', () => {
    const doc = board();
    const version = exportBoard(doc);
    edited(doc);
    const before = exportBoard(doc);
    restoreBoard(doc, version, RESTORE);
    restoreBoard(doc, before, RESTORE);
    expect(exportBoard(doc)).toEqual(before);
  });
});
