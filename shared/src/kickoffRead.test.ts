import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { boardFromJson } from './boardJson.js';
import { addDeliverable } from './deliverable.js';
import { collection } from './doc.js';
import { kickoffIdFor } from './kickoffLinks.js';
import { kickoffSetup, viewOf } from './kickoffTestkit.js';
import { kickoffView } from './kickoffView.js';
import { SCHEMA_VERSION } from './migrations.js';
import type { Problem } from './problems.js';
import { raciCellId, setRaci } from './raci.js';
import { raciMatrix } from './raciRules.js';
import { readiness } from './readiness.js';
import { heatMap } from './riskRules.js';
import { putRaw } from './testkit.js';

const PROJECT = 'item:p1';
const KICKOFF = kickoffIdFor(PROJECT);
const DLV = 'dlv:d1';
const CELL = raciCellId(DLV, 'person:anna');

/** A valid board with one filled kickoff; `change` edits one collection's records. */
function board(change: (json: Record<string, Array<Record<string, unknown>>>) => void = () => {}) {
  const json: Record<string, Array<Record<string, unknown>>> = {
    people: [{ id: 'person:anna', name: 'Anna Berg' }],
    items: [
      { id: PROJECT, title: 'Onboarding', start: '2026-03-02', end: '2026-06-26' },
      { id: 'item:t1', title: 'Portal', kind: 'task', start: '2026-03-02', end: '2026-04-10', parentId: PROJECT },
    ],
    kickoffs: [{ id: KICKOFF, itemId: PROJECT, sponsor: { personId: 'person:anna' } }],
    objectives: [{ id: 'obj:o1', kickoffId: KICKOFF, text: 'Onboard in a week' }],
    scope: [{ id: 'scope:s1', kickoffId: KICKOFF, text: 'Portal', side: 'in' }],
    deliverables: [{ id: DLV, kickoffId: KICKOFF, title: 'Portal', itemIds: ['item:t1'] }],
    activities: [{ id: 'act:a1', kickoffId: KICKOFF, title: 'Approve budget' }],
    stakeholders: [{ id: 'stk:k1', kickoffId: KICKOFF, personId: 'person:anna' }],
    decisions: [{ id: 'dec:c1', kickoffId: KICKOFF, date: '2026-03-02', decision: 'Go' }],
    raci: [{ id: CELL, kickoffId: KICKOFF, row: DLV, column: 'person:anna', value: 'A' }],
    kpis: [{ id: 'kpi:k1', name: 'Days to onboard', target: 7, kickoffId: KICKOFF, history: { '2026-03-31': 18 } }],
    risks: [{ id: 'risk:r1', title: 'Vendor late', probability: 3, impact: 4, itemIds: ['item:t1'] }],
  };
  change(json);
  return { schemaVersion: SCHEMA_VERSION, name: 'Kickoff', meta: {}, ...json };
}

function refused(input: unknown): Problem[] {
  const made = boardFromJson(input);
  if (made.ok) throw new Error('expected the board to be refused');
  return made.problems;
}

