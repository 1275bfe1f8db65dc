/**
 * `npx tsx bench/profile-open.ts [dist-dir]`: where the long tasks of opening the 1,000-question poll
 * go. Serves a build, opens the poll restored from the autosave with a CPU profile running, and prints
 * each task over 50 ms with the functions (self time) that filled it. A developer's tool for issue 11
 * item 6, not a test.
 */
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { AUTOSAVE_KEY, AUTOSAVE_PLACES_KEY } from '../src/store/persistence/storage-keys.ts';
import { generatePoll } from './gen-poll.ts';
import { servePreview } from './local-server.ts';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

async function main() {
  const dist = process.argv[2] ?? '.bench/ui-dist';
  if (!process.argv[2]) {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(1);
  }
  const { url, stop } = await servePreview(dist);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const saved = JSON.stringify({ text: generatePoll(1000), positions: {} });
    await page.addInitScript(
      ([key, value]) => {
        const w = window as unknown as { longTasks_: { start: number; duration: number }[] };
        w.longTasks_ = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            w.longTasks_.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        if (location.pathname !== '/') return;
        localStorage.setItem(key!, value!);
      },
      [AUTOSAVE_KEY, saved],
    );
    // Same origin first: the profiler then stays with the renderer process the app runs in.
    await page.goto(`${url}no-such-page`);
    // A function the profile can see at a known page time aligns the two clocks. (A string: tsx would
    // wrap a named function in a helper the page lacks.)
    await page.addInitScript(`window.syncAt_ = (function syncMarker_() {
      const t = performance.now();
      while (performance.now() - t < 5) {}
      return t;
    })();`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(
      // positions are saved apart from an unchanged text (AUTOSAVE_PLACES_KEY)
      (keys) =>
        keys.some(
          (key) =>
            Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').positions ?? {}).length > 0,
        ),
      [AUTOSAVE_PLACES_KEY, AUTOSAVE_KEY],
      { timeout: 60_000 },
    );
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const timing = await page.evaluate(() => ({
      syncAt: (window as unknown as { syncAt_: number }).syncAt_,
      tasks: (window as unknown as { longTasks_: { start: number; duration: number }[] })
        .longTasks_,
      measures: performance
        .getEntriesByType('measure')
        .map((m) => `${m.name}@${m.startTime.toFixed(0)}+${m.duration.toFixed(0)}`),
    }));
    report(profile, timing);
  } finally {
    await browser.close();
    stop();
  }
}

function report(
  profile: Profile,
  timing: { syncAt: number; tasks: { start: number; duration: number }[]; measures: string[] },
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Sample times are µs on the profiler's clock, page times ms since timeOrigin: aligned by the marker.
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  // the first app-level frame (url with /assets/) from the top of the stack, for a coarse "who"
  const owner = (id: number) => {
    let best: ProfileNode | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parents.get(cur)) {
      const n = byId.get(cur)!;
      if (n.callFrame.url.includes('/assets/')) best = n;
    }
    return best ? label(best) : '(browser)';
  };
  const inMarker = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parents.get(cur))
      if (byId.get(cur)!.callFrame.functionName === 'syncMarker_') return true;
    return false;
  };
  const markerIndex = profile.samples.findIndex(inMarker);
  if (markerIndex < 0) throw new Error('no sync marker in the profile');
  // profile µs = page ms * 1000 + offset
  const offset = times[markerIndex]! - timing.syncAt * 1000;
  console.log('measures:', timing.measures.join('  '));
  for (const task of timing.tasks.sort((a, b) => b.duration - a.duration)) {
    const from = task.start * 1000 + offset;
    const to = from + task.duration * 1000;
    const self = new Map<string, number>();
    const outer = new Map<string, number>();
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = times[i]!;
      if (at < from || at > to) return;
      const dt = (profile.timeDeltas[i + 1] ?? 200) / 1000;
      const key = label(byId.get(id)!);
      self.set(key, (self.get(key) ?? 0) + dt);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parents.get(cur)) {
        const l = label(byId.get(cur)!);
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + dt);
      }
      const o = owner(id);
      outer.set(o, (outer.get(o) ?? 0) + dt);
    });
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([f, ms]) => `    ${ms.toFixed(1).padStart(6)} ms  ${f}`)
        .join('\n');
    console.log(`\nTASK ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms`);
    console.log('  outermost app frames:\n' + top(outer, 8));
    console.log('  self:\n' + top(self, 10));
    if (process.env.INCLUSIVE && task.duration > Number(process.env.INCLUSIVE))
      console.log('  inclusive:\n' + top(total, 60));
  }
}

void main();
