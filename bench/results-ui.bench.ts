/**
 * The Results tab with 100,000 calls (100 page files of 1,000, the political poll) in headless Debian
 * Chromium, production build: from choosing the files to the summary and every chart drawn, and the
 * longest main-thread task meanwhile (Long Tasks API). Targets (issue 14): ≤ 3 s, no task over 200 ms.
 * Also prints the start-up JavaScript (gzip; target ≤ 150 KB) and the Results chunk, loaded on first open.
 * Run: `npx tsx bench/results-ui.bench.ts` (or `npm run bench`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, expect } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { startupGzipBytes } from './bundle-size.ts';
import { servePreview } from './local-server.ts';
import { writeResultPages } from './results-pages.ts';

const DIST = '.bench/results-dist';
const TARGET_MS = 3000;
const TARGET_TASK_MS = 200;
/** CPU_THROTTLE=4 slows the page's main thread 4× (CDP), a repeatable stand-in for a loaded machine. */
const THROTTLE = Number(process.env.CPU_THROTTLE ?? 1);

/** Gzipped size of the chunks whose file name starts with ResultsPanel or results.worker. */
function resultsChunkKb(): number {
  const files = readdirSync(join(DIST, 'assets')).filter((f) =>
    /^(ResultsPanel|results\.worker).*\.js$/.test(f),
  );
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(DIST, 'assets', f)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}

/**
 * Resolves once the main thread has a full 50 ms idle period (nothing queued; the studio's own
 * deferred start-up work is done). A string: tsx would wrap a named callback in a __name() helper.
 */
const IDLE_MAIN_THREAD = `new Promise((resolve) => {
  const check = (deadline) => (deadline.timeRemaining() >= 49 ? resolve() : requestIdleCallback(check));
  requestIdleCallback(check);
})`;

/**
 * Runs in the page: `window.chartsDrawn` resolves with performance.now() once the summary says 100,000
 * calls and the Candidate and Final call result charts are in the DOM.
 */
function watchForCharts(): void {
  // No named inner functions: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
  (window as unknown as { chartsDrawn: Promise<number> }).chartsDrawn = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const summary = document.querySelector('[aria-label="Summary"]')?.textContent ?? '';
      const titles = [...document.querySelectorAll('svg.bar-chart > title')].map(
        (t) => t.textContent ?? '',
      );
      if (!summary.includes('Calls100,000')) return;
      if (!titles.some((t) => t.startsWith('Candidate:'))) return;
      if (!titles.some((t) => t.startsWith('Final call result:'))) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function main() {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--manifest'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
  const pagesDir = mkdtempSync(join(tmpdir(), 'dialplan-results-ui-'));
  const files = writeResultPages(pagesDir, 100, 1000);
  const { url, stop } = await servePreview(DIST);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[]; fileInputAt: number };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.startTime, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      // When the page first hears of the chosen files: what the task did before is the browser's.
      addEventListener('input', () => (w.fileInputAt = performance.now()), { capture: true });
    });
    await page.goto(url);
    // The studio has started (the editor drew its first line) before the user opens Results: Monaco's
    // module compile and its deferred set-up are start-up tasks, measured by the UI bench, not here.
    await page.locator('.view-line').first().waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Results' }).click();
    const panel = page.getByRole('region', { name: 'Results', exact: true });
    // Found before the clock starts: finding it by label walks the page on the main thread.
    const input = await panel.getByLabel('Open call results').elementHandle();
    if (!input) throw new Error('no "Open call results" input');
    await page.evaluate(IDLE_MAIN_THREAD);
    // The end is seen in the page (a MutationObserver and two CSS queries per change), not by polling
    // role locators: Playwright's accessibility-tree walks run on the main thread and, with the graph
    // and the editor in the page, were long tasks of their own (75–125 ms each at 4× CPU throttling).
    await page.evaluate(watchForCharts);
    if (THROTTLE > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }
    const start = await page.evaluate(() => performance.now());
    await input.setInputFiles(files);
    const end = await Promise.race([
      page.evaluate(() => (window as unknown as { chartsDrawn: Promise<number> }).chartsDrawn),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no charts after 60 s')), 60_000).unref(),
      ),
    ]);
    // What the user sees, checked once with the accessible names after the clock stopped.
    await expect(panel.getByRole('region', { name: 'Summary' })).toContainText('Calls100,000');
    await panel.getByRole('img', { name: /^Candidate:/ }).waitFor();
    await panel.getByRole('img', { name: /^Final call result:/ }).waitFor();
    const { longTasks: tasks, fileInputAt } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; fileInputAt: number };
      return { longTasks: w.longTasks, fileInputAt: w.fileInputAt };
    });
    // Long tasks (start, duration) that began between choosing the files and the last chart drawn.
    // The task that hands the page its files starts with the browser building the FileList (a MIME
    // lookup per file, no page code can run yet): that part is counted apart, the rest is the page's.
    const during: [number, number][] = [];
    let fileList = 0;
    for (let k = 0; k < tasks.length; k += 2) {
      const at = tasks[k] ?? 0;
      const duration = tasks[k + 1] ?? 0;
      if (at < start || at > end) continue;
      const straddles = at < fileInputAt && fileInputAt < at + duration;
      if (straddles) fileList = fileInputAt - at;
      during.push([at - start, straddles ? at + duration - fileInputAt : duration]);
    }
    const longest = Math.max(0, ...during.map(([, d]) => d));
    const ms = end - start;
    const startup = startupGzipBytes(DIST) / 1024;
    console.log(
      `Results tab bench — 100,000 calls in 100 page files (production build, 1366×768, CPU ${THROTTLE}×)`,
    );
    console.log(`opened and charted:           ${ms.toFixed(0)} ms   (target ≤ ${TARGET_MS})`);
    console.log(
      `longest page task:           ${longest.toFixed(0)} ms   (target ≤ ${TARGET_TASK_MS}; Long Tasks API, 0 = none over 50 ms; at+ms: ${during.map(([a, d]) => `${a.toFixed(0)}+${d.toFixed(0)}`).join(' ')})`,
    );
    console.log(
      `browser's FileList creation: ${fileList.toFixed(0)} ms   (before the page's input event; 0 = not in a long task)`,
    );
    console.log(`start-up JavaScript (gzip):   ${startup.toFixed(1)} KB   (target ≤ 150)`);
    console.log(
      `Results chunk + worker (gzip): ${resultsChunkKb().toFixed(1)} KB   (loaded when the tab opens)`,
    );
    process.exitCode = ms <= TARGET_MS && longest <= TARGET_TASK_MS && startup <= 150 ? 0 : 1;
  } finally {
    await browser.close();
    stop();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

void main();
