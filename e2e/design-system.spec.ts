/**
 * The design system (issue 25 item 3): no control in the browser's default look, status text that is
 * not an error is not red, a light and a dark theme that follow the system until the person chooses,
 * and no motion for those who asked for less.
 */
import { expect, test, type Page } from '@playwright/test';
import { MODES, StudioPage } from './pages/StudioPage.ts';

/**
 * Visible buttons whose background is the user agent's `buttonface` (light or dark), read from a bare
 * button in an unstyled frame and Chromium's two known values.
 */
function defaultLookButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const faces = new Set(['rgb(239, 239, 239)', 'rgb(107, 107, 107)']);
    for (const scheme of ['light', 'dark']) {
      const doc = frame.contentDocument!;
      doc.documentElement.style.colorScheme = scheme;
      const bare = doc.createElement('button');
      doc.body.append(bare);
      faces.add(getComputedStyle(bare).backgroundColor);
      bare.remove();
    }
    frame.remove();
    return [
      ...document.querySelectorAll<HTMLElement>('button, input[type=button], input[type=submit]'),
    ]
      .filter(
        (b) => b.getClientRects().length > 0 && faces.has(getComputedStyle(b).backgroundColor),
      )
      .map(
        (b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? b.outerHTML.slice(0, 80),
      );
  });
}

/** The luminance-free question "is this red?": red well above green and blue. */
function isRed(rgb: string): boolean {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return r > g + 60 && r > b + 60;
}

/** Relative brightness 0–255 of the page's background (dark theme < 60, light > 200). */
function pageBackground(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(
      Number,
    ) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no button keeps the browser's default look in any view (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await new StudioPage(page).open();
    for (const mode of MODES) {
      await new StudioPage(page).modeButton(mode).click();
      // the view's lazy chunk has arrived (its buttons are there to be counted)
      await expect(page.getByText('Loading…')).toHaveCount(0);
      expect(await defaultLookButtons(page), mode).toEqual([]);
    }
  });
}

test('the bare button the check compares with has the default look (the check can fail)', async ({
  page,
}) => {
  await new StudioPage(page).open();
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'bare';
    document.body.append(frame);
  });
  const face = await page.evaluate(() => {
    const doc = (document.getElementById('bare') as HTMLIFrameElement).contentDocument!;
    return getComputedStyle(doc.body.appendChild(doc.createElement('button'))).backgroundColor;
  });
  expect(face).toBe('rgb(239, 239, 239)');
});

test('"Imported …" is not red; a failed import is', async ({ page }) => {
  await new StudioPage(page).open();
  const drop = (name: string, text: string) =>
    page.evaluate(
      ({ name, text }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/xml' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
      },
      { name, text },
    );
  await drop('big.xml', '<dialplan name="Root">\n  <hangup name="Bye"/>\n</dialplan>\n');
  const imported = page.getByRole('alert').filter({ hasText: 'Imported big.xml.' });
  await expect(imported).toBeVisible();
  expect(isRed(await imported.evaluate((e) => getComputedStyle(e).color))).toBe(false);

  await drop('broken.xml', 'not a dialplan');
  const failed = page.getByRole('alert').filter({ hasText: 'Nothing was replaced' });
  await expect(failed).toBeVisible();
  expect(isRed(await failed.evaluate((e) => getComputedStyle(e).borderLeftColor))).toBe(true);
});

test('the theme follows the system until chosen, and the choice lasts across a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await new StudioPage(page).open();
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('button', { name: 'System' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await pageBackground(page)).toBeLessThan(60);
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await expect(page.locator('.react-flow.dark')).toBeVisible();

  // the system turns light: the studio, the editor and the canvas follow
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => pageBackground(page)).toBeGreaterThan(200);
  await expect(page.locator('.monaco-editor.vs')).toBeVisible();
  await expect(page.locator('.react-flow.light')).toBeVisible();

  // chosen: Dark, whatever the system says, and still Dark after a reload
  await theme.getByRole('button', { name: 'Dark' }).click();
  await expect.poll(() => pageBackground(page)).toBeLessThan(60);
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  await expect(page.locator('.react-flow.dark')).toBeVisible();
  await page.reload();
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await pageBackground(page)).toBeLessThan(60);

  // back to System: the system's light again
  await theme.getByRole('button', { name: 'System' }).click();
  await expect.poll(() => pageBackground(page)).toBeGreaterThan(200);
  await page.reload();
  await expect(theme.getByRole('button', { name: 'System' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

/** CSS transitions started on a button when the pointer moves onto it (`transitionrun` events). */
async function transitionsOnHover(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: 'Tidy' });
  await page.mouse.move(0, 0);
  await button.evaluate((b) => {
    const seen = { count: 0 };
    (b as unknown as { seen: typeof seen }).seen = seen;
    b.addEventListener('transitionrun', () => seen.count++);
  });
  await button.hover();
  // two frames: the hover's style change is applied, and a transition, if any, has started
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return button.evaluate((b) => (b as unknown as { seen: { count: number } }).seen.count);
}

test('a hovered button fades its colours, unless the person asked for less motion', async ({
  page,
}) => {
  await new StudioPage(page).open();
  expect(await transitionsOnHover(page)).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await transitionsOnHover(page)).toBe(0);
});
