import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, controlProps } from './Field';
import type { Binding } from './form/useForm';
import { Icon } from './Icon';

interface ChipsFieldProps {
  label: string;
  binding: Binding<string[]>;
  hint?: string;
  mono?: boolean;
  placeholder?: string;
  normalize?(item: string): string;
}

/**
 * A list typed one item at a time (tags, networks): Enter, comma or space adds the draft,
 * Backspace on an empty draft takes the last one back. Items the schema rejects are marked.
 */
export function ChipsField({ label, binding, hint, mono = false, placeholder, normalize = (item) => item }: ChipsFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const items = binding.value;

  const commit = () => {
    const added = draft.split(/[\s,]+/).map(normalize).filter(Boolean);
    if (added.length > 0) binding.onChange([...items, ...added.filter((item) => !items.includes(item))]);
    setDraft('');
    return added.length > 0;
  };

  return (
    <Field label={label} htmlFor={binding.id} error={binding.error} hint={hint} optional wide>
      <div className="input chips" onMouseDown={(event) => event.target === event.currentTarget && (event.preventDefault(), input.current?.focus())}>
        {items.map((item, index) => (
          <span key={item} className={binding.invalidItems.has(index) ? 'chip chip--invalid' : 'chip'}>
            <span className={mono ? 'mono' : undefined}>{item}</span>
            <button
              type="button"
              className="chip__remove"
              aria-label={`${t('common.close')} ${item}`}
              onClick={() => binding.onChange(items.filter((_, i) => i !== index))}
            >
              <Icon name="close" size={10} />
            </button>
          </span>
        ))}
        <input
          {...controlProps(binding, hint)}
          ref={input}
          className={mono ? 'chips__input mono' : 'chips__input'}
          value={draft}
          placeholder={items.length === 0 ? placeholder : undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
            else if ((event.key === 'Enter' || event.key === ',' || event.key === ' ') && draft.trim()) {
              event.preventDefault();
              commit();
            } else if (event.key === 'Backspace' && draft === '' && items.length > 0) {
              binding.onChange(items.slice(0, -1));
            }
          }}
          onBlur={() => {
            commit();
            binding.onBlur();
          }}
        />
      </div>
    </Field>
  );
}
