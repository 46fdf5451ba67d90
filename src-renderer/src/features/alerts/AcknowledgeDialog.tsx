import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../../src-main/checks/schemas';
import { ApiError } from '../../api/client';
import { mutate } from '../../api/mutate';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { errorMessage } from '../../ui/errorMessage';

/** Acknowledge an open alert with a comment; Ctrl/Cmd+Enter confirms. */
export function AcknowledgeDialog({ alert, onClose }: { alert: Alert; onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = error instanceof ApiError ? error.fieldError('comment') : undefined;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await mutate('alerts.acknowledge', { id: alert.id, comment });
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('health.ackTitle', { name: alert.checkLabel })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
      >
        <div className="dialog__body">
          <p>
            {alert.deviceName ?? alert.clientName} · {alert.message}
          </p>
          <Field label={t('health.ackComment')} htmlFor={id} error={fieldError} hint={t('health.ackHint')}>
            <textarea
              id={id}
              className="input textarea"
              rows={3}
              value={comment}
              data-autofocus
              aria-invalid={fieldError ? true : undefined}
              onChange={(event) => setComment(event.target.value)}
            />
          </Field>
          {error && !fieldError ? (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          ) : null}
        </div>
        <footer className="dialog__footer">
          <span className="dialog__hint">{t('common.submitHint')}</span>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy} disabled={comment.trim() === ''}>
            {t('health.acknowledge')}
          </Button>
        </footer>
      </form>
    </Dialog>
  );
}
