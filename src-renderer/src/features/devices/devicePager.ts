import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { send } from '../../api/client';
import { useSession } from '../../api/session';
import type { DeviceQuery } from './deviceQuery';

export const pageSize = 100;
/** About 4,000 rows kept: plenty around the viewport, bounded however far one scrolls. */
const maxCachedPages = 40;
/** Dragging the scrollbar across 50,000 rows must not fire hundreds of requests. */
const maxInFlight = 3;

export interface PagerSnapshot {
  /** The query key the rows on screen answer; lags the requested key until its first pages arrive. */
  key: string;
  /** The query of the rows on screen, without the data version: when it changes the table starts at the top. */
  queryJson: string;
  total: number | null;
  error: unknown;
  revision: number;
}

/**
 * The device table's rows, fetched a page at a time by offset as the user scrolls; the core
 * filters and sorts in SQL. A new query keeps the old rows on screen until its own first pages
 * arrive (typing never flashes an empty table); answers to older queries are dropped.
 */
export class DevicePager {
  private pages = new Map<number, DeviceListItem[]>();
  private inflight = new Set<number>();
  private failed = new Set<number>();
  private query: DeviceQuery | null = null;
  private wanted: [number, number] = [0, 0];
  private generation = 0;
  private snapshot: PagerSnapshot = { key: '', queryJson: '', total: null, error: null, revision: 0 };
  private listeners = new Set<() => void>();
  requestedKey = '';
  /** The query last asked for, without the data version. */
  queryJson = '';
  /** Where the user was, restored when the list is shown again (Back from a device). */
  selected = -1;
  scrollTop = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  rowAt(index: number): DeviceListItem | undefined {
    return this.pages.get(Math.floor(index / pageSize))?.[index % pageSize];
  }

  /**
   * Asks for a query at a data version; `firstPages` are fetched before the rows switch over
   * (page 0 for a new query, the visible ones when only the data changed). Asking again for
   * what is already asked for does nothing, so a filter can start its fetch before React renders.
   */
  load(query: DeviceQuery, version: number, firstPages: number[]): void {
    const queryJson = JSON.stringify(query);
    const key = `${queryJson}#${version}`;
    if (key === this.requestedKey) return;
    this.requestedKey = key;
    this.query = query;
    this.queryJson = queryJson;
    const generation = ++this.generation;
    this.inflight.clear();
    this.failed.clear();
    Promise.all(firstPages.map((page) => this.fetch(query, page))).then(
      (answers) => {
        if (generation !== this.generation) return;
        this.pages = new Map(firstPages.map((page, i) => [page, answers[i]!.items]));
        this.publish({ key, queryJson, total: answers[0]!.total, error: null });
        this.fill();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.pages.clear();
        this.publish({ key, queryJson, total: null, error });
      },
    );
  }

  /** The rows the table is showing; missing pages are fetched. */
  ensure(first: number, last: number): void {
    this.wanted = [first, last];
    this.fill();
  }

  retry(): void {
    if (!this.query) return;
    if (this.snapshot.total === null) {
      const version = Number(this.requestedKey.split('#').at(-1));
      this.requestedKey = '';
      this.load(this.query, version, [0]);
    } else {
      this.failed.clear();
      this.publish({ ...this.snapshot, error: null });
      this.fill();
    }
  }

  private fill(): void {
    const { query, snapshot } = this;
    if (!query || snapshot.key !== this.requestedKey || snapshot.total === null || snapshot.total === 0) return;
    const [first, last] = this.wanted;
    const lastPage = Math.floor(Math.min(last, snapshot.total - 1) / pageSize);
    for (let page = Math.floor(first / pageSize); page <= lastPage && this.inflight.size < maxInFlight; page++) {
      if (this.pages.has(page) || this.inflight.has(page) || this.failed.has(page)) continue;
      const generation = this.generation;
      this.inflight.add(page);
      this.fetch(query, page).then(
        (answer) => {
          if (generation !== this.generation) return;
          this.inflight.delete(page);
          this.pages.set(page, answer.items);
          this.evictFarFrom(page);
          this.publish({ ...this.snapshot, total: answer.total });
          this.fill();
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          this.inflight.delete(page);
          this.failed.add(page);
          this.publish({ ...this.snapshot, error });
        },
      );
    }
  }

  private evictFarFrom(page: number): void {
    if (this.pages.size <= maxCachedPages) return;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - page) - Math.abs(a - page));
    for (const far of byDistance.slice(0, this.pages.size - maxCachedPages)) this.pages.delete(far);
  }

  private async fetch(query: DeviceQuery, page: number) {
    try {
      return await send('devices.search', { ...query, limit: pageSize, offset: page * pageSize });
    } catch (error) {
      useSession.getState().noteError(error);
      throw error;
    }
  }

  private publish(next: Omit<PagerSnapshot, 'revision'>): void {
    this.snapshot = { ...next, revision: this.snapshot.revision + 1 };
    for (const listener of this.listeners) listener();
  }
}

const pagers = new Map<string, DevicePager>();

/**
 * One pager per table: the fleet's, and the last client's. They outlive the view so that Back
 * from a device shows the same rows, scroll position and selection at once.
 */
export function pagerFor(scope: string): DevicePager {
  let pager = pagers.get(scope);
  if (!pager) {
    for (const key of pagers.keys()) if (key !== 'fleet') pagers.delete(key);
    pager = new DevicePager();
    pagers.set(scope, pager);
  }
  return pager;
}
