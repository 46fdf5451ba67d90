import type { ButtonHTMLAttributes } from 'react';
import { Icon, type IconName } from './Icon';
import { Kbd } from './Kbd';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  icon?: IconName;
  /** The key that does the same, shown inside the button so shortcuts are learnt by using them. */
  shortcut?: string;
  busy?: boolean;
}

export function Button({ variant = 'secondary', icon, shortcut, busy = false, className, children, type = 'button', disabled, ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <span className="spinner spinner--inline" aria-hidden="true" /> : icon ? <Icon name={icon} size={14} /> : null}
      {children}
      {shortcut ? <Kbd>{shortcut}</Kbd> : null}
    </button>
  );
}
