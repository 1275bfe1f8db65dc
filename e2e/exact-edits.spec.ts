import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

/** Issue 24: edits change only what was changed, and selection and focus stay where the person acted. */

const inspectorOf = (page: Page) => page.locator('section[aria-label="Inspector"]');

async function openQuestion01(page: Page) {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.node('menu Question_01').locator('.dp-header').click();
  await expect(page.getByLabel('Question name')).toHaveValue('Question_01');
  return studio;
}

test('Save question with a rename keeps the selection on the question and focus on Save', async ({
  page,
}) => {
  const studio = await openQuestion01(page);
  const form = page.getByRole('form', { name: 'Question' });
  await form.getByLabel('Question name').fill('Who');
  const save = form.getByRole('button', { name: 'Save question' });
  await save.focus();
  await page.keyboard.press('Enter');

  await expect(studio.node('menu Who')).toBeVisible();
  // The selection is still the question (not <amd> or <dialplan>), and focus is on Save question.
  await expect(inspectorOf(page)).toHaveAttribute('data-inspector-of', '/dialplan/menu[2]');
  await expect(page.getByLabel('Question name')).toHaveValue('Who');
  await expect(form.getByRole('button', { name: 'Save question' })).toBeFocused();
  await expect(studio.selectedNode()).toContainText('Who');

  // Only the name changed: every name inside the menu is kept, the gotos that pointed at it follow.
  await expect
    .poll(() => studio.savedText())
    .toContain('<menu maxDigits="1" timeout="3500" name="Who">');
  const saved = await studio.savedText();
  for (const name of ['play_Question_01', 'Selection_Question_01', 'replay_Question_01']) {
    expect(saved).toContain(`name="${name}"`);
  }
  expect(saved).toContain('<goto>Who</goto>');
  expect(saved).toContain('<goto name="replay_Question_01">Who</goto>');
});

test('Save question with no change changes no byte', async ({ page }) => {
  const studio = await openQuestion01(page);
  const before = await studio.page.evaluate(
    () => document.querySelector('.view-lines')?.textContent,
  );
  const form = page.getByRole('form', { name: 'Question' });
  await form.getByRole('button', { name: 'Save question' }).click();
  await expect(form.getByRole('button', { name: 'Save question' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  const after = await studio.page.evaluate(
    () => document.querySelector('.view-lines')?.textContent,
  );
  expect(after).toBe(before);
});

test('Remove answer keeps focus in the answers, and Save keeps it on Save', async ({ page }) => {
  const studio = await openQuestion01(page);
  const form = page.getByRole('form', { name: 'Question' });
  await form.getByRole('button', { name: 'Add answer' }).click();
  await form.getByRole('button', { name: 'Add answer' }).click();
  await expect(form.getByLabel(/^Key or range for answer/)).toHaveCount(3);

  // Removing the last row moves focus to the row now last; removing a middle row keeps it in place.
  await form.getByRole('button', { name: 'Remove answer 3' }).click();
  await expect(form.getByRole('button', { name: 'Remove answer 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel(/^Key or range for answer/)).toHaveCount(1);
  await expect(form.getByRole('button', { name: 'Remove answer 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByRole('button', { name: 'Add answer' })).toBeFocused();

  // Back to one answer and saved: the selection and focus stay.
  await page.keyboard.press('Enter');
  await form.getByLabel('Key or range for answer 1').fill('1-5');
  await form.getByLabel('Stored value for answer 1').fill('${call.lastinput}');
  await form.getByLabel('Prompt').fill('Who will you vote for?');
  await form.getByRole('button', { name: 'Save question' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Prompt')).toHaveValue('Who will you vote for?');
  await expect(inspectorOf(page)).toHaveAttribute('data-inspector-of', '/dialplan/menu[2]');
  await expect(form.getByRole('button', { name: 'Save question' })).toBeFocused();
  await expect.poll(() => studio.savedText()).toContain('Who will you vote for?');
  expect(await studio.savedText()).toContain('name="stash_Candidate"');
});

test('Delete selects the nearest neighbour and keeps focus on Delete', async ({ page }) => {
  const studio = await openQuestion01(page);
  await page
    .getByRole('group', { name: 'Element actions' })
    .getByRole('button', { name: 'Delete' })
    .click();
  // Question_01 is gone; the play after it (Goodbye) is selected, its Delete button has focus.
  await expect(studio.node('menu Question_01')).toHaveCount(0);
  await expect(inspectorOf(page)).toHaveAttribute('data-inspector-of', '/dialplan/play[1]');
  await expect(
    page.getByRole('group', { name: 'Element actions' }).getByRole('button', { name: 'Delete' }),
  ).toBeFocused();
});

test('a rename in the Inspector keeps the selection and focus on the name field', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.node('play Goodbye').locator('.dp-header').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const name = inspector.getByLabel('name', { exact: true });
  await expect(name).toHaveValue('Goodbye');
  await name.fill('Bye');
  await page.keyboard.press('Enter');

  await expect(studio.node('play Bye')).toBeVisible();
  await expect(inspectorOf(page)).toHaveAttribute('data-inspector-of', '/dialplan/play[1]');
  await expect(inspector.getByLabel('name', { exact: true })).toBeFocused();
  await expect.poll(() => studio.savedText()).toContain('<goto name="goto_Goodbye">Bye</goto>');
});
