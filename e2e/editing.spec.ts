import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

const AUTOSAVE_KEY = 'dialplan-studio:autosave:v1';

const WITH_COMMENTS = `<?xml version="1.0"?>
<!-- A poll, hand-written: keep every comment and blank line -->
<dialplan name="Root">

    <!-- the question -->
    <menu name="Q1" maxDigits="1" timeout="3500">
        <play type="tts">Yes or no?</play>   <!-- trailing comment -->
        <keypress pressed="1">
            <stash varname="Q1">Yes</stash>
        </keypress>
        <keypress pressed="default">
            <goto>Q1</goto>
        </keypress>
    </menu>


    <goto>Q1</goto>
    <!-- end -->
</dialplan>
`;

/** The document text as the studio holds it (read back from its autosave). */
function savedText(page: Page): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { text: string }).text : undefined;
  }, AUTOSAVE_KEY);
}

/** Opens the studio on `text`, as if it had been autosaved there (set before the app starts, once). */
async function openWith(page: Page, text: string): Promise<StudioPage> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('editing-spec-seeded')) return;
      sessionStorage.setItem('editing-spec-seeded', 'yes');
      localStorage.setItem(key, JSON.stringify({ text: value, positions: {} }));
    },
    [AUTOSAVE_KEY, text] as const,
  );
  const studio = new StudioPage(page);
  await studio.open({ keepStorage: true });
  await expect(studio.node('menu Q1')).toBeVisible();
  return studio;
}

test('rename a node in the inspector and add a branch; undo both, redo both, byte for byte', async ({
  page,
}) => {
  const studio = await openWith(page, WITH_COMMENTS);
  await studio.node('menu Q1').locator('.dp-header').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: /<menu>/ })).toBeVisible();

  // the timeout's unit rule is explained with the value it gives
  await expect(inspector.getByText('This is 3.5 seconds.')).toBeVisible();

  // the menu, its gotos, and the stash named after the question follow the rename
  const renamed = WITH_COMMENTS.replace('name="Q1"', 'name="Vote"')
    .replace('varname="Q1"', 'varname="Vote"')
    .replaceAll('<goto>Q1</goto>', '<goto>Vote</goto>');
  const nameField = inspector.getByRole('textbox', { name: 'name', exact: true });
  await nameField.fill('Vote');
  await nameField.press('Enter');
  await expect.poll(() => savedText(page)).toBe(renamed);

  const branched = renamed.replace(
    '        <keypress pressed="default">',
    '        <keypress pressed="2"/>\n        <keypress pressed="default">',
  );
  await inspector.getByRole('button', { name: 'Add keypress branch' }).click();
  await expect.poll(() => savedText(page)).toBe(branched);
  await expect(studio.node('menu Vote')).toBeVisible();

  // Ctrl+Z in the XML pane undoes graph/inspector edits too: one history
  await studio.clickLine('<!-- end -->');
  await page.keyboard.press('Control+z');
  await expect.poll(() => savedText(page)).toBe(renamed);
  await page.keyboard.press('Control+z');
  await expect.poll(() => savedText(page)).toBe(WITH_COMMENTS);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => savedText(page)).toBe(renamed);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => savedText(page)).toBe(branched);
});

test('the inspector checks pressed as it is typed and offers enum values as choices', async ({
  page,
}) => {
  const studio = await openWith(page, WITH_COMMENTS);
  await studio.clickLine('<keypress pressed="1">');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const pressed = inspector.getByRole('textbox', { name: 'pressed' });
  await pressed.fill('9-2');
  await expect(inspector.getByText(/the range 9-2 is empty/)).toBeVisible();
  await expect(pressed).toHaveAttribute('aria-invalid', 'true');
  await pressed.fill('3');
  await pressed.press('Enter');
  await expect
    .poll(() => savedText(page))
    .toBe(WITH_COMMENTS.replace('<keypress pressed="1">', '<keypress pressed="3">'));

  await studio.clickLine('<play type="tts">Yes or no?</play>');
  await inspector.getByRole('combobox', { name: 'voice' }).selectOption('female2');
  await expect
    .poll(() => savedText(page))
    .toContain('<play type="tts" voice="female2">Yes or no?</play>   <!-- trailing comment -->');
});
