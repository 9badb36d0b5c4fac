import { useState } from 'react';

/**
 * A long select (every roadmap item) drawn in each of fifty rows would put tens of
 * thousands of options in the page. Its options are drawn once someone reaches for it:
 * focus (keyboard) or a press (the list opens after the handler, with the options in it).
 * Spread the handlers on the select and draw the full list only when `open`.
 */
export function useLazyOptions() {
  const [open, setOpen] = useState(false);
  const reach = () => setOpen(true);
  return [open, { onFocus: reach, onPointerDown: reach, onMouseDown: reach }] as const;
}
