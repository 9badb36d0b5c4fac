import { type ReactNode, useState } from 'react';

/**
 * A read-only row title. It is cut short in a narrow lane column (two lines on a phone,
 * one with an ellipsis elsewhere); a tap or click shows it whole over the board until
 * focus leaves it, because a tooltip never shows on a touch screen.
 */
export function LaneTitle({ title, className, children }: { title: string; className?: string; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <button
      type="button"
      className={`lane-name lane-title${className ? ` ${className}` : ''}`}
      title={title}
      aria-expanded={open}
      onClick={() => setOpen((o) => !o)}
      onBlur={() => setOpen(false)}
    >
      {children}
      {title}
    </button>
  );
}
