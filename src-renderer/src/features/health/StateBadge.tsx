import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../src-main/checks/schemas';

type CheckState = Check['state'];

/** A check's or a device's state: a coloured dot and its name, the same everywhere. */
export function StateBadge({ state }: { state: CheckState | null }) {
  const { t } = useTranslation();
  const value = state ?? 'unknown';
  return (
    <span className={`state state--${value}`} data-state={value}>
      <span className="state__dot" aria-hidden="true" />
      {t(`health.states.${value}`)}
    </span>
  );
}
