import { CLOSE } from '@planroom/shared';

/** A frame we refuse, with the close code and a reason the client can show. */
export class Refusal extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason);
  }
}

export function malformed(reason: string): Refusal {
  return new Refusal(CLOSE.malformed, reason);
}
