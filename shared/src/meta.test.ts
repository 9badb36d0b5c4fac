import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaMap } from './doc.js';
import { defaultMeta, readMeta, setMeta } from './meta.js';
import { ValidationError } from './problems.js';

describe('meta', () => {
  it('defaultMeta starts weeks on Monday and the fiscal year in January', () => {
    expect(defaultMeta('Roadmap', new Date(Date.UTC(2026, 10, 20, 9)))).toEqual({
      name: 'Roadmap',
      fiscalYearStartMonth: 1,
      weekStartsOn: 1,
      createdAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('setMeta writes the given fields and readMeta reads them back', () => {
    const doc = new Y.Doc();
    setMeta(doc, { name: 'FY27 plan', fiscalYearStartMonth: 7, weekStartsOn: 0 });
    expect(readMeta(doc)).toEqual({
      meta: {
        schemaVersion: 0,
        name: 'FY27 plan',
        fiscalYearStartMonth: 7,
        weekStartsOn: 0,
        createdAt: '1970-01-01T00:00:00.000Z',
      },
      problems: [],
    });
  });

  it('setMeta refuses bad values with a ValidationError and writes nothing', () => {
    const doc = new Y.Doc();
    setMeta(doc, { name: 'Kept' });
    const before = Y.encodeStateAsUpdate(doc);
    for (const patch of [{ name: '' }, { weekStartsOn: 3 as 0 }, { fiscalYearStartMonth: 0 }]) {
      expect(() => setMeta(doc, patch)).toThrow(ValidationError);
    }
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('readMeta reports a bad field, uses its default, and keeps unknown fields', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('fiscalYearStartMonth', '7');
    metaMap(doc).set('createdAt', 'not a time');
    metaMap(doc).set('theme', 'dark');
    const { meta, problems } = readMeta(doc);
    expect(meta).toMatchObject({ fiscalYearStartMonth: 1, createdAt: '1970-01-01T00:00:00.000Z', theme: 'dark' });
    expect(problems).toEqual([
      { collection: 'meta', id: '', field: 'fiscalYearStartMonth', reason: 'must be a number' },
      { collection: 'meta', id: '', field: 'createdAt', reason: 'must be a timestamp' },
    ]);
  });
});
