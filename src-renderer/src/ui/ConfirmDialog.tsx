import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { errorMessage } from './errorMessage';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

export function ConfirmDialog({ title, body, confirmLabel, danger = false, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} closeOnBackdrop>
      <div className="dialog__body">
        <p>{body}</p>
        {error ? (
          <p className="form-error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : null}
      </div>
      <footer className="dialog__footer">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={() => void confirm()} data-autofocus>
          {confirmLabel}
        </Button>
      </footer>
    </Dialog>
  );
}
