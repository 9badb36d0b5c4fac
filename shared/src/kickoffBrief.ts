import type { FullBoardSnapshot } from './board.js';
import type { IsoDate } from './dates.js';
import type { ItemKind } from './item.js';
import type { KickoffView } from './kickoffView.js';
import { type KpiState, kpiProgress } from './kpiStatus.js';
import { partyName } from './party.js';
import { RACI_NAMES, RACI_VALUES, type RaciValue } from './raci.js';
import { raciMatrix } from './raciRules.js';
import { readiness } from './readiness.js';
import type { RiskStatus } from './risk.js';
import { isOpen, type RiskLevel, riskLevel, riskScore } from './riskRules.js';

/**
 * The one-page kickoff brief: what a kickoff settled, read off the board once. The
 * printed page and the Markdown export both show this, so the two never disagree.
 */
export interface KickoffBrief {
  title: string;
  kind: ItemKind;
  start: IsoDate;
  end: IsoDate;
  owner: string | null;
  /** The day the brief is of: KPI states are judged on it. */
  today: IsoDate;
  /** The purpose's paragraphs. */
  purpose: string[];
  objectives: Array<{ text: string; measure: string; target: string; date: IsoDate | null }>;
  scopeIn: string[];
  scopeOut: string[];
  deliverables: Array<{ title: string; milestone: IsoDate | null }>;
  sponsor: string | null;
  budgetOwner: string | null;
  stakeholders: Array<{ name: string; role: string; organisation: string }>;
  raci: {
    columns: string[];
    /** One letter per column, '' where the cell is not set. */
    rows: Array<{ title: string; cells: Array<RaciValue | ''> }>;
    issues: Array<{ row: string; text: string }>;
  };
  kpis: Array<{ name: string; current: string | null; target: string; state: KpiState; text: string }>;
  /** Open and mitigating risks, highest score first. */
  risks: Array<{
    title: string;
    probability: number;
    impact: number;
    score: number;
    level: RiskLevel;
    status: RiskStatus;
    owner: string | null;
    /** The mitigation's first line. */
    mitigation: string;
  }>;
  assumptions: string[];
  constraints: string[];
  /** The latest decisions, newest first. */
  decisions: Array<{ date: IsoDate; decision: string; decidedBy: string | null }>;
  /** How many older decisions the log holds beyond those. */
  earlierDecisions: number;
  /** What readiness still misses, in words; empty when the kickoff is ready. */
  missing: string[];
}

/** A brief is one page: the log's latest few decisions are what a reader needs. */
export const BRIEF_DECISIONS = 5;