describe('Board JSON with kickoff records', () => {
  it('imports a valid kickoff', () => {
    const made = boardFromJson(board());
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(viewOf(made.doc, KICKOFF).deliverables.map((d) => d.title)).toEqual(['Portal']);
  });

  it.each<[string, Parameters<typeof board>[0], Partial<Problem>]>([
    [
      'a RACI cell on a person who does not exist',
      (j) => {
        j.raci = [
          { id: raciCellId(DLV, 'person:gone'), kickoffId: KICKOFF, row: DLV, column: 'person:gone', value: 'R' },
        ];
      },
      { collection: 'raci', field: 'column', reason: 'points at a person that does not exist' },
    ],
    [
      'a RACI cell on a deliverable that does not exist',
      (j) => {
        j.deliverables = [];
      },
      { collection: 'raci', id: CELL, field: 'row', reason: 'points at a deliverable or activity that does not exist' },
    ],
    [
      'a deliverable linked to an item that does not exist',
      (j) => {
        j.deliverables = [{ id: DLV, kickoffId: KICKOFF, title: 'Portal', itemIds: ['item:t1', 'item:gone'] }];
      },
      { collection: 'deliverables', id: DLV, field: 'itemIds', reason: 'points at an item that does not exist' },
    ],
    [
      'a KPI with a target that is not a number',
      (j) => {
        j.kpis = [{ id: 'kpi:k1', name: 'NPS', target: 'high' }];
      },
      { collection: 'kpis', id: 'kpi:k1', field: 'target', reason: 'must be a number' },
    ],
    [
      'a KPI value on a day that is not a date',
      (j) => {
        j.kpis = [{ id: 'kpi:k1', name: 'NPS', target: 40, history: { soon: 3 } }];
      },
      { collection: 'kpis', field: 'history', reason: 'has "soon", which must be a date like 2026-03-31' },
    ],
    [
      'a risk with probability 9',
      (j) => {
        j.risks = [{ id: 'risk:r1', title: 'Vendor late', probability: 9, impact: 4 }];
      },
      { collection: 'risks', id: 'risk:r1', field: 'probability', reason: 'must be between 1 and 5' },
    ],
    [
      'a kickoff whose id is not its item’s',
      (j) => {
        j.kickoffs = [{ id: 'kickoff:other', itemId: PROJECT }];
      },
      {
        collection: 'kickoffs',
        id: 'kickoff:other',
        field: 'id',
        reason: `must be ${KICKOFF}, the kickoff id of its item`,
      },
    ],
    [
      'a kickoff for a task',
      (j) => {
        j.kickoffs = [{ id: kickoffIdFor('item:t1'), itemId: 'item:t1' }];
      },
      { collection: 'kickoffs', field: 'itemId', reason: 'must be a project or program, not a task' },
    ],
    [
      'a RACI cell stored under another id',
      (j) => {
        j.raci = [{ id: 'raci:x', kickoffId: KICKOFF, row: DLV, column: 'person:anna', value: 'A' }];
      },
      { collection: 'raci', id: 'raci:x', field: 'id', reason: `must be ${CELL}, made from its row and column` },
    ],
    [
      'a RACI value that is not R, A, C or I',
      (j) => {
        j.raci = [{ id: CELL, kickoffId: KICKOFF, row: DLV, column: 'person:anna', value: 'X' }];
      },
      { collection: 'raci', field: 'value', reason: 'must be one of R, A, C, I' },
    ],
    [
      'a scope entry on a third side',
      (j) => {
        j.scope = [{ id: 'scope:s1', kickoffId: KICKOFF, text: 'Portal', side: 'maybe' }];
      },
      { collection: 'scope', field: 'side', reason: 'must be one of in, out' },
    ],
    [
      'a sponsor that is neither a person nor a name',
      (j) => {
        j.kickoffs = [{ id: KICKOFF, itemId: PROJECT, sponsor: 'Anna' }];
      },
      { collection: 'kickoffs', field: 'sponsor' },
    ],
  ])('refuses %s, with record, field and reason', (_what, change, expected) => {
    expect(refused(board(change))).toContainEqual(expect.objectContaining(expected));
  });

  it('reports a kickoff on a bad item once; everything in it waits on that item', () => {
    const problems = refused(
      board((j) => {
        j.items = [{ id: PROJECT, title: 'Onboarding', start: '2026-13-01', end: '2026-06-26' }];
        j.deliverables = [{ id: DLV, kickoffId: KICKOFF, title: 'Portal' }];
        j.risks = [];
      }),
    );
    expect(problems.filter((p) => p.cause === undefined)).toEqual([
      expect.objectContaining({ collection: 'items', id: PROJECT, field: 'start' }),
    ]);
    const waiting = problems.filter((p) => p.cause === PROJECT).map((p) => `${p.collection} ${p.field}`);
    expect(waiting.sort()).toEqual(
      [
        'kickoffs itemId',
        'objectives kickoffId',
        'scope kickoffId',
        'deliverables kickoffId',
        'activities kickoffId',
        'stakeholders kickoffId',
        'decisions kickoffId',
        'raci kickoffId',
        'kpis kickoffId',
      ].sort(),
    );
  });
});

describe('reading a kickoff leniently', () => {
  it('sets broken records aside, lists them, and the kickoff still renders with the rest', () => {
    const { doc, kickoff, anna, build } = kickoffSetup();
    const good = addDeliverable(doc, kickoff, { title: 'Training', itemIds: [build] });
    setRaci(doc, kickoff, good, anna, 'A');
    putRaw(doc, 'deliverables', 'dlv:bad', { kickoffId: kickoff, title: 'Portal', itemIds: ['item:deleted'] });
    putRaw(doc, 'raci', raciCellId('dlv:bad', anna), { kickoffId: kickoff, row: 'dlv:bad', column: anna, value: 'R' });
    putRaw(doc, 'raci', raciCellId(good, 'person:deleted'), {
      kickoffId: kickoff,
      row: good,
      column: 'person:deleted',
      value: 'R',
    });
    putRaw(doc, 'kpis', 'kpi:bad', { name: 'NPS', target: 'high', kickoffId: kickoff });
    putRaw(doc, 'risks', 'risk:bad', { title: 'Vendor', probability: 9, impact: 3, kickoffId: kickoff });
    putRaw(doc, 'risks', 'risk:ok', { title: 'Budget', probability: 4, impact: 4, kickoffId: kickoff });
    const b = readBoard(doc);
    expect(b.problems.map((p) => `${p.collection} ${p.id} ${p.field}: ${p.reason}`)).toEqual([
      'deliverables dlv:bad itemIds: points at an item that does not exist',
      `raci ${raciCellId(good, 'person:deleted')} column: points at a person that does not exist`,
      'kpis kpi:bad target: must be a number',
      'risks risk:bad probability: must be between 1 and 5',
      `raci ${raciCellId('dlv:bad', anna)} row: waits on dlv:bad, which needs attention`,
    ]);
    const view = kickoffView(b, kickoff);
    if (!view) throw new Error('the kickoff should still render');
    expect(view.deliverables.map((d) => d.id)).toEqual([good]);
    expect(raciMatrix(view, b).rows[0]?.issues.map((i) => i.rule)).toContain('responsible');
    expect(readiness(view, b.items).ready).toBe(false);
    expect(heatMap(view.risks).find((c) => c.riskIds.length)?.riskIds).toEqual(['risk:ok']);
  });

  it('reads a sponsor whose person is gone as nobody, not as a problem', () => {
    const { doc, kickoff } = kickoffSetup();
    // as a merge leaves it when one person picks a sponsor while another deletes them
    collection(doc, 'kickoffs').get(kickoff)?.set('sponsor', { personId: 'person:deleted' });
    expect(viewOf(doc, kickoff).kickoff.sponsor).toBeNull();
    expect(readBoard(doc).problems).toEqual([]);
  });
});
