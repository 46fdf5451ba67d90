import type { Handlers } from '../core/handlers';
import { clientHandlers } from './clients';
import { contactHandlers } from './contacts';
import type { fleetContract } from './contract';
import { generateDemoFleet } from './demo';
import { loadDemoFleet } from './demo-loader';
import { deviceHandlers } from './devices';
import { searchFleet } from './fleet-search';
import { siteHandlers } from './sites';

/** The fleet domain's methods, in one map. */
export const fleetHandlers: Handlers<typeof fleetContract> = {
  ...clientHandlers,
  ...siteHandlers,
  ...contactHandlers,
  ...deviceHandlers,
  'fleet.search': (input, { db }) => searchFleet(db, input),
  'fleet.loadDemo': (_input, context) => loadDemoFleet(generateDemoFleet({ clients: 25 }), context),
  'fleet.stats': (_input, { db }) => {
    const counts = db.get<{ clients: number; sites: number; devices: number; demo: number }>(
      `SELECT (SELECT COUNT(*) FROM clients WHERE archived_at IS NULL) AS clients,
              (SELECT COUNT(*) FROM sites WHERE archived_at IS NULL) AS sites,
              (SELECT COUNT(*) FROM devices WHERE archived_at IS NULL) AS devices,
              EXISTS (SELECT 1 FROM clients WHERE is_demo = 1) AS demo`,
    )!;
    return { ...counts, demo: counts.demo === 1 };
  },
};
