import { type Server, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { type Page, expect, test } from '@playwright/test';
import { hubForThisFile, signIn } from './hub';

// "Run checks now" on a site runs every check of its devices from this machine and lists each
// result: two TCP listeners this test starts on 127.0.0.1, and a port it has just closed.

const listen = () =>
  new Promise<Server>((ready) => {
    // The probe hangs up as soon as it is connected: a reset here is expected, not an error.
    const server = createServer((socket) => socket.on('error', () => {}).end()).listen(0, '127.0.0.1', () => ready(server));
  });
const portOf = (server: Server) => (server.address() as AddressInfo).port;
const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));

test.describe('run site checks now', () => {
  const hub = hubForThisFile();
  let servers: Server[] = [];

  test.afterAll(async () => {
    await Promise.all(servers.map(close));
  });

  const dialog = (page: Page) => page.getByRole('dialog', { name: 'Checks of Server room' });

  test('runs every check of the site and shows each result, the one that is down critical', async ({ page }) => {
    servers = [await listen(), await listen()];
    const closed = await listen();
    const closedPort = portOf(closed);
    await close(closed);

    const client = await hub.api<{ id: string }>('clients.create', { code: 'RUN', name: 'Run Test' });
    const site = await hub.api<{ id: string }>('sites.create', { clientId: client.id, name: 'Server room' });
    const other = await hub.api<{ id: string }>('sites.create', { clientId: client.id, name: 'Branch office' });
    const db = await hub.api<{ id: string }>('devices.create', { clientId: client.id, siteId: site.id, name: 'db01', kind: 'server', ip: '127.0.0.1' });
    const fw = await hub.api<{ id: string }>('devices.create', { clientId: client.id, siteId: site.id, name: 'fw01', kind: 'firewall', ip: '127.0.0.1' });
    const elsewhere = await hub.api<{ id: string }>('devices.create', { clientId: client.id, siteId: other.id, name: 'nas01', kind: 'nas', ip: '127.0.0.1' });
    // Hourly, so the schedule does not run them while the test looks: what the dialog shows comes from its own run.
    const tcp = (deviceId: string, label: string, port: number) => hub.api('checks.create', { deviceId, label, kind: 'tcp', host: '127.0.0.1', port, intervalSeconds: 3600 });
    await tcp(db.id, 'Database port', portOf(servers[0]!));
    await tcp(fw.id, 'Admin port', portOf(servers[1]!));
    await tcp(fw.id, 'VPN port', closedPort);
    await tcp(elsewhere.id, 'Other site port', portOf(servers[0]!));

    await signIn(page, hub);
    await page.goto(`${hub.url}/#/clients/${client.id}/sites`);
    const row = page.getByRole('row').filter({ hasText: 'Server room' });
    await row.hover();
    await row.getByRole('button', { name: 'Run checks now' }).click();

    const results = dialog(page).getByRole('table', { name: 'Results' });
    await expect(results.getByRole('row')).toHaveCount(4); // the header and three checks
    await expect(results.getByRole('row').filter({ hasText: 'Database port' })).toHaveAttribute('data-state', 'ok');
    await expect(results.getByRole('row').filter({ hasText: 'Admin port' })).toHaveAttribute('data-state', 'ok');
    const down = results.getByRole('row').filter({ hasText: 'VPN port' });
    await expect(down).toHaveAttribute('data-state', 'critical');
    await expect(down).toContainText('fw01');
    await expect(down).toContainText(/refused/i);
    await expect(results).not.toContainText('Other site port');

    // The results are stored like scheduled ones: the device page shows them.
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await page.goto(`${hub.url}/#/devices/${fw.id}/health`);
    await expect(page.locator('tr[data-check]').filter({ hasText: 'VPN port' })).toHaveAttribute('data-state', 'critical');
  });
});
