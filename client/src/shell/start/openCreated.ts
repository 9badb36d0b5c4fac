import type { CreatedBoard } from '@planroom/shared';
import { boardPath, navigate } from '../router';
import { rememberBoard } from './recentBoards';

/** Remembers a board just created here (with its owner token) and opens it. */
export function openCreated(created: CreatedBoard): void {
  rememberBoard({
    id: created.id,
    name: created.name,
    role: 'owner',
    token: created.tokens.owner,
    lastOpened: new Date().toISOString(),
  });
  navigate(boardPath(created.id, created.tokens.owner));
}
