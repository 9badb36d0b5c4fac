import { createItem, exportBoard, readBoard, updateItem } from '@planroom/shared';
import { describe, expect, it } from 'vitest';
import { connectSynced, createBoardHttp, serverForSuite, waitFor } from './helpers.js';

describe('sync between clients', () => {
  const suite = serverForSuite();

  it('delivers the stored board and live edits both ways with the stock provider', async () => {
    const board = await createBoardHttp(suite.server.url);
    const a = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    const b = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    suite.keep(a, b);
    expect(readBoard(a.doc).items.size).toBeGreaterThan(15);
    expect(exportBoard(b.doc)).toEqual(exportBoard(a.doc));

    const lane = readBoard(a.doc).lanes[1];
    const id = createItem(a.doc, { title: 'Workshop item', start: '2026-03-02', laneId: lane?.id ?? null });
    await waitFor(() => readBoard(b.doc).items.get(id)?.title === 'Workshop item', 5000, 'B to see the new item');

    updateItem(b.doc, id, { title: 'Renamed by B' });
    await waitFor(() => readBoard(a.doc).items.get(id)?.title === 'Renamed by B', 5000, 'A to see the rename');
  });

  it('shares presence through awareness', async () => {
    const board = await createBoardHttp(suite.server.url, { template: 'empty' });
    const a = await connectSynced(suite.server.wsBase, board.id, board.tokens.editor);
    const v = await connectSynced(suite.server.wsBase, board.id, board.tokens.viewer);
    suite.keep(a, v);
    v.provider.awareness.setLocalStateField('user', { name: 'Exec' });
    await waitFor(
      () => [...a.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Exec'),
      5000,
      'viewer presence at A',
    );
  });
});
