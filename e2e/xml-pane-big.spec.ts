import { expect, test } from '@playwright/test';
import { generatePoll } from '../bench/gen-poll.ts';
import { CanvasEditor } from './pages/CanvasEditor.ts';

// The XML pane opens a big document in slices, with whole-text features off (xml-pane/big-document.ts):
// what the user works with must all be there once it has opened.
test.use({ viewport: { width: 1366, height: 768 } });

test('the XML of the 1,000-question poll opens wrapped and editable, and its cursor selects in the graph', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const c = new CanvasEditor(page);
  await c.openWith(generatePoll(1000));
  const xml = page.getByRole('region', { name: 'XML' });
  await expect(xml.getByRole('status').filter({ hasText: 'Opening the XML' })).toHaveCount(0);
  const line = (pattern: RegExp) => xml.locator('.view-line', { hasText: pattern }).first();

  // word wrap is on: the first prompt's end is drawn on a line of its own
  await expect(line(/Question\s0\./)).toBeVisible();
  await expect(line(/Question\s0\./)).not.toContainText('here.');

  // the cursor on the second question's tag selects it in the graph
  await line(/name="Q1"/).click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('Home');
  await expect(c.graph.locator('.react-flow__node.selected')).toContainText('Q1');

  // typing reaches the document
  await page.keyboard.type(' ');
  await expect.poll(() => c.savedText()).toContain('\n   <menu name="Q1"');
});
