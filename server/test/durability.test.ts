import { rmSync } from 'node:fs';
import { createItem, exportBoard, moveItems, readBoard, updateItem } from '@planroom/shared';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { spawnServer } from './child.js';
import { connectSynced, createBoardHttp, tempDir, waitFor } from './helpers.js';

describe('durability of a real server process', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing a peer saw when the server is killed with SIGKILL', async () => {
    const first = await spawnServer(dir);
    const board = await createBoardHttp(first.url);
    const a = await connectSynced(first.wsBase, board.id, board.tokens.editor);
    const b = await connectSynced(first.wsBase, board.id, board.tokens.editor);
    const laneId = readBoard(a.doc).lanes[0]?.id ?? null;
    // A keeps editing while the server dies; whatever B has seen at that moment must survive.
    let i = 0;
    const editing = setInterval(() => {
      for (let k = 0; k < 5; k++, i++) {
        const id = createItem(a.doc, { title: `Edit ${i}`, start: '2026-02-02', laneId });
        if (i % 5 === 0) moveItems(a.doc, [id], { days: i });
        if (i % 7 === 0) updateItem(a.doc, id, { status: 'at-risk' });
      }
    }, 2);
    await waitFor(() => readBoard(b.doc).items.size > 200, 10_000, 'B to see a stream of edits');
    const seen = exportBoard(b.doc);
    const seenClocks = Y.decodeStateVector(Y.encodeStateVector(b.doc));
    clearInterval(editing);
    first.proc.kill('SIGKILL');
    await first.exited;
    a.destroy();
    b.destroy();

    const second = await spawnServer(dir);
    const c = await connectSynced(second.wsBase, board.id, board.tokens.viewer);
    const restored = Y.decodeStateVector(Y.encodeStateVector(c.doc));
    for (const [client, clock] of seenClocks) expect(restored.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
    const afterIds = new Set(exportBoard(c.doc).items.map((item) => item.id));
    expect(seen.items.filter((item) => !afterIds.has(String(item.id)))).toEqual([]);
    c.destroy();

    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('SIGTERM');
  });
});
