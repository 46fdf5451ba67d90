import type { z } from 'zod';
import { AppError } from '../core/errors';
import type { Queries } from '../store/queries';
import { archiveFilter, likePattern } from './archive-filter';
import { listDevices } from './device-rows';
import type { deviceSearchInput, deviceSearchOutput } from './schemas';

type SearchInput = z.output<typeof deviceSearchInput>;

const sortExpressions: Record<SearchInput['sort']['by'], string> = {
  name: 'd.name COLLATE NOCASE',
  hostname: 'd.hostname COLLATE NOCASE',
  ip: 'd.ip_sort',
  kind: 'd.kind',
  os: 'd.os COLLATE NOCASE',
  client: 'c.name COLLATE NOCASE',
  site: 's.name COLLATE NOCASE',
  warrantyEnd: 'd.warranty_end IS NULL, d.warranty_end',
  criticality: "CASE d.criticality WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END",
  updatedAt: 'd.updated_at',
};

/** The shortest term the trigram index can match. */
const trigram = 3;

interface Filter {
  where: string;
  params: unknown[];
}

export function deviceFilter(input: Omit<SearchInput, 'sort' | 'limit' | 'cursor' | 'offset'>): Filter {
  const conditions = [archiveFilter(input.archived, 'd')];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  const terms = (input.query ?? '').split(/\s+/).filter(Boolean);
  const indexed = terms.filter((t) => t.length >= trigram);
  if (indexed.length > 0) {
    add('d.rowid IN (SELECT rowid FROM devices_fts WHERE devices_fts MATCH ?)', indexed.map(ftsPhrase).join(' AND '));
  }
  // Too short for the index: a scan, on the fields people type short parts of.
  for (const short of terms.filter((t) => t.length < trigram)) {
    const pattern = likePattern(short);
    add("(d.name LIKE ? ESCAPE '\\' OR d.hostname LIKE ? ESCAPE '\\' OR d.ip LIKE ? ESCAPE '\\')", pattern, pattern, pattern);
  }
  if (input.clientId) add('d.client_id = ?', input.clientId);
  if (input.siteId) add('d.site_id = ?', input.siteId);
  if (input.kind) add('d.kind = ?', input.kind);
  if (input.os) add('d.os = ?', input.os);
  if (input.tag) add('d.id IN (SELECT device_id FROM device_tags WHERE tag = ?)', input.tag);
  if (input.warrantyBefore) add('d.warranty_end < ?', input.warrantyBefore);
  return { where: conditions.join(' AND '), params };
}

/** A term as one FTS5 string, so that dots, colons and dashes in IPs and MACs are matched literally. */
const ftsPhrase = (term: string) => `"${term.replaceAll('"', '""')}"`;

export function searchDevices(db: Queries, input: SearchInput): z.input<typeof deviceSearchOutput> {
  const offset = input.cursor !== undefined ? decodeCursor(input.cursor) : (input.offset ?? 0);
  const { where, params } = deviceFilter(input);
  const direction = input.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const order = sortExpressions[input.sort.by]
    .split(', ')
    .map((part) => (part.endsWith('IS NULL') ? part : `${part} ${direction}`))
    .join(', ');
  const items = listDevices(db, where, `ORDER BY ${order}, d.id ${direction} LIMIT ? OFFSET ?`, [...params, input.limit, offset]);
  const total = db.value<number>(`SELECT COUNT(*) FROM devices d WHERE ${where}`, params) ?? 0;
  const next = offset + items.length;
  return { items, total, nextCursor: next < total ? encodeCursor(next) : null };
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError('invalid_input', 'cursor: not a cursor this server issued', [{ path: 'cursor', message: 'Unknown cursor' }]);
  return Number(match[1]);
}
