import { expect, test } from '@playwright/test';
import { CanvasEditor } from './pages/CanvasEditor.ts';

const WITH_NOTE = `<dialplan name="Root">
  <!-- Ask whether they will vote -->
  <menu name="Live">
    <play>Will you vote?</play>
    <keypress pressed="1"><goto>Bye</goto></keypress>
  </menu>
  <play name="Bye">Bye</play>
  <hangup name="Hangup"/>
</dialplan>`;

test('an XML comment shows as a note on its card; notes are edited and added from the graph', async ({
  page,
}) => {
  const c = new CanvasEditor(page);
  await c.openWith(WITH_NOTE);
  const note = c
    .node('menu Live')
    .getByRole('button', { name: 'Edit note: Ask whether they will vote' });
  await expect(note).toBeVisible();

  // edit: only the comment's words change, in one undo step
  await note.click();
  const editor = page.getByRole('form', { name: 'Note on menu Live' });
  await editor.getByRole('textbox').fill('Ask first; a wrong key asks again');
  await editor.getByRole('button', { name: 'Save note' }).click();
  const edited = WITH_NOTE.replace(
    'Ask whether they will vote',
    'Ask first; a wrong key asks again',
  );
  await expect.poll(() => c.savedText()).toBe(edited);
  await expect(c.node('menu Live')).toContainText('Ask first; a wrong key asks again');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => c.savedText()).toBe(WITH_NOTE);

  // add, with the keyboard: select the card, + Note, type, Ctrl+Enter
  await c.node('hangup Hangup').locator('.dp-header').click();
  await c.node('hangup Hangup').getByRole('button', { name: '+ Note' }).click();
  await expect(page.getByRole('form', { name: 'Note on hangup Hangup' })).toBeVisible();
  await page.keyboard.type('The call ends here');
  await page.keyboard.press('Control+Enter');
  await expect
    .poll(() => c.savedText())
    .toBe(WITH_NOTE.replace('  <hangup', '  <!-- The call ends here -->\n  <hangup'));
  await expect(c.node('hangup Hangup').getByRole('button', { name: /^Edit note/ })).toContainText(
    'The call ends here',
  );
});
