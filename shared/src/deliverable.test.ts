import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import {
  addDeliverable,
  createDeliverableMilestone,
  deleteDeliverable,
  reorderDeliverable,
  updateDeliverable,
} from './deliverable.js';
import { collection } from './doc.js';
import { createItem, deleteItem, updateItem } from './item.js';
import { kickoffSetup, stateOf, viewOf } from './kickoffTestkit.js';
import { setRaci } from './raci.js';
import { countEvents } from './testkit.js';

describe('deliverables', () => {
  it('link to roadmap items, keep their order, and refuse items that do not exist', () => {
    const { doc, kickoff, build, project } = kickoffSetup();
    const portal = addDeliverable(doc, kickoff, { title: 'Portal', itemIds: [build] });
    const training = addDeliverable(doc, kickoff, { title: 'Training', itemIds: [project] }, 0);
    reorderDeliverable(doc, training, 1);
    expect(viewOf(doc, kickoff).deliverables.map((d) => [d.title, d.itemIds])).toEqual([
      ['Portal', [build]],
      ['Training', [project]],
    ]);
    const before = stateOf(doc);
    expect(() => updateDeliverable(doc, portal, { itemIds: [build, 'item:gone'] })).toThrow(
      'itemIds has an item that does not exist',
    );
    expect(() => updateDeliverable(doc, portal, { itemIds: ['lane:x'] })).toThrow(
      'has an entry that must be an item id',
    );
    expect(stateOf(doc)).toEqual(before);
  });

  it('lose a deleted item from their links, and their milestone link when it is the milestone', () => {
    const { doc, kickoff, build, project } = kickoffSetup();
    const portal = addDeliverable(doc, kickoff, { title: 'Portal', itemIds: [build, project] });
    const milestone = createDeliverableMilestone(doc, portal);
    deleteItem(doc, build);
    expect(viewOf(doc, kickoff).deliverables[0]).toMatchObject({ itemIds: [project], milestoneId: milestone });
    deleteItem(doc, milestone);
    expect(viewOf(doc, kickoff).deliverables[0]).toMatchObject({ itemIds: [project], milestoneId: null });
    expect(readBoard(doc).problems).toEqual([]);
  });

  it('go with their RACI row; their milestone stays on the roadmap', () => {
    const { doc, kickoff, build, anna } = kickoffSetup();
    const portal = addDeliverable(doc, kickoff, { title: 'Portal', itemIds: [build] });
    const milestone = createDeliverableMilestone(doc, portal);
    setRaci(doc, kickoff, portal, anna, 'A');
    deleteDeliverable(doc, portal);
    const board = readBoard(doc);
    expect(board.deliverables).toEqual([]);
    expect(board.raci).toEqual([]);
    expect(board.items.get(milestone)).toMatchObject({ kind: 'milestone', title: 'Portal' });
    expect(board.problems).toEqual([]);
  });
});

describe('createDeliverableMilestone', () => {
  it('puts a milestone under the project, in its lane, when the last linked item ends: one update', () => {
    const { doc, kickoff, build, project, lane, anna } = kickoffSetup();
    const late = createItem(doc, { title: 'Migrate data', kind: 'task', start: '2026-04-06', end: '2026-05-15' });
    const portal = addDeliverable(doc, kickoff, { title: 'Portal live', itemIds: [late, build] });
    let milestone = '';
    const events = countEvents(doc, () => {
      milestone = createDeliverableMilestone(doc, portal);
    });
    expect(events.updates).toBe(1);
    const board = readBoard(doc);
    expect(board.items.get(milestone)).toMatchObject({
      kind: 'milestone',
      title: 'Portal live',
      start: '2026-05-15',
      end: '2026-05-15',
      parentId: project,
      laneId: lane,
      ownerId: anna,
    });
    expect(viewOf(doc, kickoff).deliverables[0]?.milestoneId).toBe(milestone);
  });

  it('takes a given date, or the project end when nothing is linked, and gives back the one it has', () => {
    const { doc, kickoff } = kickoffSetup();
    const a = addDeliverable(doc, kickoff, { title: 'Go-live' });
    const b = addDeliverable(doc, kickoff, { title: 'Pilot' });
    const ma = createDeliverableMilestone(doc, a);
    const mb = createDeliverableMilestone(doc, b, '2026-04-01');
    expect(readBoard(doc).items.get(ma)?.start).toBe('2026-06-26');
    expect(readBoard(doc).items.get(mb)?.start).toBe('2026-04-01');
    const events = countEvents(doc, () => expect(createDeliverableMilestone(doc, a)).toBe(ma));
    expect(events.transactions).toBe(0);
  });

  it('refuses a bad date, writing nothing', () => {
    const { doc, kickoff } = kickoffSetup();
    const a = addDeliverable(doc, kickoff, { title: 'Go-live' });
    const before = stateOf(doc);
    expect(() => createDeliverableMilestone(doc, a, '2026-13-01')).toThrow('start must be a date');
    expect(() => createDeliverableMilestone(doc, 'dlv:gone')).toThrow('does not exist');
    expect(stateOf(doc)).toEqual(before);
  });

  it('keeps the two titles together until the milestone is renamed on the roadmap', () => {
    const { doc, kickoff } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Go-live' });
    const m = createDeliverableMilestone(doc, d);
    updateDeliverable(doc, d, { title: 'Go-live Denmark' });
    expect(readBoard(doc).items.get(m)?.title).toBe('Go-live Denmark');
    updateItem(doc, m, { title: 'DK launch' });
    updateDeliverable(doc, d, { title: 'Go-live Nordics' });
    expect(readBoard(doc).items.get(m)?.title).toBe('DK launch');
  });

  it('renames the deliverable even when its milestone needs attention, leaving that one be', () => {
    const { doc, kickoff } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Go-live' });
    const m = createDeliverableMilestone(doc, d);
    collection(doc, 'items').get(m)?.set('end', '2026-01-01'); // before its start: set aside
    updateDeliverable(doc, d, { title: 'Go-live Denmark' });
    expect(collection(doc, 'items').get(m)?.get('title')).toBe('Go-live');
    expect(collection(doc, 'deliverables').get(d)?.get('title')).toBe('Go-live Denmark');
  });
});
