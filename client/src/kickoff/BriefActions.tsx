import type { OpenKickoff } from './useKickoff';

/** Placeholder: being built. */
export function BriefActions(_props: { open: OpenKickoff }) {
  return null;
}
