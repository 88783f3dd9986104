import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium when it is installed (this project's CI), else Playwright's own browsers for those who have them.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const useSystemChromium = !process.env.PLAYWRIGHT_USE_BUNDLED && fs.existsSync(systemChromium);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  // One output dir per port, as scripts/e2e-server.mjs keeps one build per port: a run empties its output dir as it
  // starts, which would delete the traces (and fail the tests) of a run on another port in the same checkout.
  outputDir: `test-results/port-${PORT}`,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: useSystemChromium
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        }
      : {},
  },
  projects: [
    // Creates the first recruiter through /setup on the fresh server and saves the signed-in state, whatever specs run.
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    {
      name: 'chromium',
      dependencies: ['setup'],
      // Specs act as that recruiter unless they ask for an anonymous context (see e2e/helpers.ts).
      use: { ...devices['Desktop Chrome'], storageState: `e2e/.auth/recruiter-${PORT}.json` },
    },
  ],
  webServer: {
    // Builds and starts the app on a fresh data dir of its own, so tests never share a PGlite dir with a dev server.
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
