import { defineConfig } from '@playwright/test'

import { findChromium } from './tests/e2e/chromium'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
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
  webServer: {
    // The production path readers get: build when needed, migrate, seed, `next start`.
    command: 'npx tsx scripts/start.ts',
    url: `${baseURL}/api/users/me`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR ?? 'data/e2e',
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
    },
  },
})
