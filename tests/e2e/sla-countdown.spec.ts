import { type Locator, type Page, expect, test } from '@playwright/test';
import { hubForThisFile, openSettings, password, sidebarLink, signInAs } from './hub';

// A task's two SLA clocks on its page, for a client whose service runs around the clock (so the
// figures do not depend on the day the test runs): counting down, paused while waiting on the client,
// stopped with their outcome, overdue in red. The hub is real and its answers are as of now; the
// page's own clock (page.clock) is moved forward to see the countdown tick between answers.

const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
const target = (responseMinutes: number, resolveMinutes: number) => ({ responseMinutes, resolveMinutes });

/** "3 h 10 min left" → 190: the minutes a clock's figure says are left. */
async function minutesLeft(clock: Locator): Promise<number> {
  const match = /^(?:(\d+) h )?(\d+) min left/.exec((await clock.textContent()) ?? '');
  if (!match) throw new Error(`no time left in "${await clock.textContent()}"`);
  return Number(match[1] ?? 0) * 60 + Number(match[2]);
}

/** A figure of `minutes` in the words of the page, e.g. "3 h 10 min" or "9 min". */
const inWords = (minutes: number) => (minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`);
/** Either of two consecutive figures: the test may run across a minute boundary. */
const eitherOf = (minutes: number) => `(${inWords(minutes)}|${inWords(minutes - 1)})`;

/**
 * Moves the page's clock on by `minutes` and expects the figure to drop by as much. An answer from
 * the hub landing meanwhile (a change also comes back as an event, a moment later) restarts the count
 * from the hub's own figure: then the move is tried again, the figure it starts from read afresh.
 */
async function expectTicks(page: Page, clock: Locator, minutes: number): Promise<void> {
  await expect(async () => {
    const before = await minutesLeft(clock);
    await page.clock.runFor(minutes * 60_000);
    await expect(clock).toContainText(new RegExp(`^${eitherOf(before - minutes)} left`), { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test.describe('SLA countdown on the task page', () => {
  const hub = hubForThisFile();
  let clientId: string;

  test.beforeAll(async () => {
    const policy = await hub.api<{ id: string }>('slaPolicies.create', {
      name: 'Around the clock',
      timezone: 'Europe/Rome',
      hours: allWeek,
      holidays: { italian: false, dates: [] },
      targets: { P1: target(60, 240), P2: target(120, 480), P3: target(240, 960), P4: target(480, 1440) },
    });
    clientId = (await hub.api<{ id: string }>('clients.create', { code: 'acme', name: 'Acme S.p.A.', slaPolicyId: policy.id })).id;
    await hub.api('accounts.create', { login: 'anna.bianchi', name: 'Anna Bianchi', role: 'operator', password });
  });

  /** A P1 incident for Acme opened `minutesAgo` minutes ago: response within 60 min, resolution within 240. */
  const openedAgo = async (title: string, minutesAgo: number) =>
    (await hub.api<{ id: string }>('tasks.create', { clientId, kind: 'incident', priority: 'P1', title, openedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() })).id;

  const openTask = async (page: Page, id: string, title: string) => {
    await page.goto(`${hub.url}/#/tasks/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  };

  test('a running clock counts down, pauses while waiting on the client, runs again, and turns red when it runs out', async ({ page }) => {
    await page.clock.install();
    await signInAs(page, hub, 'anna.bianchi', password);
    const id = await openedAgo('Mail server down', 50);
    await openTask(page, id, 'Mail server down');
    const response = page.getByTestId('sla-clock-response');
    const resolution = page.getByTestId('sla-clock-resolution');

    await test.step('opened 50 minutes ago, a P1 has 10 minutes left to respond: amber, at risk', async () => {
      await expect(response).toHaveAttribute('data-state', 'running');
      await expect(response).toContainText(new RegExp(`^${eitherOf(10)} left`));
      await expect(response).toContainText('running · business hours');
      await expect(response).toHaveClass(/sla-clock--at_risk/);
      await expect(page.getByRole('progressbar', { name: 'Response' })).toHaveAttribute('aria-valuenow', /^8[345]$/);
      await expect(resolution).toContainText(new RegExp(`^${eitherOf(190)} left`));
      await expect(page.getByText('SLA at risk').first()).toBeVisible();
    });

    await test.step('the countdown ticks on the page between answers: ten minutes later, ten minutes less', async () => {
      await expectTicks(page, resolution, 10);
    });

    await test.step('waiting on the client: the response clock stops, met; the resolution clock pauses and holds', async () => {
      await page.getByLabel('Status').selectOption({ label: 'Waiting on client' });
      await expect(response).toHaveAttribute('data-state', 'stopped');
      await expect(response).toContainText(/^met with (8|9|10) min to spare/);
      await expect(response).toContainText(/responded .+target 1 h 00 min/);
      await expect(resolution).toHaveAttribute('data-state', 'paused');
      await expect(resolution).toContainText('paused — waiting on client');
      await expect(resolution).toContainText('no due time while paused');
      const held = await resolution.textContent();
      await page.clock.runFor('10:00');
      await expect(resolution).toHaveText(held ?? '');
    });

    await test.step('back in progress, the resolution clock runs again and ticks', async () => {
      await page.getByLabel('Status').selectOption({ label: 'In progress' });
      await expect(resolution).toHaveAttribute('data-state', 'running');
      await expect(resolution).toContainText('running · business hours');
      await expect(resolution).toContainText(/due .+target 4 h 00 min/);
      await expectTicks(page, resolution, 10);
    });

    await test.step('a clock that runs out while the page is open turns red and says it is overdue', async () => {
      const lastMinute = await openedAgo('Firewall unreachable', 59);
      await openTask(page, lastMinute, 'Firewall unreachable');
      await expect(response).toContainText(/^1 min left/);
      await expect(response).toHaveClass(/sla-clock--at_risk/);
      // Retried like expectTicks: a late answer from the hub would put the page back at "1 min left".
      await expect(async () => {
        await page.clock.runFor('02:00');
        await expect(response).toContainText(/^overdue by \d+ min/, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(response).toHaveClass(/sla-clock--breached/);
      await expect(response).toHaveAttribute('data-state', 'running');
    });
  });

  test('a breached clock is red on the page and in the list, and stays breached once responded', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    // 65 h 05 min ago: 64 h 05 min past the response target, 61 h 05 min past the resolution target.
    const id = await openedAgo('Backup failed all weekend', 65 * 60 + 5);
    const response = page.getByTestId('sla-clock-response');

    await test.step('both clocks say by how much they are overdue, in red, with full bars', async () => {
      await openTask(page, id, 'Backup failed all weekend');
      await expect(response).toContainText(new RegExp(`^overdue by ${eitherOf(64 * 60 + 6)}`));
      await expect(response).toHaveClass(/sla-clock--breached/);
      await expect(page.getByTestId('sla-clock-resolution')).toContainText(new RegExp(`^overdue by ${eitherOf(61 * 60 + 6)}`));
      await expect(page.getByRole('progressbar', { name: 'Response' })).toHaveAttribute('aria-valuenow', '100');
      await expect(page.getByText('SLA breached').first()).toBeVisible();
    });

    await test.step('the task list marks its due times breached, and the SLA filter finds it', async () => {
      await sidebarLink(page, 'Tasks').click();
      await page.getByLabel('SLA', { exact: true }).selectOption('breached');
      const row = page.getByRole('row', { name: /Backup failed all weekend/ });
      await expect(row.getByTitle('SLA breached')).toHaveCount(2);
      await expect(page.getByRole('row', { name: /Mail server down/ })).toHaveCount(0);
      await row.click();
    });

    await test.step('responding late stops the response clock breached, by how much it was late', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Backup failed all weekend' })).toBeVisible();
      await page.getByLabel('Status').selectOption({ label: 'In progress' });
      await expect(response).toHaveAttribute('data-state', 'stopped');
      await expect(response).toContainText(new RegExp(`^breached by ${eitherOf(64 * 60 + 6)}`));
      await expect(response).toHaveClass(/sla-clock--breached/);
    });
  });

  test('responded and then resolved in time, both clocks show they were met; in Italian too', async ({ page }) => {
    await signInAs(page, hub, 'anna.bianchi', password);
    const id = await openedAgo('Printer jammed', 30);
    await hub.api('tasks.update', { id, status: 'in_progress' });
    await openTask(page, id, 'Printer jammed');
    const response = page.getByTestId('sla-clock-response');
    const resolution = page.getByTestId('sla-clock-resolution');

    await test.step('responded 30 minutes in: the response clock stopped, met; the resolution clock runs', async () => {
      await expect(response).toHaveAttribute('data-state', 'stopped');
      await expect(response).toContainText(/^met with (29|30) min to spare/);
      await expect(response).toHaveClass(/sla-clock--met/);
      await expect(resolution).toHaveAttribute('data-state', 'running');
      await expect(resolution).toContainText(new RegExp(`^${eitherOf(210)} left`));
    });

    await test.step('resolved: the resolution clock stops too, met, with when it was resolved', async () => {
      await page.getByLabel('Status').selectOption({ label: 'Resolved' });
      await expect(resolution).toHaveAttribute('data-state', 'stopped');
      await expect(resolution).toContainText(/^met with 3 h (29|30) min to spare/);
      await expect(resolution).toContainText(/resolved .+target 4 h 00 min/);
      await expect(page.getByText('SLA ok').first()).toBeVisible();
    });

    await test.step('in Italian, the outcomes read “rispettato con … di margine”', async () => {
      await openSettings(page);
      await page.getByLabel('Language').selectOption('it');
      await openTask(page, id, 'Printer jammed');
      await expect(response).toContainText(/^rispettato con (29|30) min di margine/);
      await expect(response).toContainText(/preso in carico il .+obiettivo 1 h 00 min/);
      await expect(resolution).toContainText(/^rispettato con 3 h (29|30) min di margine/);
      await expect(resolution).toContainText(/risolto il .+obiettivo 4 h 00 min/);
      await expect(page.getByRole('progressbar', { name: 'Risoluzione' })).toHaveAttribute('aria-valuetext', /^usato il \d+% di 4 h 00 min$/);
    });
  });
});
