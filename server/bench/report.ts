import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';

export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Result {
  name: string;
  value: number;
  unit: string;
  target: Target | null;
  /** How it was measured, or what else was seen: shown in the table, kept in the JSON. */
  note?: string;
}

export const atMost = (value: number): Target => ({ op: '<=', value });
export const atLeast = (value: number): Target => ({ op: '>=', value });

/** Information, not an assertion: a missed target does not fail the run. */
export function meets(r: Result): boolean | null {
  if (!r.target) return null;
  return r.target.op === '<=' ? r.value <= r.target.value : r.value >= r.target.value;
}

function show(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

export function printTable(results: readonly Result[]): void {
  const rows = results.map((r) => {
    const ok = meets(r);
    return [
      r.name,
      show(r.value),
      r.unit,
      r.target ? `${r.target.op} ${show(r.target.value)}` : '',
      ok === null ? '' : ok ? 'pass' : 'MISS',
      r.note ?? '',
    ];
  });
  const head = ['benchmark', 'value', 'unit', 'target', 'vs target', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Load average, 1 min: other work on a 2-core machine shows up as latency here. */
export const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export function writeJson(path: string, results: readonly Result[], loadAtStart: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = {
    date: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      loadAvg1mAtStart: loadAtStart,
      loadAvg1mAtEnd: load1(),
    },
    results: results.map((r) => ({ ...r, pass: meets(r) })),
  };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}

/** The value at quantile `q` (0..1) of an ascending array, nearest-rank. */
export function quantile(sorted: Float64Array, q: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
