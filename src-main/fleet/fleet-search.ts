import type { z } from 'zod';
import type { Queries } from '../store/queries';
import { likePattern } from './archive-filter';
import { clientSummaryColumns, toClient } from './clients';
import { searchDevices } from './device-search';
import type { ClientSummary, SiteSummary, fleetSearchInput, fleetSearchOutput } from './schemas';
import { siteSummaryColumns, toSite } from './sites';

/** What the search box shows: active clients, sites and devices matching the text. */
export function searchFleet(db: Queries, { query, limit }: z.output<typeof fleetSearchInput>): z.input<typeof fleetSearchOutput> {
  const pattern = likePattern(query);
  const clients = db
    .all<ClientSummary & { isDemo: number }>(
      `SELECT ${clientSummaryColumns} FROM clients c
       WHERE c.archived_at IS NULL AND (c.name LIKE ? ESCAPE '\\' OR c.code LIKE ? ESCAPE '\\')
       ORDER BY c.name COLLATE NOCASE LIMIT ?`,
      [pattern, pattern, limit],
    )
    .map(toClient);
  const sites = db
    .all<Omit<SiteSummary, 'networks'> & { networks: string }>(
      `SELECT ${siteSummaryColumns} FROM sites s JOIN clients c ON c.id = s.client_id
       WHERE s.archived_at IS NULL AND (s.name LIKE ? ESCAPE '\\' OR s.address LIKE ? ESCAPE '\\')
       ORDER BY s.name COLLATE NOCASE LIMIT ?`,
      [pattern, pattern, limit],
    )
    .map((row) => toSite<SiteSummary>(row));
  const devices = searchDevices(db, { query, archived: 'active', sort: { by: 'name', dir: 'asc' }, limit }).items;
  return { clients, sites, devices };
}
