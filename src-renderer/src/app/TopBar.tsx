import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../api/session';
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
        <span className="topbar__user" title={t('shell.signedInAs', { name: info.actor.name, role: t(`shell.roles.${info.actor.role}`) })}>
          <span className="avatar" aria-hidden="true">
            {info.actor.name.slice(0, 1).toUpperCase()}
          </span>
          {info.actor.name}
        </span>
      </div>
    </header>
  );
}
