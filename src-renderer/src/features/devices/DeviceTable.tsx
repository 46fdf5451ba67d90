import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { useDataVersion } from '../../api/dataVersion';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { type Column, type Sort, tableStyle } from '../../ui/table/columns';
import { TableHeader } from '../../ui/table/TableHeader';
import { PlaceholderRow, TableRow } from '../../ui/table/TableRow';
import { useRowCursor } from '../../ui/table/useRowCursor';
import { type DevicePager, pageSize } from './devicePager';
import type { DeviceQuery } from './deviceQuery';
import { markRowsCommitted } from './perf';

/** Fixed row height: the virtualiser never measures, so 50,000 rows scroll without layout work. */
const rowHeight = 28;
const headerHeight = 29;
const firstLoadPlaceholders = 12;

interface DeviceTableProps {
  label: string;
  pager: DevicePager;
  query: DeviceQuery;
  columns: readonly Column<DeviceListItem>[];
  sort: Sort;
  onSort(by: string): void;
  onOpen(device: DeviceListItem): void;
  /** Shown when the query matches nothing. */
  empty: ReactNode;
}

export function DeviceTable({ label, pager, query, columns, sort, onSort, onOpen, empty }: DeviceTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const version = useDataVersion((s) => s.version);
  const snapshot = useSyncExternalStore(pager.subscribe, pager.getSnapshot);
  const total = snapshot.total ?? 0;
  const queryJson = JSON.stringify(query);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    initialOffset: () => pager.scrollTop,
  });

  const openAt = useCallback(
    (index: number) => {
      const device = pager.rowAt(index);
      if (device) onOpen(device);
    },
    [pager, onOpen],
  );
  const reveal = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  const rowsPerPage = useCallback(() => Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / rowHeight) - 1), []);
  const cursor = useRowCursor({ count: total, open: openAt, reveal, pageSize: rowsPerPage, initial: pager.selected });
  const { setSelected } = cursor;
  useEffect(() => {
    pager.selected = cursor.selected;
  }, [pager, cursor.selected]);

  // A data change (an edit elsewhere) refetches the pages in view; a new query starts at page 0.
  useEffect(() => {
    const visiblePages = [...new Set(virtualizer.getVirtualItems().map((item) => Math.floor(item.index / pageSize)))];
    const sameQuery = pager.queryJson === queryJson;
    pager.load(JSON.parse(queryJson) as DeviceQuery, version, sameQuery && visiblePages.length > 0 ? visiblePages : [0]);
  }, [queryJson, version, pager, virtualizer]);

  // When the rows of another query arrive, the list starts over at the top, before it is painted.
  const shownQuery = useRef(snapshot.queryJson);
  useLayoutEffect(() => {
    if (shownQuery.current === snapshot.queryJson) return;
    shownQuery.current = snapshot.queryJson;
    setSelected(-1);
    scroller.current?.scrollTo({ top: 0 });
  }, [snapshot.queryJson, setSelected]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (items.length > 0) pager.ensure(first, last);
  }, [pager, first, last, items.length, snapshot.key]);

  const committed = snapshot.total !== null && snapshot.key === pager.requestedKey ? snapshot.key : null;
  useLayoutEffect(() => {
    if (committed) markRowsCommitted();
  }, [committed]);

  if (snapshot.total === null && snapshot.error) return <ErrorState title={t('devices.loadFailed')} error={snapshot.error} onRetry={() => pager.retry()} />;
  if (snapshot.total === 0 && committed) return <>{empty}</>;

  const loadingFirst = snapshot.total === null;
  return (
    <div className="table-frame">
      <div
        ref={scroller}
        className="table table--scroll"
        role="grid"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-busy={loadingFirst || undefined}
        tabIndex={0}
        onKeyDown={cursor.onKeyDown}
        onScroll={(event) => (pager.scrollTop = event.currentTarget.scrollTop)}
        style={tableStyle(columns)}
      >
        <TableHeader columns={columns} sort={sort} onSort={onSort} />
        <div className="table__body" style={{ height: loadingFirst ? firstLoadPlaceholders * rowHeight : virtualizer.getTotalSize() - headerHeight }}>
          {loadingFirst
            ? Array.from({ length: firstLoadPlaceholders }, (_, index) => <PlaceholderRow key={index} index={index} top={index * rowHeight} />)
            : items.map((item) => {
                const device = pager.rowAt(item.index);
                const top = item.start - headerHeight;
                return device ? (
                  <TableRow key={item.index} row={device} index={item.index} columns={columns} selected={item.index === cursor.selected} onOpen={openAt} top={top} />
                ) : (
                  <PlaceholderRow key={item.index} index={item.index} top={top} />
                );
              })}
        </div>
      </div>
      {snapshot.error && snapshot.total !== null ? (
        <div className="table-frame__error" role="alert">
          {t('devices.loadFailed')}
          <Button variant="ghost" onClick={() => pager.retry()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
