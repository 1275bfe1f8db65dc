/**
 * The debugger (issue 27): a breakpoint set on a card (button and F9) pauses a debugged call there,
 * Step / Step back / Continue move through its history with the graph following and the watch showing
 * the responses at each step, and Start here begins a call at a card. axe on the panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CanvasEditor } from './pages/CanvasEditor.ts';
import { StudioPage } from './pages/StudioPage.ts';

test('a breakpoint pauses the call; step, step back, continue; F9; start here', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const panel = page.getByRole('region', { name: 'Debugger' });
  const status = panel.getByRole('status');
  const canvas = new CanvasEditor(page);
  const question = studio.node('menu Question_01');

  await canvas.select('menu Question_01');
  const toggle = question.getByRole('button', { name: '● Breakpoint' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await panel.getByLabel('Answers').fill('1 3');
  await panel.getByRole('button', { name: 'Debug call' }).click();
  await expect(status).toHaveText(/^Paused at Question_01 \(line 29\), step \d+ of \d+$/);
  await expect(question).toHaveClass(/dp-active/);
  const watch = panel.getByRole('region', { name: 'Watch' });
  await expect(watch.getByRole('region', { name: 'Question responses' })).toContainText('Vote');
  const stepOf = async () => Number(/step (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  const paused = await stepOf();

  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(stepOf).toBe(paused + 1);
  await panel.getByRole('button', { name: 'Step back' }).click();
  await panel.getByRole('button', { name: 'Step back' }).click();
  await expect.poll(stepOf).toBe(paused - 1);
  await expect(watch.getByRole('region', { name: 'Question responses' })).not.toContainText(
    'Candidate',
  );
  // Continue from before the breakpoint stops at it again, then runs to the end.
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(stepOf).toBe(paused);
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect(status).toHaveText(/^Call ended \(hangup\) at /);
  await expect(watch.getByRole('region', { name: 'Question responses' })).toContainText(
    'Candidate',
  );

  // F9 on the selected card sets a breakpoint there too: the call now pauses at Live first.
  await canvas.select('menu Live');
  await page.keyboard.press('F9');
  await expect(
    studio.node('menu Live').getByRole('button', { name: '● Breakpoint' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await panel.getByRole('button', { name: 'Debug call' }).click();
  await expect(status).toHaveText(/^Paused at Live \(line 10\)/);
  await panel.getByRole('button', { name: 'Continue' }).click();
  await expect(status).toHaveText(/^Paused at Question_01/);

  // Start here: the call begins at Question_01 with the variables set in the panel.
  await canvas.select('menu Question_01');
  await question.getByRole('button', { name: 'Start here' }).click();
  await expect(panel).toContainText('Starts at Question_01.');
  await panel.getByLabel('Answers').fill('2');
  await panel.getByRole('button', { name: 'Debug call' }).click();
  await expect(
    panel.getByRole('list', { name: 'Call history' }).getByRole('listitem').first(),
  ).toHaveText('Question_01');
  await panel.getByRole('button', { name: 'Continue' }).click();
  const responses = watch.getByRole('region', { name: 'Question responses' });
  await expect(responses).toContainText('Candidate');
  await expect(responses).not.toContainText('Vote');

  const violations = (await new AxeBuilder({ page }).include('[aria-label="Debugger"]').analyze())
    .violations;
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
