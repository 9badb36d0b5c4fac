import { type Baseline, chosenBaselineId, readBaselines } from '@planroom/shared';
import type * as Y from 'yjs';

/**
 * The chosen baseline (`meta.baselineId`), or null when none is chosen or it cannot be
 * read: the status view then reports nothing as slipped and says why, never breaks.
 */
export function chosenStatusBaseline(doc: Y.Doc): Baseline | null {
  const id = chosenBaselineId(doc);
  return id ? (readBaselines(doc).baselines.find((b) => b.id === id) ?? null) : null;
}
