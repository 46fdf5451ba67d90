import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addOperatorAndTechnician, hubForThisFile, password, sidebarLink, signInAs } from './hub';

// An operator moves open tickets from another tool: the first file has a bad priority on one row,
// the dry run names its line and column and nothing is created; the fixed file shows each task's
// SLA clocks from its original opening time (a week-old P1 is already breached), and is imported.
// The same file again creates nothing. Technicians have no import.


/** A wall-clock time N days ago in Rome, as a spreadsheet writes it. */
function romeDaysAgo(days: number, time: string): string {
  const day = new Date(Date.now() - days * 86_400_000);
  return `${day.toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' })} ${time}`;
}

const csvFile = (rows: string[]) => ({ name: 'helpdesk-export.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n'), 'utf8') });

test.describe('importing tasks from another tool', () => {
  const hub = hubForThisFile();

  test.beforeAll(async () => {
    await hub.api('clients.create', { code: 'acme', name: 'Acme S.p.A.', timezone: 'Europe/Rome' });
    await addOperatorAndTechnician(hub);
  });

  test('a file with one bad row, fixed, imported with its clocks, and not imported twice', async ({ page }) => {
    // A week back always spans business hours, whatever the holidays: the P1's hour ran out long ago.
    const weekOld = `ACME,Mail server down,incident,P1,new,${romeDaysAgo(7, '09:30')},mario.rossi`;
    const recent = new Date(Date.now() - 30 * 60_000).toISOString();
    const header = 'Client,Title,Kind,Priority,Status,Opened at,Assignee';
    const badFile = csvFile([header, weekOld, `ACME,New laptop,request,P7,new,${recent},`, `ACME,"Printer, 2nd floor",request,P4,in progress,${recent},`]);
    const goodFile = csvFile([header, weekOld, `ACME,New laptop,request,P3,new,${recent},`, `ACME,"Printer, 2nd floor",request,P4,in progress,${recent},`]);
    const drawer = page.getByRole('dialog', { name: 'Import tasks' });
    const chooseFile = (file: ReturnType<typeof csvFile>) => drawer.getByLabel('CSV file to import').setInputFiles(file);
    const preview = drawer.getByRole('table', { name: 'Tasks as they will be created' });

    await signInAs(page, hub, 'anna.bianchi', password);

    await test.step('the import drawer lists the columns and gives a template to start from', async () => {
      await sidebarLink(page, 'Tasks').click();
      await expect(page.getByText('No tasks yet')).toBeVisible();
      await page.getByRole('button', { name: 'Import…' }).click();
      await expect(drawer.getByRole('rowheader', { name: 'Opened at *' })).toBeVisible();
      await expect(drawer.getByRole('button', { name: 'Import tasks' })).toBeDisabled();
      const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('link', { name: 'Download template' }).click()]);
      expect(download.suggestedFilename()).toBe('tasks-template.csv');
      const template = readFileSync(await download.path(), 'utf8');
      expect(template.split('\r\n')[0]).toBe('\uFEFFClient,Title,Kind,Priority,Status,Opened at,Responded at,Assignee,Site,Device,Description,Scheduled at,Checklist');
    });

    await test.step('a bad priority is named by its line and column, and nothing can be imported', async () => {
      await chooseFile(badFile);
      const errors = drawer.getByRole('table', { name: /^Errors/ });
      await expect(errors.getByRole('row')).toHaveCount(2);
      await expect(errors.getByRole('row').nth(1)).toHaveText(['3', 'Priority', '“P7” is not a priority: P1, P2, P3 or P4'].join(''));
      await expect(drawer.getByRole('status')).toContainText('3 rows2 to create1 error');
      await expect(drawer.getByRole('button', { name: 'Import 2 tasks' })).toBeDisabled();
      await expect(drawer.getByText('Fix the errors first')).toBeVisible();
    });

    await test.step('the fixed file shows every task with its clocks from when it was opened', async () => {
      await chooseFile(goodFile);
      await expect(drawer.getByRole('table', { name: /^Errors/ })).toHaveCount(0);
      await expect(drawer.getByRole('status')).toContainText('3 rows3 to create');
      await expect(preview.getByRole('row', { name: /Mail server down/ })).toContainText('SLA breached');
      await expect(preview.getByRole('row', { name: /New laptop/ })).toContainText('SLA ok');
      // Already being worked on in the old tool: answered, at the import at the latest.
      const printer = preview.getByRole('row', { name: /Printer, 2nd floor/ }).getByRole('cell');
      await expect(printer.nth(4)).toHaveText('In progress');
      await expect(printer.nth(6)).toHaveText('Responded');
    });

    await test.step('imported, the tasks are in the list with the week-old one breached', async () => {
      await drawer.getByRole('button', { name: 'Import 3 tasks' }).click();
      await expect(drawer.getByText('3 tasks imported.')).toBeVisible();
      await drawer.getByRole('button', { name: 'Done' }).click();
      await expect(drawer).toHaveCount(0);
      const list = page.getByRole('grid', { name: 'Tasks' });
      await expect(list.getByRole('row', { name: /Mail server down|New laptop|Printer, 2nd floor/ })).toHaveCount(3);
      await expect(list.getByRole('row', { name: /Mail server down/ })).toContainText('Mario Rossi');
      await page.getByLabel('SLA', { exact: true }).selectOption({ label: 'SLA breached' });
      await expect(list.getByRole('row', { name: /Mail server down|New laptop|Printer, 2nd floor/ })).toHaveCount(1);
      await expect(list.getByRole('row', { name: /Mail server down/ })).toBeVisible();
    });

    await test.step('the task keeps its original opening time, and its history says it was imported', async () => {
      await page.getByRole('grid', { name: 'Tasks' }).getByRole('row', { name: /Mail server down/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mail server down' })).toBeVisible();
      await expect(page.getByRole('row', { name: /Imported, opened/ })).toBeVisible();
    });

    await test.step('the same file again is all already imported, and creates nothing', async () => {
      await sidebarLink(page, 'Tasks').click();
      await page.getByRole('button', { name: 'Import…' }).click();
      await chooseFile(goodFile);
      await expect(drawer.getByRole('status')).toContainText('3 rows0 to create3 already imported');
      await expect(preview.getByText('Already imported')).toHaveCount(3);
      await expect(drawer.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
      await drawer.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByText('3 tasks', { exact: true })).toBeVisible();
    });
  });

  test('a technician has no import', async ({ page }) => {
    await signInAs(page, hub, 'mario.rossi', password);
    await sidebarLink(page, 'Tasks').click();
    await expect(page.getByRole('button', { name: 'New task' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import…' })).toHaveCount(0);
  });
});
