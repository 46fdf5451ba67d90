import { Fragment } from 'react';
import { Icon } from './Icon';

export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav className="crumbs" aria-label={label}>
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 ? <Icon name="chevronRight" size={12} className="crumbs__sep" /> : null}
          {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
        </Fragment>
      ))}
    </nav>
  );
}
