import { expect, test } from '@playwright/test';
import { type Hub, removeDataDir, signIn, startHub, temporaryDataDir } from './hub';

// An operator opens a P2 incident, assigns it, the checklist is ticked, 45 minutes are logged and it is resolved.

test.describe('tasks', () => {
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

  test('a P2 incident from opening to resolution, with its SLA clocks and time', async ({ page }) => {
    await hub.api('clients.create', { code: 'acme', name: 'Acme S.p.A.' });
    await signIn(page, hub);
    const drawer = page.getByRole('dialog');

    await test.step('open the incident; the form shows when it would be due', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Tasks/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
      await expect(page.getByText('No tasks yet')).toBeVisible();
      await page.getByRole('button', { name: 'New task' }).click();
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(drawer.getByLabel('Client')).toHaveAttribute('aria-invalid', 'true');
      await drawer.getByLabel('Client').selectOption({ label: 'Acme S.p.A. (ACME)' });
      await drawer.getByLabel('Title').fill('Mail server down');
      await drawer.getByLabel('Priority').selectOption({ label: 'P2 · high' });
      await expect(drawer.getByTestId('sla-preview')).toContainText(/Response due: .+ · Resolution due: .+/);
      await drawer.getByLabel('Checklist').fill('Check the mail queue\nRestart the service');
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mail server down' })).toBeVisible();
      await expect(page.getByText('SLA ok').first()).toBeVisible();
    });

    await test.step('assign it', async () => {
      await page.getByLabel('Assignee').fill('mario.rossi');
      await page.getByRole('button', { name: 'Assign' }).click();
      await expect(page.getByRole('button', { name: 'Assign' })).toBeHidden();
      await expect(page.getByRole('cell', { name: 'mario.rossi' })).toBeVisible();
    });

    await test.step('tick the checklist', async () => {
      // The box follows the task as saved, so it turns checked once the core has the tick.
      for (const name of ['Check the mail queue', 'Restart the service']) {
        await page.getByRole('checkbox', { name }).click();
        await expect(page.getByRole('checkbox', { name })).toBeChecked();
      }
      await expect(page.getByText(/^by .+, /)).toHaveCount(2);
      await expect(page.getByText('2/2')).toBeVisible();
    });

    await test.step('log 45 minutes', async () => {
      await page.getByLabel('Minutes').fill('45');
      await page.getByLabel('Note', { exact: true }).fill('Queue flushed');
      await page.getByRole('button', { name: 'Log time' }).click();
      await expect(page.getByTestId('time-total')).toHaveText('Total 45 min · billable 45 min');
      await expect(page.getByRole('cell', { name: 'Queue flushed', exact: true })).toBeVisible();
    });

    await test.step('resolve it: the SLA was met', async () => {
      await page.getByLabel('Status').selectOption('resolved');
      await expect(page.getByText(/^ · resolved /)).toBeVisible();
      await expect(page.getByText('SLA ok').first()).toBeVisible();
      await expect(page.getByText('SLA breached')).toHaveCount(0);
    });

    await test.step('the list shows it, and filters on the server', async () => {
      await page.getByRole('link', { name: 'Tasks' }).first().click();
      const row = page.getByRole('row', { name: /Mail server down/ });
      await expect(row).toContainText('Acme S.p.A.');
      await expect(row).toContainText('P2');
      await expect(row).toContainText('Resolved');
      await expect(row).toContainText('mario.rossi');
      await page.getByLabel('SLA', { exact: true }).selectOption('breached');
      await expect(page.getByText('No task matches these filters')).toBeVisible();
      await page.getByLabel('SLA', { exact: true }).selectOption('ok');
      await expect(row).toBeVisible();
    });
  });
});
