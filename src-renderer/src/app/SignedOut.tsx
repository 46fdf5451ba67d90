import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';

/** The browser has no session (a 401): the only way in is the one-time link the hub printed. */
export function SignedOut({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <div className="gate__card">
        <EmptyState icon="lock" title={t('signIn.title')} actions={<Button onClick={onRetry}>{t('signIn.retry')}</Button>}>
          <p>{t('signIn.body')}</p>
          <p className="muted">{t('signIn.hint')}</p>
        </EmptyState>
      </div>
    </div>
  );
}
