import { expect, test } from '@playwright/test';
import { addOperatorAndTechnician, hubForThisFile, password, sidebarLink, signInAs } from './hub';

// An operator sets up a recurring maintenance plan: picks a preset, sees the next occurrences before
// saving, tries a custom rule that cannot work, saves, finds the tasks it made, pauses and resumes it.


test.describe('maintenance plans', () => {
  const hub = hubForThisFile();
  let clientId: string;

  test.beforeAll(async () => {
    clientId = (await hub.api<{ id: string }>('clients.create', { code: 'acme', name: 'Acme S.p.A.', timezone: 'Europe/Rome' })).id;
    await addOperatorAndTechnician(hub);
  });

  test('a plan from presets to its tasks, paused and resumed', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    const drawer = page.getByRole('dialog');
    const preview = drawer.getByTestId('plan-preview');

    await test.step('G then P opens the plans, empty at first', async () => {
      await page.keyboard.press('g');
      await page.keyboard.press('p');
      await expect(page.getByRole('heading', { level: 1, name: 'Maintenance plans' })).toBeVisible();
      await expect(sidebarLink(page, 'Plans')).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('No maintenance plans yet')).toBeVisible();
    });

    await test.step('each preset shows its rule in words and its next occurrences before saving', async () => {
      await page.keyboard.press('n');
      await drawer.getByLabel('Name').fill('Backup restore test');
      await drawer.getByLabel('Client').selectOption({ label: 'Acme S.p.A. (ACME)' });
      await drawer.getByLabel('Starts (local time)').fill('2026-01-05T09:00');
      await expect(preview).toContainText('Every week, on weekdays, at 09:00');
      await expect(preview.getByRole('listitem')).toHaveCount(5);
      await drawer.getByLabel('Repeats').selectOption({ label: 'First Monday of the month' });
      await expect(preview).toContainText('Every month, on the first Monday, at 09:00');
      // Every occurrence is a Monday at 09:00 in the plan's zone, shown in that zone.
      for (const item of await preview.getByRole('listitem').allTextContents()) expect(item).toMatch(/^Mon, .+ 09:00 AM$/);
      await drawer.getByLabel('Repeats').selectOption({ label: 'Every few months on a day' });
      await drawer.getByLabel('Every how many months').fill('3');
      await drawer.getByLabel('On day of the month').fill('15');
      await expect(preview).toContainText('Every 3 months, on day 15, at 09:00');
      await drawer.getByLabel('Repeats').selectOption({ label: 'Last working day of the month' });
      await expect(preview).toContainText('Every month, on the last working day, at 09:00');
      await drawer.getByLabel('Repeats').selectOption({ label: 'Weekly on chosen days' });
      await drawer.getByRole('checkbox', { name: 'Tue' }).check();
      await drawer.getByRole('checkbox', { name: 'Mon' }).uncheck();
      await expect(preview).toContainText('Every week, on Tuesday, at 09:00');
    });

    await test.step('a custom rule that cannot work is refused on its field, before and on saving', async () => {
      await drawer.getByLabel('Repeats').selectOption({ label: 'Custom rule (RRULE)' });
      await drawer.getByLabel('Rule (RRULE)').fill('FREQ=HOURLY');
      await expect(preview.getByRole('alert')).toContainText('This schedule cannot be used');
      // Marked on the field before saving, and refused by the core on saving.
      await expect(drawer.getByLabel('Rule (RRULE)')).toHaveAttribute('aria-invalid', 'true');
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(drawer.getByLabel('Rule (RRULE)')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('heading', { level: 1, name: 'Backup restore test' })).toHaveCount(0);
      await drawer.getByLabel('Rule (RRULE)').fill('FREQ=MONTHLY;BYDAY=1MO');
      await expect(preview).toContainText('Every month, on the first Monday, at 09:00');
    });

    await test.step('saved with a lead time, the plan makes its tasks at once and shows them', async () => {
      await drawer.getByLabel('Lead time (days)').fill('40');
      await drawer.getByLabel('Assignee').selectOption({ label: 'Mario Rossi · technician' });
      await drawer.getByLabel('Checklist template').fill('Pick a file\nRestore it');
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Backup restore test' })).toBeVisible();
      await expect(page.getByTestId('plan-next').getByRole('listitem')).toHaveCount(5);
      await expect(page.getByText('FREQ=MONTHLY;BYDAY=1MO')).toBeVisible();
      const made = page.getByRole('grid', { name: /tasks? from this plan/ }).getByRole('row', { name: /Backup restore test/ });
      await expect(made.first()).toContainText('Mario Rossi');
      expect(await made.count()).toBeGreaterThanOrEqual(1);
    });

    await test.step('paused, it makes nothing and says so; resumed, it is active again', async () => {
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(page.getByText('Paused', { exact: true })).toBeVisible();
      await expect(page.getByText(/^Paused: no tasks are created/)).toBeVisible();
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect(page.getByText('Active', { exact: true })).toBeVisible();
    });

    await test.step("the plan is on the client's Plans tab and in the list; an edit keeps its custom rule", async () => {
      await page.goto(`${hub.url}/#/clients/${clientId}/plans`);
      await expect(page.getByRole('row', { name: /Backup restore test/ })).toContainText('Every month, on the first Monday, at 09:00');
      await page.getByRole('row', { name: /Backup restore test/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Backup restore test' })).toBeVisible();
      await page.keyboard.press('e');
      await expect(drawer.getByLabel('Repeats')).toHaveValue('firstMonday');
      await drawer.getByLabel('Name').fill('Monthly restore test');
      await drawer.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Monthly restore test' })).toBeVisible();
    });
  });
});
