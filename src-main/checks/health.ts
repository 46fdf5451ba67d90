import type { z } from 'zod';
import { notFound } from '../core/errors';
import type { Queries } from '../store/queries';
import { isoDateOfDayNumber, MS_PER_DAY } from '../sla/civil-date';
import { utcToWallMs } from '../sla/zone-time';
import { listAlerts } from './alerts';
import { activeCheck, checkJoins, defaultLabel, effectiveState, listChecks, maintenanceParam } from './check-rows';
import type { MaintenanceCalendar } from './maintenance-calendar';
import type { CheckKind, healthDevice, healthDeviceInput, healthOverview, healthRollup, StateCounts } from './schemas';
import { checkStates, stateRank, worstState, type CheckState } from './status';

const WORST_DEVICES = 10;
const LATEST_ALERTS = 10;
const CERTIFICATE_HORIZON_DAYS = 30;
const EXPIRING_CERTIFICATES = 20;

const noCounts = (): StateCounts => Object.fromEntries(checkStates.map((state) => [state, 0])) as StateCounts;

interface DeviceTally {
  clientId: string;
  states: CheckState[];
  failing: number;
}

/**
 * The fleet at a glance: checks and devices by state, the worst devices, open alerts, certificates
 * about to expire, and each client rolled up. One grouped pass over the checks, so it stays quick
 * at 50,000 of them.
 */
export function overview(db: Queries, calendar: MaintenanceCalendar, now: number): z.input<typeof healthOverview> {
  const groups = db.all<{ clientId: string; deviceId: string | null; state: CheckState; n: number }>(
    `SELECT c.client_id AS clientId, c.device_id AS deviceId, ${effectiveState} AS state, COUNT(*) AS n
     ${checkJoins} WHERE ${activeCheck} GROUP BY 1, 2, 3`,
    { maintenance: maintenanceParam(calendar, db, now) },
  );
  const checks = noCounts();
  const devices = new Map<string, DeviceTally>();
  const clients = new Map<string, { checks: StateCounts; devices: StateCounts }>();
  for (const { clientId, deviceId, state, n } of groups) {
    checks[state] += n;
    let client = clients.get(clientId);
    if (!client) clients.set(clientId, (client = { checks: noCounts(), devices: noCounts() }));
    client.checks[state] += n;
    if (deviceId === null) continue;
    let device = devices.get(deviceId);
    if (!device) devices.set(deviceId, (device = { clientId, states: [], failing: 0 }));
    device.states.push(state);
    if (state === 'critical' || state === 'warning' || state === 'unknown') device.failing += n;
  }

  const deviceCounts = noCounts();
  const deviceStates = new Map<string, CheckState>();
  for (const [deviceId, tally] of devices) {
    const state = worstState(tally.states)!;
    deviceStates.set(deviceId, state);
    deviceCounts[state] += 1;
    clients.get(tally.clientId)!.devices[state] += 1;
  }

  const worst = [...devices.entries()]
    .filter(([deviceId]) => stateRank(deviceStates.get(deviceId)!) > stateRank('ok'))
    .sort(([a, ta], [b, tb]) => stateRank(deviceStates.get(b)!) - stateRank(deviceStates.get(a)!) || tb.failing - ta.failing || a.localeCompare(b))
    .slice(0, WORST_DEVICES);
  const names = db.all<{ id: string; name: string; clientName: string }>(
    'SELECT d.id, d.name, cl.name AS clientName FROM devices d JOIN clients cl ON cl.id = d.client_id WHERE d.id IN (SELECT value FROM json_each(?))',
    [JSON.stringify(worst.map(([deviceId]) => deviceId))],
  );
  const nameOf = new Map(names.map((row) => [row.id, row]));

  const clientRows = db.all<{ id: string; code: string; name: string }>(
    'SELECT id, code, name FROM clients WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name COLLATE NOCASE',
    [JSON.stringify([...clients.keys()])],
  );

  const horizon = now + CERTIFICATE_HORIZON_DAYS * MS_PER_DAY;
  const certificates = db.all<{ checkId: string; label: string; kind: CheckKind; target: string; deviceName: string | null; clientName: string; expiresAt: number }>(
    `SELECT c.id AS checkId, c.label, c.kind, c.target, d.name AS deviceName, cl.name AS clientName, s.cert_expires_at AS expiresAt
     ${checkJoins} WHERE ${activeCheck} AND s.cert_expires_at < ? ORDER BY s.cert_expires_at LIMIT ?`,
    [horizon, EXPIRING_CERTIFICATES],
  );

  return {
    at: new Date(now).toISOString(),
    checks,
    devices: deviceCounts,
    worstDevices: worst.map(([deviceId, tally]) => ({
      deviceId,
      name: nameOf.get(deviceId)?.name ?? deviceId,
      clientId: tally.clientId,
      clientName: nameOf.get(deviceId)?.clientName ?? '',
      state: deviceStates.get(deviceId)!,
      failingChecks: tally.failing,
    })),
    openAlerts: {
      count: db.value<number>('SELECT COUNT(*) FROM alerts WHERE closed_at IS NULL') ?? 0,
      latest: listAlerts(db, 'a.closed_at IS NULL', {}, LATEST_ALERTS),
    },
    expiringCertificates: certificates.map(({ label, kind, target, expiresAt, ...rest }) => ({
      ...rest,
      label: label || defaultLabel(kind, target),
      target,
      expiresAt: new Date(expiresAt).toISOString(),
      daysLeft: Math.floor((expiresAt - now) / MS_PER_DAY),
    })),
    clients: clientRows.map((client) => {
      const tally = clients.get(client.id)!;
      return { clientId: client.id, code: client.code, name: client.name, state: worstState(checkStates.filter((s) => tally.checks[s] > 0)), ...tally };
    }),
  };
}

