import { castCheck, newId, type VoteResult, type VoteView, WORKSHOP_MAP, type WorkshopRequest } from '@planroom/shared';
import type { Conn } from './conn.js';
import type { ConnState, Room } from './room.js';

/*
 * Dot votes, held by the server alone until the owner reveals them: each client is sent
 * its own dots and how many people have voted, never anyone else's dots. The reveal
 * writes the tallies into the board's document (the `workshop` map), for everyone.
 */

/** A vote in progress: the rules, and every voter's dots per item. */
export interface RoomVote extends Omit<VoteView, 'mine' | 'canVote' | 'voters'> {
  ballots: Map<string, Record<string, number>>;
}

/** The origin of the server's own writes to a board (the revealed tallies). */
export const WORKSHOP_ORIGIN = { name: 'planroom-workshop' } as const;

const used = (ballot: Record<string, number>) => Object.values(ballot).reduce((sum, n) => sum + n, 0);

function votersOf(vote: RoomVote): number {
  let n = 0;
  for (const ballot of vote.ballots.values()) if (used(ballot) > 0) n++;
  return n;
}

const canVote = (vote: RoomVote, conn: Conn) => conn.role !== 'viewer' || vote.viewers;

/** The vote as this connection may see it, or null when none runs. */
export function voteView(vote: RoomVote | null, conn: Conn, state: ConnState): VoteView | null {
  if (!vote) return null;
  const { ballots, ...rules } = vote;
  return {
    ...rules,
    mine: { ...(ballots.get(state.voter) ?? {}) },
    canVote: canVote(vote, conn),
    voters: votersOf(vote),
  };
}

/** Sends each connection that said hello (or only those `to` picks) its own view of the vote. */
export function sendVoteViews(room: Room, to: (state: ConnState) => boolean = () => true): void {
  for (const [conn, state] of room.conns) {
    if (state.workshop && to(state)) room.tell(conn, { type: 'vote', vote: voteView(room.vote, conn, state) });
  }
}

type VoteRequest = Extract<WorkshopRequest, { type: 'vote-start' | 'vote-cast' | 'vote-reveal' | 'vote-cancel' }>;

/** A vote request (the owner-only ones already checked); the reason when it is refused. */
export function handleVote(room: Room, conn: Conn, state: ConnState, request: VoteRequest): string | null {
  switch (request.type) {
    case 'vote-start':
      room.vote = {
        id: newId('vote'),
        title: request.title.trim() || 'Dot vote',
        itemIds: [...new Set(request.itemIds)],
        dots: request.dots,
        cap: request.cap,
        viewers: request.viewers,
        ballots: new Map(),
      };
      sendVoteViews(room);
      return null;
    case 'vote-cast': {
      const vote = room.vote;
      if (!vote) return 'no vote is running';
      if (!canVote(vote, conn)) return 'viewers do not vote in this vote';
      const ballot = vote.ballots.get(state.voter) ?? {};
      const refusal = castCheck(vote, ballot, request.itemId, request.add);
      if (refusal) return refusal;
      const before = votersOf(vote);
      const next = { ...ballot, [request.itemId]: (ballot[request.itemId] ?? 0) + (request.add ? 1 : -1) };
      if (!next[request.itemId]) delete next[request.itemId];
      vote.ballots.set(state.voter, next);
      // the voter's own tabs see their dots; everyone sees the count of voters when it moves
      const everyone = votersOf(vote) !== before;
      sendVoteViews(room, (s) => everyone || s.voter === state.voter);
      return null;
    }
    case 'vote-reveal': {
      const vote = room.vote;
      if (!vote) return 'no vote is running';
      const tallies: Record<string, number> = Object.fromEntries(vote.itemIds.map((id) => [id, 0]));
      for (const ballot of vote.ballots.values()) {
        for (const [id, n] of Object.entries(ballot)) tallies[id] = (tallies[id] ?? 0) + n;
      }
      const result: VoteResult = {
        id: vote.id,
        title: vote.title,
        itemIds: vote.itemIds,
        tallies,
        dots: vote.dots,
        voters: votersOf(vote),
        revealedAt: new Date().toISOString(),
      };
      room.vote = null;
      // a change to the board like any other: stored, then sent to everyone
      room.doc.transact(() => room.doc.getMap(WORKSHOP_MAP).set('lastVote', result), WORKSHOP_ORIGIN);
      sendVoteViews(room);
      return null;
    }
    case 'vote-cancel':
      if (!room.vote) return 'no vote is running';
      room.vote = null;
      sendVoteViews(room);
      return null;
  }
}
