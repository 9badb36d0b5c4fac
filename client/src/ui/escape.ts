import type { KeyboardEvent } from 'react';

/**
 * Escape in a field with an edit in progress puts the saved value back, and goes no
 * further: the panel around it stays open (a second Escape closes it). Without an edit in
 * progress the key passes on to the panel.
 */
export function escapeReverts(event: KeyboardEvent, pending: boolean, revert: () => void): void {
  if (event.key !== 'Escape' || !pending || event.defaultPrevented) return;
  event.preventDefault();
  revert();
}

/**
 * Escape anywhere in a side panel closes it, wherever focus is (a field, a button), once
 * the field under it had its say (see escapeReverts). An open popover handles its own
 * Escape before this sees it, and a native select's open list never passes the key on;
 * a dialog opened from the panel closes alone. The key then goes no further, so the
 * board's own Escape (clear the selection) waits for the next press.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    close();
  };
}
