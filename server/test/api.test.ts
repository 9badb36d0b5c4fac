import { type BoardJson, businessPmoTemplate, exportBoard, itPortfolioTemplate } from '@planroom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSynced, createBoardHttp, startTestServer, type TestServer } from './helpers.js';

describe('HTTP API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  const post = (body: string) =>
    fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const exportOf = async (id: string, token: string) =>
    (await (
      await fetch(`${server.url}/api/boards/${id}/export`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as BoardJson;

  it('creates a board from a template with tokens and links for each role', async () => {
    const created = await createBoardHttp(server.url, { template: 'it-portfolio', name: 'Kickoff' });
    expect(created.name).toBe('Kickoff');
    expect(Object.keys(created.tokens).sort()).toEqual(['editor', 'owner', 'viewer']);
    expect(created.links.viewer).toBe(`${server.url}/b/${created.id}#token=${created.tokens.viewer}`);
    const board = await exportOf(created.id, created.tokens.viewer);
    expect(Date.now() - Date.parse(String(board.meta.createdAt))).toBeLessThan(60_000);
    expect(board.items.filter((i) => i.kind === 'project').length).toBeGreaterThanOrEqual(12);
  });

  it('imports Board JSON exactly and exports it back losslessly', async () => {
    const source = itPortfolioTemplate('2026-11-22', 'Imported');
    (source.items[3] as Record<string, unknown>).customField = { kept: true };
    const created = await createBoardHttp(server.url, { board: source });
    const exported = await exportOf(created.id, created.tokens.owner);
    const reimported = await createBoardHttp(server.url, { board: exported });
    const again = await exportOf(reimported.id, reimported.tokens.owner);
    expect(again).toEqual(exported);
    expect(exported.items.find((i) => i.id === source.items[3]?.id)?.customField).toEqual({ kept: true });
    const live = await connectSynced(server.wsBase, created.id, created.tokens.viewer);
    expect(exportBoard(live.doc)).toEqual(exported);
    live.destroy();
  });

  it('answers invalid input with 400 and the list of problems, creating nothing', async () => {
    const count = await server.store.boardCount();
    const bad = itPortfolioTemplate('2026-11-22');
    const item = bad.items[2] as Record<string, unknown>;
    item.end = '2020-01-01';
    bad.deps.push({ id: 'dep:x1', from: 'item:missing', to: item.id, type: 'FS', lagDays: 0 });
    bad.lanes.push({ id: 'nope', title: 'Bad id' });
    const res = await post(JSON.stringify({ board: bad }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: string;
      problems: Array<{ collection: string; id: string; field: string }>;
    };
    expect(body.problems).toContainEqual(expect.objectContaining({ collection: 'lanes', id: 'nope', field: 'id' }));
    expect((await post('{"board": ')).status).toBe(400);
    expect((await post(JSON.stringify({ template: 'nope' }))).status).toBe(400);
    expect((await post(JSON.stringify({ board: { items: 'x' } }))).status).toBe(400);

    const noLaneProblem = itPortfolioTemplate('2026-11-22');
    (noLaneProblem.items[2] as Record<string, unknown>).end = '2020-01-01';
    (noLaneProblem.deps as unknown[]).push({
      id: 'dep:x2',
      from: 'item:missing',
      to: (noLaneProblem.items[2] as { id: string }).id,
    });
    const res2 = await post(JSON.stringify({ board: noLaneProblem }));
    const body2 = (await res2.json()) as { problems: Array<{ collection: string; field: string; reason: string }> };
    expect(body2.problems).toContainEqual(expect.objectContaining({ collection: 'items', field: 'end' }));
    expect(body2.problems).toContainEqual(expect.objectContaining({ collection: 'deps', field: 'from' }));
    expect(await server.store.boardCount()).toBe(count);
  });

  it('refuses Board JSON with broken kickoff records, naming record, field and reason, and creates nothing', async () => {
    const count = await server.store.boardCount();
    const good = businessPmoTemplate('2026-11-22');
    expect((await post(JSON.stringify({ board: good }))).status).toBe(201);
    const bad = businessPmoTemplate('2026-11-22');
    const deliverable = bad.deliverables[0] as Record<string, unknown>;
    // a cell of another row: the cells of the broken deliverable only wait on it
    const cell = bad.raci.find((c) => c.row !== deliverable.id) as Record<string, unknown>;
    const kpi = bad.kpis[0] as Record<string, unknown>;
    const risk = bad.risks[0] as Record<string, unknown>;
    cell.column = 'person:gone';
    kpi.target = 'a lot';
    risk.probability = 9;
    deliverable.itemIds = ['item:deleted'];
    const res = await post(JSON.stringify({ board: bad }));
    expect(res.status).toBe(400);
    const { problems } = (await res.json()) as {
      problems: Array<{ collection: string; id: string; field: string; reason: string }>;
    };
    const at = (collection: string, id: unknown, field: string, reason: RegExp) =>
      expect(problems).toContainEqual(
        expect.objectContaining({ collection, id, field, reason: expect.stringMatching(reason) }),
      );
    at('raci', cell.id, 'column', /person that does not exist/);
    at('kpis', kpi.id, 'target', /number/);
    at('risks', risk.id, 'probability', /between 1 and 5/);
    at('deliverables', deliverable.id, 'itemIds', /an item that does not exist/);
    expect(await server.store.boardCount()).toBe(count + 1);
  });

  it('answers a body that is not a JSON object with 400 and creates nothing', async () => {
    const count = await server.store.boardCount();
    const cases: Array<[string, RegExp]> = [
      ['[]', /not an array/],
      ['[{"template":"it-portfolio"}]', /not an array/],
      ['42', /not a number/],
      ['"it-portfolio"', /not a string/],
      ['null', /not null/],
      ['true', /not a boolean/],
      ['name=Q3&template=empty', /not valid JSON/],
      ['<board/>', /not valid JSON/],
      ['{"template": "empty"', /not valid JSON/],
    ];
    for (const [body, reason] of cases) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: string }).error, body).toMatch(reason);
    }
    expect(await server.createBoard(['not', 'an', 'object'])).toMatchObject({ ok: false });
    expect(await server.store.boardCount()).toBe(count);
  });

  it('reports health and 404s unknown boards', async () => {
    expect((await (await fetch(`${server.url}/health`)).json()) as { ok: boolean }).toMatchObject({ ok: true });
    expect(
      (await fetch(`${server.url}/api/boards/unknownboard`, { headers: { authorization: 'Bearer x' } })).status,
    ).toBe(404);
  });
});
