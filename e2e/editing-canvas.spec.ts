import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { indexElements, parseDialplan, textContent, treeShape } from '../src/core/index.ts';
import { CanvasEditor } from './pages/CanvasEditor.ts';

test.use({ viewport: { width: 2200, height: 1300 }, actionTimeout: 10_000 });

test('palette drop adds a node at the drop point, and undo of the drop is one step', async ({
  page,
}) => {
  const canvas = new CanvasEditor(page);
  await canvas.openWith('<dialplan name="Root"/>');
  await canvas.drop('AMD split', { x: 100, y: 80 });
  const amd = canvas.node('amd');
  await expect(amd).toBeVisible();
  const pane = (await canvas.pane().boundingBox())!;
  const box = (await amd.boundingBox())!;
  expect(Math.abs(box.x - (pane.x + 100))).toBeLessThan(3);
  expect(Math.abs(box.y - (pane.y + 80))).toBeLessThan(3);
  await expect.poll(() => canvas.savedText()).toContain('<amd>');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => canvas.savedText()).toBe('<dialplan name="Root"/>');
  await expect(amd).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(amd).toBeVisible();
  const again = (await amd.boundingBox())!;
  expect(Math.abs(again.x - box.x) + Math.abs(again.y - box.y)).toBeLessThan(2);
});

const SEED_TEXT = readFileSync('fixtures/political-poll.xml', 'utf8');
const SEED = parseDialplan(SEED_TEXT).document;
/** A prompt of the seed by the name of its play: the words the test chooses to type. */
const words = (name: string) => textContent(indexElements(SEED).byName.get(name)!).trim();

// The canvas follows each new element: a person brings a card back into sight with Find before working
// on it (CanvasEditor.centre), and zooms out to see both ends of a connection.
test('build the seed poll from an empty dialplan with the palette, the inspector and edge dragging', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const c = new CanvasEditor(page);
  await c.openWith('<dialplan name="Root"/>');

  // the structure: the first block dropped on the canvas, each next one added after the node it follows
  await c.drop('AMD split', { x: 20, y: 70 });
  await c.inspecting('amd');
  await c.addAfter('amd', 'Poll question');
  await c.rename('Question', 'Live');
  await c.addAfter('menu Live', 'Poll question');
  await c.rename('Question', 'Question_01');
  await c.addAfter('menu Question_01', 'Say goodbye and hang up');
  await c.inspecting('play');
  await c.rename('', 'Goodbye');
  await c.addAfter('play Goodbye', '<play>');
  await c.inspecting('play');
  await c.rename('', 'Machine');
  await c.select('hangup');
  await c.rename('', 'Hangup');

  // AMD: a person hears the first question, a machine its message
  await c.connect(c.output('amd', 'live'), 'menu Live');
  await c.connect(c.output('amd', 'machine'), 'play Machine');
  await c.pick('amd', 'goto → Live');
  await c.rename('', 'goto_Live');
  await c.pick('amd', 'goto → Machine');
  await c.rename('', 'goto_Machine');

  // after the goodbye, hang up
  await c.connect(c.node('play Goodbye'), 'hangup Hangup');
  await c.select('goto', 'Hangup'); // the goto after the goodbye, by its target
  await c.rename('', 'Goodbye_Hangup');
  await c.select('play Goodbye');
  await c.say(words('Goodbye'));
  await c.select('play Machine');
  await c.say(words('Machine'));

  // the first question: will you vote?
  const live = 'menu Live';
  await c.pick(live, /^play “/);
  await c.rename('', 'play_Live');
  await c.say(words('play_Live'));
  await c.pick(live, '1');
  await c.rename('', 'kp_Vote');
  await c.pick(live, 'stash Live = Yes'); // renaming a question renames its derived stash name
  await c.set('varname', 'Vote');
  await c.rename('', 'stash_Will_Vote');
  await c.connect(c.output(live, '1'), 'menu Question_01');
  await c.pick(live, '2');
  await c.rename('', 'kp_Will_Not_Vote');
  await c.pick(live, 'stash Live = No');
  await c.set('varname', 'Vote');
  await c.rename('', 'stash_Will_Not_Vote');
  await c.pick(live, '2');
  await c.paletteItem('<play>').click(); // a branch is selected: the prompt goes inside it
  await c.inspecting('play');
  await c.say(words('play_Goodbye_1'));
  await c.rename('', 'play_Goodbye_1');
  await c.connect(c.output(live, '2'), 'hangup Hangup');
  await c.pick(live, 'default');
  await c.rename('', 'incorrect_Selection');
  await c
    .output(live, 'default')
    .getByText(/^play “/)
    .click();
  await c.rename('', 'play_Inorrect_Selection');
  await c.pick(live, 'goto → Live');
  await c.rename('', 'replay_Live');

  // the second question: one range branch instead of one per answer
  const q = 'menu Question_01';
  await c.pick(q, '2');
  await page.keyboard.press('Delete');
  await expect(c.output(q, '2')).toHaveCount(0);
  await c.pick(q, '1');
  await c.set('pressed', '1-5');
  await c.rename('', 'Selection_Question_01');
  await c.pick(q, 'stash Question_01 = Yes');
  await c.set('varname', 'Candidate');
  await c.rename('', 'stash_Candidate');
  await c.set('Value', '${call.lastinput}');
  await c.connect(c.output(q, '1-5'), 'play Goodbye');
  await c.pick(q, 'goto → Goodbye');
  await c.rename('', 'goto_Goodbye');
  await c.pick(q, 'default');
  await c.rename('', 'incorrect_Selection_Question_01');
  await c
    .output(q, 'default')
    .getByText(/^play “/)
    .click();
  await c.rename('', 'play_Inorrect_Selection_Question_01');
  await c.pick(q, 'goto → Question_01');
  await c.rename('', 'replay_Question_01');
  await c.pick(q, /^play “Your question/);
  await c.rename('', 'play_Question_01');
  await c.say(words('play_Question_01'));

  await expect
    .poll(async () => treeShape(parseDialplan((await c.savedText()) ?? '').document.children))
    .toEqual(treeShape(SEED.children));
});

