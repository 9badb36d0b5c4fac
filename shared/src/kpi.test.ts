import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from './board.js';
import { collection } from './doc.js';
import { kickoffSetup, stateOf } from './kickoffTestkit.js';
import { createKpi, deleteKpi, recordKpiValue, removeKpiValue, reorderKpi, updateKpi } from './kpi.js';
import { deletePerson } from './person.js';
import { putRaw, replica, send } from './testkit.js';

describe('KPIs', () => {
  it('have a name, unit, baseline, target, due date, owner and item; values are recorded by date', () => {
    const { doc, anna, project, kickoff } = kickoffSetup();
    const id = createKpi(doc, {
      name: 'Days to onboard',
      unit: 'days',
      baseline: 21,
      target: 7,
      dueDate: '2026-12-31',
      ownerId: anna,
      itemId: project,
      kickoffId: kickoff,
    });
    recordKpiValue(doc, id, '2026-04-30', 18);
    recordKpiValue(doc, id, '2026-03-31', 20);
    recordKpiValue(doc, id, '2026-04-30', 17);
    removeKpiValue(doc, id, '2026-03-31');
    expect(readBoard(doc).kpis).toEqual([
      expect.objectContaining({ name: 'Days to onboard', target: 7, history: { '2026-04-30': 17 } }),
    ]);
    expect(collection(doc, 'kpis').get(id)?.get('history')).toBeInstanceOf(Y.Map);
  });

  it('refuse a target that is not a number, a bad value or date, and a history edit, writing nothing', () => {
    const { doc } = kickoffSetup();
    const id = createKpi(doc, { name: 'NPS', target: 40 });
    const before = stateOf(doc);
    expect(() => updateKpi(doc, id, { target: 'forty' as never })).toThrow('target must be a number');
    expect(() => updateKpi(doc, id, { target: Number.NaN })).toThrow('target must be a number');
    expect(() => createKpi(doc, { name: 'x', target: 1, itemId: 'item:gone' })).toThrow('itemId points at an item');
    expect(() => recordKpiValue(doc, id, '2026-02-30', 3)).toThrow('needs a date like 2026-03-31');
    expect(() => recordKpiValue(doc, id, '2026-02-03', Number.POSITIVE_INFINITY)).toThrow('needs a number');
    expect(() => updateKpi(doc, id, { history: {} } as never)).toThrow('changes one value at a time');
    expect(stateOf(doc)).toEqual(before);
  });

  it('keep their order, lose a deleted owner, and can be deleted', () => {
    const { doc, bo } = kickoffSetup();
    const a = createKpi(doc, { name: 'A', target: 1, ownerId: bo });
    const b = createKpi(doc, { name: 'B', target: 1 });
    reorderKpi(doc, b, 0);
    expect(readBoard(doc).kpis.map((k) => k.id)).toEqual([b, a]);
    deletePerson(doc, bo);
    expect(readBoard(doc).kpis.find((k) => k.id === a)?.ownerId).toBeNull();
    deleteKpi(doc, b);
    expect(readBoard(doc).kpis.map((k) => k.id)).toEqual([a]);
  });

  it('record a value into a history stored as a plain object (by an import or an old client)', () => {
    const doc = new Y.Doc();
    putRaw(doc, 'kpis', 'kpi:k', { name: 'NPS', target: 40, history: { '2026-01-31': 30 } });
    recordKpiValue(doc, 'kpi:k', '2026-02-28', 33);
    expect(readBoard(doc).kpis[0]?.history).toEqual({ '2026-01-31': 30, '2026-02-28': 33 });
  });

  it('keep values two people record at once on different days; the same day ends with one value', () => {
    const { doc } = kickoffSetup();
    const id = createKpi(doc, { name: 'NPS', target: 40 });
    const a = replica(doc);
    const b = replica(doc);
    recordKpiValue(a, id, '2026-01-31', 30);
    recordKpiValue(a, id, '2026-03-31', 35);
    recordKpiValue(b, id, '2026-02-28', 32);
    recordKpiValue(b, id, '2026-03-31', 36);
    send(a, b);
    send(b, a);
    const history = readBoard(a).kpis[0]?.history ?? {};
    expect(readBoard(b).kpis[0]?.history).toEqual(history);
    expect(Object.keys(history)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect([35, 36]).toContain(history['2026-03-31']);
  });
});
