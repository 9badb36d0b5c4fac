import { createItem, createPerson, readBoard } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemOptions, personOptions, withLinked } from './riskKpiOptions';

function board() {
  const doc = new Y.Doc();
  const program = createItem(doc, { title: 'Program', kind: 'program', start: '2026-01-05', end: '2026-12-18' });
  const project = createItem(doc, { title: 'Project', kind: 'project', start: '2026-03-02', parentId: program });
  const late = createItem(doc, { title: 'Late task', kind: 'task', start: '2026-05-04', parentId: project });
  const early = createItem(doc, { title: 'Early task', kind: 'task', start: '2026-03-02', parentId: project });
  const sub = createItem(doc, { title: 'Sub task', kind: 'task', start: '2026-03-09', parentId: early });
  const other = createItem(doc, { title: 'Other project', kind: 'project', start: '2026-03-02', parentId: program });
  createPerson(doc, { name: 'Bo Nielsen' });
  createPerson(doc, { name: 'Anna Berg', role: 'Project manager' });
  return { ...readBoard(doc), ids: { program, project, late, early, sub, other } };
}

describe('options of the KPI and risk selects', () => {
  it('offers what the project sits in, the project and its work indented under it, by start date', () => {
    const b = board();
    expect(itemOptions(b.items, b.ids.project)).toEqual([
      { id: b.ids.program, label: 'Program' },
      { id: b.ids.project, label: 'Project' },
      { id: b.ids.early, label: '\u00a0\u00a0Early task' },
      { id: b.ids.sub, label: '\u00a0\u00a0\u00a0\u00a0Sub task' },
      { id: b.ids.late, label: '\u00a0\u00a0Late task' },
    ]);
    expect(itemOptions(b.items, 'item:gone')).toEqual([]);
  });

  it('adds a linked item from elsewhere so the select shows it', () => {
    const b = board();
    const options = itemOptions(b.items, b.ids.project);
    expect(withLinked(options, [b.ids.project, null], b.items)).toBe(options);
    expect(withLinked(options, [b.ids.other], b.items).at(-1)).toEqual({ id: b.ids.other, label: 'Other project' });
  });

  it('lists people by name with their role', () => {
    expect(personOptions(board().people).map((o) => o.label)).toEqual(['Anna Berg (Project manager)', 'Bo Nielsen']);
  });
});