const SMALL = `<dialplan name="Root">
    <menu name="Q1" maxDigits="1" timeout="3500">
        <play type="tts">Yes or no?</play>
        <keypress pressed="1">
            <goto>Bye</goto>
        </keypress>
    </menu>
    <hangup/>
    <play type="tts" name="Bye">Bye.</play>
</dialplan>`;

test('delete a connection, add a branch from the node, move into and out of a branch, Delete keys', async ({
  page,
}) => {
  const c = new CanvasEditor(page);
  await c.openWith(SMALL);
  await expect(c.node('menu Q1')).toBeVisible();
  const withoutGoto = SMALL.replace(
    '<keypress pressed="1">\n            <goto>Bye</goto>\n        </keypress>',
    '<keypress pressed="1">\n        </keypress>',
  );

  // an edge selected, then its button: the goto goes, the branch stays; undo brings it back
  const edge = c.graph.getByRole('group', { name: 'Connection from menu Q1 › 1 to play Bye' });
  await edge.dispatchEvent('click');
  await c.graph.getByRole('button', { name: 'Delete connection' }).click();
  await expect.poll(() => c.savedText()).toBe(withoutGoto);
  await expect(edge).toHaveCount(0);
  // without its goto the branch carries on to what follows the menu
  await expect(
    c.graph.getByRole('group', { name: 'Connection from menu Q1 › 1 to hangup' }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => c.savedText()).toBe(SMALL);

  // the same with the Delete key on the focused edge
  await edge.dispatchEvent('click');
  await edge.focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => c.savedText()).toBe(withoutGoto);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => c.savedText()).toBe(SMALL);

  // "+ branch" on the menu node
  await c.node('menu Q1').getByRole('button', { name: 'Add keypress branch' }).click();
  await expect
    .poll(() => c.savedText())
    .toContain('</keypress>\n        <keypress pressed="2"/>\n    </menu>');
  await expect(c.output('menu Q1', '2')).toBeVisible();

  // move the Bye prompt into the new branch, then out of it again (right after the menu)
  await c.node('play Bye').locator('.dp-header').click();
  await c.graph.getByRole('combobox', { name: 'Move into branch' }).selectOption({
    label: 'menu Q1 › keypress 2',
  });
  await expect
    .poll(() => c.savedText())
    .toMatch(/<keypress pressed="2">\s*<play type="tts" name="Bye">Bye\.<\/play>\s*<\/keypress>/);
  await expect(c.output('menu Q1', '2')).toContainText('play “Bye.”');
  await c.output('menu Q1', '2').getByText('play “Bye.”').click();
  await c.graph.getByRole('button', { name: 'Move out of branch' }).click();
  await expect
    .poll(() => c.savedText())
    .toMatch(/<\/menu>\s*<play type="tts" name="Bye">Bye\.<\/play>\s*<hangup\/>\s*<\/dialplan>/);

  // Delete typed in the XML pane edits the text, never a node
  const before = (await c.savedText())!;
  await page
    .getByRole('region', { name: 'XML' })
    .locator('.view-line', { hasText: 'hangup' })
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect.poll(() => c.savedText()).toBe(before.replace('<hangup/>\n', '<hangup/'));
  await expect(c.node('menu Q1')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => c.savedText()).toBe(before);

  // Delete on the canvas deletes the selected node; the goto to it is left dangling, shown as an error
  await c.node('play Bye').locator('.dp-header').click();
  await page.keyboard.press('Delete');
  await expect.poll(() => c.savedText()).not.toContain('name="Bye"');
  await expect(c.node('play Bye')).toHaveCount(0);
  await expect(c.node('menu Q1').getByText(/error/)).toBeVisible();
});

