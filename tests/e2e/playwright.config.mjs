// Playwright in Debian's Chromium only (never downloads a browser), against the release
// build served by serve.mjs on the loopback port test.sh picked.
import { defineConfig } from '@playwright/test';

const PORT = process.env.PORT || '8091';
const DIST = process.env.DIST || '../../dist';

export default defineConfig({
  testDir: '.',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'e2e', testMatch: /specs\/.*\.spec\.mjs/ },
    { name: 'bench', testMatch: /bench\/.*\.bench\.mjs/ },
  ],
  webServer: {
    command: `node serve.mjs ${DIST} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
