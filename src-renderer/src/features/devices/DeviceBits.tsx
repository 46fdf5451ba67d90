import type { TFunction } from 'i18next';
import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { warrantyState } from './warranty';

// Cells shared by the table and the device page, so a device reads the same everywhere. They
// take `t` instead of calling useTranslation: a screen of rows renders hundreds of them.

export function WarrantyDate({ t, end, format }: { t: TFunction; end: string | null; format?(date: string): string }) {
  const state = warrantyState(end);
  if (!end || !state) return <span className="muted">{t('common.none')}</span>;
  return (
    <span className={`warranty warranty--${state}`} title={state === 'ok' ? undefined : t(`devices.warranty.${state}`)}>
      {format ? format(end) : end}
    </span>
  );
}

export function Criticality({ t, value }: { t: TFunction; value: DeviceListItem['criticality'] }) {
  return (
    <span className={`criticality criticality--${value}`}>
      <span className="criticality__dot" aria-hidden="true" />
      {t(`devices.criticality.${value}`)}
    </span>
  );
}

export function Tags({ tags }: { tags: readonly string[] }) {
  return (
    <span className="tags">
      {tags.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
    </span>
  );
}
