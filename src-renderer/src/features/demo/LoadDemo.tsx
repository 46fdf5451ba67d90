import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../api/mutate';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';

/**
 * "Load demo fleet": one call that fills an empty database. It reports no progress of its own,
 * so the panel says what is happening while it runs (a few seconds for thousands of devices).
 */
export function LoadDemo({ onLoaded, variant = 'primary' }: { onLoaded?(): void; variant?: 'primary' | 'secondary' }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'idle' } | { status: 'loading' } | { status: 'failed'; error: unknown }>({ status: 'idle' });

  const load = async () => {
    setState({ status: 'loading' });
    try {
      await mutate('fleet.loadDemo', {});
      onLoaded?.();
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  if (state.status === 'loading') {
    return (
      <div className="progress-panel" role="status">
        <div className="progress-panel__title">{t('welcome.loadingDemo')}</div>
        <div className="progress" aria-hidden="true">
          <div className="progress__bar" />
        </div>
        <div className="muted">{t('welcome.loadingDemoDetail')}</div>
      </div>
    );
  }
  return (
    <div className="load-demo">
      <Button variant={variant} onClick={() => void load()}>
        {t('welcome.loadDemo')}
      </Button>
      {state.status === 'failed' ? (
        <p className="form-error" role="alert">
          {errorMessage(t, state.error)}
        </p>
      ) : null}
    </div>
  );
}
