import { defineConfig } from '@playwright/test';
import { speechLaunchOptions, type SpeechBehaviour } from './e2e/simulator-speech-env.ts';

/** Debian's Chromium: Playwright's own browser download cannot work on this network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Another port (PW_PORT) lets a second run avoid a preview server that is already in use. */
const PORT = Number(process.env.PW_PORT ?? 4173);
const OUT_DIR = `.tmp/e2e-dist-${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.PW_OUTPUT ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /simulator.*\.spec\.ts/ },
    // The simulator journeys run once per Web Speech behaviour (e2e/simulator-speech-env.ts).
    ...(['stock', 'speech-dispatcher', 'espeak-silent'] as SpeechBehaviour[]).map((behaviour) => ({
      name: `simulator-${behaviour}`,
      testMatch: /simulator.*\.spec\.ts/,
      use: {
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          ...speechLaunchOptions(behaviour, CHROMIUM_ARGS),
        },
      },
    })),
  ],
  webServer: {
    // A build folder per port: two runs at once (say, two developers' checks) never share one.
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
