import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { deleteItem } from './item.js';
import { kickoffSetup, stateOf } from './kickoffTestkit.js';
import { deletePerson } from './person.js';
import { createRisk, deleteRisk, reorderRisk, updateRisk } from './risk.js';

describe('risks', () => {
  it('have probability and impact 1-5, an owner, mitigation, a status and items', () => {
    const { doc, anna, build, kickoff } = kickoffSetup();
    const id = createRisk(doc, {
      title: 'Vendor delivers late',
      probability: 3,
      impact: 4,
      ownerId: anna,
      mitigation: 'Weekly vendor check-in',
      itemIds: [build],
      kickoffId: kickoff,
    });
    updateRisk(doc, id, { status: 'mitigating' });
    expect(readBoard(doc).risks).toEqual([
      {
        id,
        title: 'Vendor delivers late',
        probability: 3,
        impact: 4,
        ownerId: anna,
        mitigation: 'Weekly vendor check-in',
        status: 'mitigating',
        itemIds: [build],
        kickoffId: kickoff,
        order: expect.any(String),
      },
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['probability 9', { probability: 9 }, 'probability must be between 1 and 5'],
    ['impact 2.5', { impact: 2.5 }, 'impact must be a whole number'],
    ['an unknown status', { status: 'parked' }, 'status must be one of open, mitigating, closed'],
    ['an item that does not exist', { itemIds: ['item:gone'] }, 'itemIds has an item that does not exist'],
    ['an owner who is not there', { ownerId: 'person:gone' }, 'ownerId points at a person that does not exist'],
  ])('refuses %s, writing nothing', (_what, patch, reason) => {
    const { doc } = kickoffSetup();
    const id = createRisk(doc, { title: 'Vendor late', probability: 3, impact: 4 });
    const before = stateOf(doc);
    expect(() => updateRisk(doc, id, patch)).toThrow(reason);
    expect(stateOf(doc)).toEqual(before);
  });

  it('keep their order, lose deleted items and owners, and can be deleted', () => {
    const { doc, bo, build, project } = kickoffSetup();
    const a = createRisk(doc, { title: 'A', probability: 1, impact: 1, ownerId: bo, itemIds: [build, project] });
    const b = createRisk(doc, { title: 'B', probability: 1, impact: 1 });
    reorderRisk(doc, b, 0);
    expect(readBoard(doc).risks.map((r) => r.id)).toEqual([b, a]);
    deletePerson(doc, bo);
    deleteItem(doc, build);
    expect(readBoard(doc).risks[1]).toMatchObject({ ownerId: null, itemIds: [project] });
    deleteRisk(doc, b);
    expect(readBoard(doc).risks.map((r) => r.id)).toEqual([a]);
  });
});
