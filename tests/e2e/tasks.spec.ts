import { type Browser, type Page, expect, test } from '@playwright/test';
import { addOperatorAndTechnician, hubForThisFile, openSettings, password, sidebarLink, signInAs, type Hub } from './hub';

// Two people, two browsers: an operator opens a P2 incident and assigns it to a technician; the
// technician, signed in on their own, ticks the checklist, logs 45 minutes and resolves it.


test.describe('tasks, from the operator to the technician', () => {
  const hub = hubForThisFile();
  let technicianId: string;

  test.beforeAll(async () => {
    await hub.api('clients.create', { code: 'acme', name: 'Acme S.p.A.' });
    ({ technicianId } = await addOperatorAndTechnician(hub));
  });

  const signedIn = async (browser: Browser, login: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, hub, login, password);
    return page;
  };

  test('a P2 incident from opening to resolution, with its SLA clocks and time', async ({ browser }) => {
    const operator = await signedIn(browser, 'anna.bianchi');
    await expect(operator.getByRole('button', { name: /Anna Bianchi\s*operator/ })).toBeVisible();
    const drawer = operator.getByRole('dialog');

    await test.step('the operator opens the incident; the form shows when it would be due', async () => {
      await sidebarLink(operator, 'Tasks').click();
      await expect(operator.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
      await expect(operator.getByText('No tasks yet')).toBeVisible();
      await operator.getByRole('button', { name: 'New task' }).click();
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(drawer.getByLabel('Client')).toHaveAttribute('aria-invalid', 'true');
      await drawer.getByLabel('Client').selectOption({ label: 'Acme S.p.A. (ACME)' });
      await drawer.getByLabel('Title').fill('Mail server down');
      await drawer.getByLabel('Priority').selectOption({ label: 'P2 · high' });
      await expect(drawer.getByTestId('sla-preview')).toContainText(/Response due: .+ · Resolution due: .+/);
      await drawer.getByLabel('Checklist').fill('Check the mail queue\nRestart the service');
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(operator.getByRole('heading', { level: 1, name: 'Mail server down' })).toBeVisible();
      await expect(operator.getByText('SLA ok').first()).toBeVisible();
    });

    await test.step('the operator assigns it to the technician, picked by name', async () => {
      const assignee = operator.getByLabel('Assignee', { exact: true });
      await expect(assignee.getByRole('option')).toContainText(['Unassigned', 'Anna Bianchi · operator', 'Mario Rossi · technician']);
      await assignee.selectOption({ label: 'Mario Rossi · technician' });
      await expect(assignee).toHaveValue(technicianId);
    });

    const technician = await signedIn(browser, 'MARIO.ROSSI');

    await test.step('the technician finds it in the task list and opens it', async () => {
      await expect(technician.getByRole('button', { name: /Mario Rossi\s*technician/ })).toBeVisible();
      await sidebarLink(technician, 'Tasks').click();
      const row = technician.getByRole('row', { name: /Mail server down/ });
      await expect(row).toContainText('Mario Rossi');
      await row.click();
      await expect(technician.getByRole('heading', { level: 1, name: 'Mail server down' })).toBeVisible();
    });

    await test.step('the technician ticks the checklist, with their name on each tick', async () => {
      for (const name of ['Check the mail queue', 'Restart the service']) {
        await technician.getByRole('checkbox', { name }).click();
        await expect(technician.getByRole('checkbox', { name })).toBeChecked();
      }
      await expect(technician.getByText(/^by Mario Rossi, /)).toHaveCount(2);
      await expect(technician.getByText('2/2')).toBeVisible();
    });

    await test.step('the technician logs 45 minutes', async () => {
      await technician.getByLabel('Minutes').fill('45');
      await technician.getByLabel('Note', { exact: true }).fill('Queue flushed');
      await technician.getByRole('button', { name: 'Log time' }).click();
      await expect(technician.getByTestId('time-total')).toHaveText('Total 45 min · billable 45 min');
      await expect(technician.getByRole('cell', { name: 'Queue flushed', exact: true })).toBeVisible();
    });

    await test.step('the technician resolves it: the SLA was met', async () => {
      await technician.getByLabel('Status').selectOption('resolved');
      await expect(technician.getByTestId('sla-clock-resolution')).toContainText(/^met with .+ to spare.*resolved /);
      await expect(technician.getByText('SLA ok').first()).toBeVisible();
      await expect(technician.getByText('SLA breached')).toHaveCount(0);
    });

    await test.step('the operator’s list shows it resolved by the technician, and filters on the server', async () => {
      await sidebarLink(operator, 'Tasks').click();
      const row = operator.getByRole('row', { name: /Mail server down/ });
      await expect(row).toContainText('Acme S.p.A.');
      await expect(row).toContainText('P2');
      await expect(row).toContainText('Resolved');
      await expect(row).toContainText('Mario Rossi');
      await operator.getByLabel('SLA', { exact: true }).selectOption('breached');
      await expect(operator.getByText('No task matches these filters')).toBeVisible();
      await operator.getByLabel('SLA', { exact: true }).selectOption('ok');
      await expect(row).toBeVisible();
      const detail = await hub.api<{ history: { field: string; actorName: string }[] }>('tasks.get', { id: await taskId(hub) });
      expect(detail.history.find((h) => h.field === 'assigneeId')?.actorName).toBe('Anna Bianchi');
      expect(detail.history.find((h) => h.field === 'status' && h.actorName === 'Mario Rossi')).toBeTruthy();
    });

    await test.step('the technician cannot do what only operators do: a new client is refused, and People is read-only', async () => {
      await sidebarLink(technician, 'Clients').click();
      await technician.getByRole('button', { name: /New client/ }).first().click();
      const form = technician.getByRole('dialog');
      await form.getByLabel('Code').fill('NOPE');
      await form.getByLabel('Name').fill('Not allowed');
      await form.getByRole('button', { name: 'Create' }).click();
      await expect(form.getByRole('alert')).toHaveText('Your role does not allow this action.');
      await form.getByRole('button', { name: 'Cancel' }).click();
      await openSettings(technician);
      const people = technician.getByRole('region', { name: 'People' });
      await expect(people.getByText('Only an administrator can add or change people.')).toBeVisible();
      await expect(people.getByRole('row', { name: /Mario Rossi/ })).toContainText('you');
      await expect(people.getByRole('button', { name: 'Add person' })).toHaveCount(0);
      await expect(people.getByRole('button', { name: 'Reset password' })).toHaveCount(0);
    });
  });
});

async function taskId(hub: Hub): Promise<string> {
  const list = await hub.api<{ items: { id: string; title: string }[] }>('tasks.list', {});
  return list.items.find((task) => task.title === 'Mail server down')!.id;
}
