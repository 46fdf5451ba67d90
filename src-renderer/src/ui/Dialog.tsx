import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface DialogProps {
  title: string;
  onClose(): void;
  /** A drawer slides in from the right for forms; a modal sits in the middle for confirmations. */
  variant?: 'modal' | 'drawer';
  /** Only for dialogs with nothing to lose: a form must not vanish on a stray click. */
  closeOnBackdrop?: boolean;
  children: ReactNode;
}

/**
 * The native <dialog>: showModal() gives focus trapping, Esc, inertness of the page behind and
 * focus return for free. Parents mount it to open and unmount it to close.
 */
export function Dialog({ title, onClose, variant = 'modal', closeOnBackdrop = false, children }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element, the close button; the form's first field
    // (or the confirm button) is where the user means to start.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${variant}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onMouseDown={closeOnBackdrop ? (event) => event.target === event.currentTarget && onClose() : undefined}
    >
      <div className="dialog__frame">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
            <Icon name="close" size={14} />
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
