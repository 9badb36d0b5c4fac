import { describe, expect, it } from 'vitest';
import { ago, mentionRuns } from './commentText';

describe('comment text', () => {
  const now = Date.parse('2026-05-04T12:00:00.000Z');
  it.each([
    ['2026-05-04T11:59:30.000Z', 'just now'],
    ['2026-05-04T11:55:00.000Z', '5 min ago'],
    ['2026-05-04T09:00:00.000Z', '3 h ago'],
    ['2026-05-01T09:00:00.000Z', '2026-05-01'],
  ])('%s is %s', (iso, text) => {
    expect(ago(iso, now)).toBe(text);
  });

  it('marks the mentions of people it names, longest name first, and nothing else', () => {
    const names = new Map([
      ['person:a', 'Anna'],
      ['person:b', 'Anna Berg'],
    ]);
    expect(
      mentionRuns({ text: 'Ask @Anna Berg or @Anna, not @Bo (a+b)?', mentions: ['person:a', 'person:b'] }, names),
    ).toEqual([
      { text: 'Ask ', mention: false },
      { text: '@Anna Berg', mention: true },
      { text: ' or ', mention: false },
      { text: '@Anna', mention: true },
      { text: ', not @Bo (a+b)?', mention: false },
    ]);
    expect(mentionRuns({ text: 'Hi @Anna', mentions: [] }, names)).toEqual([{ text: 'Hi @Anna', mention: false }]);
  });
});
