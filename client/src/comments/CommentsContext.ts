import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { BoardContextValue } from '../core/BoardContext';
import type { CommentReads } from '../core/commentReads';
import { Value } from '../ui/signals';
import { CommentChannel } from './channel';

/** Which threads the comments panel lists. */
export type ThreadFilter = 'open' | 'resolved';

/** The comments feature's parts: its channel and the comments panel's state. */
export interface Comments {
  channel: CommentChannel;
  panelOpen: Value<boolean>;
  filter: Value<ThreadFilter>;
}

export interface CommentsContextValue extends BoardContextValue {
  comments: Comments;
}

/** `name`: this person's display name (the shell passes the workshop's). */
export function createComments(provider: WebsocketProvider, name: Value<string | null>, reads: CommentReads): Comments {
  return {
    channel: new CommentChannel(provider, name, reads),
    panelOpen: new Value(false),
    filter: new Value<ThreadFilter>('open'),
  };
}

export function destroyComments(comments: Comments): void {
  comments.channel.destroy();
}

export const CommentsContext = createContext<CommentsContextValue | null>(null);

export function useComments(): CommentsContextValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error('useComments needs a <CommentsContext.Provider>');
  return value;
}
