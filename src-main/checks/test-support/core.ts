import { openTestCore, type TestCore } from '../../core/testing';
import { inProcessRunner } from '../runner-link';
import type { RunnerResult } from '../runner-protocol';
import type { ResultStatus } from '../status';

/**
 * A test core whose runner never finishes a probe: the test feeds results itself (core.checks.record),
 * at the instants it chooses, and nothing real interferes.
 */
export function openQuietCore(): TestCore {
  return openTestCore({ checks: { runner: inProcessRunner({ probe: () => new Promise(() => {}), batchPings: false }) } });
}

export interface Fleet {
  clientId: string;
  siteId: string;
  deviceId: string;
}

export function seedFleet(core: TestCore, code = 'ACME'): Fleet {
  const clientId = core.call('clients.create', { code, name: `${code} S.r.l.` }).id;
  const siteId = core.call('sites.create', { clientId, name: 'Sede' }).id;
  const deviceId = core.call('devices.create', { clientId, siteId, name: `srv-${code.toLowerCase()}`, kind: 'server' }).id;
  return { clientId, siteId, deviceId };
}

export const result = (checkId: string, at: number, status: ResultStatus, latencyMs: number | null = status === 'ok' ? 5 : null): RunnerResult => ({
  checkId,
  at,
  status,
  latencyMs,
  message: `${status} at ${at}`,
});

export { errorOf } from '../../core/testing';
