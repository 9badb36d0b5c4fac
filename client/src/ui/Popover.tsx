import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

/** Room kept between a panel and the window's edge. */
const EDGE = 8;

/**
 * A button that opens a small panel under it (filters, menus). Escape and a click
 * outside close it; focus returns to the button.
 */
export function Popover(props: {
  label: ReactNode;
  title?: string;
  className?: string;
  testId?: string;
  panelTestId?: string;
  panelLabel: string;
  pressed?: boolean;
  align?: 'left' | 'right';
  /** Controlled from outside (a keyboard shortcut opens it): the state and its setter. */
  state?: [boolean, (open: boolean) => void];
  children: (close: () => void) => ReactNode;
}) {
  const own = useState(false);
  const [open, setOpen] = props.state ?? own;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // a panel aligned to its button's edge can run off the window when the header wraps or
  // the button sits near the other side: shift it back in before it is painted
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    el.style.translate = '';
    const r = el.getBoundingClientRect();
    const dx =
      r.left < EDGE ? EDGE - r.left : r.right > window.innerWidth - EDGE ? window.innerWidth - EDGE - r.right : 0;
    if (dx) el.style.translate = `${Math.round(dx)}px 0`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey, true);
    root.current?.querySelector<HTMLElement>('.popover-panel input, .popover-panel button')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open, setOpen]);

  return (
    <div className="popover" ref={root}>
      <button
        ref={button}
        type="button"
        className={props.className ?? 'button'}
        title={props.title}
        data-testid={props.testId}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-pressed={props.pressed}
        onClick={() => setOpen(!open)}
      >
        {props.label}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          className={`popover-panel align-${props.align ?? 'left'}`}
          role="dialog"
          aria-label={props.panelLabel}
          data-testid={props.panelTestId}
        >
          {props.children(() => {
            setOpen(false);
            button.current?.focus();
          })}
        </div>
      )}
    </div>
  );
}
