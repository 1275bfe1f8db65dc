/** Opening share links: a damaged or cut-short link opens nothing and says why; old links still open. */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/core/index.ts';
import { StudioPage } from './pages/StudioPage.ts';

const SHARED =
  '<dialplan name="Shared">\n  <play type="tts" name="Greeting">Hello from a shared link, with a longer prompt to cut.</play>\n  <hangup name="Bye"/>\n</dialplan>\n';

/** Made by the studio before links had a version and checksum (see share-link.test.ts). */
const OLD_LINK =
  '#dialplan=DwEwlghgNgDlEDsAECIFsCmBeARAJQHsCAXHAPgCgklg4IBPJY+mbHY4gZxxXTYAkw5ALIQQGJACMMAMwIAnCVDAIA1pyQALMUghIAxpoz71AVzQA6YAHo69StWDaEAc1MxemXACF6GHNaUNuDQdAiUQA';

async function openLink(page: Page, fragment: string) {
  const studio = new StudioPage(page);
  await studio.open(); // a fresh profile, then the link
  await page.goto(`/#${fragment.replace(/^#/, '')}`);
  await page.reload();
  await expect(studio.editorLines()).toContainText('dialplan');
  return studio;
}

test('a link cut short opens nothing and says so', async ({ page }) => {
  const fragment = encodeShareFragment(SHARED);
  const studio = await openLink(page, fragment.slice(0, fragment.length - 12));
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was opened' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Open the shared dialplan?' })).toHaveCount(0);
  await expect(studio.node('menu Live')).toBeVisible(); // the poll is still open
  await expect(studio.editorLines()).not.toContainText('Shared');
  expect(new URL(page.url()).hash).toBe('');
});

test('a link with a changed character opens nothing and says so', async ({ page }) => {
  const fragment = encodeShareFragment(SHARED);
  const at = fragment.length - 30;
  const changed =
    fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
  await openLink(page, changed);
  await expect(
    page.getByRole('alert').filter({ hasText: /(damaged|incomplete).*Nothing was opened/ }),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Open the shared dialplan?' })).toHaveCount(0);
});

test('a link made before links had a checksum still opens', async ({ page }) => {
  const studio = await openLink(page, OLD_LINK);
  const dialog = page.getByRole('dialog', { name: 'Open the shared dialplan?' });
  await dialog.getByRole('button', { name: 'Replace with shared dialplan' }).click();
  await expect(studio.node('play Hi')).toContainText('Made before links had a checksum.');
});
