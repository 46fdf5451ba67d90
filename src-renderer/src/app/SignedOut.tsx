import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signInWithPassword } from '../features/accounts/browserSession';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { errorMessage } from '../ui/errorMessage';
import '../features/accounts/accounts.css';

/** The browser has no session (a 401): a person signs in with login and password; a new hub's admin uses the printed link. */
export function SignedOut({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!login.trim() || !password) return;
    setBusy(true);
    setError(null);
    signInWithPassword(login, password).then(onSignedIn, (failure: unknown) => {
      setError(failure);
      setPassword('');
      setBusy(false);
      passwordInput.current?.focus();
    });
  };

  return (
    <div className="gate">
      <form className="gate__card sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="sign-in__head">
          <Icon name="lock" size={20} className="empty__icon" />
          <h1 id="sign-in-title" className="sign-in__title">
            {t('signIn.title')}
          </h1>
          <p className="muted">{t('signIn.body')}</p>
        </div>
        <Field label={t('signIn.login')} htmlFor="sign-in-login">
          <input id="sign-in-login" className="input" autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus value={login} onChange={(event) => setLogin(event.target.value)} />
        </Field>
        <Field label={t('signIn.password')} htmlFor="sign-in-password">
          <input ref={passwordInput} id="sign-in-password" className="input" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </Field>
        {error ? (
          <p className="form-error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : null}
        <Button type="submit" variant="primary" busy={busy} disabled={!login.trim() || !password}>
          {busy ? t('signIn.signingIn') : t('signIn.submit')}
        </Button>
        <p className="sign-in__hint muted">{t('signIn.adminHint')}</p>
      </form>
    </div>
  );
}
