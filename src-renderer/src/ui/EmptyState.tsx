import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** What is missing and what to do about it: every empty list says its next step. */
export function EmptyState({ icon = 'inbox', title, children, actions }: { icon?: IconName; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="empty">
      <Icon name={icon} size={24} className="empty__icon" />
      <h2 className="empty__title">{title}</h2>
      {children ? <div className="empty__body">{children}</div> : null}
      {actions ? <div className="empty__actions">{actions}</div> : null}
    </div>
  );
}
