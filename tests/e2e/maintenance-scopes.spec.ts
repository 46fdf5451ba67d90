import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { type Page, expect, test } from '@playwright/test';
import { hubForThisFile, signIn } from './hub';

// Maintenance windows above the device: a one-off window on a site, a recurring one on a client
// in the client's own time zone (not the browser's), and the alert it held back, logged where the
// window is. The failing check targets a port on 127.0.0.1 this test has just closed.

interface Window {
  scope: string;
  timezone: string | null;
  activeNow: boolean;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

const maintenance = (page: Page) => page.getByRole('region', { name: 'Maintenance' });

test.describe('maintenance on sites and clients', () => {
  const hub = hubForThisFile();

  test('a site window and a recurring client window in the client time zone, with the alert it held back', async ({ page }) => {
    const client = await hub.api<{ id: string }>('clients.create', { code: 'NYC', name: 'Hudson Partners', timezone: 'America/New_York' });
    const site = await hub.api<{ id: string }>('sites.create', { clientId: client.id, name: 'Main office' });
    await signIn(page, hub);

    await test.step('a one-off window on a site, from the sites list', async () => {
      await page.goto(`${hub.url}/#/clients/${client.id}/sites`);
      const row = page.getByRole('row').filter({ hasText: 'Main office' });
      await row.hover();
      await row.getByRole('button', { name: 'Maintenance' }).click();
      const dialog = page.getByRole('dialog', { name: 'Maintenance of Main office' });
      await expect(dialog.getByText('No maintenance windows.')).toBeVisible();
      await dialog.getByRole('button', { name: 'Add window' }).click();
      await dialog.getByLabel('From').fill('2030-05-01T22:00');
      await dialog.getByLabel('To').fill('2030-05-02T02:00');
      await dialog.getByLabel('Reason').fill('UPS replacement');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.locator('tr[data-window]').filter({ hasText: 'UPS replacement' })).toBeVisible();
      expect((await hub.api<{ items: Window[] }>('maintenance.list', { siteId: site.id })).items).toMatchObject([{ scope: 'site', activeNow: false }]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step("a recurring window on the client, in the client's time zone", async () => {
      await page.goto(`${hub.url}/#/clients/${client.id}/checks`);
      await maintenance(page).getByRole('button', { name: 'Add window' }).click();
      await maintenance(page).getByLabel('Kind').selectOption('recurring');
      await expect(maintenance(page).getByText('Times in the client’s time zone (America/New_York)')).toBeVisible();
      await maintenance(page).getByLabel('Recurrence (RRULE)').fill('FREQ=DAILY');
      await maintenance(page).getByLabel('First start').fill('2026-01-01T00:00');
      await maintenance(page).getByLabel('Duration (min)').fill('1440');
      await maintenance(page).getByLabel('Reason').fill('Migration week');
      await maintenance(page).getByRole('button', { name: 'Save' }).click();
      await expect(maintenance(page).locator('tr[data-window]').filter({ hasText: 'Migration week' })).toContainText('active now');
      expect((await hub.api<{ items: Window[] }>('maintenance.list', { clientId: client.id })).items).toMatchObject([{ scope: 'client', timezone: 'America/New_York', activeNow: true }]);
    });

    await test.step('a failing check under the window raises no alert, and the suppression shows here', async () => {
      await expect(maintenance(page).getByText('No alert has been held back here yet.')).toBeVisible();
      await hub.api('checks.create', { clientId: client.id, label: 'VPN endpoint', kind: 'tcp', host: '127.0.0.1', port: await closedPort(), intervalSeconds: 1, retries: 1 });
      const held = maintenance(page).getByRole('table', { name: 'Alerts held back by maintenance' });
      await expect(held.getByRole('row').filter({ hasText: 'VPN endpoint' })).toContainText('Migration week', { timeout: 15_000 });
      expect((await hub.api<{ items: unknown[] }>('alerts.list', { state: 'all' })).items).toEqual([]);
      await expect(page.locator('tr[data-check]').filter({ hasText: 'VPN endpoint' })).toHaveAttribute('data-state', 'maintenance');
    });
  });
});
