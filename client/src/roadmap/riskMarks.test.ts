import { createItem, createRisk, deleteItems, updateRisk } from '@planroom/shared';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from '../core/boardStore';
import { riskMarks, riskMarkText } from './riskMarks';

function setup() {
  const doc = new Y.Doc();
  const build = createItem(doc, { title: 'Build', start: '2026-03-02' });
  const test = createItem(doc, { title: 'Test', start: '2026-04-06' });
  const store = new BoardStore(doc);
  return { doc, build, test, store };
}

describe('open-high-risk marks', () => {
  it('marks the items of open high risks, highest score first', () => {
    const { doc, build, test, store } = setup();
    createRisk(doc, { title: 'Vendor late', probability: 4, impact: 5, itemIds: [build, test] });
    createRisk(doc, { title: 'Rare outage', probability: 1, impact: 5, itemIds: [build] });
    createRisk(doc, { title: 'Small slip', probability: 2, impact: 2, itemIds: [test] });
    createRisk(doc, { title: 'Done with', probability: 5, impact: 5, status: 'closed', itemIds: [test] });
    const marks = riskMarks(store.risks);
    expect(marks.get(build)).toBe('Open high risks: Vendor late (score 20), Rare outage (score 5)');
    expect(marks.get(test)).toBe('Open high risk: Vendor late (score 20)');
  });

  it('works the marks out once per change to the risks', () => {
    const { doc, build, store } = setup();
    const id = createRisk(doc, { title: 'Vendor late', probability: 4, impact: 4, itemIds: [build] });
    const first = riskMarks(store.risks);
    expect(riskMarks(store.risks)).toBe(first);
    const onList = vi.fn();
    store.risks.subscribeAll(onList);
    updateRisk(doc, id, { status: 'mitigating' }); // still open: same mark, new map
    expect(onList).toHaveBeenCalledTimes(1);
    expect(riskMarks(store.risks)).not.toBe(first);
    expect(riskMarks(store.risks).get(build)).toBe('Open high risk: Vendor late (score 16)');
    updateRisk(doc, id, { status: 'closed' });
    expect(riskMarks(store.risks).has(build)).toBe(false);
    updateRisk(doc, id, { status: 'open', probability: 2 }); // 2 x 4 = 8: medium
    expect(riskMarks(store.risks).size).toBe(0);
  });

  it('keeps unchanged risks the same record, and lets go of deleted items', () => {
    const { doc, build, test, store } = setup();
    const a = createRisk(doc, { title: 'A', probability: 5, impact: 4, itemIds: [build] });
    createRisk(doc, { title: 'B', probability: 5, impact: 4, itemIds: [test] });
    const before = store.risks.get(a);
    deleteItems(doc, [test]);
    expect(store.risks.get(a)).toBe(before);
    expect([...riskMarks(store.risks).keys()]).toEqual([build]);
  });

  it('says one risk or several', () => {
    expect(riskMarkText([{ title: 'X', probability: 3, impact: 5 } as never])).toBe('Open high risk: X (score 15)');
  });
});
