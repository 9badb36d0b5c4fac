import type { Risk } from '@planroom/shared';

/** A risk record for the tests beside the risk code (not used by the app). */
export function risk(id: string, probability: number, impact: number, status: Risk['status'] = 'open'): Risk {
  return {
    id,
    title: id,
    probability,
    impact,
    ownerId: null,
    mitigation: '',
    status,
    itemIds: [],
    kickoffId: null,
    order: 'a0',
  };
}
