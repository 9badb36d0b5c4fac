import { CLOSE, ROLES, type Role, ranking, readVoteResult, WORKSHOP_MAP, type WorkshopEvent } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { flood } from './floods.js';
import { awarenessFrame, presenceStates, workshopEvents, workshopRequestFrame } from './frames.js';
import { createBoardHttp, type RawSocket, serverForSuite, socketsPerTest, waitFor } from './helpers.js';

type Event<T extends WorkshopEvent['type']> = Extract<WorkshopEvent, { type: T }>;

const events = (s: RawSocket) => workshopEvents(s.messages);
const send = (s: RawSocket, request: object | string) => s.ws.send(workshopRequestFrame(request));
const introduce = (s: RawSocket, id: number, name: string, clock = 1) =>
  s.ws.send(awarenessFrame([[id, clock, JSON.stringify({ user: { name } })]]));

/** The event `s` received at `index` (0: its welcome), waited for. */
const eventAt = (s: RawSocket, index: number) =>
  waitFor(() => events(s)[index], 5000, `workshop event ${index}`) as Promise<WorkshopEvent>;

/** The first event of `type` that `s` received after its first `from` events. */
function eventAfter<T extends WorkshopEvent['type']>(s: RawSocket, from: number, type: T): Promise<Event<T>> {
  return waitFor<Event<T> | undefined>(
    () =>
      events(s)
        .slice(from)
        .find((e): e is Event<T> => e.type === type),
    5000,
    `a ${type} event`,
  ) as Promise<Event<T>>;
}

