import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { cx } from './classNames';
import { focusableIn, focusElement } from './focus';
import './Dialog.css';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  footer?: ReactNode;
  /** What gets focus on opening; the first focusable control otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Return focus to the element that had it before opening (default true). */
  restoreFocus?: boolean;
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/**
 * A modal dialog on the native <dialog> element: the rest of the page is inert
 * while it is open, Tab cycles inside it, Esc closes it, and focus returns to
 * where it was. Mount it to open it; unmount it to close it.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  initialFocus,
  restoreFocus = true,
  describedBy,
  role = 'dialog',
  className,
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    if (!focusElement(initialFocus?.current)) focusElement(focusableIn(dialog)[0]);
    // Closed by the browser itself (a second Esc skips the cancel event): tell the owner.
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (restoreFocus && opener?.isConnected) opener.focus();
    };
    // Opening happens once per mount; later prop changes must not re-open or move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusableIn(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className={cx('dialog', className)}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <Button variant="ghost" icon="close" iconOnly label={t('ui.common.close')} onClick={onClose} />
      </header>
      <div className="dialog__body">{children}</div>
      {footer && <footer className="dialog__footer">{footer}</footer>}
    </dialog>
  );
}
