import { chromium } from 'playwright-core';
import type { HubProcess } from '../tests/support/hub-process';
import { percentile, type Report } from './report';

const rounds = 8;
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The device table in Chromium on the seeded hub, read from the console's own performance marks:
 * navigation to the first page painted (a fresh page load each round, so nothing is cached), and a
 * filter change to its rows painted (from when the debounced filter is applied).
 */
export async function benchDevicesUi(hub: HubProcess, report: Report): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(hub.signInUrl);
    const navigate: number[] = [];
    const filter: number[] = [];
    const filters = ['srv', 'ws-01', '192.168', 'prn', 'backup', 'lt-0', 'nas', '10.1'];
    for (let round = 0; round < rounds; round++) {
      await page.goto(`${hub.url}/#/clients`);
      await page.waitForSelector('[role="row"], table, [data-row]', { timeout: 15_000 }).catch(() => undefined);
      await page.evaluate(() => performance.clearMarks());
      await page.evaluate(() => {
        location.hash = '#/devices';
      });
      navigate.push(await measure(page, 'devices:navigate', 'devices:first-page-painted'));

      await page.evaluate(() => performance.clearMarks());
      await page.getByPlaceholder('Name, host name, IP, MAC, serial…').fill(filters[round % filters.length]!);
      filter.push(await measure(page, 'devices:filter-input', 'devices:filter-painted'));
    }
    report.add({ name: 'device table first page painted after navigation, p95', value: percentile(navigate, 95), unit: 'ms', target: '< 300' });
    report.add({ name: 'device table repainted after a filter change, p95', value: percentile(filter, 95), unit: 'ms', target: '< 50' });
  } finally {
    await browser.close();
  }
}

async function measure(page: import('playwright-core').Page, start: string, end: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, end, { timeout: 15_000 });
  return page.evaluate(
    ([from, to]) => performance.getEntriesByName(to!)[0]!.startTime - performance.getEntriesByName(from!)[0]!.startTime,
    [start, end],
  );
}