test('a connection let go on a node’s body goes there; dragging an edge’s end reconnects it', async ({
  page,
}) => {
  const c = new CanvasEditor(page);
  await c.openWith(SMALL);
  await expect(c.node('hangup')).toBeVisible();

  // from the Bye prompt's output onto the middle of the menu node (not its input handle)
  const source = (await c.node('play Bye').locator('.react-flow__handle.source').boundingBox())!;
  const body = (await c.node('menu Q1').locator('.dp-header').boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(() => c.savedText())
    .toContain('<play type="tts" name="Bye">Bye.</play>\n    <goto>Q1</goto>\n</dialplan>');

  // the keypress's edge to Bye, its end dragged to the hangup: the goto now names the hangup
  const edge = c.graph.getByRole('group', { name: 'Connection from menu Q1 › 1 to play Bye' });
  await edge.hover({ force: true });
  const end = (await edge.locator('.react-flow__edgeupdater-target').boundingBox())!;
  const hangup = (await c.node('hangup').locator('.react-flow__handle.target').boundingBox())!;
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
  await page.mouse.down();
  await page.mouse.move(hangup.x + hangup.width / 2, hangup.y + hangup.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => c.savedText()).toContain('<goto>hangup</goto>');
  await expect.poll(() => c.savedText()).toContain('<hangup name="hangup"/>');
  await expect(
    c.graph.getByRole('group', { name: 'Connection from menu Q1 › 1 to hangup hangup' }),
  ).toHaveCount(1);
});

test('a prompt written over several lines keeps its lines when one word is changed in the inspector', async ({
  page,
}) => {
  const c = new CanvasEditor(page);
  await c.openWith(SEED_TEXT);
  await c.pick('menu Live', /^play “/);
  const box = c.inspector.getByRole('textbox', { name: 'Text to speak', exact: true });
  await expect(box).toHaveValue(
    'Hello.\nThis is a call for a short political poll for the upcoming election.\n' +
      'Will you vote in the upcoming election?\nPress 1 for Yes, or 2 for No..',
  );
  await c.say((await box.inputValue()).replace('short', 'quick'));
  const before = SEED_TEXT.slice(0, SEED_TEXT.indexOf('Hello. '));
  const after = SEED_TEXT.slice(SEED_TEXT.indexOf('or 2 for No..'));
  await expect
    .poll(() => c.savedText())
    .toBe(
      `${before}Hello.\n        This is a call for a quick political poll for the upcoming election.\n` +
        `        Will you vote in the upcoming election?\n        Press 1 for Yes, ${after}`,
    );
});

test('a block dropped on a keypress output goes inside that branch, in one undo step', async ({
  page,
}) => {
  const text = `<dialplan name="Root">
  <menu name="Q1" maxDigits="1" timeout="3500">
    <play type="tts">Press 1.</play>
    <keypress pressed="1">
      <stash varname="Q1">Yes</stash>
    </keypress>
    <keypress pressed="default">
      <goto>Q1</goto>
    </keypress>
  </menu>
</dialplan>`;
  const c = new CanvasEditor(page);
  await c.openWith(text);
  await c.dropOnBranch('Say goodbye and hang up', 'menu Q1', '1');
  await expect.poll(() => c.savedText()).not.toBe(text);
  const saved = parseDialplan((await c.savedText())!).document;
  const branch = indexElements(saved).byId.get('/dialplan/menu/keypress[1]')!;
  expect(branch.children.filter((n) => n.type === 'element').map((n) => n.tagName)).toEqual([
    'stash',
    'play',
    'hangup',
  ]);
  expect(saved.root!.children.filter((n) => n.type === 'element')).toHaveLength(1);
  await expect(c.output('menu Q1', '1')).toContainText('hangup');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => c.savedText()).toBe(text);
});