describe('the workshop channel', () => {
  const suite = serverForSuite();
  const sockets = socketsPerTest(() => suite.server.wsBase);

  async function board() {
    return createBoardHttp(suite.server.url, { template: 'empty' });
  }

  /** A socket of `role` that said hello and got its welcome. */
  async function member(boardId: string, token: string): Promise<RawSocket> {
    const sock = await sockets.raw(boardId, token);
    send(sock, { type: 'hello' });
    await eventAfter(sock, 0, 'welcome');
    return sock;
  }

  /** A board with an owner, an editor and a viewer that each said hello. */
  async function workshop() {
    const b = await board();
    const members = {} as Record<Role, RawSocket>;
    for (const role of ROLES) members[role] = await member(b.id, b.tokens[role]);
    return { board: b, ...members };
  }

  it('answers hello with a welcome on the server clock; sockets that never said hello get no workshop frame', async () => {
    const b = await board();
    const before = Date.now();
    const owner = await sockets.raw(b.id, b.tokens.owner);
    send(owner, { type: 'hello' });
    const welcome = await eventAfter(owner, 0, 'welcome');
    expect(welcome).toEqual({
      type: 'welcome',
      now: welcome.now,
      presenter: null,
      timer: { status: 'stopped' },
      vote: null,
    });
    expect(welcome.now).toBeGreaterThanOrEqual(before - 1000);
    expect(welcome.now).toBeLessThanOrEqual(Date.now() + 1000);

    const silent = await sockets.raw(b.id, b.tokens.editor);
    const stock = await sockets.stock(b.id, b.tokens.viewer);
    const stockSocket = stock.provider.ws as unknown as WebSocket;
    const stockTypes: number[] = [];
    stockSocket.on('message', (data: ArrayBuffer | Buffer) => stockTypes.push(new Uint8Array(data)[0] ?? -1));

    introduce(owner, 11, 'Facilitator');
    send(owner, { type: 'present', clientId: 11 });
    send(owner, { type: 'timer', action: 'start', seconds: 60 });
    send(owner, { type: 'stop-presenting' });
    send(owner, { type: 'timer', action: 'stop' });
    await waitFor(() => events(owner).length === 5, 5000, "the owner's four events");
    expect(events(owner).map((e) => e.type)).toEqual(['welcome', 'presenting', 'timer', 'presenting', 'timer']);

    // the owner's next presence leaves after every event above: once it is in, they would be too
    introduce(owner, 11, 'Facilitator again', 2);
    const named = (s: RawSocket) =>
      presenceStates(s.messages).some(([id, , st]) => id === 11 && st?.user?.name === 'Facilitator again');
    await waitFor(() => named(silent), 5000, 'the presence at the silent socket');
    await waitFor(
      () => stock.provider.awareness.getStates().get(11)?.user?.name === 'Facilitator again',
      5000,
      'the presence at the stock client',
    );
    expect(silent.messages.filter((m) => m[0] === 8)).toEqual([]);
    expect(stockTypes.length).toBeGreaterThan(0);
    expect(stockTypes.filter((t) => t === 8)).toEqual([]);
    expect(stock.provider.ws).toBe(stockSocket);
    expect(stock.provider.wsconnected).toBe(true);
  });

  it('the owner presents and stops presenting; everyone who said hello hears it, the owner too', async () => {
    const w = await workshop();
    introduce(w.owner, 21, 'Facilitator');
    send(w.owner, { type: 'present', clientId: 21 });
    for (const role of ROLES) expect(await eventAt(w[role], 1)).toEqual({ type: 'presenting', presenter: 21 });
    expect(suite.server.rooms.loaded(w.board.id)?.presenter).toBe(21);
    const late = await member(w.board.id, w.board.tokens.viewer);
    expect(events(late)[0]).toMatchObject({ type: 'welcome', presenter: 21 });

    send(w.owner, { type: 'stop-presenting' });
    for (const s of [w.owner, w.editor, w.viewer])
      expect(await eventAt(s, 2)).toEqual({ type: 'presenting', presenter: null });
    expect(await eventAt(late, 1)).toEqual({ type: 'presenting', presenter: null });
    expect(suite.server.rooms.loaded(w.board.id)?.presenter).toBeNull();
  });

  it('refuses present, stop-presenting and timer from editors and viewers, to them alone', async () => {
    const w = await workshop();
    const ownerOnly = {
      present: 'only the board owner can bring everyone to their view',
      'stop-presenting': 'only the board owner can stop presenting',
      timer: 'only the board owner can run the timer',
    };
    for (const [role, id] of [
      ['editor', 31],
      ['viewer', 32],
    ] as const) {
      introduce(w[role], id, role);
      send(w[role], { type: 'present', clientId: id });
      send(w[role], { type: 'stop-presenting' });
      send(w[role], { type: 'timer', action: 'start', seconds: 60 });
      expect(await eventAt(w[role], 1)).toEqual({ type: 'refused', reason: ownerOnly.present });
      expect(await eventAt(w[role], 2)).toEqual({ type: 'refused', reason: ownerOnly['stop-presenting'] });
      expect(await eventAt(w[role], 3)).toEqual({ type: 'refused', reason: ownerOnly.timer });
    }
    const room = suite.server.rooms.loaded(w.board.id);
    expect(room?.presenter).toBeNull();
    expect(room?.timer).toEqual({ status: 'stopped' });
    // the owner's timer reaches everyone after whatever the refusals sent: nothing else came
    send(w.owner, { type: 'timer', action: 'start', seconds: 60 });
    const timer = await eventAfter(w.viewer, 4, 'timer');
    await eventAfter(w.editor, 4, 'timer');
    await eventAfter(w.owner, 1, 'timer');
    expect(events(w.owner)).toEqual([events(w.owner)[0], timer]);
    expect(events(w.editor).map((e) => e.type)).toEqual(['welcome', 'refused', 'refused', 'refused', 'timer']);
    expect(events(w.viewer).map((e) => e.type)).toEqual(['welcome', 'refused', 'refused', 'refused', 'timer']);
  });

  it("refuses an owner presenting a client id it did not introduce (someone else's, or nobody's)", async () => {
    const w = await workshop();
    const otherOwner = await member(w.board.id, w.board.tokens.owner);
    introduce(w.editor, 41, 'Editor');
    introduce(otherOwner, 42, 'Other owner');
    introduce(w.owner, 43, 'Owner');
    for (const [i, clientId] of [41, 42, 999].entries()) {
      send(w.owner, { type: 'present', clientId });
      expect(await eventAt(w.owner, 1 + i)).toEqual({ type: 'refused', reason: 'you can only present your own view' });
    }
    expect(suite.server.rooms.loaded(w.board.id)?.presenter).toBeNull();
    send(w.owner, { type: 'present', clientId: 43 });
    for (const s of [w.editor, w.viewer, otherOwner])
      expect(await eventAt(s, 1)).toEqual({ type: 'presenting', presenter: 43 });
    expect(await eventAt(w.owner, 4)).toEqual({ type: 'presenting', presenter: 43 });
  });

  it('stops presenting for everyone when the presenter leaves', async () => {
    const w = await workshop();
    introduce(w.owner, 51, 'Facilitator');
    send(w.owner, { type: 'present', clientId: 51 });
    for (const role of ROLES) expect(await eventAt(w[role], 1)).toEqual({ type: 'presenting', presenter: 51 });
    w.owner.ws.close();
    for (const s of [w.editor, w.viewer]) expect(await eventAt(s, 2)).toEqual({ type: 'presenting', presenter: null });
    expect(suite.server.rooms.loaded(w.board.id)?.presenter).toBeNull();
  });

  it("stops presenting for everyone when the presenter's presence is removed", async () => {
    const w = await workshop();
    introduce(w.owner, 52, 'Facilitator');
    send(w.owner, { type: 'present', clientId: 52 });
    for (const role of ROLES) expect(await eventAt(w[role], 1)).toEqual({ type: 'presenting', presenter: 52 });
    w.owner.ws.send(awarenessFrame([[52, 2, 'null']]));
    for (const role of ROLES) expect(await eventAt(w[role], 2)).toEqual({ type: 'presenting', presenter: null });
  });

  it('runs the timer on the server clock: start, pause, resume, extend, stop', async () => {
    const w = await workshop();
    /** The owner's timer request, and the event everyone gets for it. */
    const act = async (request: object) => {
      const at = events(w.editor).length;
      const ownerAt = events(w.owner).length;
      send(w.owner, { type: 'timer', ...request });
      const event = (await eventAt(w.editor, at)) as Event<'timer'>;
      expect(event.type).toBe('timer');
      expect(await eventAt(w.viewer, at)).toEqual(event);
      expect(await eventAt(w.owner, ownerAt)).toEqual(event);
      return event;
    };
    const start = await act({ action: 'start', seconds: 300 });
    expect(Math.abs(start.now - Date.now())).toBeLessThan(5000);
    expect(start.timer).toEqual({ status: 'running', endsAt: start.now + 300_000, durationMs: 300_000 });
    const pause = await act({ action: 'pause' });
    expect(pause.timer).toEqual({
      status: 'paused',
      remainingMs: start.now + 300_000 - pause.now,
      durationMs: 300_000,
    });
    const resume = await act({ action: 'resume' });
    const remainingMs = start.now + 300_000 - pause.now;
    expect(resume.timer).toEqual({ status: 'running', endsAt: resume.now + remainingMs, durationMs: 300_000 });
    const extend = await act({ action: 'extend', seconds: 60 });
    expect(extend.timer).toEqual({ status: 'running', endsAt: resume.now + remainingMs + 60_000, durationMs: 360_000 });
    const late = await member(w.board.id, w.board.tokens.editor);
    expect(events(late)[0]).toMatchObject({ type: 'welcome', presenter: null, timer: extend.timer });
    const stop = await act({ action: 'stop' });
    expect(stop.timer).toEqual({ status: 'stopped' });
    expect(suite.server.rooms.loaded(w.board.id)?.timer).toEqual({ status: 'stopped' });

    // an action that does not apply goes back to the owner alone
    const at = events(w.owner).length;
    send(w.owner, { type: 'timer', action: 'pause' });
    expect(await eventAt(w.owner, at)).toEqual({ type: 'refused', reason: 'the timer is not running' });
    const again = await act({ action: 'start', seconds: 10 });
    expect(events(w.editor).slice(-2)).toEqual([stop, again]);
  });

  it('closes a socket that sends a malformed workshop frame with 4400; the others keep working', async () => {
    const w = await workshop();
    const stock = await sockets.stock(w.board.id, w.board.tokens.editor);
    const cases: Array<[Uint8Array, string]> = [
      [workshopRequestFrame('{"type":"hello"'), 'workshop message is not JSON'],
      [workshopRequestFrame({ type: 'dance' }), 'workshop message field type'],
      [workshopRequestFrame({ type: 'timer', action: 'start', seconds: 0 }), 'workshop message field seconds'],
      [workshopRequestFrame({ type: 'hello', also: 1 }), 'workshop message'],
      [workshopRequestFrame({ type: 'hello', pad: 'x'.repeat(5000) }), 'workshop message over 4096 bytes'],
      [Uint8Array.of(8, 50, 123), 'frame is truncated or does not decode'],
    ];
    for (const [frame, reason] of cases) {
      const bad = await member(w.board.id, w.board.tokens.owner);
      bad.ws.send(frame);
      const closed = await bad.closed;
      expect(closed.code).toBe(CLOSE.malformed);
      expect(closed.reason).toContain(reason);
      expect(Buffer.byteLength(closed.reason)).toBeLessThanOrEqual(123);
    }
    send(w.owner, { type: 'timer', action: 'start', seconds: 60 });
    for (const role of ROLES) expect(await eventAt(w[role], 1)).toMatchObject({ type: 'timer' });
    expect(stock.provider.wsconnected).toBe(true);
    expect(suite.server.rooms.loaded(w.board.id)?.conns.size).toBe(4);
  });

  it('refuses requests past the rate, and closes a socket that keeps on with 1013', async () => {
    const w = await workshop();
    for (let i = 0; i < 30; i++) send(w.owner, { type: 'timer', action: 'start', seconds: 60 });
    await waitFor(() => events(w.owner).length === 31, 5000, 'an answer to every request');
    const refused = events(w.owner).filter((e) => e.type === 'refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toEqual({
      type: 'refused',
      reason: 'too many workshop requests at once; try again in a moment',
    });
    expect(events(w.editor).filter((e) => e.type === 'timer')).toHaveLength(30 - refused.length);

    const closing = flood(
      w.owner,
      Array.from({ length: 900 }, () => workshopRequestFrame({ type: 'hello' })),
    );
    expect(await closing).toBe(CLOSE.tryAgain);
    expect((await w.owner.closed).reason).toBe('too many workshop requests; reconnect');
    send(w.editor, { type: 'hello' });
    expect(await eventAt(w.editor, 1 + 30 - refused.length)).toMatchObject({ type: 'welcome' });
  });
});

