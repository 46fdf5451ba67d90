import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { percentileOf } from '../src-main/checks/histogram';
import type { SchedulerStats } from '../src-main/checks/schemas';
import { defaultLimits } from '../src-main/checks/scheduler';
import { CoreClient } from '../src-main/core/core-client';
import { blackboxProbesPerSecond, BLACKBOX } from './checks-blackbox';
import { benchHealthUi } from './checks-health-ui';
import { benchIngest, benchSeries } from './checks-store';
import { Report } from './report';

const CHECKS = 50_000;
const INTERVAL_SECONDS = 10;
const HOLD_SECONDS = 60;
const BLACKBOX_SECONDS = 20;
const LOOP_RESOLUTION_MS = 10;
const actor = { id: 'bench', name: 'Bench', role: 'admin' } as const;
const workerFile = new URL('../out/main/core-worker.js', import.meta.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface FixtureUsage {
  cpu: NodeJS.CpuUsage;
  maxRssKb: number;
}

/** The fixture process: seeds the database, then serves the loopback targets. */
async function startFixture(databaseFile: string) {
  const child = fork(fileURLToPath(new URL('./checks-fixture.ts', import.meta.url)), [databaseFile, String(CHECKS), String(INTERVAL_SECONDS)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ seededSeconds: number }>((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the checks fixture exited (${code}) before it was ready`)));
  });
  const usage = () =>
    new Promise<FixtureUsage>((resolve) => {
      child.once('message', (message: FixtureUsage) => resolve(message));
      child.send({ type: 'usage' });
    });
  return { ...ready, usage, stop: () => child.kill('SIGTERM') };
}

const stats = (core: CoreClient) => core.call('checks.schedulerStats', {}, actor) as Promise<SchedulerStats>;

/**
 * 50,000 checks (half TCP, half HTTP with a keyword; one in twenty closed or slow) every 10 s
 * against loopback servers, held for 60 s in the real shape: this thread hosts the core worker as
 * the Electron main thread or the hub's HTTP thread would, the core stores results, the runner
 * thread probes. Then blackbox_exporter against the same targets, result ingest and series.
 */
export async function benchChecks(report: Report): Promise<void> {
  if (!existsSync(workerFile)) throw new Error('out/main/core-worker.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'presidio-bench-checks-'));
  const databaseFile = join(dir, 'presidio.sqlite');
  const fixture = await startFixture(databaseFile);
  let presidioPerSecond = 0;
  try {
    report.note(`checks: ${CHECKS} checks seeded in ${fixture.seededSeconds.toFixed(1)} s; loopback targets up (fixture process)`);
    const core = await CoreClient.start(workerFile, { databaseFile, instance: 'hub', version: 'bench' });
    let events = 0;
    core.onEvent(() => events++);
    try {
      // One interval to ramp up (each check's first slot), then the measured hold.
      await sleep(INTERVAL_SECONDS * 1000);
      const before = await stats(core);
      const fixtureBefore = await fixture.usage();
      const cpuBefore = process.cpuUsage();
      const loopLag = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
      loopLag.enable();
      const started = performance.now();
      await sleep(HOLD_SECONDS * 1000);
      const seconds = (performance.now() - started) / 1000;
      loopLag.disable();
      const cpu = process.cpuUsage(cpuBefore);
      const after = await stats(core);
      const fixtureAfter = await fixture.usage();

      presidioPerSecond = (after.resultsRecorded - before.resultsRecorded) / seconds;
      const lagCounts = after.lag.counts.map((n, i) => n - before.lag.counts[i]!);
      // The schedule makes exactly 5,000 runs a second due, so that is the most there can be: the target
      // is to keep up with it (99%), which the issue states as "5,000 checks/s sustained".
      const due = CHECKS / INTERVAL_SECONDS;
      report.add({ name: `checks/s, ${CHECKS} checks at ${INTERVAL_SECONDS} s (${due}/s due), ${HOLD_SECONDS} s`, value: presidioPerSecond, unit: '/s', target: `> ${due * 0.99}` });
      report.add({ name: 'schedule lag p50', value: percentileOf(after.lag.boundsMs, lagCounts, 50) ?? 0, unit: 'ms', target: '< 1000' });
      report.add({ name: 'schedule lag p99', value: percentileOf(after.lag.boundsMs, lagCounts, 99) ?? 0, unit: 'ms', target: '< 1000' });
      // The histogram records the time between its timer's ticks: the lag is what exceeds the resolution.
      const loopP99 = Math.max(0, loopLag.percentile(99) / 1e6 - LOOP_RESOLUTION_MS);
      report.add({ name: 'UI-thread event-loop lag p99 (host of the core)', value: loopP99, unit: 'ms', target: '< 20' });
      report.add({ name: 'peak RSS (core + runner + host thread)', value: process.resourceUsage().maxRSS / 1024, unit: 'MiB', target: '< 1024' });
      const cpuPercent = ((cpu.user + cpu.system) / 1000 / (seconds * 1000)) * 100;
      const fixturePercent = ((fixtureAfter.cpu.user + fixtureAfter.cpu.system - fixtureBefore.cpu.user - fixtureBefore.cpu.system) / 1000 / (seconds * 1000)) * 100;
      report.note(`CPU during the hold: Presidio ${cpuPercent.toFixed(0)}% of one core (of 200% on 2 cores); the target servers ${fixturePercent.toFixed(0)}%`);
      report.note(
        `late starts (> ${after.lateAfterMs} ms): ${after.late - before.late}, skipped slots: ${after.skipped - before.skipped}, ` +
          `events pushed to this thread: ${events} in ${(seconds + INTERVAL_SECONDS).toFixed(0)} s`,
      );

      const opened = performance.now();
      const overview = (await core.call('health.overview', {}, actor)) as { checks: Record<string, number> };
      report.add({ name: `health.overview with ${CHECKS} checks, while they run`, value: performance.now() - opened, unit: 'ms', target: '< 500' });
      report.note(`states: ${Object.entries(overview.checks).map(([state, n]) => `${state} ${n}`).join(', ')}`);
    } finally {
      await core.close();
    }

    // The same checks, now run by the hub, with the console's Health view open in Chromium. The hub is a
    // process of its own, so the peak RSS above stays the core's.
    if (existsSync('/usr/bin/chromium')) await benchHealthUi(dir, CHECKS, INTERVAL_SECONDS + 2, report);
    else report.note('skipped the Health view figures: /usr/bin/chromium is not installed (apt-get install chromium)');

    const blackbox = await blackboxProbesPerSecond(CHECKS, defaultLimits.maxConcurrent, BLACKBOX_SECONDS);
    if (blackbox === null) {
      report.note(`blackbox_exporter comparison skipped: ${BLACKBOX} is not installed (apt-get install prometheus-blackbox-exporter)`);
    } else {
      report.note(`blackbox_exporter: ${blackbox.perSecond.toFixed(0)} probes/s (${blackbox.done} probes, ${blackbox.succeeded} succeeded; concurrency ${defaultLimits.maxConcurrent})`);
      report.add({ name: 'Presidio checks/s as a ratio of blackbox_exporter probes/s', value: presidioPerSecond / blackbox.perSecond, unit: 'x', target: '> 1' });
    }
  } finally {
    fixture.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  benchIngest(report);
  await benchSeries(report);
}

// `node --import tsx bench/checks.ts` runs this part alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  benchChecks(new Report()).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
