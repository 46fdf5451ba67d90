import { type Page, expect, test } from '@playwright/test';
import { addOperatorAndTechnician, hubForThisFile, openSettings, password, sidebarLink, signInAs } from './hub';

// An operator writes down the business hours of a Milan office as an SLA policy — lunch break,
// Italian holidays, the city's patron saint — sees what it makes of a Friday-afternoon call before
// saving, holds a client to it, and finds that client's task due when the policy says. A technician
// may read the policies but not change them; the form speaks Italian too.


type PolicyList = { items: { id: string; name: string; hours: unknown[]; holidays: { italian: boolean; dates: string[] }; targets: Record<string, unknown> }[] };

// Due times on the task page are shown in this computer's zone: the office's.
test.use({ timezoneId: 'Europe/Rome' });

const rangeInput = (page: Page, day: string, n: number, part: 'start' | 'end') => page.getByRole('dialog').getByLabel(`${day}, range ${n}, ${part}`, { exact: true });
const previewRow = (page: Page, priority: string) => page.getByTestId('sla-policy-preview').locator(`tr[data-priority="${priority}"]`);

test.describe('SLA policies', () => {
  const hub = hubForThisFile();
  let clientId: string;

  test.beforeAll(async () => {
    clientId = (await hub.api<{ id: string }>('clients.create', { code: 'acme', name: 'Acme S.p.A.', timezone: 'Europe/Rome' })).id;
    await addOperatorAndTechnician(hub);
  });

  test('an operator sets up Milan office hours, holds a client to them, and its task is due by them', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    const drawer = page.getByRole('dialog');
    const milano = page.getByRole('row', { name: /Milano office hours/ });

    await test.step('Settings → SLA policies lists the default policy every client starts with', async () => {
      await openSettings(page);
      await page.getByRole('link', { name: 'Manage SLA policies' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'SLA policies' })).toBeVisible();
      await expect(page.getByText('1 policy', { exact: true })).toBeVisible();
      const standard = page.getByRole('row', { name: /Standard/ });
      await expect(standard).toContainText('Default');
      await expect(standard).toContainText('Mon–Fri 09:00–13:00, 14:00–18:00');
      await expect(standard).toContainText('Italian holidays');
    });

    await test.step('N opens a new policy; Monday gets a morning and an afternoon, copied to the rest of the week', async () => {
      await page.keyboard.press('n');
      await expect(drawer.getByRole('heading', { name: 'New SLA policy' })).toBeVisible();
      await drawer.getByLabel('Name').fill('Milano office hours');
      await expect(drawer.getByLabel('Time zone')).toHaveValue('Europe/Rome');
      await rangeInput(page, 'Monday', 1, 'start').fill('08:30');
      await rangeInput(page, 'Monday', 1, 'end').fill('12:30');
      await rangeInput(page, 'Monday', 2, 'start').fill('13:30');
      await rangeInput(page, 'Monday', 2, 'end').fill('17:30');
      await drawer.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }).click();
      await expect(rangeInput(page, 'Friday', 1, 'start')).toHaveValue('08:30');
      await expect(rangeInput(page, 'Friday', 2, 'end')).toHaveValue('17:30');
      await expect(rangeInput(page, 'Saturday', 1, 'start')).toHaveCount(0);
    });

    await test.step('before saving, the preview says when a call on Friday 4 December at 16:00 is due, and moves when 7 December closes', async () => {
      await expect(drawer.getByLabel('Closed on Italian public holidays')).toBeChecked();
      await expect(drawer.getByTestId('italian-holidays')).toContainText('Immaculate Conception');
      // Looking ahead in December: the next year's list, with its own Easter Monday, is a click away.
      const thisYear = new Date().getFullYear();
      const holidayDates = () => drawer.getByTestId('italian-holidays').textContent();
      const thisYearsList = await holidayDates();
      await drawer.getByRole('button', { name: 'Next year' }).click();
      await expect(drawer.getByText(`In ${thisYear + 1} that means:`)).toBeVisible();
      await expect.poll(holidayDates).not.toBe(thisYearsList);
      await drawer.getByRole('button', { name: 'Previous year' }).click();
      await expect.poll(holidayDates).toBe(thisYearsList);
      await drawer.getByLabel('P2 response (h:mm)').fill('2:00');
      await drawer.getByLabel('P2 resolution (h:mm)').fill('8:00');
      await drawer.getByLabel('A task opened at').fill('2026-12-04T16:00');
      // Open 08:30–12:30 and 13:30–17:30. Friday gives 1:30 (16:00–17:30); the weekend is closed;
      // Tuesday 8 December is the Immaculate Conception. P2 response 2:00 needs 0:30 more: Monday
      // 09:00. Resolution 8:00 needs 6:30 more: Monday's morning (4:00), then 2:30 from 13:30 = 16:00.
      await expect(previewRow(page, 'P2')).toContainText('Mon, Dec 7, 2026, 09:00 AM');
      await expect(previewRow(page, 'P2')).toContainText('Mon, Dec 7, 2026, 04:00 PM');
      await drawer.getByLabel('Other closed days').fill('2026-12-07');
      await drawer.getByLabel('Other closed days').press('Enter');
      // Closing Monday 7 December (Sant'Ambrogio) leaves Wednesday 9 the next open day: same hours, two days on.
      await expect(previewRow(page, 'P2')).toContainText('Wed, Dec 9, 2026, 09:00 AM');
      await expect(previewRow(page, 'P2')).toContainText('Wed, Dec 9, 2026, 04:00 PM');
      // P1 (1:00 / 4:00) answers the same afternoon and is resolved by Wednesday 11:00 (1:30 + 2:30).
      await expect(previewRow(page, 'P1')).toContainText('Fri, Dec 4, 2026, 05:00 PM');
      await expect(previewRow(page, 'P1')).toContainText('Wed, Dec 9, 2026, 11:00 AM');
    });

    await test.step('a range ending before it starts, a resolution shorter than the response and a bad date are each refused on their field', async () => {
      await rangeInput(page, 'Monday', 1, 'end').fill('08:00');
      await drawer.getByLabel('P2 resolution (h:mm)').fill('1:00');
      await drawer.getByLabel('Other closed days').fill('2026-12-32');
      await drawer.getByLabel('Other closed days').press('Enter');
      await drawer.getByRole('button', { name: 'Create' }).click();

      await expect(rangeInput(page, 'Monday', 1, 'end')).toHaveAttribute('aria-invalid', 'true');
      await expect(rangeInput(page, 'Monday', 1, 'end')).toHaveAccessibleDescription(/^Must end after it starts \(08:30\)/);
      await expect(rangeInput(page, 'Monday', 2, 'end')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(drawer.getByLabel('P2 resolution (h:mm)')).toHaveAccessibleDescription('Must be at least the response target');
      await expect(drawer.getByLabel('P2 response (h:mm)')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(drawer.getByLabel('Other closed days')).toHaveAccessibleDescription('Not a real date');
      await expect(drawer.getByTestId('sla-policy-preview')).toContainText('Fix the fields marked in red to see the due times.');

      await expect(drawer.getByRole('heading', { name: 'New SLA policy' })).toBeVisible();
      const saved = await hub.api<PolicyList>('slaPolicies.list', {});
      expect(saved.items.map((policy) => policy.name)).toEqual(['Standard']);
    });

    await test.step('fixed, the policy is saved and listed with its hours, holidays and targets', async () => {
      await rangeInput(page, 'Monday', 1, 'end').fill('12:30');
      await drawer.getByLabel('P2 resolution (h:mm)').fill('8:00');
      await drawer.getByRole('button', { name: 'Close 2026-12-32' }).click();
      await expect(previewRow(page, 'P2')).toContainText('Wed, Dec 9, 2026, 04:00 PM');
      await drawer.getByRole('button', { name: 'Create' }).click();
      await expect(drawer).toHaveCount(0);

      await expect(page.getByText('2 policies', { exact: true })).toBeVisible();
      await expect(milano).toContainText('Europe/Rome');
      await expect(milano).toContainText('Mon–Fri 08:30–12:30, 13:30–17:30');
      await expect(milano).toContainText('Italian + 1 day');
      await expect(milano.getByRole('gridcell').nth(5)).toHaveText('2:00/8:00');
      const saved = (await hub.api<PolicyList>('slaPolicies.list', {})).items.find((policy) => policy.name === 'Milano office hours')!;
      expect(saved.hours).toHaveLength(10);
      expect(saved.holidays).toEqual({ italian: true, dates: ['2026-12-07'] });
      expect(saved.targets.P2).toEqual({ responseMinutes: 120, resolveMinutes: 480 });
    });

    await test.step('Enter on the selected row edits it; a tighter P1 response shows in the list', async () => {
      await expect(milano.getByRole('gridcell').nth(4)).toHaveText('1:00/4:00');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(milano).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(drawer.getByRole('heading', { name: 'Edit Milano office hours' })).toBeVisible();
      await expect(drawer.getByRole('button', { name: 'Close 2026-12-07' })).toBeVisible();
      await drawer.getByLabel('P1 response (h:mm)').fill('0:30');
      await drawer.getByRole('button', { name: 'Save' }).click();
      await expect(drawer).toHaveCount(0);
      await expect(milano.getByRole('gridcell').nth(4)).toHaveText('0:30/4:00');
    });

    await test.step('E on the client page chooses the policy; the page header names it', async () => {
      await sidebarLink(page, 'Clients').click();
      await page.getByRole('row', { name: /Acme S\.p\.A\./ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Acme S.p.A.' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'SLA: Standard' })).toBeVisible();
      await page.keyboard.press('e');
      await expect(drawer.getByLabel('SLA policy')).toHaveValue('');
      await drawer.getByLabel('SLA policy').selectOption({ label: 'Milano office hours' });
      await drawer.getByRole('button', { name: 'Save' }).click();
      await expect(drawer).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'SLA: Milano office hours' })).toBeVisible();
      const client = await hub.api<{ slaPolicyId: string | null }>('clients.get', { id: clientId });
      const policyId = (await hub.api<PolicyList>('slaPolicies.list', {})).items.find((policy) => policy.name === 'Milano office hours')!.id;
      expect(client.slaPolicyId).toBe(policyId);

      await page.getByRole('link', { name: 'SLA: Milano office hours' }).click();
      await expect(milano.getByRole('gridcell').last()).toHaveText('1');
    });

    await test.step('a P2 incident opened Friday 4 December at 16:00 is due after the weekend, Sant’Ambrogio and the Immaculate Conception', async () => {
      // 16:00 in Rome is 15:00Z. As the preview showed: response Wednesday 9 December 09:00, resolution 16:00.
      const task = await hub.api<{ id: string; responseDueAt: string; resolveDueAt: string }>('tasks.create', {
        clientId,
        kind: 'incident',
        priority: 'P2',
        title: 'Mail server down',
        openedAt: '2026-12-04T15:00:00Z',
      });
      expect([task.responseDueAt, task.resolveDueAt]).toEqual(['2026-12-09T08:00:00.000Z', '2026-12-09T15:00:00.000Z']);
      await sidebarLink(page, 'Tasks').click();
      await page.getByRole('row', { name: /Mail server down/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mail server down' })).toBeVisible();
      await expect(page.getByTestId('sla-clock-response')).toContainText(/due Dec 9, 2026, 9:00\sAM/);
      await expect(page.getByTestId('sla-clock-resolution')).toContainText(/due Dec 9, 2026, 4:00\sPM/);
    });
  });

  test('a technician reads the policies but cannot change them', async ({ page }) => {
    await signInAs(page, hub, 'mario.rossi', password);
    await openSettings(page);
    await expect(page.getByRole('link', { name: 'Manage SLA policies' })).toHaveCount(0);
    await page.getByRole('link', { name: 'View SLA policies' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SLA policies' })).toBeVisible();
    await expect(page.getByText('An administrator or operator can change policies.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: /New policy/ })).toHaveCount(0);
    await page.keyboard.press('n');
    await page.getByRole('row', { name: /Standard/ }).click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('in Italian the form speaks Italian, its errors included', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    await openSettings(page);
    await page.getByLabel('Language').selectOption('it');
    await page.getByRole('link', { name: 'Gestisci le policy SLA' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Policy SLA' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Orario lavorativo' })).toBeVisible();

    await page.keyboard.press('n');
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('heading', { name: 'Nuova policy SLA' })).toBeVisible();
    await expect(drawer.getByLabel('Nome')).toBeVisible();
    await expect(drawer.getByLabel('Fuso orario')).toHaveValue('Europe/Rome');
    await expect(drawer.getByLabel('Chiuso nelle festività nazionali italiane')).toBeChecked();
    await expect(drawer.getByTestId('italian-holidays')).toContainText('Immacolata Concezione');

    await drawer.getByLabel('lunedì, fascia 1, fine', { exact: true }).fill('08:00');
    await drawer.getByLabel('P2 risoluzione (h:mm)').fill('1:00');
    await drawer.getByRole('button', { name: 'Crea' }).click();
    await expect(drawer.getByLabel('lunedì, fascia 1, fine', { exact: true })).toHaveAccessibleDescription(/^Deve finire dopo l’inizio \(09:00\)/);
    await expect(drawer.getByLabel('P2 risoluzione (h:mm)')).toHaveAccessibleDescription('Non può essere inferiore alla presa in carico');
    await expect(drawer.getByLabel('Nome')).toHaveAccessibleDescription('Obbligatorio');
    await expect(drawer.getByTestId('sla-policy-preview')).toContainText('Correggi i campi in rosso per vedere le scadenze.');
    await expect(drawer.getByLabel('Un intervento aperto il')).toBeVisible();
  });
});
