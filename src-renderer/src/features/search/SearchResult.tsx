import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import type { SearchItem } from './searchItems';

/** One line of the palette: the name, then what tells two similar results apart. */
export function SearchResult({ item }: { item: SearchItem }) {
  const { t } = useTranslation();
  switch (item.group) {
    case 'clients':
      return (
        <>
          <span className="palette__name">{item.client.name}</span>
          <span className="palette__code mono">{item.client.code}</span>
          {item.client.isDemo ? <Badge tone="demo">{t('common.demo')}</Badge> : null}
          <span className="palette__meta">{t('search.deviceCount', { count: item.client.deviceCount })}</span>
        </>
      );
    case 'sites':
      return (
        <>
          <span className="palette__name">{item.site.name}</span>
          <span className="palette__meta">
            {item.site.clientName}
            {item.site.address ? ` · ${item.site.address}` : ''}
          </span>
        </>
      );
    case 'devices':
      return (
        <>
          <span className="palette__name">{item.device.name}</span>
          {item.device.ip ? <span className="palette__code mono">{item.device.ip}</span> : null}
          <span className="palette__meta">
            {t(`devices.kinds.${item.device.kind}`)} · {item.device.clientName}
            {item.device.siteName ? ` · ${item.device.siteName}` : ''}
          </span>
        </>
      );
  }
}
