import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../api/session';
import { UserMenu } from '../features/accounts/UserMenu';
import { Badge } from '../ui/Badge';

export function TopBar({ info, demo, children }: { info: SystemInfo; demo: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      {children}
      <div className="topbar__end">
        {demo ? (
          <Badge tone="demo" title={t('common.demoTitle')}>
            {t('common.demo')}
          </Badge>
        ) : null}
        <UserMenu actor={info.actor} />
      </div>
    </header>
  );
}
