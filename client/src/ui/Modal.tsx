import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/useT';
import { CloseIcon } from './icons';

/**
 * A modal on the native <dialog>: focus is trapped, Escape closes, the page behind is
 * inert. `onClose` runs however it closes.
 */
export function Modal(props: {
  heading: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const t = useT();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const handleClose = () => onClose.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={headingId}
      style={props.width ? { width: props.width } : undefined}
      data-testid={props.testId}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) ref.current?.close();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="modal-head">
        <h2 id={headingId}>{props.heading}</h2>
        <button type="button" className="icon-button" onClick={() => ref.current?.close()} title={t('common.close')}>
          <CloseIcon />
          <span className="sr-only">{t('common.close')}</span>
        </button>
      </div>
      <div className="modal-body">{props.children}</div>
      {props.footer && <div className="modal-foot">{props.footer}</div>}
    </dialog>
  );
}
