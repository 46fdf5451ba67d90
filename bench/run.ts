import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startHubProcess } from '../tests/support/hub-process';
import { benchChecks } from './checks';
import { benchDevicesUi } from './devices-ui';
import { benchDeviceSearch } from './fleet-api';
import { benchColdStart } from './hub-cold-start';
import { Report } from './report';
import { seedFleet } from './seed-fleet';
import { benchTasks } from './tasks';
import { benchTaskListHttp } from './tasks-api';

// npm run bench [-- --json FILE] [-- --only fleet|checks|tasks]

const { values } = parseArgs({ options: { json: { type: 'string' }, only: { type: 'string' } } });
const report = new Report();

async function fleet(): Promise<void> {
  console.log('\n# Fleet: 50,000 devices over 500 clients');
  const dataDir = mkdtempSync(join(tmpdir(), 'presidio-bench-fleet-'));
  try {
    const seeded = seedFleet(dataDir, 500, 100);
    report.note(`seeded ${seeded.devices} devices through the core in ${seeded.seconds.toFixed(1)} s`);
    const hub = await startHubProcess({ dataDir });
    try {
      await benchDeviceSearch(hub, report);
      if (existsSync('/usr/bin/chromium')) await benchDevicesUi(hub, report);
      else report.note('skipped the device table figures: /usr/bin/chromium is not installed (apt-get install chromium)');
    } finally {
      await hub.stop();
    }
    await benchColdStart(dataDir, report, 18_470);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function checks(): Promise<void> {
  console.log('\n# Checks: 50,000 checks at a 10 s interval');
  await benchChecks(report);
}

if (!existsSync(new URL('../out/main/hub.js', import.meta.url))) throw new Error('Run `npm run build` first (npm run bench does).');
if (!values.only || values.only === 'fleet') await fleet();
if (!values.only || values.only === 'checks') await checks();
if (!values.only || values.only === 'tasks') {
  console.log('\n# Tasks, SLA and plans');
  await benchTasks(report);
  await benchTaskListHttp(report);
}
report.write(values.json);
const missed = report.figures.filter((f) => !report.meets(f)).length;
console.log(`\n${report.figures.length} figures, ${missed} below target`);
