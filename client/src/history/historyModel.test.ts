import { type BoardJson, emptyBoardJson, SCHEMA_VERSION, type VersionInfo } from '@planroom/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { HistoryModel } from './historyModel';

const version = (id: number, name: string | null = null): VersionInfo => ({
  id,
  createdAt: `2026-12-0${id}T10:00:00.000Z`,
  name,
  reason: name ? 'named' : 'auto',
  people: [{ name: 'Ana', role: 'editor' }],
});

const board = (start: string): BoardJson => ({
  ...emptyBoardJson(SCHEMA_VERSION, 'Test', { name: 'Test', schemaVersion: SCHEMA_VERSION }),
  items: [{ id: 'item:a', title: 'Data lake', start, end: '2026-03-31' }],
});

/** A stand-in for the History API: answers by method and path, and records the calls. */
function fakeServer(routes: Record<string, () => { status: number; body: unknown }>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url}`;
    calls.push(key);
    const route = routes[key];
    const { status, body } = route ? route() : { status: 404, body: { error: 'no such version' } };
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

const base = '/api/boards/b1/versions';
const VERSIONS = [version(3, 'After'), version(2), version(1, 'Before')];

function model() {
  const notices: string[] = [];
  const history = new HistoryModel({
    boardId: 'b1',
    token: () => 'editor.token',
    doc: new Y.Doc(),
    notify: (text) => notices.push(text),
  });
  return { history, notices };
}

/** Waits for the model's requests to settle (microtasks and the fake fetch's promises). */
async function settle(until: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(until()).toBe(true), { timeout: 2000, interval: 5 });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('HistoryModel', () => {
  it('lists the versions, and compares each shown one with the version before', async () => {
    fakeServer({
      [`GET ${base}`]: () => ({ status: 200, body: { versions: VERSIONS } }),
      [`GET ${base}/1`]: () => ({ status: 200, body: board('2026-03-02') }),
      [`GET ${base}/2`]: () => ({ status: 200, body: board('2026-03-09') }),
      [`GET ${base}/3`]: () => ({ status: 200, body: board('2026-03-09') }),
    });
    const { history } = model();
    history.toggle();
    await settle(() => history.versions.get().phase === 'ready');
    expect(history.fromPoint()).toBe(3); // the live board against the latest version

    history.show(2);
    expect(history.fromPoint()).toBe(1);
    await settle(() => history.changes.get()?.phase === 'ready' && history.shownDoc.get()?.phase === 'ready');
    const changes = history.changes.get();
    expect(changes?.phase === 'ready' && changes.value.map((c) => c.kind)).toEqual(['moved']);
    expect([...history.marks.get()]).toEqual([['item:a', ['moved']]]);

    history.show(1); // the oldest: nothing before it
    expect(history.fromPoint()).toBeNull();
    await settle(() => history.changes.get() === null);
    expect(history.marks.get().size).toBe(0);

    history.close();
    expect(history.shown.get()).toBe('now');
    expect(history.shownDoc.get()).toBeNull();
  });

  it('says why the list could not load', async () => {
    fakeServer({ [`GET ${base}`]: () => ({ status: 403, body: { error: 'missing or invalid token' } }) });
    const { history } = model();
    history.toggle();
    await settle(() => history.versions.get().phase === 'error');
    expect(history.versions.get()).toEqual({ phase: 'error', message: 'missing or invalid token' });
  });

  it('restores, then undoes the restore by restoring the version taken just before', async () => {
    const calls = fakeServer({
      [`GET ${base}`]: () => ({ status: 200, body: { versions: VERSIONS } }),
      [`POST ${base}/1/restore`]: () => ({ status: 200, body: { restored: version(1, 'Before'), undo: version(4) } }),
      [`POST ${base}/4/restore`]: () => ({ status: 200, body: { restored: version(4), undo: version(5) } }),
    });
    const { history, notices } = model();
    expect(await history.restore(version(1, 'Before'))).toBe(true);
    expect(history.restored.get()?.undo.id).toBe(4);
    expect(await history.undoRestore()).toBe(true);
    expect(history.restored.get()).toBeNull();
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([`POST ${base}/1/restore`, `POST ${base}/4/restore`]);
    expect(notices).toEqual(['Restore undone: the board is as it was before']);
    expect(await history.undoRestore()).toBe(false); // nothing left to undo
  });

  it('tells a refused name in a notice and keeps the list as it was', async () => {
    fakeServer({
      [`POST ${base}`]: () => ({ status: 403, body: { error: 'viewers cannot name versions' } }),
    });
    const { history, notices } = model();
    expect(await history.name('Before Q3 QBR')).toBe(false);
    expect(notices).toEqual(['Couldn’t name the version: viewers cannot name versions']);
    expect(history.busy.get()).toBe(false);
  });
});
