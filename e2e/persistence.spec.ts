/**
 * Nothing typed is lost: a full storage says so (with Download as the way out), a reload right after
 * typing keeps the typing, a damaged stored value is set aside and the rest loads, and two tabs of one
 * workspace keep each other's edits.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_BROADCAST } from '../src/core/index.ts';
import { openDocuments, StudioPage } from './pages/StudioPage.ts';

test.use({ viewport: { width: 1400, height: 1300 } }); // Monaco draws only the lines on screen.

const notSaved = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Your work is NOT saved' });

test('a full storage: an alert says the work is not saved, offers Download, and goes once saving works', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { storageFull: boolean }).storageFull = true;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull: boolean }).storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await studio.clickLine('Thank you for taking our poll');
  await studio.type('Unsaved words. ');
  await expect(notSaved(page)).toContainText('storage for this page is full');
  const download = page.waitForEvent('download');
  await notSaved(page).getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xml$/);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await file.path(), 'utf8')).toContain('Unsaved words. Thank you');

  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
  await studio.clickLine('Unsaved words.');
  await studio.type('Saved now. ');
  await expect(notSaved(page)).toHaveCount(0);
  await studio.expectSaved('Saved now. Unsaved words. Thank you');
});

test('a full storage from the first script on: the alert shows after the first edit', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await expect(studio.editorLines()).toContainText('dialplan');
  await studio.clickLine('Thank you for taking our poll');
  await studio.type('x');
  await expect(notSaved(page)).toBeVisible();
});

test('a reload right after typing keeps the typing', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.clickLine('Thank you for taking our poll');
  await studio.type('Quick words. ');
  await page.reload(); // within the editor's debounce: the page-hide save must take the typing
  await expect(studio.editorLines()).toContainText('Quick words. Thank you');
});

test('a damaged stored workspace: the studio loads, says what was set aside, and Export works', async ({
  page,
}) => {
  // Stored before the app starts (once: the studio's own saves later replace it).
  await page.addInitScript((DEFAULT) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    const plan = (name: string) =>
      `<dialplan name="Root">\n  <hangup name="${name}"/>\n</dialplan>\n`;
    localStorage.setItem(
      'dialplan-studio:workspace',
      JSON.stringify({
        version: 1,
        activeId: 'first',
        documents: [
          { id: 'first', name: 'First plan', text: plan('First'), broadcast: DEFAULT },
          { id: 'second', name: 'Second plan', text: plan('Second'), broadcast: {} },
        ],
      }),
    );
  }, DEFAULT_BROADCAST);
  const studio = new StudioPage(page);
  await page.goto('/');
  await expect(studio.node('hangup First')).toBeVisible();
  const report = page.getByRole('alert').filter({ hasText: 'were damaged' });
  await expect(report).toContainText('“Second plan”');
  await expect(report).toContainText('dialplan-studio:set-aside:dialplan-studio:workspace');
  expect(
    await page.evaluate(() =>
      localStorage.getItem('dialplan-studio:set-aside:dialplan-studio:workspace'),
    ),
  ).toContain('"broadcast":{}');
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toHaveCount(0);

  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  const panel = page.getByRole('complementary', { name: 'Side panel' });
  await expect(panel.getByRole('button', { name: /Download \.xml/ })).toBeVisible();
  await expect((await openDocuments(page)).getByText('Second plan')).toBeVisible();
});

test('two tabs of one workspace: an edit in one appears in the other, and back', async ({
  context,
}) => {
  const first = await context.newPage();
  const a = new StudioPage(first);
  await a.open();
  const b = new StudioPage(await context.newPage());
  await b.open({ keepStorage: true });

  await a.clickLine('Thank you for taking our poll');
  await a.type('From tab A. ');
  await expect(b.node('play Goodbye')).toContainText('From tab A. Thank you');
  await expect(b.editorLines()).toContainText('From tab A. Thank you');

  await b.clickLine('Thank you for taking our poll');
  await b.type('Then B. ');
  await expect(a.node('play Goodbye')).toContainText('Then B. From tab A.');
});

/** Holds back what a tab tells the others until released: two tabs can then change the same text "at once". */
async function holdTabMessages(page: Page) {
  await page.addInitScript(() => {
    const post = BroadcastChannel.prototype.postMessage;
    const held: [BroadcastChannel, unknown][] = [];
    const w = window as unknown as {
      holding: boolean;
      heldCount: () => number;
      release: () => void;
    };
    w.holding = false;
    w.heldCount = () => held.length;
    w.release = () => {
      w.holding = false;
      for (const [channel, message] of held.splice(0)) post.call(channel, message);
    };
    BroadcastChannel.prototype.postMessage = function (message: unknown) {
      if (w.holding) held.push([this, message]);
      else post.call(this, message);
    };
  });
}

test('two tabs changing the same document at once: neither text is dropped, and the studio says so', async ({
  context,
}) => {
  const pages = [await context.newPage(), await context.newPage()] as const;
  for (const page of pages) await holdTabMessages(page);
  const a = new StudioPage(pages[0]);
  await a.open();
  const b = new StudioPage(pages[1]);
  await b.open({ keepStorage: true });
  for (const page of pages)
    await page.evaluate(() => ((window as unknown as { holding: boolean }).holding = true));

  await a.clickLine('Thank you for taking our poll');
  await a.page.keyboard.insertText('Only A. ');
  await expect(a.editorLines()).toContainText('Only A. Thank you');
  await b.clickLine('Thank you for taking our poll');
  await b.page.keyboard.insertText('Only B. ');
  await expect(b.editorLines()).toContainText('Only B. Thank you');
  for (const page of pages)
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { heldCount: () => number }).heldCount()),
      )
      .toBeGreaterThan(0);
  for (const page of pages)
    await page.evaluate(() => (window as unknown as { release: () => void }).release());

  // One text stays in the document, the other becomes a copy — the same in both tabs.
  for (const studio of [a, b]) {
    await expect(
      studio.page.getByRole('alert').filter({ hasText: 'was changed in two tabs at once' }),
    ).toBeVisible();
    const copy = (await studio.documents()).getByText('Political poll (conflicting copy)');
    await expect(copy).toBeVisible();
  }
  // The graph follows the text a moment later: wait until both tabs show the same kept text.
  const goodbye = (studio: StudioPage) => studio.node('play Goodbye').innerText();
  await expect.poll(async () => (await goodbye(a)) === (await goodbye(b))).toBe(true);
  const kept = (await a.node('play Goodbye').innerText()).includes('Only A.') ? 'A' : 'B';
  const copied = kept === 'A' ? 'B' : 'A';
  await expect(b.node('play Goodbye')).toContainText(`Only ${kept}. Thank you`);
  for (const studio of [a, b]) {
    await (await studio.documents()).getByText('Political poll (conflicting copy)').click();
    await expect(studio.editorLines()).toContainText(`Only ${copied}. Thank you`);
  }
});
