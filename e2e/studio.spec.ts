import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

// Tall enough for Monaco to draw all 57 lines of the poll (it renders only the visible lines).
test.use({ viewport: { width: 1400, height: 1300 } });

test.describe('the studio', () => {
  test('the poll loads with its nodes and edges, and nothing is fetched from elsewhere', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    for (const label of [
      'menu Live',
      'menu Question_01',
      'play Goodbye',
      'play Machine',
      'hangup Hangup',
    ])
      await expect(studio.node(label)).toBeVisible();
    await expect(studio.node('menu Live')).toContainText('stash Vote = Yes');
    await expect(studio.graph.locator('.react-flow__edge.edge-goto').first()).toBeAttached();
    await expect(studio.graph.locator('.react-flow__edge.edge-next').first()).toBeAttached();
    await expect(
      page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }),
    ).toBeVisible();
    expect(studio.foreignRequests()).toEqual([]);
  });

  test('editing a prompt changes the node; broken XML keeps the graph; fixing it resumes', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.clickLine('Thank you for taking our poll');
    await studio.type('Hi there! ');
    await expect(studio.node('play Goodbye')).toContainText('Hi there! Thank you');

    await studio.type('</oops>');
    await expect(page.getByRole('status').filter({ hasText: 'Out of date' })).toBeVisible();
    await expect(studio.node('play Goodbye')).toContainText('Hi there! Thank you');
    await expect(studio.xml.locator('.squiggly-error').first()).toBeAttached();

    for (let i = 0; i < '</oops>'.length; i++) await page.keyboard.press('Backspace');
    await studio.type('Welcome. ');
    await expect(page.getByRole('status').filter({ hasText: 'Out of date' })).toHaveCount(0);
    await expect(studio.node('play Goodbye')).toContainText('Hi there! Welcome. Thank you');
  });

  test('clicking a node selects its text, and moving the cursor selects its node', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.node('menu Question_01').locator('.dp-header').click();
    const line = studio.editorLine('name="Question_01">');
    const selection = studio.xml.locator('.selected-text').first();
    await expect(selection).toBeAttached();
    // Monaco redraws its lines shortly after the selection appears: measure both again until they agree,
    // and a line or selection that is not on screen (no box) fails rather than counting as 0.
    await expect(async () => {
      const [lineBox, selectionBox] = [await line.boundingBox(), await selection.boundingBox()];
      expect(lineBox).not.toBeNull();
      expect(selectionBox).not.toBeNull();
      expect(Math.abs(lineBox!.y - selectionBox!.y)).toBeLessThan(4);
    }).toPass();

    await studio.clickLine('<hangup name="Hangup"/>');
    await expect(studio.selectedNode()).toHaveCount(1);
    await expect(studio.selectedNode().getByRole('group', { name: 'hangup Hangup' })).toBeVisible();
  });

  test('a reload restores the document as it was typed', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.clickLine('Thank you for taking our poll');
    await studio.type('Saved text. ');
    await expect(studio.node('play Goodbye')).toContainText('Saved text.');
    await studio.expectSaved('Saved text. Thank you');
    await page.reload();
    await expect(studio.node('play Goodbye')).toContainText('Saved text. Thank you');
    await expect(studio.editorLines()).toContainText('Saved text. Thank you');
  });

  test('a dragged node keeps its place through text edits and a reload', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const before = await studio.canvasPosition('play Machine');
    const header = studio.node('play Machine').locator('.dp-header');
    const box = (await header.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 160, { steps: 8 });
    await page.mouse.up();
    const dragged = await studio.canvasPosition('play Machine');
    expect(dragged).not.toBe(before);

    await studio.clickLine('<hangup name="Hangup"/>');
    await studio.type('<hangup name="Extra"/>');
    await expect(studio.node('hangup Extra')).toBeVisible();
    expect(await studio.canvasPosition('play Machine')).toBe(dragged);
    await studio.expectSaved('<hangup name="Extra"/>');
    await page.reload();
    await expect(studio.node('hangup Extra')).toBeVisible();
    expect(await studio.canvasPosition('play Machine')).toBe(dragged);
  });

  test('Ctrl+Z in the XML pane undoes through the shared history, and the graph follows', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.clickLine('Thank you for taking our poll');
    await studio.type('Undo me. ');
    await expect(studio.node('play Goodbye')).toContainText('Undo me. Thank you');
    await page.keyboard.press('Control+z');
    await expect(studio.node('play Goodbye')).not.toContainText('Undo me.');
    await expect(studio.editorLines()).not.toContainText('Undo me.');
    await page.keyboard.press('Control+Shift+z');
    await expect(studio.node('play Goodbye')).toContainText('Undo me. Thank you');
  });

  test('a goto to a missing name shows an error badge on its node, and Tidy lays the graph out again', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.clickLine('<goto name="Goodbye_Hangup">Hangup</goto>');
    await page.keyboard.press('End');
    for (let i = 0; i < '</goto>'.length; i++) await page.keyboard.press('ArrowLeft');
    await studio.type('X');
    await expect(studio.node('goto Goodbye_Hangup')).toContainText('1 error');
    await expect(studio.node('goto Goodbye_Hangup')).toContainText('→ HangupX');

    const before = await studio.canvasPosition('play Machine');
    const header = studio.node('play Machine').locator('.dp-header');
    const box = (await header.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 220, box.y + 260, { steps: 8 });
    await page.mouse.up();
    const dropped = await studio.canvasPosition('play Machine');
    expect(dropped).not.toBe(before);
    await page.getByRole('button', { name: 'Tidy' }).click();
    await expect.poll(() => studio.canvasPosition('play Machine')).not.toBe(dropped);
  });

  test('the XML pane completes the tags a menu may hold and the names a goto may target', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.clickLine('<menu maxDigits="1" timeout="3500" name="Live">');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // "Class" and "Reference" are the kinds our provider gives; Monaco's own word list says "Text".
    await studio.type('<keyp');
    await expect(page.getByRole('option', { name: /^keypress, Class/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await studio.type('<goto>Ques');
    await page.keyboard.press('Control+Space');
    await expect(page.getByRole('option', { name: /^Question_01, Reference/ })).toBeVisible();
  });
});
