import { type Page, expect, test } from '@playwright/test';
import { type Hub, hubForThisFile, removeDataDir, sidebarLink, signIn, startHub, temporaryDataDir } from './hub';

// Through the real console against a real hub: what a technician does on day one.


const drawer = (page: Page) => page.getByRole('dialog');

test.describe('fleet', () => {
  let dataDir: string;
  let hub: Hub;

  test.beforeAll(async () => {
    dataDir = temporaryDataDir();
    hub = await startHub(dataDir);
  });

  test.afterAll(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('without a session the console says how to sign in', async ({ page }) => {
    await page.goto(hub.url);
    await expect(page.getByRole('heading', { name: 'Sign in to Presidio' })).toBeVisible();
    await expect(page.getByText('one-time sign-in link')).toBeVisible();
  });

  test('records a client, a site and a device, finds, edits, archives and restores it, and keeps it across a restart', async ({ page }) => {
    await signIn(page, hub);

    await test.step('create a client from the empty database', async () => {
      await expect(page.getByRole('heading', { name: 'Welcome to Presidio' })).toBeVisible();
      await page.getByRole('button', { name: 'Add your first client' }).click();
      await drawer(page).getByLabel('Code').fill('acme');
      await drawer(page).getByLabel('Name', { exact: true }).fill('Acme S.p.A.');
      await drawer(page).getByRole('button', { name: 'Create' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Acme S.p.A.' })).toBeVisible();
    });

    await test.step('a second client with the same code is refused under the Code field', async () => {
      await sidebarLink(page, 'Clients').click();
      await page.getByRole('button', { name: 'New client' }).click();
      const code = drawer(page).getByLabel('Code');
      await code.fill('ACME');
      await drawer(page).getByLabel('Name', { exact: true }).fill('Acme Two');
      await drawer(page).getByRole('button', { name: 'Create' }).click();
      await expect(drawer(page).getByText('Code ACME is already used by Acme S.p.A.')).toBeVisible();
      await expect(code).toHaveAttribute('aria-invalid', 'true');
      await drawer(page).getByRole('button', { name: 'Cancel' }).click();
      await expect(drawer(page)).toBeHidden();
    });

    await test.step('add a site', async () => {
      await page.getByRole('row', { name: /Acme S\.p\.A\./ }).click();
      await page.getByRole('button', { name: 'New site' }).click();
      await drawer(page).getByLabel('Name', { exact: true }).fill('Sede di Milano');
      await drawer(page).getByLabel('Address').fill('Via Roma 1, 20100 Milano');
      await drawer(page).getByLabel('Networks').fill('10.10.0.0/24');
      await drawer(page).getByLabel('Networks').press('Enter');
      await drawer(page).getByRole('button', { name: 'Create' }).click();
      await expect(page.getByRole('row', { name: /Sede di Milano/ })).toContainText('10.10.0.0/24');
    });

    await test.step('add a device, fixing a bad IP and a bad MAC first', async () => {
      await page.getByRole('navigation', { name: 'Acme S.p.A.' }).getByRole('link', { name: /^Devices/ }).click();
      await expect(page.getByText('No devices yet.')).toBeVisible();
      await page.getByRole('button', { name: 'New device' }).first().click();
      const form = drawer(page);
      await form.getByLabel('Name', { exact: true }).fill('Domain Controller');
      await form.getByLabel('IP address').fill('10.10.0.300');
      await form.getByLabel('MAC address').fill('00:1A:2B:3C:4D');
      await form.getByLabel('Site').selectOption({ label: 'Sede di Milano' });
      await form.getByRole('button', { name: 'Create' }).click();
      await expect(form.getByText('Not a valid IPv4 or IPv6 address')).toBeVisible();
      await expect(form.getByText('Not a valid MAC address (e.g. 00:1A:2B:3C:4D:5E)')).toBeVisible();
      await form.getByLabel('IP address').fill('10.10.0.10');
      await form.getByLabel('MAC address').fill('00-1a-2b-3c-4d-5e');
      await form.getByLabel('Operating system').fill('Windows Server 2019');
      await form.getByRole('button', { name: 'Create' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Domain Controller' })).toBeVisible();
      await expect(page.getByText('00:1A:2B:3C:4D:5E')).toBeVisible();
    });

    await test.step('find it by its IP in the search box and open it with the keyboard', async () => {
      await sidebarLink(page, 'Clients').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
      await page.keyboard.press('/');
      await page.keyboard.type('10.10.0.10');
      await expect(page.getByRole('option', { name: /Domain Controller/ })).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Domain Controller' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Acme S.p.A.');
    });

    await test.step('edit it', async () => {
      await page.keyboard.press('e');
      await drawer(page).getByLabel('Operating system').fill('Windows Server 2022');
      await drawer(page).getByLabel('Operating system').press('Control+Enter');
      await expect(drawer(page)).toBeHidden();
      await expect(page.getByText('Windows Server 2022')).toBeVisible();
    });

    await test.step('archive it: it leaves the list, "Show archived" brings it back, restore', async () => {
      await page.getByRole('button', { name: 'Archive' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
      await expect(page.getByText('This device is archived')).toBeVisible();

      await sidebarLink(page, 'Devices').click();
      await page.getByLabel('Filter devices').fill('Domain');
      await expect(page.getByText('No device matches the filters.')).toBeVisible();
      await page.getByLabel('Show archived').check();
      const row = page.getByRole('row', { name: /Domain Controller/ });
      await expect(row).toContainText('Archived');
      await row.click();
      await page.getByRole('button', { name: 'Restore' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
      await expect(page.getByText('This device is archived')).toBeHidden();

      await page.goBack();
      await page.getByLabel('Show archived').uncheck();
      await expect(page.getByRole('row', { name: /Domain Controller/ })).not.toContainText('Archived');
    });

    await test.step('stop the hub, start it on the same data, sign in again: everything is still there', async () => {
      await hub.stop();
      hub = await startHub(dataDir);
      await signIn(page, hub);
      await expect(page.getByRole('row', { name: /Acme S\.p\.A\./ })).toContainText('ACME');
      await sidebarLink(page, 'Devices').click();
      const row = page.getByRole('row', { name: /Domain Controller/ });
      await expect(row).toContainText('10.10.0.10');
      await expect(row).toContainText('Windows Server 2022');
      await expect(row).toContainText('Sede di Milano');
    });
  });
});

test.describe('demo fleet, language and theme', () => {
  const hub = hubForThisFile();

  test('loads the demo fleet from the empty state, then switches to Italian and the dark theme', async ({ page }) => {
    await signIn(page, hub);
    await page.getByRole('button', { name: 'Load demo fleet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('banner').getByText('DEMO')).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toContainText('DEMO');

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('it');
    await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
    await expect(sidebarLink(page, 'Clienti')).toBeVisible();
    await expect(sidebarLink(page, 'Dispositivi')).toBeVisible();

    await page.getByRole('radio', { name: 'Scuro' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Both choices are remembered on this computer.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await sidebarLink(page, 'Dispositivi').click();
    await expect(page.getByRole('columnheader', { name: 'Nome host' })).toBeVisible();
    await expect(page.getByText('Mostra archiviati')).toBeVisible();
    await page.getByLabel('Filtra dispositivi').fill('nessuna-corrispondenza-xyz');
    await expect(page.getByText('Nessun dispositivo corrisponde ai filtri.')).toBeVisible();
  });
});
