import type { OpenKickoff } from './useKickoff';

/** Placeholder: being built. */
export function KpiSection(_props: { open: OpenKickoff }) {
  return null;
}
