import { ITEM_KINDS, type ItemKind } from '@planroom/shared';

export const KIND_LABELS: Record<ItemKind, string> = {
  portfolio: 'Portfolio',
  program: 'Program',
  project: 'Project',
  milestone: 'Milestone',
  task: 'Task',
};
export const KIND_OPTIONS = ITEM_KINDS;
