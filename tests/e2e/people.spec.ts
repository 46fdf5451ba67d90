import { type Browser, type Page, expect, test } from '@playwright/test';
import { hubForThisFile, openSettings, sidebarLink, signIn, signInAs } from './hub';

// An admin manages people in Settings → People: add one, who then signs in; archive them, and
// they are out at once and cannot sign in again; everyone changes their own password.

test.describe('people', () => {
  const hub = hubForThisFile();

  const freshPage = async (browser: Browser): Promise<Page> => (await browser.newContext()).newPage();
  const people = (page: Page) => page.getByRole('region', { name: 'People' });

  test('an admin adds a person who signs in, changes their password, and is archived out', async ({ browser }) => {
    const admin = await freshPage(browser);
    await signIn(admin, hub);
    await openSettings(admin);
    await expect(people(admin).getByRole('heading', { name: 'No people yet' })).toBeVisible();

    await test.step('add a person: the form names what is wrong, then creates them', async () => {
      await people(admin).getByRole('button', { name: 'Add person' }).click();
      const form = admin.getByRole('dialog', { name: 'Add a person' });
      await form.getByLabel('Full name').fill('Giulia Verdi');
      await form.getByLabel('Login').fill('giulia verdi');
      await form.getByLabel('Role').selectOption({ label: 'operator' });
      await form.getByLabel('Initial password').fill('short');
      await form.getByRole('button', { name: 'Create' }).click();
      await expect(form.getByText('Letters, digits and . _ @ - only (no spaces)')).toBeVisible();
      await expect(form.getByText('At least 10 characters')).toBeVisible();
      await form.getByLabel('Login').fill('giulia.verdi');
      await form.getByLabel('Initial password').fill('first password');
      await form.getByRole('button', { name: 'Create' }).click();
      await expect(form).toBeHidden();
      await expect(people(admin).getByRole('row', { name: /Giulia Verdi/ })).toContainText('giulia.verdi');
      await expect(people(admin).getByText('1 person')).toBeVisible();
    });

    const giulia = await freshPage(browser);
    await test.step('they sign in; a wrong password is refused first, with a clear message', async () => {
      await giulia.goto(hub.url);
      await giulia.getByLabel('Login').fill('giulia.verdi');
      await giulia.getByLabel('Password').fill('not the password');
      await giulia.getByRole('button', { name: 'Sign in' }).click();
      await expect(giulia.getByRole('alert')).toContainText('Wrong login or password');
      await expect(giulia.getByLabel('Password')).toBeFocused();
      await giulia.getByLabel('Password').fill('first password');
      await giulia.getByRole('button', { name: 'Sign in' }).click();
      await expect(giulia.getByRole('button', { name: /Giulia Verdi\s*operator/ })).toBeVisible();
    });

    await test.step('they change their own password from the menu', async () => {
      await giulia.getByRole('button', { name: /Giulia Verdi/ }).click();
      await giulia.getByRole('menuitem', { name: 'Change password…' }).click();
      const dialog = giulia.getByRole('dialog', { name: 'Change your password' });
      await dialog.getByLabel('Current password').fill('wrong current one');
      await dialog.getByLabel('New password', { exact: true }).fill('second password');
      await dialog.getByLabel('Repeat the new password').fill('second password');
      await dialog.getByRole('button', { name: 'Change password' }).click();
      await expect(dialog.getByText('Not your current password')).toBeVisible();
      await dialog.getByLabel('Current password').fill('first password');
      await dialog.getByRole('button', { name: 'Change password' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('they sign out, and in again with the new password', async () => {
      await giulia.getByRole('button', { name: /Giulia Verdi/ }).click();
      await giulia.getByRole('menuitem', { name: 'Sign out' }).click();
      await expect(giulia.getByRole('heading', { name: 'Sign in to Presidio' })).toBeVisible();
      await signInAs(giulia, hub, 'giulia.verdi', 'second password');
    });

    await test.step('the admin archives them: they are out at once and cannot sign in', async () => {
      await admin.getByRole('row', { name: /Giulia Verdi/ }).getByRole('button', { name: 'Archive' }).click();
      await admin.getByRole('dialog', { name: 'Archive Giulia Verdi?' }).getByRole('button', { name: 'Archive' }).click();
      await expect(people(admin).getByRole('row', { name: /Giulia Verdi/ })).toHaveCount(0);
      await people(admin).getByLabel('Show archived').check();
      await expect(people(admin).getByRole('row', { name: /Giulia Verdi/ })).toContainText('Archived');

      await sidebarLink(giulia, 'Devices').click();
      await expect(giulia.getByRole('heading', { name: 'Sign in to Presidio' })).toBeVisible();
      await giulia.getByLabel('Login').fill('giulia.verdi');
      await giulia.getByLabel('Password').fill('second password');
      await giulia.getByRole('button', { name: 'Sign in' }).click();
      await expect(giulia.getByRole('alert')).toContainText('Wrong login or password');
    });

    await test.step('restored, they can sign in again', async () => {
      await admin.getByRole('row', { name: /Giulia Verdi/ }).getByRole('button', { name: 'Restore' }).click();
      await admin.getByRole('dialog', { name: 'Restore Giulia Verdi?' }).getByRole('button', { name: 'Restore' }).click();
      await expect(people(admin).getByRole('row', { name: /Giulia Verdi/ })).not.toContainText('Archived');
      await signInAs(giulia, hub, 'giulia.verdi', 'second password');
    });
  });
});
