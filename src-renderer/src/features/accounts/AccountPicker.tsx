import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src-main/core/method';
import { useQuery } from '../../api/useQuery';
import { Field } from '../../ui/Field';
import { useAccountNames } from './useAccountNames';

interface AccountPickerProps {
  /** An account id, or null for nobody. */
  value: string | null;
  onChange(accountId: string | null): void;
  label: string;
  /** Only people with these roles (all roles when left out). */
  roles?: readonly Role[];
  /** Offers "Unassigned" (null) as the first choice. */
  allowNone?: boolean;
  /** Without the label and hint around it, for a toolbar or a header; the label becomes the aria-label. */
  bare?: boolean;
  id?: string;
  error?: string;
  hint?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/**
 * Picks a person: a native select of the active accounts (by name, filtered by role on the core),
 * so the keyboard works as everywhere (type a name's first letters, arrows, Enter). A current
 * value that is no longer active (archived) stays shown, marked, so a form never drops it silently.
 */
export function AccountPicker({ value, onChange, label, roles, allowNone = false, bare = false, id, error, hint, disabled, autoFocus }: AccountPickerProps) {
  const { t } = useTranslation();
  const fallbackId = useId();
  const controlId = id ?? fallbackId;
  const accounts = useQuery('accounts.list', { role: roles ? [...roles] : undefined, limit: 1000 }, { keepPrevious: true });
  const items = accounts.data?.items ?? [];
  const listed = value === null || items.some((account) => account.id === value);
  const nameOf = useAccountNames(listed ? [] : [value]);
  const loading = accounts.status === 'loading' && !accounts.data;

  const select = (
    <select
      id={controlId}
      className="input select"
      aria-label={bare ? label : undefined}
      title={bare ? label : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${controlId}-error` : hint ? `${controlId}-hint` : undefined}
      aria-busy={loading || undefined}
      value={value ?? ''}
      disabled={disabled || (loading && value === null)}
      data-autofocus={autoFocus || undefined}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      {allowNone || value === null ? <option value="">{loading ? t('common.loading') : allowNone ? t('accounts.picker.none') : t('accounts.picker.choose')}</option> : null}
      {!listed && value !== null ? <option value={value}>{t('accounts.picker.inactive', { name: nameOf(value) })}</option> : null}
      {items.map((account) => (
        <option key={account.id} value={account.id}>
          {account.name} · {t(`shell.roles.${account.role}`)}
        </option>
      ))}
    </select>
  );
  if (bare) return select;
  const failed = accounts.status === 'error' ? t('accounts.picker.failed') : undefined;
  const empty = accounts.status === 'ready' && items.length === 0 ? t('accounts.picker.empty') : undefined;
  return (
    <Field label={label} htmlFor={controlId} error={error} hint={failed ?? empty ?? hint} optional={allowNone}>
      {select}
    </Field>
  );
}
