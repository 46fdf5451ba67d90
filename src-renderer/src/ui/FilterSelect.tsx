import type { Option } from './Field';

interface FilterSelectProps {
  label: string;
  /** The first option, meaning "no filter", e.g. "All kinds". */
  anyLabel: string;
  value: string;
  options: readonly Option<string>[];
  onChange(value: string): void;
  disabled?: boolean;
  /** For options with long labels (client names). */
  wide?: boolean;
}

/** A compact select in a filter bar; it stands out while it filters. */
export function FilterSelect({ label, anyLabel, value, options, onChange, disabled, wide = false }: FilterSelectProps) {
  return (
    <select
      className={['input select filter-select', wide && 'filter-select--wide', value && 'filter-select--active'].filter(Boolean).join(' ')}
      aria-label={label}
      title={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{anyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
