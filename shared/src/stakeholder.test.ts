import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { addDeliverable } from './deliverable.js';
import { kickoffSetup, stateOf, viewOf } from './kickoffTestkit.js';
import { deletePerson } from './person.js';
import { raciCellId, setRaci } from './raci.js';
import {
  addStakeholder,
  deleteStakeholder,
  reorderStakeholder,
  stakeholderColumn,
  updateStakeholder,
} from './stakeholder.js';

describe('stakeholders', () => {
  it('are people on the board or outside names with organisation and role, in order', () => {
    const { doc, kickoff, anna } = kickoffSetup();
    const a = addStakeholder(doc, kickoff, { personId: anna });
    const b = addStakeholder(doc, kickoff, { name: 'Karen Holm', organisation: 'Nordbank', role: 'Customer panel' });
    reorderStakeholder(doc, b, 0);
    expect(viewOf(doc, kickoff).stakeholders.map((s) => s.id)).toEqual([b, a]);
    const before = stateOf(doc);
    expect(() => addStakeholder(doc, kickoff, { organisation: 'Nordbank' })).toThrow(
      'name is needed for someone who is not on the board',
    );
    expect(() => addStakeholder(doc, kickoff, { personId: 'person:gone' })).toThrow(
      'personId points at a person that does not exist',
    );
    expect(stateOf(doc)).toEqual(before);
  });

  it.each([
    [{ personId: 'person:p', name: 'ignored', role: 'PM' }, 'person:p'],
    [{ personId: null, name: 'Karen Holm', role: 'Customer panel' }, 'Customer panel'],
    [{ personId: null, name: 'Works council', role: '  ' }, 'Works council'],
  ])('give a RACI column: %j gives %s', (s, column) => {
    expect(stakeholderColumn(s)).toBe(column);
  });

  it('take their RACI cells along when their column changes, unless another shares it', () => {
    const { doc, kickoff } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    const karen = addStakeholder(doc, kickoff, { name: 'Karen', role: 'Customer panel' });
    setRaci(doc, kickoff, d, 'Customer panel', 'C');
    updateStakeholder(doc, karen, { role: 'Customer council' });
    expect(readBoard(doc).raci).toEqual([
      { id: raciCellId(d, 'Customer council'), kickoffId: kickoff, row: d, column: 'Customer council', value: 'C' },
    ]);
    addStakeholder(doc, kickoff, { name: 'Lars', role: 'Customer council' });
    updateStakeholder(doc, karen, { role: 'Legal' });
    expect(readBoard(doc).raci.map((c) => c.column)).toEqual(['Customer council']);
  });

  it('go with their column, unless another shares it', () => {
    const { doc, kickoff } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    const karen = addStakeholder(doc, kickoff, { name: 'Karen', role: 'Legal' });
    const lars = addStakeholder(doc, kickoff, { name: 'Lars', role: 'Legal' });
    setRaci(doc, kickoff, d, 'Legal', 'C');
    deleteStakeholder(doc, karen);
    expect(readBoard(doc).raci).toHaveLength(1);
    deleteStakeholder(doc, lars);
    expect(readBoard(doc).raci).toEqual([]);
  });

  it('stay, as an outside name with their role, when their person is deleted; their cells go', () => {
    const { doc, kickoff, bo } = kickoffSetup();
    const d = addDeliverable(doc, kickoff, { title: 'Portal' });
    addStakeholder(doc, kickoff, { personId: bo });
    setRaci(doc, kickoff, d, bo, 'A');
    deletePerson(doc, bo);
    expect(viewOf(doc, kickoff).stakeholders).toEqual([
      expect.objectContaining({ personId: null, name: 'Bo Nielsen', role: 'Finance controller' }),
    ]);
    expect(readBoard(doc).raci).toEqual([]);
    expect(readBoard(doc).problems).toEqual([]);
  });
});
