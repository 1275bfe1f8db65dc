/**
 * Issue 24 items 2–4 in the browser: questions added after Question_01 join the call (its answers go on
 * to them, the last goes on to Goodbye), the drop hint and the Inspector say which branches were
 * re-pointed, no rule finds them off the call, and no card covers another, before and after Tidy.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  indexElements,
  parseDialplan,
  reachedIds,
  textContent,
  validateDialplan,
} from '../src/core/index.ts';
import { CanvasEditor } from './pages/CanvasEditor.ts';
import { GraphTools } from './pages/GraphTools.ts';
import { StudioPage } from './pages/StudioPage.ts';

// wide enough for the palette to start open
test.use({ viewport: { width: 1600, height: 900 }, actionTimeout: 10_000 });

interface Card {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every card where React Flow draws it on the canvas (flow coordinates, whatever the camera). */
function cards(page: Page): Promise<Card[]> {
  return page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const el = node as HTMLElement;
      const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(el.style.transform);
      return {
        id: el.dataset.id ?? '',
        x: Number(m?.[1] ?? NaN),
        y: Number(m?.[2] ?? NaN),
        width: el.offsetWidth,
        height: el.offsetHeight,
      };
    }),
  );
}

/** The pairs of cards whose rectangles intersect ("a covers b"). */
async function overlaps(page: Page): Promise<string[]> {
  const all = await cards(page);
  const found: string[] = [];
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1))
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        found.push(`${a.id} / ${b.id}`);
  });
  return found;
}

const gotoOf = (text: string, branchName: string) => {
  const branch = indexElements(parseDialplan(text).document).byName.get(branchName)!;
  const goto = branch.children.find((c) => c.type === 'element' && c.kind === 'goto');
  return goto && goto.type === 'element' ? textContent(goto).trim() : undefined;
};

test('three Poll questions added after Question_01 are on the call, and no card covers another', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const canvas = new CanvasEditor(page);
  const poll = canvas.paletteItem('Poll question');

  await studio.node('menu Question_01').locator('.dp-header').click();
  await expect(studio.selectedNode()).toHaveAttribute('data-id', '/dialplan/menu[2]');
  await poll.click();
  await expect(page.locator('.palette-added')).toHaveText(
    'Added Poll question after Question_01; branch 1-5 of Question_01 now leads to it.',
  );
  await expect(studio.node('menu Question')).toBeVisible();
  await poll.click();
  await expect(studio.node('menu Question_2')).toBeVisible();
  await poll.click();
  await expect(studio.node('menu Question_3')).toBeVisible();

  // the Inspector says where calls come from: the branches of the question before it
  await expect(canvas.inspector.getByTestId('ways-in')).toHaveText(
    'Calls come here from: branch 1 of Question_2, branch 2 of Question_2.',
  );

  // the chain: Question_01 → Question → Question_2 → Question_3 → Goodbye, all on the call
  // Autosave follows the edits: wait until the saved text holds all three adds, not only the first.
  await expect
    .poll(async () => {
      const saved = await studio.savedText();
      return [gotoOf(saved, 'Selection_Question_01'), saved.includes('name="Question_3"')];
    })
    .toEqual(['Question', true]);
  const text = await studio.savedText();
  const doc = parseDialplan(text).document;
  const names = indexElements(doc).byName;
  const reached = reachedIds(doc);
  for (const name of ['Question', 'Question_2', 'Question_3', 'Goodbye'])
    expect(reached.has(names.get(name)!.id), name).toBe(true);
  const offCall = validateDialplan(doc).filter((d) => /unreachable|no-way-in/.test(d.ruleId));
  expect(offCall).toEqual([]);

  // no card covers another: as placed after the adds, and after Tidy
  await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => cards(page).then((c) => c.length)).toBe(10); // the 7 of the poll and 3 new
  await expect.poll(() => overlaps(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tidy' }).click();
  await expect(page.getByRole('button', { name: 'Tidy' })).toBeEnabled();
  await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => overlaps(page)).toEqual([]);
});

test('the drop hint says which branches a drop re-points, and the dropped card covers none', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const tools = new GraphTools(page);
  await tools.hold('Poll question', studio.node('menu Question_01').locator('.dp-header'));
  await expect(tools.hint).toHaveText(
    'Goes after Question_01; branch 1-5 of Question_01 now leads to it',
  );
  await tools.release();
  await expect
    .poll(async () => gotoOf(await studio.savedText(), 'Selection_Question_01'))
    .toBe('Question');
  await expect(studio.node('menu Question')).toBeVisible();
  await expect.poll(() => overlaps(page)).toEqual([]);
  // the insert and the re-pointed goto are one step: one Undo takes both back
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(studio.node('menu Question')).toHaveCount(0);
  await expect
    .poll(async () => gotoOf(await studio.savedText(), 'Selection_Question_01'))
    .toBe('Goodbye');
});

test('a question with no way in is warned about on its card and in the XML, with a quick fix', async ({
  page,
}) => {
  const canvas = new CanvasEditor(page);
  const question = (name: string, next?: string) =>
    `<menu name="${name}" maxDigits="1">\n<play type="tts">q</play>\n` +
    `<keypress pressed="1">${next ? `<goto>${next}</goto>` : ''}</keypress>\n` +
    `<keypress pressed="default"><goto>${name}</goto></keypress>\n</menu>`;
  await canvas.openWith(
    `<dialplan name="Root">\n${question('Q1', 'Bye')}\n${question('Lost')}\n<play name="Bye" type="tts">bye</play>\n<hangup/>\n</dialplan>`,
  );
  const studio = new StudioPage(page);
  // on the card (its warning badge)
  await expect(studio.node('menu Lost').locator('.dp-badge-warning')).toHaveText('1 warning');
  // in the XML: the marker, and its quick fix
  await expect(studio.xml.locator('.squiggly-warning')).toHaveCount(1);
  await studio.clickLine('<menu name="Lost"');
  await page.keyboard.press('Control+.');
  const fix = page.getByText('Connect after Q1 (branch 1 of Q1 now leads to it)');
  await expect(fix).toBeVisible();
  await fix.click();
  await expect
    .poll(async () => (await studio.savedText()).includes('<goto>Lost</goto>'))
    .toBe(true);
  await expect(studio.node('menu Lost').locator('.dp-badge-warning')).toHaveCount(0);
});
