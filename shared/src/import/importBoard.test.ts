import { describe, expect, it } from 'vitest';
import { exportBoard } from '../boardJson.js';
import { templateBoard } from '../templates.js';
import brokenJson from './fixtures/broken-board.json?raw';
import parentCsv from './fixtures/items-parent.csv?raw';
import planXml from './fixtures/plan.xml?raw';
import { checkImportRequest, importBoard, previewImport } from './importBoard.js';
import { parseDate } from './importDates.js';
import { detectImportFormat, importProblemText } from './importTypes.js';

describe('importBoard', () => {
  it('detects the format from the name, else from the first character', () => {
    expect(detectImportFormat('plan.XML', '')).toBe('msproject');
    expect(detectImportFormat('items.csv', '<x')).toBe('csv');
    expect(detectImportFormat('board.json', '')).toBe('json');
    expect(detectImportFormat('download', '  <?xml version="1.0"?>')).toBe('msproject');
    expect(detectImportFormat('download', '{"items":[]}')).toBe('json');
    expect(detectImportFormat('download', 'Title,Start')).toBe('csv');
  });

  it('takes Board JSON through the same entry, named as asked', () => {
    const board = templateBoard('it-portfolio', '2026-03-02');
    const result = importBoard({ format: 'json', text: JSON.stringify(board), name: 'Copy' });
    expect(result.ok && result.counts.items).toBe(board.items.length);
    expect(result.ok && result.counts.dependencies).toBe(board.deps.length);
  });

  it('says where Board JSON is wrong, as a path', () => {
    const result = importBoard({ format: 'json', text: brokenJson });
    expect(result.ok ? [] : result.problems.map(importProblemText)).toEqual([
      '$.items[1].end: must be a date like 2026-03-31 (item:bad1)',
      '$.deps[0].to: points at an item that does not exist (dep:d1)',
    ]);
    const notJson = importBoard({ format: 'json', text: '{"items": [' });
    expect(
      notJson.ok ? '' : importProblemText(notJson.problems[0] ?? { collection: '', id: '', field: '', reason: '' }),
    ).toMatch(/^\$: is not JSON: /);
  });

  it('previews counts for a good file and problems for a bad one', () => {
    const good = previewImport({ format: 'msproject', text: planXml });
    expect(good).toMatchObject({ name: 'CRM rollout', problems: [], csv: null });
    expect(good.counts).toMatchObject({ items: 9, dependencies: 6 });
    const csv = previewImport({ format: 'csv', text: parentCsv, name: 'Customer' });
    expect(csv.csv?.rows).toHaveLength(7);
    expect(csv.counts?.items).toBe(7);
    const bad = previewImport({ format: 'csv', text: 'Title\nA\n' });
    expect(bad.counts).toBeNull();
    expect(bad.problems.map(importProblemText)).toEqual(['mapping: no column is mapped to Start']);
  });

  it('round-trips an import through export', () => {
    const result = importBoard({ format: 'msproject', text: planXml });
    if (!result.ok) throw new Error('import failed');
    const again = importBoard({ format: 'json', text: JSON.stringify(result.board) });
    expect(again.ok && again.counts).toEqual(result.counts);
    expect(exportBoard).toBeTypeOf('function');
  });

  it('checks the request shape before the file', () => {
    expect(checkImportRequest({ format: 'pdf', text: '' })).toMatchObject({ ok: false });
    expect(checkImportRequest({ format: 'csv' })).toMatchObject({ ok: false });
    expect(checkImportRequest({ format: 'msproject', text: '', mapping: [] })).toMatchObject({ ok: false });
    expect(checkImportRequest({ format: 'csv', text: 'x', mapping: ['title', 'bogus'] })).toMatchObject({ ok: false });
    expect(checkImportRequest({ format: 'csv', text: 'x', mapping: ['title', null] })).toMatchObject({ ok: true });
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-03-31T17:00:00', '2026-03-31'],
    ['31/03/2026', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['31 Mar 2026', '2026-03-31'],
    ['31-Mar-2026', '2026-03-31'],
    ['March 31, 2026', '2026-03-31'],
    ['1 Sept 2026', '2026-09-01'],
    ['31/02/2026', null],
    ['2026-02-30', null],
    ['next Tuesday', null],
    ['31 Maybe 2026', null],
  ])('%s reads as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});
