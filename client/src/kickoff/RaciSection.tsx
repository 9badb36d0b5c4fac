import type { OpenKickoff } from './useKickoff';

/** Placeholder: being built. */
export function RaciSection(_props: { open: OpenKickoff }) {
  return null;
}
