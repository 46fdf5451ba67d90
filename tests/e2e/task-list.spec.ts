import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { addOperatorAndTechnician, hubForThisFile, password, signInAs } from './hub';

// An operator triages the task list: filters on the server, picks rows with the mouse and the
// keyboard, assigns them in one go, exports one technician's calendar, edits a task and its
// checklist, and sets the priority alerts give to tasks.


test.describe('task list and task page for operators', () => {
  const hub = hubForThisFile();
  let marioId: string;
  let clientId: string;

  test.beforeAll(async () => {
    clientId = (await hub.api<{ id: string }>('clients.create', { code: 'acme', name: 'Acme S.p.A.' })).id;
    const other = await hub.api<{ id: string }>('clients.create', { code: 'beta', name: 'Beta S.r.l.' });
    marioId = (await addOperatorAndTechnician(hub)).technicianId;
    for (let i = 1; i <= 6; i++) {
      await hub.api('tasks.create', { clientId: i <= 4 ? clientId : other.id, kind: 'request', priority: i === 1 ? 'P1' : 'P4', title: `Request ${i}`, scheduledAt: new Date(Date.now() + i * 86_400_000).toISOString() });
    }
  });

  test('pick rows by checkbox, X and shift-click, assign them at once, export that calendar', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    await page.goto(`${hub.url}/#/tasks`);
    const table = page.getByRole('grid', { name: 'Tasks' });
    const row = (title: string) => table.getByRole('row', { name: new RegExp(`${title}\\b`) });

    await test.step('filters run on the server: client, priority', async () => {
      await expect(table.getByRole('row')).toHaveCount(7);
      await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Acme S.p.A.' });
      await expect(table.getByRole('row')).toHaveCount(5);
      await page.getByLabel('Priority', { exact: true }).selectOption('P4');
      await expect(table.getByRole('row')).toHaveCount(4);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect(table.getByRole('row')).toHaveCount(7);
    });

    // Tasks with the same due time are listed by id, which is random: follow the order shown.
    let picked: string[] = [];
    let skipped = '';
    await test.step('a checkbox, X on the keyboard row, and a shift-click range pick rows', async () => {
      const shown = (await table.getByRole('row').allInnerTexts()).slice(1).map((text) => /Request \d/.exec(text)![0]);
      await row(shown[0]!).getByRole('checkbox').click();
      await expect(page.getByText('1 selected')).toBeVisible();
      await row(shown[2]!).getByRole('checkbox').click({ modifiers: ['Shift'] });
      await expect(page.getByText('3 selected')).toBeVisible();
      await table.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('x');
      await expect(page.getByText('4 selected')).toBeVisible();
      picked = [...shown.slice(0, 3), shown[4]!];
      skipped = shown[3]!;
      await expect(row(shown[4]!).getByRole('checkbox')).toBeChecked();
      await expect(row(skipped).getByRole('checkbox')).not.toBeChecked();
    });

    await test.step('Assign to… gives them all one assignee, each with its history', async () => {
      await page.getByRole('button', { name: 'Assign to…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Assign 4 tasks' });
      await dialog.getByLabel('Assign to').selectOption({ label: 'Mario Rossi · technician' });
      await dialog.getByRole('button', { name: 'Assign 4 tasks' }).click();
      await expect(dialog).toBeHidden();
      for (const title of picked) await expect(row(title)).toContainText('Mario Rossi');
      await expect(row(skipped)).not.toContainText('Mario Rossi');
      await expect(page.getByText('0 selected')).toHaveCount(0);
    });

    await test.step('select all on the page, then filter by assignee', async () => {
      await page.getByLabel('Select all 6 on this page').check();
      await expect(page.getByText('6 selected')).toBeVisible();
      await page.getByRole('button', { name: 'Clear selection' }).click();
      await page.getByLabel('Assignee', { exact: true }).selectOption({ label: 'Mario Rossi' });
      await expect(table.getByRole('row')).toHaveCount(5);
    });

    await test.step("the filtered assignee's calendar downloads as .ics", async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
      const file = await download;
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), 'utf8')));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      const summary = (title: string) => `[${title === 'Request 1' ? 'P1' : 'P4'}] ${title} — ${Number(title.slice(-1)) <= 4 ? 'Acme S.p.A.' : 'Beta S.r.l.'}`;
      expect(events.map((event) => event.summary).sort()).toEqual(picked.map(summary).sort());
      expect(new Set(events.map((event) => event.uid)).size).toBe(4);
      expect(file.suggestedFilename()).toBe(`presidio-tasks-${marioId}.ics`);
    });
  });

  test('a technician sees the list without bulk assignment', async ({ page }) => {
    await signInAs(page, hub, 'mario.rossi', password);
    await page.goto(`${hub.url}/#/tasks`);
    await expect(page.getByRole('grid', { name: 'Tasks' }).getByRole('row', { name: /Request 1/ })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Assign to…' })).toHaveCount(0);
  });

  test('edit a task: the due times follow the priority; the checklist is added to, reordered and trimmed, ticks kept', async ({ page }) => {
    const task = await hub.api<{ id: string; responseDueAt: string }>('tasks.create', {
      clientId,
      kind: 'incident',
      priority: 'P4',
      title: 'Mail slow',
      checklist: ['Check the queue', 'Restart the service'],
    });
    await signInAs(page, hub, 'anna.bianchi', password);
    await page.goto(`${hub.url}/#/tasks/${task.id}`);
    const drawer = page.getByRole('dialog');
    const responseDue = page.locator('dt', { hasText: /^Response$/ }).locator('+ dd');

    await test.step('edit title, priority and scheduled day and time; the SLA due times are restamped', async () => {
      const before = await responseDue.textContent();
      await page.keyboard.press('e');
      await drawer.getByLabel('Title').fill('Mail very slow');
      await drawer.getByLabel('Priority').selectOption({ label: 'P1 · critical' });
      await expect(drawer.getByTestId('sla-preview')).toContainText('At this priority it is due');
      await expect(drawer.getByLabel('At')).toBeDisabled();
      await drawer.getByLabel('Scheduled for').fill('2030-03-04');
      await drawer.getByLabel('At').fill('14:30');
      await drawer.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mail very slow' })).toBeVisible();
      await expect(page.locator('dt', { hasText: /^Scheduled for$/ }).locator('+ dd')).toHaveText('Mar 4, 2030, 2:30 PM');
      await page.keyboard.press('e');
      await expect(drawer.getByLabel('At')).toHaveValue('14:30');
      await drawer.getByLabel('At').fill('');
      await drawer.getByRole('button', { name: 'Save' }).click();
      await expect(page.locator('dt', { hasText: /^Scheduled for$/ }).locator('+ dd')).toHaveText('Mar 4, 2030');
      await expect(responseDue).not.toHaveText(before ?? '');
      await expect(page.getByRole('cell', { name: 'Priority' })).toBeVisible();
    });

    await test.step('tick one, add one, move with Alt+↓ and the buttons, remove one: ticks stay with their items', async () => {
      const checklist = page.getByRole('list', { name: 'Checklist' });
      await page.getByRole('checkbox', { name: 'Check the queue' }).click();
      await expect(page.getByRole('checkbox', { name: 'Check the queue' })).toBeChecked();
      await page.getByLabel('New checklist item').fill('Tell the client');
      await page.getByLabel('New checklist item').press('Enter');
      await expect(checklist.getByRole('listitem')).toHaveText([/Check the queue/, /Restart the service/, /Tell the client/]);
      await page.getByRole('checkbox', { name: 'Check the queue' }).focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect(checklist.getByRole('listitem')).toHaveText([/Restart the service/, /Check the queue/, /Tell the client/]);
      await expect(page.getByRole('checkbox', { name: 'Check the queue' })).toBeFocused();
      await page.getByRole('button', { name: 'Move “Tell the client” up' }).click();
      await expect(checklist.getByRole('listitem')).toHaveText([/Restart the service/, /Tell the client/, /Check the queue/]);
      await page.getByRole('button', { name: 'Remove “Restart the service”' }).click();
      await expect(checklist.getByRole('listitem')).toHaveText([/Tell the client/, /Check the queue/]);
      await expect(page.getByRole('checkbox', { name: 'Check the queue' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'Tell the client' })).not.toBeChecked();
      await expect(page.getByText('1/2')).toBeVisible();
    });
  });

  test('the alert priority rule is set in Settings and kept', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    await page.goto(`${hub.url}/#/settings`);
    const rule = page.getByRole('region', { name: 'Alerts → tasks' });
    await expect(rule.getByLabel('Critical devices')).toHaveValue('P1');
    await rule.getByLabel('Low devices').selectOption('P3');
    await expect(rule.getByLabel('Low devices')).toBeEnabled();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Alerts → tasks' }).getByLabel('Low devices')).toHaveValue('P3');
    expect((await hub.api<{ alertPriorityRule: Record<string, string> }>('settings.get', {})).alertPriorityRule.low).toBe('P3');
  });
});
