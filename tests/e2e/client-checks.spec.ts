import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Page, expect, test } from '@playwright/test';
import { hubForThisFile, signIn } from './hub';

// A client's Checks tab: a check on a bare target (on no device) added from the editor with a
// regex flag, tested first, saved, paused, resumed and deleted; a broken CA refused on its field.
// The target is a web server this test starts on 127.0.0.1.

const drawer = (page: Page) => page.getByRole('dialog');

test.describe('client checks', () => {
  const hub = hubForThisFile();
  let web: Server;
  let url: string;

  test.beforeAll(async () => {
    web = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain', Connection: 'close' });
      response.end('Shop: ALL GOOD');
    });
    await new Promise<void>((ready) => web.listen(0, '127.0.0.1', ready));
    url = `http://127.0.0.1:${(web.address() as AddressInfo).port}/shop`;
  });

  test.afterAll(async () => {
    await new Promise((done) => web.close(done));
  });

  test('a bare-target check is added, tested, paused, resumed and deleted from the client page', async ({ page }) => {
    const client = await hub.api<{ id: string }>('clients.create', { code: 'SHOP', name: 'Shop Online' });
    await signIn(page, hub);
    await page.goto(`${hub.url}/#/clients/${client.id}/checks`);
    await expect(page.getByText('No checks on bare targets yet.')).toBeVisible();

    await test.step('a pasted CA that is not a certificate is refused on its field', async () => {
      await page.getByRole('button', { name: 'Add check' }).click();
      await drawer(page).getByLabel('Kind').selectOption('tls');
      await drawer(page).getByLabel('Host').fill('127.0.0.1');
      await drawer(page).getByLabel('Trusted CA (PEM)').fill('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----');
      await drawer(page).getByRole('button', { name: 'Create' }).click();
      await expect(drawer(page).getByText('This is a private key')).toBeVisible();
      await drawer(page).getByRole('button', { name: 'Cancel' }).click();
      expect((await hub.api<{ total: number }>('checks.list', { clientId: client.id })).total).toBe(0);
    });

    await test.step('add an HTTP check matching a regex case-insensitively, testing it first', async () => {
      await page.getByRole('button', { name: 'Add check' }).click();
      await drawer(page).getByLabel('Kind').selectOption('http');
      await drawer(page).getByLabel('Label').fill('Web shop');
      await drawer(page).getByLabel('URL').fill(url);
      await drawer(page).getByLabel('Keyword in the body').fill('all good$');
      await drawer(page).getByRole('button', { name: /Advanced/ }).click();
      await drawer(page).getByLabel('Body match').selectOption('regex');
      await drawer(page).getByRole('button', { name: 'Test now' }).click();
      const result = drawer(page).getByRole('region', { name: 'Test result' });
      await expect(result.locator('[data-state="critical"]')).toBeVisible();
      await drawer(page).getByLabel('Ignore case (i)').check();
      await drawer(page).getByRole('button', { name: 'Test now' }).click();
      await expect(result.locator('[data-state="ok"]')).toBeVisible();
      await expect(drawer(page).getByLabel('Runs on')).toHaveValue('hub');
      await drawer(page).getByLabel('Interval (s)').fill('1');
      await drawer(page).getByRole('button', { name: 'Create' }).click();
      await expect(drawer(page)).toBeHidden();
    });

    const row = page.locator('tr[data-check]').filter({ hasText: 'Web shop' });
    await expect(row).toHaveAttribute('data-state', 'ok', { timeout: 15_000 });
    const [saved] = (await hub.api<{ items: { deviceId: string | null; runOn: string; bodyMatch: unknown }[] }>('checks.list', { clientId: client.id })).items;
    expect(saved).toMatchObject({ deviceId: null, runOn: 'hub', bodyMatch: { type: 'regex', pattern: 'all good$', flags: 'i' } });
    await expect(page.locator('.page-header [data-state="ok"]')).toBeVisible(); // the client rolled up

    await test.step('pause, resume and delete', async () => {
      await row.getByRole('button', { name: 'Pause' }).click();
      await expect(row).toHaveAttribute('data-state', 'paused');
      await row.getByRole('button', { name: 'Resume' }).click();
      await expect(row).toHaveAttribute('data-state', 'ok', { timeout: 15_000 });
      await row.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect(row).toBeHidden();
      await expect(page.getByText('No checks on bare targets yet.')).toBeVisible();
    });
  });
});
