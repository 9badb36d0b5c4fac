import { describe, expect, it } from 'vitest';
import { readBoard } from './board.js';
import { boardFromJson, exportBoard } from './boardJson.js';
import {
  addComment,
  type CommentActor,
  type CommentAuthor,
  CommentRefused,
  deleteComment,
  editComment,
  setThreadState,
} from './comment.js';
import { parseCommentRequest } from './commentProtocol.js';
import { collection } from './doc.js';
import { deleteItem } from './item.js';
import { kickoffSetup } from './kickoffTestkit.js';
import { deletePerson } from './person.js';
import { ValidationError } from './problems.js';
import { putRaw } from './testkit.js';

const T0 = new Date('2026-05-04T09:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const viewer: CommentAuthor = { id: 'author:viewerkey1', name: 'Vera Viewer', color: '#3366cc', role: 'viewer' };
const editor: CommentAuthor = { id: 'author:editorkey1', name: 'Eddie Editor', color: '#cc6633', role: 'editor' };
const other: CommentAuthor = { id: 'author:otherkey11', name: 'Olle Other', color: '#339966', role: 'viewer' };
const as = (author: CommentAuthor): CommentActor => ({ author, role: author.role });

function setup() {
  const s = kickoffSetup();
  const root = addComment(s.doc, { itemId: s.build, text: ' Is @Anna Berg on this? ', mentions: [s.anna] }, viewer, T0);
  return { ...s, root };
}

function expectUnchanged(doc: ReturnType<typeof setup>['doc'], fn: () => void, error: unknown) {
  const before = JSON.stringify(exportBoard(doc));
  expect(fn).toThrow(error as never);
  expect(JSON.stringify(exportBoard(doc))).toBe(before);
}

describe('comments: writing', () => {
  it('starts a thread (root names itself) and replies to it, stamped with author and time', () => {
    const { doc, build, anna, root } = setup();
    const reply = addComment(doc, { itemId: build, threadId: root, text: 'Yes, from May' }, editor, later(5));
    const { comments, problems } = readBoard(doc);
    expect(problems).toEqual([]);
    expect(comments.map((c) => [c.id, c.threadId, c.author.name, c.text])).toEqual([
      [root, root, 'Vera Viewer', 'Is @Anna Berg on this?'],
      [reply, root, 'Eddie Editor', 'Yes, from May'],
    ]);
    expect(comments[0]?.mentions).toEqual([anna]);
    expect(comments[1]?.createdAt).toBe('2026-05-04T09:05:00.000Z');
  });

  it.each([
    ['an empty text', (s: ReturnType<typeof setup>) => ({ itemId: s.build, text: '   ' }), 'text must not be empty'],
    ['an unknown item', () => ({ itemId: 'item:nope', text: 'hi' }), 'itemId points at an item that does not exist'],
    [
      'a mention of nobody',
      (s: ReturnType<typeof setup>) => ({ itemId: s.build, text: 'hi', mentions: ['person:ghost'] }),
      'who is not on the board',
    ],
    [
      'a reply on another item',
      (s: ReturnType<typeof setup>) => ({ itemId: s.project, threadId: s.root, text: 'hi' }),
      'is a thread on another item',
    ],
    ['a text too long', (s: ReturnType<typeof setup>) => ({ itemId: s.build, text: 'x'.repeat(4001) }), 'at most 4000'],
  ])('refuses %s and writes nothing', (_, input, reason) => {
    const s = setup();
    expectUnchanged(s.doc, () => addComment(s.doc, input(s), editor, T0), reason);
  });

  it('lets only the author edit or delete a comment', () => {
    const { doc, root } = setup();
    expectUnchanged(doc, () => editComment(doc, root, { text: 'mine now' }, as(other), T0), CommentRefused);
    expectUnchanged(doc, () => deleteComment(doc, root, as(editor)), 'only delete your own');
    editComment(doc, root, { text: 'Is Anna on this?' }, as(viewer), later(1));
    const [c] = readBoard(doc).comments;
    expect([c?.text, c?.mentions, c?.editedAt]).toEqual(['Is Anna on this?', [], '2026-05-04T09:01:00.000Z']);
  });

  it('keeps a thread whose first comment has replies; deletes a lone one', () => {
    const { doc, build, root } = setup();
    const reply = addComment(doc, { itemId: build, threadId: root, text: 'Yes' }, editor, later(1));
    expectUnchanged(doc, () => deleteComment(doc, root, as(viewer)), 'cannot be deleted');
    deleteComment(doc, reply, as(editor));
    deleteComment(doc, root, as(viewer));
    expect(readBoard(doc).comments).toEqual([]);
  });

  it('resolves and reopens: editors any thread, viewers only their own', () => {
    const { doc, root } = setup();
    expectUnchanged(doc, () => setThreadState(doc, root, 'resolved', as(other), T0), 'threads they started');
    expectUnchanged(doc, () => setThreadState(doc, root, 'reopened', as(editor), T0), 'is not resolved');
    setThreadState(doc, root, 'resolved', as(editor), later(2));
    expect(readBoard(doc).comments[0]?.resolution).toEqual({
      state: 'resolved',
      by: { id: editor.id, name: 'Eddie Editor' },
      at: '2026-05-04T09:02:00.000Z',
    });
    expectUnchanged(doc, () => setThreadState(doc, root, 'resolved', as(viewer), T0), 'already resolved');
    setThreadState(doc, root, 'reopened', as(viewer), later(3));
    expect(readBoard(doc).comments[0]?.resolution?.state).toBe('reopened');
  });

  it('refuses to resolve a reply', () => {
    const { doc, build, root } = setup();
    const reply = addComment(doc, { itemId: build, threadId: root, text: 'Yes' }, editor, later(1));
    expectUnchanged(doc, () => setThreadState(doc, reply, 'resolved', as(editor), T0), ValidationError);
  });

  it('goes with its item, in the same transaction', () => {
    const { doc, build } = setup();
    deleteItem(doc, build);
    expect(collection(doc, 'comments').size).toBe(0);
  });
});

describe('comments: reading', () => {
  it('sets bad records aside and drops mentions of people who left', () => {
    const { doc, anna, build, project, root } = setup();
    deletePerson(doc, anna);
    putRaw(doc, 'comments', 'comment:bad', { itemId: build, threadId: 'comment:bad', text: '' });
    putRaw(doc, 'comments', 'comment:orphan', {
      itemId: 'item:gone',
      threadId: 'comment:orphan',
      author: editor,
      text: 'hi',
      createdAt: T0.toISOString(),
    });
    putRaw(doc, 'comments', 'comment:astray', {
      itemId: project,
      threadId: root,
      author: editor,
      text: 'hi',
      createdAt: T0.toISOString(),
    });
    const { comments, problems } = readBoard(doc);
    expect(comments.map((c) => [c.id, c.mentions])).toEqual([[root, []]]);
    expect(problems.filter((p) => p.id === 'comment:bad').map((p) => p.field)).toEqual(['author', 'text', 'createdAt']);
    expect(problems.filter((p) => p.id !== 'comment:bad').map((p) => [p.id, p.field])).toEqual([
      ['comment:orphan', 'itemId'],
      ['comment:astray', 'threadId'],
    ]);
  });
});

describe('comments: Board JSON', () => {
  it('exports and imports losslessly, unknown fields kept', () => {
    const { doc, build, root } = setup();
    addComment(doc, { itemId: build, threadId: root, text: 'Yes ✅' }, editor, later(1));
    setThreadState(doc, root, 'resolved', as(editor), later(2));
    collection(doc, 'comments').get(root)?.set('reactions', { '👍': 2 });
    const json = exportBoard(doc);
    expect(json.comments).toHaveLength(2);
    const back = boardFromJson(JSON.parse(JSON.stringify(json)));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(exportBoard(back.doc)).toEqual(json);
  });

  it('refuses an import whose comment is broken, saying where', () => {
    const { doc } = setup();
    const json = exportBoard(doc);
    json.comments.push({
      id: 'comment:x',
      itemId: 'item:gone',
      threadId: 'comment:x',
      author: editor,
      text: 'a',
      createdAt: T0.toISOString(),
    });
    json.comments.push({ id: 'nope', text: 'a' });
    const back = boardFromJson(json);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.problems[0]).toMatchObject({ collection: 'comments', id: 'nope', field: 'id' });
  });
});

describe('comment requests', () => {
  it.each([
    ['{"type":"add","ref":1,"itemId":"item:a","text":"hi"}', null],
    ['{"type":"hello","key":"0123456789abcdef","name":"Vera","color":"#3366cc"}', null],
    ['not json', 'comment message is not JSON'],
    ['{"type":"add","ref":1,"itemId":"item:a"}', 'comment message text'],
    ['{"type":"resolve","ref":1,"threadId":"comment:a","as":"someone"}', 'comment message as'],
    ['{"type":"hello","key":"short","name":"V","color":"#3366cc"}', 'key must be 16-64'],
    ['{"type":"paint"}', 'comment message type'],
  ])('%s', (text, error) => {
    const parsed = parseCommentRequest(text);
    if (error === null) expect(parsed).not.toHaveProperty('error');
    else expect((parsed as { error: string }).error).toContain(error);
  });
});
