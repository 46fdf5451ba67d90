import type { Handlers } from '../core/handlers';
import { readSetting } from '../settings/settings';
import { alertHandlers } from './alerts';
import { checkRunHandlers } from './check-runs';
import { checkHandlers } from './checks';
import type { checksContract } from './contract';
import { deviceHealth, overview, rollup } from './health';
import { maintenanceHandlers } from './maintenance';
import type { ChecksRuntime } from './runtime';
import { listResults, series } from './series';

/** The checks domain's methods (checks, health, alerts, maintenance), bound to the running monitor. */
export const checksHandlers = (runtime: ChecksRuntime): Handlers<typeof checksContract> => ({
  ...checkHandlers(runtime),
  ...checkRunHandlers(runtime),
  'checks.results': (input, { db }) => listResults(db, input),
  'checks.series': (input, { db, now }) => series(db, input, now().getTime(), readSetting(db, 'retention')),
  'checks.schedulerStats': () => runtime.schedulerStats(),
  'health.overview': (_input, { db, now }) => overview(db, runtime.calendar, now().getTime()),
  'health.rollup': ({ clientId }, { db, now }) => rollup(db, runtime.calendar, clientId, now().getTime()),
  'health.device': (input, { db, now }) => deviceHealth(db, runtime.calendar, input, now().getTime()),
  ...alertHandlers,
  ...maintenanceHandlers(runtime),
});
