import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { createGoal, deleteGoal, updateGoal } from './goal.js';
import { createItem, updateItem } from './item.js';
import { ValidationError } from './problems.js';

describe('strategic goals', () => {
  it('creates goals in order, edits them, and refuses bad colours without writing', () => {
    const doc = new Y.Doc();
    const a = createGoal(doc, { title: 'Cut run costs' });
    const b = createGoal(doc, { title: 'Secure by default', color: '#b35c1e' });
    expect(readBoard(doc).goals.map((g) => g.id)).toEqual([a, b]);
    updateGoal(doc, a, { description: 'Run cost -15 %' });
    expect(readBoard(doc).goals[0]).toMatchObject({
      title: 'Cut run costs',
      description: 'Run cost -15 %',
      color: '#6b5bd6',
    });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => updateGoal(doc, b, { color: 'red' })).toThrow(ValidationError);
    expect(() => createGoal(doc, { title: ' ' })).toThrow(ValidationError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('links items to goals by id and unlinks them when a goal is deleted, in one step', () => {
    const doc = new Y.Doc();
    const cost = createGoal(doc, { title: 'Cut run costs' });
    const data = createGoal(doc, { title: 'Trusted data' });
    const item = createItem(doc, { title: 'Data centre exit', start: '2026-01-05', goalIds: [cost, data] });
    expect(() => updateItem(doc, item, { goalIds: ['not-a-goal'] })).toThrow(/goal id/);
    let updates = 0;
    doc.on('update', () => updates++);
    deleteGoal(doc, cost);
    expect(updates).toBe(1);
    const board = readBoard(doc);
    expect(board.items.get(item)?.goalIds).toEqual([data]);
    expect(board.goals.map((g) => g.title)).toEqual(['Trusted data']);
  });

  it('keeps an item whose goal was deleted concurrently, without that goal', () => {
    const a = new Y.Doc();
    const goal = createGoal(a, { title: 'Cut run costs' });
    const item = createItem(a, { title: 'Backup', start: '2026-01-05' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    deleteGoal(a, goal);
    updateItem(b, item, { goalIds: [goal] });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const board = readBoard(a);
    expect(board.items.has(item)).toBe(true);
    expect(board.goals).toEqual([]);
    expect(board.problems).toEqual([]);
  });
});
