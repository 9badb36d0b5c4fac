import type * as Y from 'yjs';
import { collection, defineEntity, insertEntry, type RecordOf, readEntry, requireValid, transact } from './doc.js';
import { check, field, listOf, nullable, ref, text } from './fields.js';
import { deleteKickoffRecords, KICKOFF_ITEM_KINDS, kickoffIdFor } from './kickoffLinks.js';
import { type Party, party, requireParty } from './party.js';
import { ValidationError } from './problems.js';
import { updateRecord } from './records.js';

/** One step of a kickoff meeting, with its time box (what starts the workshop timer). */
export interface AgendaStep {
  title: string;
  minutes: number;
}

const agendaStep = check<AgendaStep>((value) => {
  if (typeof value !== 'object' || value === null) return 'must be a step { title, minutes }';
  const { title, minutes } = value as Record<string, unknown>;
  if (typeof title !== 'string' || !title.trim() || title.length > 120)
    return 'must have a title of 1 to 120 characters';
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 480)
    return 'must have a time box of 1 to 480 whole minutes';
  return null;
});

export const kickoffEntity = defineEntity({
  collection: 'kickoffs',
  kind: 'kickoff',
  textFields: ['purpose', 'assumptions', 'constraints'],
  fields: {
    /** The project or program the kickoff is for; the kickoff's id follows from it. */
    itemId: field(ref('item')),
    purpose: field(text({ max: 5000 }), ''),
    sponsor: field(nullable(party), null),
    budgetOwner: field(nullable(party), null),
    assumptions: field(text({ max: 20_000 }), ''),
    constraints: field(text({ max: 20_000 }), ''),
    /** The meeting's plan: replaced whole when edited (it is set up before, not during). */
    agenda: field(listOf(agendaStep, 40), () => []),
  },
});

/** What a project or program settles at its start: purpose, people and money. */
export type Kickoff = RecordOf<typeof kickoffEntity>;

export function readKickoff(id: string, entry: unknown) {
  return readEntry(kickoffEntity, id, entry);
}

export const KICKOFF_TEMPLATES = { 'project-kickoff': 'Project kickoff' } as const;
export type KickoffTemplateId = keyof typeof KICKOFF_TEMPLATES;

/** The agenda of a project kickoff: about an hour and a half, roles and scope longest. */
export const PROJECT_KICKOFF_AGENDA: readonly AgendaStep[] = [
  { title: 'Introductions', minutes: 10 },
  { title: 'Objectives', minutes: 15 },
  { title: 'Scope', minutes: 20 },
  { title: 'Roles and responsibilities (RACI)', minutes: 20 },
  { title: 'Timeline and milestones', minutes: 15 },
  { title: 'Risks', minutes: 15 },
  { title: 'Next steps', minutes: 5 },
];

function fail(id: string, field: string, reason: string): never {
  throw new ValidationError([{ collection: 'kickoffs', id, field, reason }]);
}

/** Party fields that name a person must name one on the board. */
function checkParties(doc: Y.Doc, k: Kickoff): void {
  for (const key of ['sponsor', 'budgetOwner'] as const)
    requireParty(doc, { collection: 'kickoffs', id: k.id, field: key }, k[key]);
}

/**
 * Opens the kickoff of a project or program: creates it, or returns the one it has
 * without writing (two people opening it at once share one). From a template, it starts
 * with that template's agenda.
 */
export function createKickoff(doc: Y.Doc, itemId: string, opts: { template?: KickoffTemplateId } = {}): string {
  const id = kickoffIdFor(itemId);
  const item = collection(doc, 'items').get(itemId);
  if (!item) fail(id, 'itemId', 'points at an item that does not exist');
  const kind = String(item.get('kind') ?? 'project');
  if (!KICKOFF_ITEM_KINDS.includes(kind)) fail(id, 'itemId', `must be a project or program, not a ${kind}`);
  if (collection(doc, 'kickoffs').has(id)) return id;
  const agenda = opts.template === 'project-kickoff' ? PROJECT_KICKOFF_AGENDA.map((s) => ({ ...s })) : [];
  const record = requireValid(kickoffEntity, id, { itemId, agenda });
  transact(doc, () => insertEntry(doc, kickoffEntity, id, record as Record<string, unknown>));
  return id;
}

export type KickoffPatch = Partial<Omit<Kickoff, 'id' | 'itemId'>>;

export function updateKickoff(doc: Y.Doc, id: string, patch: KickoffPatch): void {
  if ('itemId' in patch) fail(id, 'itemId', 'cannot change: a kickoff stays with its item');
  updateRecord(doc, kickoffEntity, id, patch, (k) => checkParties(doc, k));
}

export function setSponsor(doc: Y.Doc, id: string, sponsor: Party | null): void {
  updateKickoff(doc, id, { sponsor });
}

export function setBudgetOwner(doc: Y.Doc, id: string, budgetOwner: Party | null): void {
  updateKickoff(doc, id, { budgetOwner });
}

/** Deletes a kickoff with everything in it (objectives, scope, RACI, its KPIs and risks): one undo step. */
export function deleteKickoff(doc: Y.Doc, id: string): void {
  transact(doc, () => deleteKickoffRecords(doc, new Set([id])));
}
