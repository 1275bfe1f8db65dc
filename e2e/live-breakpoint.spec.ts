/**
 * A breakpoint pauses the live (spoken) call too (issue 27, "a call run at any speed pauses there"):
 * the phone says where it is paused, nothing is asked until Continue, and Step moves one element.
 */
import { expect, test } from '@playwright/test';
import { CanvasEditor } from './pages/CanvasEditor.ts';
import { StudioPage } from './pages/StudioPage.ts';

test('a breakpoint on Question_01 pauses the call after 1; Continue asks the question', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const simulator = page.getByRole('region', { name: 'Simulator' });
  const question = studio.node('menu Question_01');
  await new CanvasEditor(page).select('menu Question_01');
  await question.getByRole('button', { name: '● Breakpoint' }).click();

  await simulator.getByRole('radio', { name: 'Instant' }).check();
  await simulator.getByRole('radio', { name: 'Person' }).check();
  await simulator.getByRole('button', { name: /^Call( again)?$/ }).click();
  const phone = simulator.getByRole('group', { name: 'Phone' });
  const caption = phone.getByLabel('Caption');
  await expect(caption).toContainText('political poll');
  await phone
    .getByRole('group', { name: 'Keypad' })
    .getByRole('button', { name: '1', exact: true })
    .click();

  await expect(phone.getByRole('status')).toHaveText('Paused at Question_01');
  await expect(question).toHaveClass(/dp-active/);
  await expect(caption).not.toContainText('Who will you vote for');
  await expect(simulator.getByRole('log', { name: 'Call transcript' })).not.toContainText(
    'Who will you vote for',
  );
  await expect(
    phone.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: '2', exact: true }),
  ).toBeDisabled();

  await phone.getByRole('button', { name: 'Step' }).click();
  await expect(phone.getByRole('status')).toHaveText('Paused at play_Question_01');
  await phone.getByRole('button', { name: 'Continue' }).click();
  // Instant speed: the question is said (the transcript has it), the menu times out at once, and its
  // default branch comes back to Question_01, where the call pauses again.
  await expect(simulator.getByRole('log', { name: 'Call transcript' })).toContainText(
    'Who will you vote for',
  );
});
