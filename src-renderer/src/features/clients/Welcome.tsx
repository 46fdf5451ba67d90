import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LoadDemo } from '../demo/LoadDemo';

/** The empty database: two ways forward, side by side. */
export function Welcome({ onAddClient }: { onAddClient(): void }) {
  const { t } = useTranslation();
  return (
    <div className="welcome">
      <h1 className="welcome__title">{t('welcome.title')}</h1>
      <p className="welcome__body">{t('welcome.body')}</p>
      <div className="welcome__actions">
        <LoadDemo />
        <Button icon="plus" onClick={onAddClient}>
          {t('welcome.addClient')}
        </Button>
      </div>
      <p className="welcome__note muted">{t('welcome.demoNote')}</p>
    </div>
  );
}
