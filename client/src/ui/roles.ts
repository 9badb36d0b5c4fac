import type { Role } from '@planroom/shared';

export const ROLE_LABELS: Record<Role, string> = { owner: 'Owner', editor: 'Editor', viewer: 'View only' };
