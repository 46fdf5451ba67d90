import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../i18n/validation';
import type { Binding } from './form/useForm';

interface FieldProps {
  label: string;
  htmlFor: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  /** Spans both columns of the form grid. */
  wide?: boolean;
  children: ReactNode;
}

/** Label, control, and under it either the error (in the user's language) or a hint. */
export function Field({ label, htmlFor, error, hint, optional = false, wide = false, children }: FieldProps) {
  const { t } = useTranslation();
  return (
    <div className={['field', wide && 'field--wide', error && 'field--invalid'].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={htmlFor}>
        {label}
        {optional ? <span className="field__optional">{t('common.optional')}</span> : null}
      </label>
      {children}
      {error ? (
        <div className="field__error" id={`${htmlFor}-error`}>
          {translateMessage(t, error)}
        </div>
      ) : hint ? (
        <div className="field__hint" id={`${htmlFor}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

/** The ARIA wiring every control shares with its Field. */
export function controlProps(binding: Binding<unknown>, hint?: string) {
  return {
    id: binding.id,
    'aria-invalid': binding.error ? true : undefined,
    'aria-describedby': binding.error ? `${binding.id}-error` : hint ? `${binding.id}-hint` : undefined,
    onBlur: binding.onBlur,
  } as const;
}

interface TextFieldProps {
  label: string;
  binding: Binding<string>;
  hint?: string;
  optional?: boolean;
  wide?: boolean;
  mono?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'password';
  placeholder?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

export function TextField({ label, binding, hint, optional, wide, mono = false, type = 'text', placeholder, autoFocus, disabled }: TextFieldProps) {
  return (
    <Field label={label} htmlFor={binding.id} error={binding.error} hint={hint} optional={optional} wide={wide}>
      <input
        {...controlProps(binding, hint)}
        className={mono ? 'input mono' : 'input'}
        type={type}
        value={binding.value}
        placeholder={placeholder}
        disabled={disabled}
        data-autofocus={autoFocus || undefined}
        spellCheck={mono ? false : undefined}
        autoComplete="off"
        onChange={(event) => binding.onChange(event.target.value)}
      />
    </Field>
  );
}

export function TextAreaField({ label, binding, placeholder, rows = 4 }: { label: string; binding: Binding<string>; placeholder?: string; rows?: number }) {
  return (
    <Field label={label} htmlFor={binding.id} error={binding.error} optional wide>
      <textarea
        {...controlProps(binding)}
        className="input textarea"
        rows={rows}
        value={binding.value}
        placeholder={placeholder}
        onChange={(event) => binding.onChange(event.target.value)}
      />
    </Field>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  binding: Binding<V>;
  options: readonly Option<V>[];
  hint?: string;
  optional?: boolean;
  wide?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function SelectField<V extends string>({ label, binding, options, hint, optional, wide, disabled, autoFocus }: SelectFieldProps<V>) {
  return (
    <Field label={label} htmlFor={binding.id} error={binding.error} hint={hint} optional={optional} wide={wide}>
      <select
        {...controlProps(binding, hint)}
        className="input select"
        value={binding.value}
        disabled={disabled}
        data-autofocus={autoFocus || undefined}
        onChange={(event) => binding.onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
