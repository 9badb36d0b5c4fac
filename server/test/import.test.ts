import { readFileSync } from 'node:fs';
import { type BoardJson, itPortfolioTemplate, readBoard } from '@planroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSynced, createBoardHttp, startTestServer, type TestServer } from './helpers.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../shared/src/import/fixtures/${name}`, import.meta.url), 'utf8');

type Problems = { error: string; problems: Array<{ collection: string; id: string; field: string; reason: string }> };

describe('POST /api/boards with an import', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  const post = (body: unknown) =>
    fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const exportOf = async (id: string, token: string) =>
    (await (
      await fetch(`${server.url}/api/boards/${id}/export`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as BoardJson;

  it('creates a board from MS Project XML that every client receives, links and people included', async () => {
    const created = await createBoardHttp(server.url, { import: { format: 'msproject', text: fixture('plan.xml') } });
    expect(created.name).toBe('CRM rollout');
    const board = await exportOf(created.id, created.tokens.owner);
    expect(board.items).toHaveLength(9);
    expect(board.deps.map((d) => `${d.type}${d.lagDays}`).sort()).toEqual(['FS0', 'FS0', 'FS0', 'FS0', 'FS2', 'SS5']);
    expect(board.people.map((p) => p.name).sort()).toEqual(['Anna Berg', 'Sam Carter']);
    expect(board.assignments).toHaveLength(4);
    const live = await connectSynced(server.wsBase, created.id, created.tokens.viewer);
    const read = readBoard(live.doc);
    expect(read.problems).toEqual([]);
    expect(read.deps).toHaveLength(6);
    live.destroy();
  });

  it('creates a board from a CSV, with a mapping chosen by the user and the name given', async () => {
    const text = 'Name,When,Lead\nKickoff,2026-03-02,Anna Berg\nBuild,2026-03-09,Sam Carter\n';
    const created = await createBoardHttp(server.url, {
      name: 'From a sheet',
      import: { format: 'csv', text, mapping: ['title', 'start', 'owner'] },
    });
    expect(created.name).toBe('From a sheet');
    const board = await exportOf(created.id, created.tokens.owner);
    // export sorts by (random) id; the file's order is the items' order keys
    const inOrder = [...board.items].sort((a, b) => (String(a.order) < String(b.order) ? -1 : 1));
    expect(inOrder.map((i) => [i.title, i.kind, i.start])).toEqual([
      ['Kickoff', 'milestone', '2026-03-02'],
      ['Build', 'milestone', '2026-03-09'],
    ]);
    expect(board.people).toHaveLength(2);
    const withParents = await createBoardHttp(server.url, {
      import: { format: 'csv', text: fixture('items-parent.csv') },
    });
    expect((await exportOf(withParents.id, withParents.tokens.owner)).items).toHaveLength(7);
  });

  it('creates a board from Board JSON sent as a file', async () => {
    const source = itPortfolioTemplate('2026-11-22', 'Portfolio copy');
    const created = await createBoardHttp(server.url, { import: { format: 'json', text: JSON.stringify(source) } });
    expect(created.name).toBe('Portfolio copy');
    expect((await exportOf(created.id, created.tokens.owner)).items).toHaveLength(source.items.length);
  });

  it.each([
    ['csv', 'items-broken.csv', { id: 'row 3', field: 'column End' }],
    ['msproject', 'broken-not-xml.xml', { collection: 'xml' }],
    ['msproject', 'broken-missing-uid.xml', { id: "Task #2 ('Build')", field: 'UID', reason: 'is missing' }],
    ['msproject', 'broken-unknown-predecessor.xml', { id: 'Task UID 7', field: 'PredecessorLink' }],
    ['json', 'broken-board.json', { id: '$.items[1]', field: 'end' }],
  ])('refuses %s %s with 400, saying where, and creates nothing', async (format, file, where) => {
    const count = await server.store.boardCount();
    const res = await post({ import: { format, text: fixture(file) } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Problems;
    expect(body.error).toMatch(/nothing was created/);
    expect(body.problems).toContainEqual(expect.objectContaining(where));
    expect(await server.store.boardCount()).toBe(count);
  });

  it('refuses a malformed import request', async () => {
    const count = await server.store.boardCount();
    for (const body of [
      { import: { format: 'pdf', text: '' } },
      { import: { format: 'csv' } },
      { import: 'Title,Start' },
      { import: { format: 'csv', text: 'Title,Start\nA,2026-03-02', mapping: ['title', 'when'] } },
      { template: 'empty', import: { format: 'csv', text: 'Title,Start\nA,2026-03-02' } },
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problems).problems[0]?.collection).toBe('request');
    }
    expect(await server.store.boardCount()).toBe(count);
  });
});
