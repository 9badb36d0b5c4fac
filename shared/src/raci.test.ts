import { describe, expect, it } from 'vitest';
import { addActivity } from './activity.js';
import { readBoard } from './board.js';
import { addDeliverable } from './deliverable.js';
import { createItem } from './item.js';
import { createKickoff } from './kickoff.js';
import { kickoffSetup, stateOf } from './kickoffTestkit.js';
import { raciCellId, setRaci } from './raci.js';
import { countEvents, replica, send } from './testkit.js';

function cells(doc: Parameters<typeof readBoard>[0]) {
  return readBoard(doc)
    .raci.map((c) => `${c.column}:${c.value}`)
    .sort();
}

describe('raciCellId', () => {
  it('is the same for the same row and column, different otherwise, and a valid id', () => {
    const id = raciCellId('dlv:a', 'person:b');
    expect(id).toBe(raciCellId('dlv:a', 'person:b'));
    expect(id).toMatch(/^raci:[0-9a-f]{32}$/);
    const others = [
      raciCellId('dlv:a', 'person:c'),
      raciCellId('dlv:b', 'person:b'),
      raciCellId('dlv:a', 'Finance'),
      raciCellId('dlv:a\u0000person:b', ''),
    ];
    expect(new Set([id, ...others]).size).toBe(5);
  });
});

describe('setRaci', () => {
  it('sets, changes and clears a cell, for people and roles, one update each', () => {
    const { doc, kickoff, anna } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    expect(countEvents(doc, () => setRaci(doc, kickoff, d, anna, 'R')).updates).toBe(1);
    setRaci(doc, kickoff, d, '  Finance ', 'C');
    expect(cells(doc)).toEqual(['Finance:C', `${anna}:R`]);
    setRaci(doc, kickoff, d, anna, 'A');
    expect(cells(doc)).toEqual(['Finance:C', `${anna}:A`]);
    setRaci(doc, kickoff, d, 'Finance', null);
    expect(cells(doc)).toEqual([`${anna}:A`]);
    expect(countEvents(doc, () => setRaci(doc, kickoff, d, 'Finance', null)).transactions).toBe(0);
  });

  it('refuses a row, column or value that is not there, or a row of another kickoff, writing nothing', () => {
    const { doc, kickoff, anna, lane } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    const other = createKickoff(doc, createItem(doc, { title: 'Other', start: '2026-01-05', laneId: lane }));
    const elsewhere = addActivity(doc, other, { title: 'Sign off' });
    const before = stateOf(doc);
    expect(() => setRaci(doc, kickoff, 'dlv:gone', anna, 'R')).toThrow(
      'row points at a deliverable or activity that does not exist',
    );
    expect(() => setRaci(doc, kickoff, elsewhere, anna, 'R')).toThrow('row belongs to another kickoff');
    expect(() => setRaci(doc, kickoff, d, 'person:gone', 'R')).toThrow('column points at a person that does not exist');
    expect(() => setRaci(doc, kickoff, d, ' ', 'R')).toThrow('column must not be empty');
    expect(() => setRaci(doc, kickoff, d, anna, 'X' as never)).toThrow('value must be one of R, A, C, I');
    expect(() => setRaci(doc, 'kickoff:gone', d, anna, 'R')).toThrow(
      'kickoffId points at a kickoff that does not exist',
    );
    expect(stateOf(doc)).toEqual(before);
  });
});

describe('two people in one matrix at once', () => {
  it('setting different cells both keep theirs; setting the same cell leaves one value, no duplicate', () => {
    const { doc, kickoff, anna, bo } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    const a = replica(doc);
    const b = replica(doc);
    setRaci(a, kickoff, d, anna, 'A');
    setRaci(a, kickoff, d, 'Legal', 'C');
    setRaci(b, kickoff, d, bo, 'R');
    setRaci(b, kickoff, d, 'Legal', 'I');
    send(a, b);
    send(b, a);
    expect(cells(a)).toEqual(cells(b));
    expect(cells(a)).toHaveLength(3);
    expect(cells(a)).toEqual(expect.arrayContaining([`${anna}:A`, `${bo}:R`]));
    expect(['Legal:C', 'Legal:I']).toContain(cells(a).find((c) => c.startsWith('Legal')));
    expect(readBoard(a).problems).toEqual([]);
  });
});
