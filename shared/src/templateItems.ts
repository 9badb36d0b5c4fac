import type { BoardJson } from './boardJson.js';
import { addDays, type IsoDate } from './dates.js';
import type { Status } from './item.js';

type ItemJson = BoardJson['items'][number];

/** What a template says of one of its projects. */
export interface TemplateProject {
  id: string;
  title: string;
  parentId: string;
  laneId: string;
  startWeek: number;
  weeks: number;
  status: Status;
  progress: number;
  ownerId: string | null;
  goalIds: string[];
  order: string;
}

/**
 * A template's project as a board item: from the Monday of `startWeek` to the Friday of its
 * last week (`week(n)` is the Monday n weeks after the template's first).
 */
export function projectItem(week: (n: number) => IsoDate, p: TemplateProject): ItemJson {
  return {
    id: p.id,
    kind: 'project',
    title: p.title,
    parentId: p.parentId,
    laneId: p.laneId,
    start: week(p.startWeek),
    end: addDays(week(p.startWeek + p.weeks), -3),
    status: p.status,
    progress: p.progress,
    ownerId: p.ownerId,
    goalIds: p.goalIds,
    order: p.order,
  };
}
