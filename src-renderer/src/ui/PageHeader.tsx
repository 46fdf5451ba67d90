import type { ReactNode } from 'react';

/** The one line at the top of every view: what it is, a few facts, and its actions on the right. */
export function PageHeader({ title, meta, badges, actions, above }: { title: string; meta?: ReactNode; badges?: ReactNode; actions?: ReactNode; above?: ReactNode }) {
  return (
    <header className="page-header">
      {above}
      <div className="page-header__row">
        <h1 className="page-header__title">{title}</h1>
        {badges}
        {meta ? <div className="page-header__meta">{meta}</div> : null}
        <div className="page-header__actions">{actions}</div>
      </div>
    </header>
  );
}
