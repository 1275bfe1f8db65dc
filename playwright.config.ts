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
/** The dev server (`npm start`'s mode: React StrictMode, unbundled modules) of the dev-server project. */
const DEV_PORT = Number(process.env.PW_DEV_PORT ?? PORT + 1000);
/** Specs that run against the dev server; every other spec runs on the production build. */
const DEV_SPECS = /dev-server\/.*\.spec\.ts/;

/** The projects named on the command line (`--project=x`, `--project x`); none means all. */
function requestedProjects(argv: string[]): string[] {
  return argv.flatMap((arg, i) => {
    if (arg.startsWith('--project=')) return [arg.slice('--project='.length)];
    return arg === '--project' && argv[i + 1] ? [argv[i + 1]!] : [];
  });
}
const REQUESTED = requestedProjects(process.argv);
// Each server starts only when a project that needs it runs: the build takes a minute on 2 cores.
const NEEDS_DEV_SERVER = REQUESTED.length === 0 || REQUESTED.includes('dev-server');
const NEEDS_PREVIEW = REQUESTED.length === 0 || REQUESTED.some((name) => name !== 'dev-server');

/**
 * Every test starts with the first-step guide dismissed, as for someone who has used the studio before
 * (e2e/workspace.spec.ts opts back in with an empty storage state).
 */
function guideDismissed(origin: string) {
  return {
    cookies: [],
    origins: [{ origin, localStorage: [{ name: 'dialplan-studio:guide:v1', value: 'dismissed' }] }],
  };
}

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
    storageState: guideDismissed(`http://127.0.0.1:${PORT}`),
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: [/simulator.*\.spec\.ts/, DEV_SPECS] },
    // The simulator journeys run once per Web Speech behaviour (e2e/simulator-speech-env.ts).
    ...(['stock', 'speech-dispatcher', 'espeak-silent'] as SpeechBehaviour[]).map((behaviour) => ({
      name: `simulator-${behaviour}`,
      testMatch: /simulator.*\.spec\.ts/,
      testIgnore: DEV_SPECS,
      use: {
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          ...speechLaunchOptions(behaviour, CHROMIUM_ARGS),
        },
      },
    })),
    // A smoke suite on the dev server, what the README's `npm start` runs (issue 24 item 5).
    {
      name: 'dev-server',
      testMatch: DEV_SPECS,
      // The dev server transforms each module on its first request: a first view takes longer.
      timeout: 120_000,
      expect: { timeout: 30_000 },
      use: {
        baseURL: `http://127.0.0.1:${DEV_PORT}`,
        storageState: guideDismissed(`http://127.0.0.1:${DEV_PORT}`),
      },
    },
  ],
  webServer: [
    NEEDS_PREVIEW && {
      // A build folder per port: two runs at once (say, two developers' checks) never share one.
      command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    NEEDS_DEV_SERVER && {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ].filter((server) => server !== false),
});
