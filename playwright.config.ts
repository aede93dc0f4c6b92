import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets two checkouts run their browser tests at once without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * The tests start with predictions turned off (the practice feature's setting, as a visitor who
 * turned them off has it): a prediction takes the first "next" at its position, which the key
 * walks written for other features do not expect. The tests of the predictions, of every
 * position's layout and of accessibility turn them on (`PREDICTIONS_ON`).
 */
const PREDICTIONS_OFF = {
  cookies: [],
  origins: [
    {
      origin: `http://127.0.0.1:${port}`,
      localStorage: [{ name: 'bptt-practice', value: '{"enabled":false,"records":{}}' }],
    },
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    storageState: PREDICTIONS_OFF,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
