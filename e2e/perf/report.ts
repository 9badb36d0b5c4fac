import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { round } from './stats.js';

export interface Result {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

/** Where the perf scripts write their JSON (and screenshots): bench-results/ at the repo root. */
export const RESULTS_DIR = new URL('../../bench-results/', import.meta.url);

/**
 * Prints the results as a table (with whether each meets its target) under a heading, and
 * writes them to bench-results/<file> with the date, Node and the machine, plus `extra`.
 */
export function report(file: string, heading: string, results: readonly Result[], extra: object): void {
  console.log(`\n${heading}`);
  console.table(
    results.map((r) => ({
      ...r,
      target: r.target ?? '',
      meets: r.target === undefined ? '' : r.value <= r.target ? 'yes' : 'no',
    })),
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const machine = { cpus: cpus().length, memGB: round(totalmem() / 2 ** 30) };
  writeFileSync(
    new URL(file, RESULTS_DIR),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, machine, ...extra, results }, null, 2)}\n`,
  );
}
