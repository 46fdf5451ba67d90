import { chromium, type Page } from 'playwright-core';
import { type HubProcess, startHubProcess } from '../tests/support/hub-process';
import { percentile, type Report } from './report';

const ROUNDS = 8;
const STREAM_SECONDS = 10;
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Health view in Chromium, served by the built hub from `dataDir`, whose checks run against
 * the bench's loopback targets while the view is measured: from the address changing to the
 * overview painted (a fresh mount each round), then, staying on the view as results stream in
 * and states change (so that the core pushes changes and the view refreshes itself), the gaps
 * between animation frames and the long tasks.
 */
export async function benchHealthUi(dataDir: string, checks: number, rampSeconds: number, report: Report): Promise<void> {
  const hub = await startHubProcess({ dataDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    // Every check's first slot falls within one interval: after it, results stream at full rate.
    await sleep(rampSeconds * 1000);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(hub.signInUrl);
    const opens: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.evaluate(() => {
        location.hash = '#/clients';
      });
      await page.waitForSelector('[role="row"]', { timeout: 15_000 });
      opens.push(await openHealth(page));
    }
    report.add({ name: `Health view painted after navigation (${checks} checks), p95`, value: percentile(opens, 95), unit: 'ms', target: '< 500' });

    const [streaming] = await Promise.all([watchFrames(page, STREAM_SECONDS), changeStates(hub, STREAM_SECONDS)]);
    report.add({ name: `Health view frame gap p99, ${STREAM_SECONDS} s of streaming`, value: streaming.gapP99, unit: 'ms', target: '< 100' });
    report.note(
      `Health view while streaming: ${streaming.refreshes} overview refreshes pushed by the core in ${STREAM_SECONDS} s, ` +
        `longest frame gap ${streaming.gapMax.toFixed(0)} ms, ${streaming.longTasks} long tasks (> 50 ms) totalling ${streaming.longTaskMs.toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await hub.stop();
  }
}

/** Pauses and resumes checks through the API, two changes a second: each one a state change the view is told of. */
async function changeStates(hub: HubProcess, seconds: number): Promise<void> {
  const { body } = await hub.call('checks.list', { limit: seconds });
  const ids = (body as { items: { id: string }[] }).items.map((check) => check.id);
  for (const id of ids) {
    await hub.call('checks.pause', { id });
    await sleep(500);
    await hub.call('checks.resume', { id });
    await sleep(500);
  }
}

async function openHealth(page: Page): Promise<number> {
  await page.evaluate(() => {
    performance.clearMarks();
    performance.mark('health:navigate');
    location.hash = '#/health';
  });
  await page.waitForFunction(() => performance.getEntriesByName('health:painted').length > 0, undefined, { timeout: 15_000 });
  return page.evaluate(() => performance.getEntriesByName('health:painted')[0]!.startTime - performance.getEntriesByName('health:navigate')[0]!.startTime);
}

interface Frames {
  gapP99: number;
  gapMax: number;
  longTasks: number;
  longTaskMs: number;
  refreshes: number;
}

// Runs in the page as written: kept as text, because the bench's TypeScript loader would wrap
// named functions in a helper the page does not have.
const watchFramesScript = `async (ms) => {
  const gaps = [];
  let longTasks = 0;
  let longTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks++;
      longTaskMs += entry.duration;
    }
  });
  observer.observe({ type: 'longtask' });
  performance.clearResourceTimings();
  const started = performance.now();
  await new Promise((done) => {
    let last = started;
    const frame = (now) => {
      gaps.push(now - last);
      last = now;
      if (now - started < ms) requestAnimationFrame(frame);
      else done();
    };
    requestAnimationFrame(frame);
  });
  observer.disconnect();
  gaps.sort((a, b) => a - b);
  const refreshes = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/v1/health.overview')).length;
  return { gapP99: gaps[Math.ceil(gaps.length * 0.99) - 1], gapMax: gaps[gaps.length - 1], longTasks, longTaskMs, refreshes };
}`;

/** Frame gaps and long tasks in the page for `seconds`, and how often it fetched the overview meanwhile. */
function watchFrames(page: Page, seconds: number): Promise<Frames> {
  return page.evaluate(`(${watchFramesScript})(${seconds * 1000})`) as Promise<Frames>;
}
