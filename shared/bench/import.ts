/**
 * What importing a big plan costs: a 5,000-task Project XML file (50 summary tasks of 99
 * tasks each, every task linked FS to the one before, one assignment each) and a
 * 5,000-row CSV with a parent column, each through `importBoard` (parse, map, every check,
 * then `boardFromJson`), and without that last pass (what the server runs before building
 * the board itself). Prints the medians of a few rounds.
 */
import { performance } from 'node:perf_hooks';
import { importBoard } from '../src/import/index.js';

const ROUNDS = 5;
const day = (n: number) => new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);

function projectXml(): string {
  const tasks: string[] = [];
  const assignments: string[] = [];
  let uid = 0;
  for (let s = 0; s < 50; s += 1) {
    uid += 1;
    tasks.push(
      `<Task><UID>${uid}</UID><Name>Stream ${s}</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Start>${day(0)}T08:00:00</Start><Finish>${day(400)}T17:00:00</Finish></Task>`,
    );
    for (let t = 0; t < 99; t += 1) {
      uid += 1;
      const link = t
        ? `<PredecessorLink><PredecessorUID>${uid - 1}</PredecessorUID><Type>1</Type></PredecessorLink>`
        : '';
      tasks.push(
        `<Task><UID>${uid}</UID><Name>Task ${s}.${t}</Name><OutlineLevel>2</OutlineLevel><Start>${day(t * 4)}T08:00:00</Start><Finish>${day(t * 4 + 2)}T17:00:00</Finish>${link}</Task>`,
      );
      assignments.push(
        `<Assignment><TaskUID>${uid}</TaskUID><ResourceUID>${(uid % 20) + 1}</ResourceUID><Units>0.5</Units></Assignment>`,
      );
    }
  }
  const resources = Array.from(
    { length: 20 },
    (_, i) => `<Resource><UID>${i + 1}</UID><Name>Person ${i + 1}</Name><Type>1</Type></Resource>`,
  );
  return `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Name>Big</Name><Tasks>${tasks.join('')}</Tasks><Resources>${resources.join('')}</Resources><Assignments>${assignments.join('')}</Assignments></Project>`;
}

function itemsCsv(): string {
  const rows = ['Id,Title,Start,End,Status,Owner,Lane,Parent'];
  for (let i = 0; i < 5_000; i += 1) {
    const parent = i % 100 === 0 ? '' : `R${i - (i % 100)}`;
    rows.push(
      `R${i},Item ${i},${day(i % 300)},${day((i % 300) + 5)},on track,Person ${i % 20},Lane ${i % 7},${parent}`,
    );
  }
  return rows.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

for (const [label, format, text] of [
  ['Project XML, 5,000 tasks, 4,950 links', 'msproject', projectXml()],
  ['CSV, 5,000 rows with parents', 'csv', itemsCsv()],
] as const) {
  const checked: number[] = [];
  const parsed: number[] = [];
  let items = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    let t0 = performance.now();
    const result = importBoard({ format, text });
    checked.push(performance.now() - t0);
    if (!result.ok) throw new Error(`${label}: ${JSON.stringify(result.problems.slice(0, 3))}`);
    items = result.counts.items;
    t0 = performance.now();
    importBoard({ format, text }, { check: false });
    parsed.push(performance.now() - t0);
  }
  const kb = (text.length / 1024).toFixed(0);
  console.log(
    `import ${label} (${kb} kB, ${items} items): parse and map ${median(parsed).toFixed(0)} ms, with boardFromJson ${median(checked).toFixed(0)} ms`,
  );
}
