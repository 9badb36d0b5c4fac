/**
 * A small kickoff for the tests beside the kickoff code. Not exported from the package.
 */
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { createItem } from './item.js';
import { createKickoff } from './kickoff.js';
import { type KickoffView, kickoffView } from './kickoffView.js';
import { createLane } from './lane.js';
import { migrateBoard } from './migrations.js';
import { createPerson } from './person.js';

/** A project (2026-03-02 to 2026-06-26) with a task under it, two people, and its kickoff. */
export function kickoffSetup() {
  const doc = new Y.Doc();
  migrateBoard(doc);
  const lane = createLane(doc, { title: 'Business change' });
  const anna = createPerson(doc, { name: 'Anna Berg', role: 'Project manager' });
  const bo = createPerson(doc, { name: 'Bo Nielsen', role: 'Finance controller' });
  const project = createItem(doc, {
    title: 'Customer onboarding',
    start: '2026-03-02',
    end: '2026-06-26',
    laneId: lane,
    ownerId: anna,
  });
  const build = createItem(doc, {
    title: 'Build portal',
    kind: 'task',
    start: '2026-03-02',
    end: '2026-04-10',
    parentId: project,
    laneId: lane,
  });
  const kickoff = createKickoff(doc, project);
  return { doc, lane, anna, bo, project, build, kickoff };
}

/** The kickoff as the view reads it; fails the test when it is missing or set aside. */
export function viewOf(doc: Y.Doc, kickoffId: string): KickoffView {
  const view = kickoffView(readBoard(doc), kickoffId);
  if (!view) throw new Error(`kickoff ${kickoffId} unreadable: ${JSON.stringify(readBoard(doc).problems)}`);
  return view;
}

/** The whole update a doc holds: comparing two says whether anything was written. */
export function stateOf(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}
