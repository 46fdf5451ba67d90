import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { errorMessage } from './errorMessage';

export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <EmptyState icon="alert" title={title ?? t('errors.title')} actions={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}>
        {errorMessage(t, error)}
      </EmptyState>
    </div>
  );
}
