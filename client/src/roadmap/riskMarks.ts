import { openHighRisksByItem, type Risk, riskScore } from '@planroom/shared';
import { useSyncExternalStore } from 'react';
import type { RecordCache } from '../core/recordCache';
import { useRoadmap } from './RoadmapContext';

/** The marker's tooltip: "Open high risk: Vendor late (score 20)", the highest first. */
export function riskMarkText(risks: readonly Risk[]): string {
  const named = risks.map((r) => `${r.title} (score ${riskScore(r)})`);
  return named.length === 1 ? `Open high risk: ${named[0]}` : `Open high risks: ${named.join(', ')}`;
}

const memo = new WeakMap<RecordCache<Risk>, { version: number; marks: ReadonlyMap<string, string> }>();

/**
 * Items with an open high risk, each with its marker's text. Worked out once per change to
 * the risks (keyed on the cache's version), however many bars ask.
 */
export function riskMarks(risks: RecordCache<Risk>): ReadonlyMap<string, string> {
  const version = risks.getVersion();
  const hit = memo.get(risks);
  if (hit?.version === version) return hit.marks;
  const marks = new Map<string, string>();
  for (const [itemId, list] of openHighRisksByItem(risks.all())) marks.set(itemId, riskMarkText(list));
  memo.set(risks, { version, marks });
  return marks;
}

/**
 * The open-high-risk marker of one bar, or null. Every bar listens to the risk list (risks
 * change rarely, and only the bars in view are mounted); its snapshot is a string, so only
 * a bar whose marker changed re-renders.
 */
export function useRiskMark(itemId: string): string | null {
  const { store } = useRoadmap();
  return useSyncExternalStore(store.risks.subscribeAll, () => riskMarks(store.risks).get(itemId) ?? null);
}
