import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../src-main/accounts/schemas';
import { minimumPasswordLength } from '../../../../src-main/accounts/schemas';
import { ApiError } from '../../api/client';
import { mutate } from '../../api/mutate';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';

interface PasswordDialogProps {
  account: Account;
  /** One's own password: asks for the current one, when there is one. */
  self: boolean;
  hasPassword?: boolean;
  onClose(): void;
}

/** One's own password (with the current one), or an admin resetting someone else's. */
export function PasswordDialog({ account, self, hasPassword = true, onClose }: PasswordDialogProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const tooShort = next.length < minimumPasswordLength ? t('accounts.tooShort', { min: minimumPasswordLength }) : undefined;
  const mismatch = repeat !== next ? t('accounts.password.mismatch') : undefined;
  const serverField = (path: string) => (error instanceof ApiError ? error.fieldError(path) : undefined);
  const currentError = serverField('currentPassword');
  const askCurrent = self && hasPassword;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (tooShort || mismatch || (askCurrent && !current)) return;
    setBusy(true);
    setError(null);
    mutate('accounts.setPassword', { id: account.id, password: next, currentPassword: askCurrent ? current : undefined }).then(onClose, (failure: unknown) => {
      setError(failure);
      setBusy(false);
    });
  };

  const field = (id: string, label: string, value: string, set: (value: string) => void, autoComplete: string, problem?: string, hint?: string) => (
    <Field label={label} htmlFor={id} error={problem} hint={hint} wide>
      <input
        id={id}
        className="input"
        type="password"
        autoComplete={autoComplete}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : hint ? `${id}-hint` : undefined}
        data-autofocus={id === (askCurrent ? 'password-current' : 'password-next') || undefined}
        onChange={(event) => set(event.target.value)}
      />
    </Field>
  );

  return (
    <Dialog title={self ? t('accounts.password.changeTitle') : t('accounts.password.resetTitle', { name: account.name })} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <div className="dialog__body form-grid">
          {/* Lets the browser's password manager know whose password this is. */}
          <input type="text" autoComplete="username" value={account.login} readOnly hidden />
          {askCurrent ? field('password-current', t('accounts.password.current'), current, setCurrent, 'current-password', currentError ?? (submitted && !current ? 'Required' : undefined)) : null}
          {field('password-next', t('accounts.password.next'), next, setNext, 'new-password', submitted ? (serverField('password') ?? tooShort) : undefined, t('accounts.password.nextHint'))}
          {field('password-repeat', t('accounts.password.repeat'), repeat, setRepeat, 'new-password', submitted ? mismatch : undefined)}
          {self ? null : <p className="muted field--wide">{t('accounts.password.resetNote', { name: account.name })}</p>}
        </div>
        <footer className="dialog__footer">
          {error && !currentError ? (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          ) : null}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {t('accounts.password.submit')}
          </Button>
        </footer>
      </form>
    </Dialog>
  );
}
