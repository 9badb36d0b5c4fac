import { createTeam, LOCAL_ORIGIN, readBoard, ValidationError } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reorderTeam } from './teamOrder';

describe('reorderTeam', () => {
  it('moves a team to an index among the others, writing only its order', () => {
    const doc = new Y.Doc();
    const [a, b, c] = ['Platform', 'Data', 'Delivery'].map((name) => createTeam(doc, { name }));
    const names = () => readBoard(doc).teams.map((t) => t.name);
    reorderTeam(doc, c as string, 0);
    expect(names()).toEqual(['Delivery', 'Platform', 'Data']);
    reorderTeam(doc, c as string, 2);
    expect(names()).toEqual(['Platform', 'Data', 'Delivery']);
    reorderTeam(doc, a as string, 1);
    expect(names()).toEqual(['Data', 'Platform', 'Delivery']);
    expect(
      doc
        .getMap<Y.Map<unknown>>('teams')
        .get(b as string)
        ?.get('name'),
    ).toBe('Data');
  });

  it('is one undo step, and a refused id changes nothing', () => {
    const doc = new Y.Doc();
    const ids = ['A', 'B', 'C'].map((name) => createTeam(doc, { name }));
    const undo = new Y.UndoManager(doc.getMap('teams'), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    reorderTeam(doc, ids[2] as string, 0);
    expect(readBoard(doc).teams.map((t) => t.name)).toEqual(['C', 'A', 'B']);
    undo.undo();
    expect(readBoard(doc).teams.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(() => reorderTeam(doc, 'team:nope', 0)).toThrow(ValidationError);
    expect(readBoard(doc).teams.map((t) => t.name)).toEqual(['A', 'B', 'C']);
  });
});
