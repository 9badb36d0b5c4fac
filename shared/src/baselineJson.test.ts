import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { baselineDates, chooseBaseline, chosenBaselineId, createBaseline, readBaselines } from './baseline.js';
import { readBoard } from './board.js';
import { boardFromJson, exportBoard } from './boardJson.js';
import { createItem, moveItem } from './item.js';
import { migrateBoard } from './migrations.js';
import { restoreBoard } from './restore.js';

function board(): { doc: Y.Doc; a: string } {
  const doc = new Y.Doc();
  migrateBoard(doc);
  const a = createItem(doc, { title: 'Data platform', start: '2026-03-02', end: '2026-03-27' });
  createItem(doc, { title: 'Go-live', kind: 'milestone', start: '2026-04-01' });
  return { doc, a };
}

const liveItems = (doc: Y.Doc) => [...readBoard(doc).items.values()];

describe('baselines in Board JSON', () => {
  it('round-trips the baselines and the chosen one', () => {
    const { doc } = board();
    const id = createBaseline(doc, {
      name: 'Q3 plan',
      source: { kind: 'version', versionId: 3, versionName: null },
      dates: baselineDates(liveItems(doc)),
    });
    chooseBaseline(doc, id);
    const json = exportBoard(doc);
    expect(json.baselines).toHaveLength(1);
    const result = boardFromJson(JSON.parse(JSON.stringify(json)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(exportBoard(result.doc)).toEqual(json);
    expect(chosenBaselineId(result.doc)).toBe(id);
    expect(readBaselines(result.doc).baselines[0]?.dates).toEqual(baselineDates(liveItems(doc)));
  });

  it('refuses a file with a broken baseline, saying which and why', () => {
    const json = exportBoard(board().doc);
    json.baselines = [
      { id: 'baseline:x', name: 'X', createdAt: '2026-01-01T00:00:00Z', source: { kind: 'now' }, dates: 3 },
    ];
    const result = boardFromJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        {
          collection: 'baselines',
          id: 'baseline:x',
          field: 'dates',
          reason: 'must be an object of item ids to { start, end }',
        },
      ]);
    }
  });

  it('refuses a baseline id without the baseline: prefix', () => {
    const json = exportBoard(board().doc);
    json.baselines = [{ id: 'plan', name: 'X', createdAt: '2026-01-01T00:00:00Z', source: { kind: 'now' }, dates: {} }];
    const result = boardFromJson(json);
    expect(result.ok ? [] : result.problems.map((p) => p.reason)).toEqual(['must be a baseline id like baseline:…']);
  });
});

describe('baselines through a restore', () => {
  it('keeps the baselines and the chosen one when an older version is restored, and rolls back the plan', () => {
    const { doc, a } = board();
    const version = exportBoard(doc); // taken before any baseline existed
    const id = createBaseline(doc, { name: 'Q3 plan', source: { kind: 'now' }, dates: baselineDates(liveItems(doc)) });
    chooseBaseline(doc, id);
    moveItem(doc, a, { days: 4 });
    restoreBoard(doc, version, 'restore');
    expect(readBoard(doc).items.get(a)?.start).toBe('2026-03-02');
    expect(chosenBaselineId(doc)).toBe(id);
    expect(readBaselines(doc).baselines.map((b) => b.name)).toEqual(['Q3 plan']);
  });
});
