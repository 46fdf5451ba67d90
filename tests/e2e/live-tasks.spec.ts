import { expect, test } from '@playwright/test';
import { hubForThisFile, signIn } from './hub';

// Tasks change under an open screen — a colleague's call, an alert, a plan — and the screen follows
// without a reload: the core pushes `tasks.changed`, nobody polls.

test.describe('tasks follow changes made elsewhere', () => {
  const hub = hubForThisFile();
  let clientId: string;

  test.beforeAll(async () => {
    clientId = (await hub.api<{ id: string }>('clients.create', { code: 'acme', name: 'Acme S.p.A.' })).id;
  });

  test('a task opened by someone else appears in the list, and their note on the open task page', async ({ page }) => {
    await signIn(page, hub);
    await page.goto(`${hub.url}/#/tasks`);
    const table = page.getByRole('grid', { name: 'Tasks' });
    await expect(page.getByText('No tasks yet')).toBeVisible();

    const task = await hub.api<{ id: string }>('tasks.create', { clientId, kind: 'incident', priority: 'P2', title: 'Mail server down' });
    await expect(table.getByRole('row', { name: /Mail server down/ })).toBeVisible();

    await table.getByRole('row', { name: /Mail server down/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mail server down' })).toBeVisible();
    await hub.api('tasks.addNote', { id: task.id, body: 'Vendor ticket 4411 opened' });
    await expect(page.getByRole('listitem').getByText('Vendor ticket 4411 opened')).toBeVisible();
    await hub.api('tasks.update', { id: task.id, status: 'in_progress' });
    await expect(page.getByLabel('Status')).toHaveValue('in_progress');
  });
});
