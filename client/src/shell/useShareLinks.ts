import type { BoardLinks, Role } from '@planroom/shared';
import { useCallback, useEffect, useState } from 'react';
import { useBoard } from '../core/BoardContext';
import { fetchLinks, rotateLink } from '../sync/api';
import { handOver } from '../sync/tokenHandover';
import { navigate, useLocation } from './router';

/**
 * The share links this person may see, fetched fresh when the dialog opens (someone may
 * have reset one since the page loaded), and `reset(role)` for owners.
 */
export function useShareLinks(): { links: BoardLinks; reset(role: Role): Promise<void> } {
  const { boardId, access, provider } = useBoard();
  const { token } = useLocation();
  const [links, setLinks] = useState<BoardLinks>(access.links ?? {});

  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    fetchLinks(boardId, token, abort.signal).then(setLinks, () => {
      // keep the links the page loaded with
    });
    return () => abort.abort();
  }, [boardId, token]);

  const reset = useCallback(
    async (role: Role) => {
      if (!token) throw new Error('this page has no access key');
      if (role !== 'owner') {
        setLinks((await rotateLink(boardId, token, role)).links);
        return;
      }
      // This tab's socket was let in with the owner link, and the server closes those.
      // Close it ourselves first, so that close is not taken for "your link was revoked";
      // reconnect with the new token (edits made meanwhile are sent then).
      provider.disconnect();
      try {
        const rotated = await rotateLink(boardId, token, 'owner');
        handOver(token, rotated.token);
        navigate(`${location.pathname}${location.search}#token=${encodeURIComponent(rotated.token)}`, {
          replace: true,
        });
        setLinks(rotated.links);
      } finally {
        provider.connect();
      }
    },
    [boardId, token, provider],
  );

  return { links, reset };
}
