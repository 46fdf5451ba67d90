import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { Icon, type IconName } from '../ui/Icon';
import { Kbd } from '../ui/Kbd';
import { type Route, useRouter } from './router';

interface Stats {
  clients: number;
  devices: number;
}

const sections: { href: string; icon: IconName; label: 'nav.clients' | 'nav.devices' | 'nav.myDay' | 'nav.tasks' | 'nav.plans' | 'nav.health' | 'nav.settings'; key: string; owns: Route['name'][]; count?: keyof Stats }[] = [
  { href: '#/clients', icon: 'clients', label: 'nav.clients', key: 'C', owns: ['clients', 'client'], count: 'clients' },
  { href: '#/devices', icon: 'devices', label: 'nav.devices', key: 'D', owns: ['devices', 'device'], count: 'devices' },
  { href: '#/my-day', icon: 'sun', label: 'nav.myDay', key: 'M', owns: ['myDay'] },
  { href: '#/tasks', icon: 'inbox', label: 'nav.tasks', key: 'T', owns: ['tasks', 'task'] },
  { href: '#/plans', icon: 'repeat', label: 'nav.plans', key: 'P', owns: ['plans', 'plan'] },
  { href: '#/health', icon: 'alert', label: 'nav.health', key: 'H', owns: ['health'] },
];

export function Sidebar({ stats }: { stats: Stats | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const routeName = useRouter((s) => s.route.name);

  const link = (item: (typeof sections)[number]) => (
    <a key={item.href} href={item.href} className="nav__item" aria-current={item.owns.includes(routeName) ? 'page' : undefined} title={t('nav.shortcutHint', { key: item.key })}>
      <Icon name={item.icon} />
      <span className="nav__label">{t(item.label)}</span>
      {item.count && stats ? <span className="nav__count">{format.number(stats[item.count])}</span> : null}
    </a>
  );

  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          P
        </span>
        {t('app.name')}
      </div>
      <nav className="nav" aria-label={t('nav.label')}>
        <div className="nav__group">{t('nav.fleet')}</div>
        {sections.map(link)}
      </nav>
      <nav className="nav nav--bottom" aria-label={t('nav.settings')}>
        {link({ href: '#/settings', icon: 'settings', label: 'nav.settings', key: 'S', owns: ['settings', 'slaPolicies'] })}
        <div className="sidebar__hint">
          <Kbd>/</Kbd> {t('search.label')}
        </div>
      </nav>
    </aside>
  );
}
