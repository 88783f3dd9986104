import { defineConfig } from '@playwright/test';

// Two production instances on one Postgres (DATABASE_URL), behind a round-robin proxy: run by `npm run
// test:postgres` after the e2e suite (whose build in .next-e2e they reuse). HTTP only, so no browser.
export default defineConfig({
  testDir: './e2e-instances',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 300_000,
  expect: { timeout: 120_000 },
  reporter: [['list']],
});
