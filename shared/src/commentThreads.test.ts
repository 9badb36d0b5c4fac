import { describe, expect, it } from 'vitest';
import type { Comment } from './comment.js';
import { commentThreads, keptMentions, mentionAt, mentionOptions, unreadByItem, unreadIn } from './commentThreads.js';

function comment(id: string, threadId: string, authorId: string, minute: number, itemId = 'item:a'): Comment {
  return {
    id,
    itemId,
    threadId,
    author: { id: authorId, name: authorId, color: '#3366cc', role: 'editor' },
    text: id,
    mentions: [],
    createdAt: `2026-05-04T09:${String(minute).padStart(2, '0')}:00.000Z`,
    editedAt: null,
    resolution: null,
  };
}

const me = 'author:me';
const comments = [
  comment('comment:r1', 'comment:r1', 'author:vera', 1),
  comment('comment:a1', 'comment:r1', me, 2),
  comment('comment:a2', 'comment:r1', 'author:vera', 3),
  comment('comment:r2', 'comment:r2', me, 4, 'item:b'),
  comment('comment:stray', 'comment:gone', 'author:vera', 5),
];

describe('threads', () => {
  it('groups by thread, root first, the most recently active thread first, strays left out', () => {
    const threads = commentThreads(comments);
    expect(threads.map((t) => [t.id, t.comments.map((c) => c.id)])).toEqual([
      ['comment:r2', ['comment:r2']],
      ['comment:r1', ['comment:r1', 'comment:a1', 'comment:a2']],
    ]);
  });

  it.each([
    ['nothing read', {}, 2],
    ['read up to the first', { 'comment:r1': '2026-05-04T09:01:00.000Z' }, 1],
    ['read it all', { 'comment:r1': '2026-05-04T09:03:00.000Z' }, 0],
  ])('counts unread comments by others: %s', (_, reads, n) => {
    const [, thread] = commentThreads(comments);
    if (!thread) throw new Error('no thread');
    expect(unreadIn(thread, me, reads)).toBe(n);
    expect(unreadByItem(commentThreads(comments), me, reads).get('item:a') ?? 0).toBe(n);
  });

  it('never counts one’s own comments', () => {
    expect(unreadByItem(commentThreads(comments), me, {}).has('item:b')).toBe(false);
  });
});

describe('mentions', () => {
  it.each([
    ['@an', 3, { start: 0, query: 'an' }],
    ['Hi @Anna B', 10, { start: 3, query: 'Anna B' }],
    ['mail a@b.se', 11, null],
    ['no at here', 5, null],
    ['@a\nb', 4, null],
  ])('%j at %i', (text, caret, expected) => {
    expect(mentionAt(text, caret)).toEqual(expected);
  });

  it('offers names starting with the query first', () => {
    const people = [{ name: 'Joanna Lind' }, { name: 'Anna Berg' }, { name: 'Bo Nielsen' }];
    expect(mentionOptions(people, 'an').map((p) => p.name)).toEqual(['Anna Berg', 'Joanna Lind']);
    expect(mentionOptions(people, '')).toHaveLength(3);
  });

  it('keeps only mentions still in the text', () => {
    const picked = [
      { id: 'person:a', name: 'Anna Berg' },
      { id: 'person:b', name: 'Bo Nielsen' },
    ];
    expect(keptMentions('Hi @Anna Berg', picked)).toEqual(['person:a']);
  });
});
