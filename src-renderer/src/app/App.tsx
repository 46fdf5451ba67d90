import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { errorMessage } from '../ui/errorMessage';
import { Spinner } from '../ui/Spinner';
import { Shell } from './Shell';
import { SignedOut } from './SignedOut';

/** Asks the core who we are before anything else: signed out, unreachable, or the console. */
export function App() {
  const { t } = useTranslation();
  const state = useSession((s) => s.state);
  const check = useSession((s) => s.check);

  useEffect(() => {
    void check();
  }, [check]);

  switch (state.status) {
    case 'checking':
      return (
        <div className="gate">
          <Spinner label={t('shell.loading')} />
        </div>
      );
    case 'signedOut':
      return <SignedOut onSignedIn={() => void check()} />;
    case 'failed':
      return (
        <div className="gate" role="alert">
          <EmptyState icon="alert" title={t('shell.failedTitle')} actions={<Button onClick={() => void check()}>{t('common.retry')}</Button>}>
            <p>{t('shell.failedBody')}</p>
            <p className="muted">{errorMessage(t, state.error)}</p>
          </EmptyState>
        </div>
      );
    case 'ready':
      return <Shell info={state.info} />;
  }
}
