import type { OpenKickoff } from './useKickoff';

/** Placeholder: being built. */
export function RiskSection(_props: { open: OpenKickoff }) {
  return null;
}
