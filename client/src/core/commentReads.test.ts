import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../ui/memoryStorage';
import { CommentReads } from './commentReads';

describe('CommentReads', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps read marks per board, moving only forward, and tells subscribers', () => {
    const reads = new CommentReads('board-a');
    let calls = 0;
    reads.subscribe(() => calls++);
    reads.markRead('comment:t', '2026-05-04T09:03:00.000Z');
    reads.markRead('comment:t', '2026-05-04T09:01:00.000Z');
    expect(reads.getMarks()).toEqual({ 'comment:t': '2026-05-04T09:03:00.000Z' });
    expect(calls).toBe(1);
    expect(new CommentReads('board-a').getMarks()).toEqual(reads.getMarks());
    expect(new CommentReads('board-b').getMarks()).toEqual({});
  });

  it('remembers who this browser is across boards', () => {
    new CommentReads('board-a').setMe('author:abc');
    expect(new CommentReads('board-b').getMe()).toBe('author:abc');
  });

  it('reads damaged storage as nothing read', () => {
    localStorage.setItem('planroom.commentReads.board-a', '{"comment:t": 5, "comment:u": "2026-01-01"');
    expect(new CommentReads('board-a').getMarks()).toEqual({});
    localStorage.setItem('planroom.commentReads.board-a', '{"comment:t": 5, "comment:u": "2026-01-01"}');
    expect(new CommentReads('board-a').getMarks()).toEqual({ 'comment:u': '2026-01-01' });
  });
});
