import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { hubForThisFile, password, sidebarLink, signInAs } from './hub';

// A technician opens My day: today's and overdue tasks by site, the site's devices, contacts and
// notes one click away, and the day's calendar as an .ics file.

const DAY = 86_400_000;

test.describe('my day', () => {
  const hub = hubForThisFile();

  test.beforeAll(async () => {
    const client = await hub.api<{ id: string }>('clients.create', { code: 'acme', name: 'Acme S.p.A.', notes: 'Ask for Gianni at the front desk' });
    const site = await hub.api<{ id: string }>('sites.create', { clientId: client.id, name: 'Sede Milano', address: 'Via Roma 1, 20100 Milano', notes: 'Server room key in the red box' });
    await hub.api('devices.create', { clientId: client.id, siteId: site.id, name: 'srv-files', kind: 'server', hostname: 'srv-files.acme.local' });
    await hub.api('contacts.create', { clientId: client.id, siteId: site.id, name: 'Gianni Verdi', role: 'Office manager', phone: '+39 02 1234567' });
    const mario = await hub.api<{ id: string }>('accounts.create', { login: 'mario.rossi', name: 'Mario Rossi', role: 'technician', password });
    const luca = await hub.api<{ id: string }>('accounts.create', { login: 'luca.neri', name: 'Luca Neri', role: 'technician', password });
    const task = (title: string, fields: Record<string, unknown>) =>
      hub.api('tasks.create', { clientId: client.id, kind: 'maintenance', priority: 'P3', title, assigneeId: mario.id, ...fields });
    const now = Date.now();
    await task('Replace UPS batteries', { siteId: site.id, scheduledAt: new Date(now).toISOString(), checklist: ['Check load', 'Swap batteries'] });
    await task('Firewall firmware', { siteId: site.id, scheduledAt: new Date(now - 3 * DAY).toISOString() });
    await task('Printer offline', { kind: 'incident', priority: 'P1', openedAt: new Date(now - 4 * DAY).toISOString() });
    await task('Next week visit', { siteId: site.id, scheduledAt: new Date(now + 7 * DAY).toISOString() });
    await task('Luca’s job', { siteId: site.id, scheduledAt: new Date(now).toISOString(), assigneeId: luca.id });
  });

  test("a technician sees the day's and the overdue work by site, with the site at hand", async ({ page }) => {
    await signInAs(page, hub, 'mario.rossi', password);

    await test.step('G then M opens My day: today first by site, overdue work marked, other days and people left out', async () => {
      await page.keyboard.press('g');
      await page.keyboard.press('m');
      await expect(page.getByRole('heading', { level: 1, name: 'My day' })).toBeVisible();
      await expect(sidebarLink(page, 'My day')).toHaveAttribute('aria-current', 'page');
      const site = page.getByRole('region', { name: 'Sede Milano' });
      await expect(site).toContainText('Via Roma 1, 20100 Milano');
      await expect(site.getByRole('listitem').filter({ hasText: 'Firewall firmware' })).toContainText('Overdue');
      await expect(site.getByRole('listitem').filter({ hasText: 'Replace UPS batteries' })).toContainText('0/2 done');
      await expect(site.getByRole('listitem').filter({ hasText: 'Replace UPS batteries' })).not.toContainText('Overdue');
      const noSite = page.getByRole('region', { name: 'Acme S.p.A.' });
      await expect(noSite.getByRole('listitem').filter({ hasText: 'Printer offline' })).toContainText('Overdue');
      await expect(page.getByText('Next week visit')).toHaveCount(0);
      await expect(page.getByText('Luca’s job')).toHaveCount(0);
    });

    await test.step("the site's devices, contacts and notes are one click away", async () => {
      const site = page.getByRole('region', { name: 'Sede Milano' });
      await site.getByRole('button', { name: 'Devices' }).click();
      const panel = page.getByRole('dialog', { name: 'Sede Milano · Acme S.p.A.' });
      await expect(panel.getByRole('link', { name: 'srv-files' })).toBeVisible();
      await expect(panel).toContainText('no checks');
      await panel.getByRole('radio', { name: 'Contacts' }).check();
      await expect(panel).toContainText('Gianni Verdi');
      await expect(panel.getByRole('link', { name: '+39 02 1234567' })).toBeVisible();
      await panel.getByRole('radio', { name: 'Notes' }).check();
      await expect(panel).toContainText('Server room key in the red box');
      await expect(panel).toContainText('Ask for Gianni at the front desk');
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    });

    await test.step('another day is one arrow away', async () => {
      for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next day' }).click();
      const site = page.getByRole('region', { name: 'Sede Milano' });
      await expect(site.getByRole('listitem').filter({ hasText: 'Next week visit' })).toBeVisible();
      await expect(site.getByRole('listitem').filter({ hasText: 'Next week visit' })).not.toContainText('Overdue');
      // Still open then, today's work counts as overdue on that day.
      await expect(site.getByRole('listitem').filter({ hasText: 'Replace UPS batteries' })).toContainText('Overdue');
      await page.getByRole('button', { name: 'Today' }).click();
      await expect(page.getByText('Next week visit')).toHaveCount(0);
      await expect(site.getByRole('listitem').filter({ hasText: 'Replace UPS batteries' })).not.toContainText('Overdue');
    });

    await test.step('the calendar downloads as an .ics file with one event per scheduled task', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export calendar (.ics)' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^presidio-tasks-.+\.ics$/);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), 'utf8')));
      const summaries = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary);
      expect(summaries.sort()).toEqual(['[P3] Firewall firmware — Acme S.p.A.', '[P3] Next week visit — Acme S.p.A.', '[P3] Replace UPS batteries — Acme S.p.A.']);
      const ups = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)).find((event) => event.summary.includes('UPS'))!;
      expect(ups.location).toBe('Sede Milano, Via Roma 1, 20100 Milano');
      expect(ups.description).toContain('[ ] Swap batteries');
    });
  });

  test('someone with nothing scheduled is told what will appear', async ({ page }) => {
    await signInAs(page, hub, 'luca.neri', password);
    // A day long gone: Luca's one task is scheduled later, and not overdue.
    await page.goto(`${hub.url}/#/my-day?day=2020-01-01`);
    await expect(page.getByRole('heading', { name: 'Nothing scheduled for you on this day' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the task list' })).toBeVisible();
  });
});
