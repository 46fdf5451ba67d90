import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicePager } from './devicePager';

/** The total for the current filters; its own component so that only it re-renders as pages arrive. */
export function DeviceCount({ pager }: { pager: DevicePager }) {
  const { t } = useTranslation();
  const total = useSyncExternalStore(pager.subscribe, () => pager.getSnapshot().total);
  return total === null ? null : <>{t('devices.count', { count: total })}</>;
}
