import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Page, expect, test } from '@playwright/test';
import { hubForThisFile } from './hub';

// A check added through the console against an HTTP server this test starts on loopback: it goes
// critical when the server stops and back to ok when it returns, pushed live (no reload), and its
// latency chart draws. Nothing here talks to any address but 127.0.0.1.

const drawer = (page: Page) => page.getByRole('dialog');

/** Our own web server on 127.0.0.1; `start` again reuses the same port. */
function webServer() {
  let server: Server | null = null;
  let port = 0;
  return {
    get url() {
      return `http://127.0.0.1:${port}/status`;
    },
    start: () =>
      new Promise<void>((ready, fail) => {
        server = createServer((_request, response) => {
          response.writeHead(200, { 'Content-Type': 'text/plain', Connection: 'close' });
          response.end('presidio-e2e: all good');
        });
        server.once('error', fail);
        server.listen(port, '127.0.0.1', () => {
          port = (server!.address() as AddressInfo).port;
          ready();
        });
      }),
    stop: () =>
      new Promise<void>((done) => {
        if (!server) return done();
        server.close(() => done());
        server.closeAllConnections();
        server = null;
      }),
  };
}


test.describe('health', () => {
  const hub = hubForThisFile();
  const web = webServer();

  test.beforeAll(async () => {
    await web.start();
  });

  test.afterAll(async () => {
    await web.stop();
  });

  test('the events stream needs a session or the token, and pushes results as they arrive', async () => {
    expect((await fetch(`${hub.url}/api/v1/events`)).status).toBe(401);
        const abort = new AbortController();
    const response = await fetch(`${hub.url}/api/v1/events`, { headers: { Authorization: `Bearer ${hub.token}` }, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const client = await hub.api<{ id: string }>('clients.create', { code: 'SSE', name: 'Events' });
    const check = await hub.api<{ id: string }>('checks.create', { clientId: client.id, kind: 'tcp', host: '127.0.0.1', port: Number(new URL(web.url).port), intervalSeconds: 1 });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const results = new RegExp(`event: checks\\.results\\ndata: \\{"type":"checks\\.results","checkIds":\\[[^\\]]*"${check.id}"`);
    const deadline = Date.now() + 15_000;
    while (!results.test(text) && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    abort.abort();
    expect(text).toMatch(results);
    await hub.api('checks.delete', { id: check.id });
  });

  test('an HTTP check added in the console goes critical when its server stops and ok when it returns', async ({ page }) => {
    const client = await hub.api<{ id: string }>('clients.create', { code: 'HLTH', name: 'Health Test' });
    const device = await hub.api<{ id: string }>('devices.create', { clientId: client.id, name: 'web01', kind: 'server', ip: '127.0.0.1' });

    await page.goto(await hub.signInLink());
    await page.goto(`${hub.url}/#/devices/${device.id}/health`);
    await expect(page.getByRole('heading', { level: 1, name: 'web01' })).toBeVisible();
    await expect(page.getByText('No checks on this device yet.')).toBeVisible();

    await test.step('add an HTTP check, testing it first', async () => {
      await page.getByRole('button', { name: 'Add check' }).click();
      await drawer(page).getByLabel('Kind').selectOption('http');
      await drawer(page).getByLabel('Label').fill('Status page');
      await drawer(page).getByLabel('URL').fill(web.url);
      await drawer(page).getByLabel('Keyword in the body').fill('all good');
      await drawer(page).getByLabel('Interval (s)').fill('1');
      await drawer(page).getByLabel('Timeout (ms)').fill('1000');
      await drawer(page).getByLabel('Failures before alert').fill('1');
      await drawer(page).getByRole('button', { name: 'Test now' }).click();
      const result = drawer(page).getByRole('region', { name: 'Test result' });
      await expect(result.locator('[data-state="ok"]')).toBeVisible();
      await expect(result).toContainText('"status"');
      await drawer(page).getByRole('button', { name: 'Create' }).click();
      await expect(drawer(page)).toBeHidden();
    });

    const row = page.locator('tr[data-check]').filter({ hasText: 'Status page' });
    await expect(row).toHaveAttribute('data-state', 'ok', { timeout: 15_000 });

    await test.step('the latency chart draws', async () => {
      const chart = page.getByTestId('latency-chart');
      await expect(chart.locator('.recharts-line path').first()).toBeVisible({ timeout: 15_000 });
      await page.getByRole('radio', { name: '24 h' }).check({ force: true });
      await expect(chart.locator('.recharts-surface')).toBeVisible();
    });

    await test.step('critical when the server stops, with an open alert on the Health view', async () => {
      await web.stop();
      await expect(row).toHaveAttribute('data-state', 'critical', { timeout: 20_000 });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Health/ }).click();
      const alerts = page.getByRole('region', { name: 'Open alerts' });
      await expect(alerts.getByRole('row').filter({ hasText: 'Status page' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Devices needing attention' }).getByRole('link', { name: 'web01' })).toBeVisible();
      await alerts.getByRole('button', { name: 'Acknowledge' }).first().click();
      await drawer(page).getByLabel('Comment').fill('Restarting the web server');
      await drawer(page).getByRole('button', { name: 'Acknowledge' }).click();
      await expect(alerts.getByText('Restarting the web server')).toBeVisible();
    });

    await test.step('ok again when the server returns, without reloading the page', async () => {
      await page.getByRole('region', { name: 'Devices needing attention' }).getByRole('link', { name: 'web01' }).click();
      await expect(row).toHaveAttribute('data-state', 'critical');
      await web.start();
      await expect(row).toHaveAttribute('data-state', 'ok', { timeout: 20_000 });
      await expect(page.getByRole('region', { name: 'State changes' }).getByText('Status page').first()).toBeVisible();
    });
  });
});