/** Each client and site with checks at the worst state among them; one grouped pass, like the overview. */
export function rollup(db: Queries, calendar: MaintenanceCalendar, clientId: string | undefined, now: number): z.input<typeof healthRollup> {
  const groups = db.all<{ clientId: string; siteId: string | null; state: CheckState }>(
    `SELECT DISTINCT c.client_id AS clientId, d.site_id AS siteId, ${effectiveState} AS state
     ${checkJoins} WHERE ${activeCheck} ${clientId === undefined ? '' : 'AND c.client_id = :clientId'}`,
    { maintenance: maintenanceParam(calendar, db, now), ...(clientId === undefined ? {} : { clientId }) },
  );
  const clients = new Map<string, CheckState[]>();
  const sites = new Map<string, CheckState[]>();
  const add = (map: Map<string, CheckState[]>, key: string, state: CheckState) => map.set(key, [...(map.get(key) ?? []), state]);
  for (const group of groups) {
    add(clients, group.clientId, group.state);
    if (group.siteId !== null) add(sites, group.siteId, group.state);
  }
  return {
    clients: [...clients].map(([id, states]) => ({ clientId: id, state: worstState(states)! })),
    sites: [...sites].map(([id, states]) => ({ siteId: id, state: worstState(states)! })),
  };
}

/** A device's Health tab: its state and checks, the state changes and suppressions of `days`, and uptime per local day. */
export function deviceHealth(db: Queries, calendar: MaintenanceCalendar, input: z.output<typeof healthDeviceInput>, now: number): z.input<typeof healthDevice> {
  const device = db.get<{ id: string; name: string; clientId: string; siteId: string | null; timezone: string }>(
    'SELECT d.id, d.name, d.client_id AS clientId, d.site_id AS siteId, cl.timezone FROM devices d JOIN clients cl ON cl.id = d.client_id WHERE d.id = ?',
    [input.deviceId],
  );
  if (!device) throw notFound('Device', input.deviceId);
  const checks = listChecks(db, `${activeCheck} AND c.device_id = :deviceId`, 'ORDER BY c.label COLLATE NOCASE, c.target', {
    deviceId: device.id,
    maintenance: maintenanceParam(calendar, db, now),
  });
  const since = now - input.days * MS_PER_DAY;
  const sinceIso = new Date(since).toISOString();
  const timeline = db.all<{ at: string; checkId: string; label: string | null; kind: CheckKind | null; target: string | null; from: string | null; to: string; message: string }>(
    `SELECT sc.at, sc.check_id AS checkId, c.label, c.kind, c.target, sc.from_state AS "from", sc.to_state AS "to", sc.message
     FROM state_changes sc LEFT JOIN checks c ON c.id = sc.check_id
     WHERE sc.device_id = ? AND sc.at >= ? ORDER BY sc.at DESC LIMIT 500`,
    [device.id, sinceIso],
  );
  const suppressions = db.all<{ at: string; checkId: string; windowId: string; severity: string; message: string }>(
    `SELECT at, check_id AS checkId, window_id AS windowId, severity, message FROM alert_suppressions
     WHERE device_id = ? AND at >= ? ORDER BY at DESC LIMIT 500`,
    [device.id, sinceIso],
  );
  return {
    deviceId: device.id,
    name: device.name,
    clientId: device.clientId,
    siteId: device.siteId,
    state: worstState(checks.map((check) => check.state)),
    checks,
    timeline: timeline.map(({ label, kind, target, ...change }) => ({ ...change, checkLabel: label || (kind && target ? defaultLabel(kind, target) : change.checkId) })),
    suppressions,
    uptime: uptimeByDay(db, checks.map((check) => check.id), device.timezone, since, now),
  };
}

/** Up (ok, warning) and down (critical) results per local day, from the hour rollups of these checks. */
function uptimeByDay(db: Queries, checkIds: string[], timezone: string, since: number, now: number) {
  const localDay = (utc: number) => Math.floor(utcToWallMs(timezone, utc) / MS_PER_DAY);
  const days = new Map<number, { up: number; down: number }>();
  for (let day = localDay(since); day <= localDay(now); day++) days.set(day, { up: 0, down: 0 });
  const hours = db.all<{ bucket: number; up: number; down: number }>(
    `SELECT bucket, SUM(ok + warning) AS up, SUM(critical) AS down FROM rollups_hour
     WHERE check_key IN (SELECT key FROM check_state WHERE check_id IN (SELECT value FROM json_each(?))) AND bucket >= ?
     GROUP BY bucket`,
    [JSON.stringify(checkIds), Math.floor(since / 3_600_000) * 3_600_000],
  );
  for (const hour of hours) {
    const day = days.get(localDay(hour.bucket));
    if (!day) continue;
    day.up += hour.up;
    day.down += hour.down;
  }
  return [...days].map(([day, { up, down }]) => ({ day: isoDateOfDayNumber(day), up, down, ratio: up + down === 0 ? null : up / (up + down) }));
}
