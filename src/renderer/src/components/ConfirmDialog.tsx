import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
  busy?: boolean;
  restoreFocus?: boolean;
}

/** "Are you sure?" with the consequence spelled out; the confirm button has focus. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = true,
  busy = false,
  restoreFocus,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      initialFocus={confirmRef}
      describedBy={bodyId}
      restoreFocus={restoreFocus}
      className="dialog--confirm"
      footer={
        <>
          <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Button ref={confirmRef} variant={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p id={bodyId}>{body}</p>
    </Dialog>
  );
}