describe('dot votes', () => {
  const suite = serverForSuite();
  const sockets = socketsPerTest(() => suite.server.wsBase);

  async function member(boardId: string, token: string, voter?: string): Promise<RawSocket> {
    const sock = await sockets.raw(boardId, token);
    send(sock, voter ? { type: 'hello', voter } : { type: 'hello' });
    await eventAfter(sock, 0, 'welcome');
    return sock;
  }
  const lastVote = (s: RawSocket) =>
    events(s)
      .filter((e): e is Event<'vote'> => e.type === 'vote')
      .at(-1)?.vote;
  const refusals = (s: RawSocket) => events(s).filter((e): e is Event<'refused'> => e.type === 'refused');

  it('keeps every dot secret until the reveal, holds each voter to the rules, then writes the tallies into the board', async () => {
    const b = await createBoardHttp(suite.server.url, { template: 'empty' });
    const owner = await member(b.id, b.tokens.owner);
    const editor = await member(b.id, b.tokens.editor);
    const viewer = await member(b.id, b.tokens.viewer);
    const watcher = await sockets.stock(b.id, b.tokens.viewer);
    const [a, c] = ['item:aaaaaaaa', 'item:cccccccc'];

    send(owner, { type: 'vote-start', title: 'What first?', itemIds: [a, c], dots: 3, cap: 2, viewers: false });
    for (const s of [owner, editor, viewer])
      await waitFor(() => lastVote(s)?.title === 'What first?', 5000, 'the vote');
    expect(lastVote(viewer)).toMatchObject({ dots: 3, cap: 2, canVote: false, mine: {}, voters: 0 });

    for (const itemId of [a, a, c]) send(editor, { type: 'vote-cast', itemId, add: true });
    await waitFor(() => lastVote(editor)?.mine[c] === 1, 5000, "the editor's third dot");
    expect(lastVote(editor)?.mine).toEqual({ [a]: 2, [c]: 1 });
    // the rules: the cap per item, the dots per person, viewers only when allowed
    send(editor, { type: 'vote-cast', itemId: c, add: true });
    send(viewer, { type: 'vote-cast', itemId: a, add: true });
    await waitFor(() => refusals(editor).length && refusals(viewer).length, 5000, 'the refusals');
    expect(refusals(editor)[0]?.reason).toBe('all your 3 dots are placed; take one back first');
    expect(refusals(viewer)[0]?.reason).toBe('viewers do not vote in this vote');
    send(editor, { type: 'vote-cast', itemId: c, add: false });
    send(editor, { type: 'vote-cast', itemId: a, add: true });
    await waitFor(() => refusals(editor).length === 2, 5000, 'the cap refusal');
    expect(refusals(editor)[1]?.reason).toBe('at most 2 of your dots on one item');

    // nobody else learns the editor's dots: not in their frames, not in the document
    await waitFor(() => lastVote(owner)?.voters === 1, 5000, 'the count of voters');
    for (const s of [owner, viewer]) {
      expect(lastVote(s)?.mine).toEqual({});
      for (const e of events(s)) if (e.type === 'vote' && e.vote) expect(e.vote.mine).toEqual({});
    }
    expect(suite.server.rooms.loaded(b.id)?.doc.getMap(WORKSHOP_MAP).size).toBe(0);
    expect(watcher.doc.getMap(WORKSHOP_MAP).size).toBe(0);

    send(editor, { type: 'vote-reveal' });
    await waitFor(() => refusals(editor).length === 3, 5000, 'the reveal refused to an editor');
    expect(refusals(editor)[2]?.reason).toBe('only the board owner can reveal the votes');
    send(owner, { type: 'vote-reveal' });
    const result = await waitFor(() => readVoteResult(watcher.doc), 5000, 'the tallies in the document');
    if (!result) throw new Error('no result');
    expect(result).toMatchObject({ title: 'What first?', itemIds: [a, c], tallies: { [a]: 2, [c]: 0 }, voters: 1 });
    expect(ranking(result).map((r) => r.itemId)).toEqual([a, c]);
    for (const s of [owner, editor, viewer]) await waitFor(() => lastVote(s) === null, 5000, 'the vote over');
    // stored like any change: a new socket gets it from the server
    const late = await sockets.stock(b.id, b.tokens.viewer);
    expect(readVoteResult(late.doc)?.tallies).toEqual({ [a]: 2, [c]: 0 });
  });

  it('lets only the owner start or cancel a vote; a voter key keeps the dots across a reconnect', async () => {
    const b = await createBoardHttp(suite.server.url, { template: 'empty' });
    const owner = await member(b.id, b.tokens.owner);
    const key = 'voter-key-0123456789abcdef';
    const first = await member(b.id, b.tokens.viewer, key);
    send(first, { type: 'vote-start', title: 'x', itemIds: ['item:a'], dots: 1, cap: null, viewers: true });
    await waitFor(() => refusals(first).length, 5000, 'a refusal');
    expect(refusals(first)[0]?.reason).toBe('only the board owner can start a vote');

    send(owner, {
      type: 'vote-start',
      title: 'Viewers too',
      itemIds: ['item:a', 'item:b'],
      dots: 2,
      cap: null,
      viewers: true,
    });
    await waitFor(() => lastVote(first)?.canVote, 5000, 'the vote at the viewer');
    send(first, { type: 'vote-cast', itemId: 'item:b', add: true });
    await waitFor(() => lastVote(first)?.mine['item:b'] === 1, 5000, 'the dot');
    first.ws.close();
    const again = await member(b.id, b.tokens.viewer, key);
    const welcome = events(again).find((e): e is Event<'welcome'> => e.type === 'welcome');
    expect(welcome?.vote?.mine).toEqual({ 'item:b': 1 });

    send(owner, { type: 'vote-cancel' });
    await waitFor(() => lastVote(again) === null, 5000, 'the vote cancelled');
    expect(suite.server.rooms.loaded(b.id)?.doc.getMap(WORKSHOP_MAP).size).toBe(0);
  });
});
