import { expect, test } from '@playwright/test';
import { hubForThisFile, signIn } from './hub';

// Check data retention in Settings: a value out of order is refused on its field and nothing is
// saved; a valid change is saved and is what the core then prunes by.

test.describe('retention settings', () => {
  const hub = hubForThisFile();

  test('minute rollups shorter than raw results are refused on their field; a valid change is saved', async ({ page }) => {
    await signIn(page, hub);
    await page.goto(`${hub.url}/#/settings`);
    const section = page.getByRole('region', { name: 'Check data retention' });
    await expect(section.getByLabel('Raw results')).toHaveValue('7');
    await expect(section.getByLabel('Minute rollups')).toHaveValue('30');

    await section.getByLabel('Minute rollups').fill('3');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByText('At least as long as raw results (7 days)')).toBeVisible();
    await expect(section.getByLabel('Minute rollups')).toHaveAttribute('aria-invalid', 'true');
    expect((await hub.api<{ retention: { minuteDays: number } }>('settings.get', {})).retention.minuteDays).toBe(30);

    await section.getByLabel('Minute rollups').fill('14');
    await section.getByLabel('Hour rollups').fill('365');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByLabel('Minute rollups')).not.toHaveAttribute('aria-invalid');
    await expect(section.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect((await hub.api<{ retention: unknown }>('settings.get', {})).retention).toEqual({ resultsDays: 7, minuteDays: 14, hourDays: 365, dayDays: 400 });
  });
});
