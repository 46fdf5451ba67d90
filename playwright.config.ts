import { defineConfig } from '@playwright/test';

// The console is tested in Debian's Chromium against real hubs the tests start themselves
// (tests/e2e/hub.ts); `npm test` builds out/ before this runs. Playwright cannot download
// browsers here, hence the executable path.
export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores on CI: one browser and one hub at a time keep timings honest.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    colorScheme: 'light',
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.PRESIDIO_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
