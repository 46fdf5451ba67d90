import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface FilterInputProps {
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}

/** The text filter above a table. Esc clears it; ↓ hands the keyboard to the table below. */
export function FilterInput({ label, placeholder, value, onChange }: FilterInputProps) {
  const { t } = useTranslation();
  return (
    <div className="filter-input">
      <Icon name="filter" size={14} className="filter-input__icon" />
      <input
        className="input filter-input__field"
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            event.currentTarget.closest('.view')?.querySelector<HTMLElement>('[role="grid"]')?.focus();
          }
        }}
      />
      {value ? (
        <button type="button" className="icon-button filter-input__clear" aria-label={t('common.clearFilters')} onClick={() => onChange('')}>
          <Icon name="close" size={12} />
        </button>
      ) : null}
    </div>
  );
}
