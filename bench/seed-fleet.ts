import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoFleet } from '../src-main/fleet/demo';
import { loadDemoFleet } from '../src-main/fleet/demo-loader';
import { openStore } from '../src-main/store/store';

/** A hub data folder holding `clients` clients with about `devicesPerClient` devices each, written through the core. */
export function seedFleet(dataDir: string, clients: number, devicesPerClient: number): { devices: number; seconds: number } {
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const store = openStore(join(dataDir, 'presidio.sqlite'));
  const fleet = generateDemoFleet({ clients, devicesPerClient, seed: 7 });
  const actor = { id: 'bench', name: 'Bench', role: 'admin' } as const;
  const counts = store.write((tx) => loadDemoFleet(fleet, { tx, actor, now: () => new Date() }));
  store.close();
  return { devices: counts.devices, seconds: (performance.now() - started) / 1000 };
}
