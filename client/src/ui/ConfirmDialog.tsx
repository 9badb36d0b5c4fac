import { type ReactNode, useRef } from 'react';
import { useT } from '../i18n/useT';
import { Modal } from './Modal';

/**
 * A confirmation in a modal: Cancel, and a danger button that acts once (a double click
 * writes nothing twice) and closes.
 */
export function ConfirmDialog(props: {
  heading: string;
  /** The danger button's label. */
  action: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  width?: number;
  disabled?: boolean;
}) {
  const { onConfirm, onClose } = props;
  const done = useRef(false);
  const t = useT();

  function confirm() {
    if (done.current) return;
    done.current = true;
    onConfirm();
    onClose();
  }

  return (
    <Modal
      heading={props.heading}
      onClose={onClose}
      width={props.width ?? 440}
      testId={props.testId}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button danger" onClick={confirm} disabled={props.disabled}>
            {props.action}
          </button>
        </>
      }
    >
      {props.children}
    </Modal>
  );
}
