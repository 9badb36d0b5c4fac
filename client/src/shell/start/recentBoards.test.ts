import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../ui/memoryStorage';
import { forgetBoard, listRecentBoards, type RecentBoard, rememberBoard } from './recentBoards';

const entry = (id: string, role: RecentBoard['role'], lastOpened: string): RecentBoard => ({
  id,
  role,
  name: `Board ${id}`,
  token: `t-${id}-${role}`,
  lastOpened,
});

describe('recent boards', () => {
  it('lists the newest first, one entry per board and role', () => {
    const s = memoryStorage();
    rememberBoard(entry('a', 'owner', '2026-01-01T00:00:00Z'), s);
    rememberBoard(entry('b', 'viewer', '2026-01-02T00:00:00Z'), s);
    rememberBoard(entry('a', 'viewer', '2026-01-03T00:00:00Z'), s);
    rememberBoard(entry('a', 'owner', '2026-01-04T00:00:00Z'), s);
    expect(listRecentBoards(s).map((r) => `${r.id}/${r.role}`)).toEqual(['a/owner', 'a/viewer', 'b/viewer']);
  });

  it('forgets one entry', () => {
    const s = memoryStorage();
    rememberBoard(entry('a', 'owner', '2026-01-01T00:00:00Z'), s);
    rememberBoard(entry('a', 'viewer', '2026-01-02T00:00:00Z'), s);
    forgetBoard('a', 'viewer', s);
    expect(listRecentBoards(s).map((r) => r.role)).toEqual(['owner']);
  });

  it('survives garbage in storage', () => {
    const s = memoryStorage();
    s.setItem('planroom.recentBoards', '{not json');
    expect(listRecentBoards(s)).toEqual([]);
    s.setItem('planroom.recentBoards', JSON.stringify([{ id: 1 }, entry('x', 'editor', '2026-01-01T00:00:00Z')]));
    expect(listRecentBoards(s).map((r) => r.id)).toEqual(['x']);
  });
});