/** The non-empty lines of a text, without the bullets people type in front of them. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-*•]\s+/, '').trim())
    .filter(Boolean);
}

function amount(n: number, unit: string): string {
  const rounded = String(Math.round(n * 100) / 100);
  return unit ? `${rounded} ${unit}` : rounded;
}

/** The brief of a kickoff as of `today`. */
export function kickoffBrief(view: KickoffView, board: FullBoardSnapshot, opts: { today: IsoDate }): KickoffBrief {
  const people = new Map(board.people.map((p) => [p.id, p]));
  const nameOf = (id: string | null) => (id ? (people.get(id)?.name ?? null) : null);
  const { kickoff, item } = view;
  const matrix = raciMatrix(view, board);
  const decisions = [...view.decisions].reverse();
  const byScore = (a: { score: number; impact: number }, b: { score: number; impact: number }) =>
    b.score - a.score || b.impact - a.impact;
  return {
    title: item.title,
    kind: item.kind,
    start: item.start,
    end: item.end,
    owner: nameOf(item.ownerId),
    today: opts.today,
    purpose: linesOf(kickoff.purpose),
    objectives: view.objectives.map(({ text, measure, target, date }) => ({ text, measure, target, date })),
    scopeIn: view.scopeIn.map((s) => s.text),
    scopeOut: view.scopeOut.map((s) => s.text),
    deliverables: view.deliverables.map((d) => ({
      title: d.title,
      milestone: (d.milestoneId && board.items.get(d.milestoneId)?.start) || null,
    })),
    sponsor: partyName(kickoff.sponsor, people),
    budgetOwner: partyName(kickoff.budgetOwner, people),
    stakeholders: view.stakeholders.map((s) => {
      const person = s.personId ? people.get(s.personId) : undefined;
      return { name: person?.name ?? s.name, role: s.role || person?.role || '', organisation: s.organisation };
    }),
    raci: {
      columns: matrix.columns.map((c) => c.label),
      rows: matrix.rows.map((r) => ({ title: r.title, cells: matrix.columns.map((c) => r.cells.get(c.key) ?? '') })),
      issues: matrix.rows.flatMap((r) => r.issues.map((i) => ({ row: r.title, text: i.text }))),
    },
    kpis: view.kpis.map((k) => {
      const progress = kpiProgress(k, opts.today);
      const target = amount(k.target, k.unit);
      return {
        name: k.name,
        current: progress.current && amount(progress.current.value, k.unit),
        target: k.dueDate ? `${target} by ${k.dueDate}` : target,
        state: progress.state,
        text: progress.text,
      };
    }),
    risks: view.risks
      .filter(isOpen)
      .map((r) => ({
        title: r.title,
        probability: r.probability,
        impact: r.impact,
        score: riskScore(r),
        level: riskLevel(r),
        status: r.status,
        owner: nameOf(r.ownerId),
        mitigation: linesOf(r.mitigation)[0] ?? '',
      }))
      .sort(byScore),
    assumptions: linesOf(kickoff.assumptions),
    constraints: linesOf(kickoff.constraints),
    decisions: decisions.slice(0, BRIEF_DECISIONS).map((d) => ({
      date: d.date,
      decision: d.decision,
      decidedBy: partyName(d.decidedBy, people),
    })),
    earlierDecisions: Math.max(0, decisions.length - BRIEF_DECISIONS),
    missing: readiness(view, board.items).gaps.map((g) => g.text),
  };
}

/**
 * User text as inline Markdown on one line: line breaks become spaces (a table row or a
 * list item ends at a line break), and every character Markdown would read as markup is
 * escaped, so "a | b" stays in its table cell and "*draft*" stays as typed.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** User text that starts a paragraph or a list item, where "# x", "- x" or "1. x" would be markup too. */
