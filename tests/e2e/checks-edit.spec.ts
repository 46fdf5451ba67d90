import { type Page, expect, test } from '@playwright/test';
import { hubForThisFile } from './hub';

// Editing a check from the device Health tab, and a one-off maintenance window added and deleted
// there. The check targets 127.0.0.1 only.

const drawer = (page: Page) => page.getByRole('dialog');


test.describe('checks edit and maintenance', () => {
  const hub = hubForThisFile();

  test("a check's interval is edited in the console, and a one-off maintenance window added and deleted", async ({ page }) => {
    const client = await hub.api<{ id: string }>('clients.create', { code: 'EDIT', name: 'Edit Test' });
    const device = await hub.api<{ id: string }>('devices.create', { clientId: client.id, name: 'db01', kind: 'server', ip: '127.0.0.1' });
    const check = await hub.api<{ id: string }>('checks.create', { deviceId: device.id, kind: 'tcp', label: 'Database port', host: '127.0.0.1', port: 9, intervalSeconds: 300 });

    await page.goto(await hub.signInLink());
    await page.goto(`${hub.url}/#/devices/${device.id}/health`);
    const row = page.locator('tr[data-check]').filter({ hasText: 'Database port' });
    await expect(row).toContainText('300 s');

    await test.step('edit the interval', async () => {
      await row.getByRole('button', { name: 'Edit' }).click();
      await expect(drawer(page).getByLabel('Interval (s)')).toHaveValue('300');
      await drawer(page).getByLabel('Interval (s)').fill('120');
      await drawer(page).getByRole('button', { name: 'Save' }).click();
      await expect(drawer(page)).toBeHidden();
      await expect(row).toContainText('120 s');
      expect((await hub.api<{ intervalSeconds: number }>('checks.get', { id: check.id })).intervalSeconds).toBe(120);
    });

    await test.step('add and delete a one-off maintenance window', async () => {
      const panel = page.getByRole('region', { name: 'Maintenance' });
      await expect(panel.getByText('No maintenance windows.')).toBeVisible();
      await panel.getByRole('button', { name: 'Add window' }).click();
      await panel.getByLabel('From').fill('2030-05-01T22:00');
      await panel.getByLabel('To').fill('2030-05-02T02:00');
      await panel.getByLabel('Reason').fill('Disk replacement');
      await panel.getByRole('button', { name: 'Save' }).click();
      const windowRow = panel.locator('tr[data-window]').filter({ hasText: 'Disk replacement' });
      await expect(windowRow).toBeVisible();
      expect((await hub.api<{ items: unknown[] }>('maintenance.list', { deviceId: device.id })).items).toHaveLength(1);
      await windowRow.getByRole('button', { name: 'Delete' }).click();
      await expect(windowRow).toBeHidden();
      await expect(panel.getByText('No maintenance windows.')).toBeVisible();
      expect((await hub.api<{ items: unknown[] }>('maintenance.list', { deviceId: device.id })).items).toHaveLength(0);
    });
  });
});
