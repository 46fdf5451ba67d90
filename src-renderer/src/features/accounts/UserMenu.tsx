import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemInfo } from '../../api/session';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { Icon } from '../../ui/Icon';
import { inBrowser, signOut } from './browserSession';
import { PasswordDialog } from './PasswordDialog';
import './accounts.css';

/**
 * Who is signed in (name and role) in the top bar; its menu changes one's own password (people
 * with an account) and signs out (in a browser). Esc or a click elsewhere closes it.
 */
export function UserMenu({ actor }: { actor: SystemInfo['actor'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const me = useQuery('accounts.me', {});
  const account = me.data?.account ?? null;
  const root = useRef<HTMLDivElement>(null);
  const role = t(`shell.roles.${actor.role}`);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    root.current?.querySelector<HTMLElement>('.user-menu__button')?.focus();
  };
  const items = [
    account ? { key: 'password', label: t('accounts.menu.changePassword'), icon: 'lock' as const, run: () => setChangingPassword(true) } : null,
    inBrowser ? { key: 'signOut', label: t('accounts.menu.signOut'), icon: 'close' as const, run: () => void signOut().then(() => useSession.getState().check()) } : null,
  ].filter((item) => item !== null);

  return (
    <div
      className="user-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
        if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault();
          const all = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
          const at = all.indexOf(document.activeElement as HTMLElement);
          all[(at + (event.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
        }
      }}
    >
      <button
        type="button"
        className="user-menu__button"
        aria-haspopup={items.length > 0 ? 'menu' : undefined}
        aria-expanded={items.length > 0 ? open : undefined}
        title={t('shell.signedInAs', { name: actor.name, role })}
        onClick={() => items.length > 0 && setOpen(!open)}
      >
        <span className="avatar" aria-hidden="true">
          {actor.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-menu__name">{actor.name}</span>
        <span className="user-menu__role">{role}</span>
      </button>
      {open ? (
        <div className="user-menu__list" role="menu" aria-label={t('accounts.menu.label')}>
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className="user-menu__item"
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              <Icon name={item.icon} size={14} />
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
      {changingPassword && account ? <PasswordDialog account={account} self hasPassword={me.data?.hasPassword} onClose={() => setChangingPassword(false)} /> : null}
    </div>
  );
}