function markdownBlock(text: string): string {
  return markdownText(text)
    .replace(/^[#+=-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const list = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join('\n');
const NONE = '_None yet._';

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: readonly string[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align ?? head.map(() => '---')), ...rows.map(line)].join('\n');
}

type Sections = Array<[heading: string, body: string]>;

function scopeMarkdown(b: KickoffBrief): string {
  if (!b.scopeIn.length && !b.scopeOut.length) return NONE;
  const side = (title: string, texts: string[]) =>
    `### ${title}\n\n${texts.length ? list(texts.map(markdownBlock)) : NONE}`;
  return `${side('In scope', b.scopeIn)}\n\n${side('Out of scope', b.scopeOut)}`;
}

function peopleMarkdown(b: KickoffBrief): string {
  const named = (who: string | null) => (who ? markdownText(who) : '_not named yet_');
  const roles = `- **Sponsor:** ${named(b.sponsor)}\n- **Budget owner:** ${named(b.budgetOwner)}`;
  if (!b.stakeholders.length) return roles;
  const stakeholders = b.stakeholders.map((s) =>
    [s.name, s.role, s.organisation].filter(Boolean).map(markdownText).join(', '),
  );
  return `${roles}\n\n### Stakeholders\n\n${list(stakeholders)}`;
}

function raciMarkdown({ raci }: KickoffBrief): string {
  const head = ['', ...raci.columns.map(markdownText)];
  const align = ['---', ...raci.columns.map(() => ':-:')];
  const rows = raci.rows.map((r) => [markdownText(r.title), ...r.cells]);
  const legend = RACI_VALUES.map((v) => `${v} = ${RACI_NAMES[v]}`).join(', ');
  const issues = raci.issues.map((i) => `${markdownText(i.row)}: ${markdownText(i.text)}`);
  return [table(head, rows, align), legend, ...(issues.length ? [`**Rule issues**\n\n${list(issues)}`] : [])].join(
    '\n\n',
  );
}

function risksMarkdown(b: KickoffBrief): string {
  return list(
    b.risks.map((r) => {
      const status = r.status === 'mitigating' ? ', mitigating' : '';
      const owner = r.owner ? `Owner: ${markdownText(r.owner)}` : 'No owner';
      const mitigation = r.mitigation ? `Mitigation: ${markdownText(r.mitigation)}` : 'No mitigation yet';
      const score = `${r.probability}×${r.impact} = ${r.score}, ${r.level}${status}`;
      return `**${markdownText(r.title)}** (${score}). ${owner}. ${mitigation}`;
    }),
  );
}

function assumptionsMarkdown(b: KickoffBrief): string {
  const part = (title: string, lines: string[]) =>
    lines.length ? [`### ${title}\n\n${list(lines.map(markdownBlock))}`] : [];
  return [...part('Assumptions', b.assumptions), ...part('Constraints', b.constraints)].join('\n\n');
}

function decisionsMarkdown(b: KickoffBrief): string {
  const lines = b.decisions.map((d) => {
    const by = d.decidedBy ? ` (${markdownText(d.decidedBy)})` : '';
    return `${d.date}: ${markdownText(d.decision)}${by}`;
  });
  if (b.earlierDecisions) lines.push(`_and ${b.earlierDecisions} earlier, in the kickoff's decision log_`);
  return list(lines);
}

function sectionsOf(b: KickoffBrief): Sections {
  const when = (cond: boolean, heading: string, body: () => string): Sections => (cond ? [[heading, body()]] : []);
  const objectives = b.objectives.map((o) => {
    const measured = [o.measure, o.target && (o.date ? `${o.target} by ${o.date}` : o.target)].filter(Boolean);
    const tail = measured.length ? `: ${measured.map(markdownText).join(', ')}` : ' (not measurable yet)';
    return `${markdownBlock(o.text)}${tail}`;
  });
  const deliverables = b.deliverables.map(
    (d) => `${markdownBlock(d.title)}${d.milestone ? `: milestone ${d.milestone}` : ' (no milestone yet)'}`,
  );
  const kpis = b.kpis.map((k) => [
    markdownText(k.name),
    k.current ? markdownText(k.current) : '–',
    markdownText(k.target),
    markdownText(k.text),
  ]);
  const ready = b.missing.length
    ? `**Still missing:**\n\n${list(b.missing.map(markdownBlock))}`
    : '**Ready:** every kickoff check passes.';
  return [
    ...when(b.purpose.length > 0, 'Purpose', () => b.purpose.map(markdownBlock).join('\n\n')),
    ['Objectives', objectives.length ? list(objectives) : NONE],
    ['Scope', scopeMarkdown(b)],
    ['Deliverables', deliverables.length ? list(deliverables) : NONE],
    ['People', peopleMarkdown(b)],
    ...when(b.raci.rows.length > 0, 'RACI', () => raciMarkdown(b)),
    ...when(b.kpis.length > 0, 'KPIs', () => table(['KPI', 'Current', 'Target', 'State'], kpis)),
    ...when(b.risks.length > 0, 'Open risks', () => risksMarkdown(b)),
    ...when(b.assumptions.length + b.constraints.length > 0, 'Assumptions and constraints', () =>
      assumptionsMarkdown(b),
    ),
    ...when(b.decisions.length > 0, 'Recent decisions', () => decisionsMarkdown(b)),
    ['Readiness', ready],
  ];
}

/** The brief as Markdown, to paste into a wiki page or an email. */
export function briefMarkdown(b: KickoffBrief): string {
  const kind = b.kind === 'program' ? 'Program' : 'Project';
  const owner = b.owner ? ` · Owner: ${markdownText(b.owner)}` : '';
  const head = [
    `# Kickoff: ${markdownText(b.title).replace(/#/g, '\\#')}`,
    `${kind}, ${b.start} to ${b.end}${owner} · Brief of ${b.today}`,
  ];
  const sections = sectionsOf(b).map(([heading, body]) => `## ${heading}\n\n${body}`);
  return `${[...head, ...sections].join('\n\n')}\n`;
}

/** A kickoff as Markdown, as of `today`: the one-page brief. */
export function kickoffBriefMarkdown(view: KickoffView, board: FullBoardSnapshot, opts: { today: IsoDate }): string {
  return briefMarkdown(kickoffBrief(view, board, opts));
}

/** The file a downloaded brief is saved as: "kickoff-customer-onboarding.md". */
export function kickoffBriefFileName(title: string): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `kickoff-${slug || 'brief'}.md`;
}
