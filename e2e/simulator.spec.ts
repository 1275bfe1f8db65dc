/**
 * Simulator journeys on the seed poll, run under each Web Speech behaviour of headless Chromium
 * (projects simulator-stock, simulator-speech-dispatcher, simulator-espeak-silent in playwright.config.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openDocuments, StudioPage } from './pages/StudioPage.ts';

class SimulatorPage {
  readonly panel;
  readonly caption;
  readonly transcript;
  readonly responses;
  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Simulator' });
    this.caption = this.panel.getByLabel('Caption');
    this.transcript = this.panel.getByRole('log', { name: 'Call transcript' });
    this.responses = this.panel.getByRole('region', { name: 'Question responses' });
  }

  async open() {
    await new StudioPage(this.page).open();
    await this.page
      .getByRole('group', { name: 'Mode' })
      .getByRole('button', { name: 'Test' })
      .click();
    await expect(this.panel).toBeVisible();
    if (projectSpeech() === 'espeak-silent') {
      // Chromium loads speech-dispatcher's 13,000 voices lazily; a person would not call within a second.
      await expect
        .poll(() => this.page.evaluate(() => speechSynthesis.getVoices().length))
        .toBeGreaterThan(0);
    }
  }
  /** The XML beside the graph in Test mode (hidden there by default): the header's XML toggle. */
  async showXml() {
    const toggle = this.page.getByRole('button', { name: 'XML', exact: true });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await expect(new StudioPage(this.page).editorLines()).toBeVisible();
  }
  async speed(label: '1×' | '2×' | 'Instant') {
    await this.panel.getByRole('radio', { name: label }).check();
  }
  async call(answer: 'Person' | 'Answering machine' | 'Inbound call' = 'Person') {
    await this.panel.getByRole('radio', { name: answer }).check();
    await this.panel.getByRole('button', { name: /^Call( again)?$/ }).click();
  }
  async press(key: string) {
    await this.panel
      .getByRole('group', { name: 'Keypad' })
      .getByRole('button', { name: key, exact: true })
      .click();
  }
  async responseRows() {
    return this.responses.getByRole('row').allInnerTexts();
  }
}

const projectSpeech = () => test.info().project.name.replace('simulator-', '');

test('the seed poll: Person answers, presses 1 then 3, and the responses are recorded', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  const studio = new StudioPage(page);
  await sim.open();
  await sim.showXml();
  await sim.call('Person');
  await expect(sim.caption).toContainText('This is a call for a short political poll');
  await expect(studio.node('menu Live')).toHaveClass(/dp-active/);
  // The XML pane marks the line of the element the call is at and keeps it in view.
  await expect(studio.xml.locator('.xml-trace-line')).toHaveCount(1);
  await expect(studio.editorLine('name="Live"').first()).toBeVisible();
  await sim.press('1');
  await expect(sim.caption).toContainText('Who will you vote for');
  await expect(studio.node('menu Question_01')).toHaveClass(/dp-active/);
  await expect(studio.node('menu Live')).toHaveClass(/dp-visited/);
  await sim.press('3');
  await expect(studio.node('play Goodbye')).toHaveClass(/dp-(active|visited)/);
  await expect(sim.transcript).toContainText('Call ended', { timeout: 30_000 });
  await expect(sim.transcript).toContainText('Thank you for taking our poll');
  expect(await sim.responseRows()).toEqual(['question\tresponse', 'Vote\tYes', 'Candidate\t3']);
  const speech = projectSpeech();
  if (speech === 'stock') {
    await expect(
      sim.panel.getByText(/Speech unavailable \(speech failed \(synthesis-failed\)\)/),
    ).toBeVisible();
  } else if (speech === 'speech-dispatcher') {
    await expect(sim.panel.getByText(/Speech unavailable/)).toBeVisible();
  } else {
    // Real espeak-ng voices: female1 is mapped to espeak-ng's own female1 variant of American English.
    await expect(sim.panel.getByText('Voice: English (America)+female1 espeak-ng')).toBeVisible();
    await expect(sim.panel.getByText(/Speech unavailable/)).toHaveCount(0);
  }
});

test('an answering machine hears the machine message and the call hangs up', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.speed('2×');
  await sim.call('Answering machine');
  // The transcript, not the caption: real espeak-ng into a null device can end the call in a blink.
  await expect(sim.transcript).toContainText('Sorry we missed you');
  await expect(sim.transcript).toContainText('Call ended: the dialplan hung up', {
    timeout: 30_000,
  });
  await expect(sim.panel.getByRole('button', { name: 'Call again' })).toBeVisible();
});

test('waiting out the 3.5 s menu timeout takes the default branch and replays the prompt', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.showXml();
  await sim.speed('Instant');
  await sim.call('Person');
  await expect(sim.panel.getByText(/Timeout in \d/)).toBeVisible();
  await expect(sim.transcript).toContainText('Pressed nothing (timed out)', { timeout: 6_000 });
  await expect(sim.transcript).toContainText('Menu Live: branch pressed="default"');
  await expect(sim.transcript).toContainText('That is not a valid selection');
  await expect(sim.transcript.getByText(/short political poll/)).toHaveCount(2);
  await sim.panel.getByRole('button', { name: 'Hang up' }).click();
  await expect(sim.transcript).toContainText('Call ended: the caller hung up');
});

test('digits typed into the XML editor during a call stay in the editor and do not dial', async ({
  page,
}) => {
  // The keypad listened to the whole window and took digits typed into Monaco (which is no textarea).
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.showXml();
  await sim.speed('Instant');
  await sim.call('Person');
  await expect(sim.panel.getByText(/Timeout in \d/)).toBeVisible();
  const studio = new StudioPage(page);
  await studio.clickLine('<amd>');
  await page.keyboard.type('7');
  await expect(studio.editorLines()).toContainText('7<amd>');
  await expect(sim.transcript).not.toContainText('Pressed 7');
  await sim.press('1');
  await expect(sim.transcript).toContainText('Pressed 1');
});

test('a saved test call passes, then fails with the difference after the dialplan changes', async ({
  page,
}) => {
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.speed('Instant');
  await sim.call('Person');
  await sim.press('1');
  await expect(sim.caption).toContainText('Who will you vote for');
  await page.keyboard.press('3'); // typed on the keyboard, not clicked
  await expect(sim.transcript).toContainText('Call ended');
  await sim.panel.getByLabel('Test call name').fill('votes for Greenies');
  await sim.panel.getByRole('button', { name: 'Save as test call' }).click();
  const tests = sim.panel.getByRole('region', { name: 'Test calls' });
  await tests.getByRole('button', { name: 'Run all' }).click();
  await expect(tests.getByRole('status')).toHaveText('All 1 test calls pass');

  await editDialplan(page, 'stash_Will_Vote">Yes</stash>', 'Yes', 'Si');
  await expect(new StudioPage(page).graph.getByText('stash Vote = Si')).toBeVisible();
  // The XML pane hands typing to the store after a short debounce; run again until it has.
  await expect(async () => {
    await tests.getByRole('button', { name: 'Run all' }).click();
    await expect(tests.getByRole('status')).toHaveText('1 of 1 test calls differ', {
      timeout: 500,
    });
  }).toPass({ timeout: 5_000 });
  await expect(
    tests.getByRole('list', { name: 'Differences in votes for Greenies' }),
  ).toContainText('expected Stashed Vote = Yes, got Stashed Vote = Si');

  // Test calls are kept with the document: they are still there after a reload (leaving the page
  // saves the workspace list, with the document's id).
  await page.reload();
  expect(
    await page.evaluate(() => localStorage.getItem('dialplan-studio:workspace') !== null),
  ).toBe(true);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  await expect(tests.getByRole('listitem', { name: 'votes for Greenies' })).toBeVisible();
});

/** Replaces `from` by `to` on the seed poll's line holding `line`, typing into the XML pane. */
async function editDialplan(page: Page, line: string, from: string, to: string) {
  const studio = new StudioPage(page);
  await new SimulatorPage(page).showXml();
  const lines = readFileSync('public/examples/political-poll.xml', 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(line));
  const text = lines[index] ?? '';
  // The editor scrolls to follow the call, so go to the line with the keyboard rather than by sight.
  await studio.editorLines().click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const after = text.trimEnd().length - text.lastIndexOf(from) - from.length;
  for (let i = 0; i < after; i += 1) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < from.length; i += 1) await page.keyboard.press('Backspace');
  await studio.type(to);
}

test('the first caption gets its full reading time before the menu listens when speech fails at once', async ({
  page,
}) => {
  test.skip(projectSpeech() !== 'stock', 'stock headless Chromium is where speech fails at once');
  const sim = new SimulatorPage(page);
  await sim.open();
  await sim.speed('1×');
  const calledAt = Date.now();
  await sim.call('Person');
  await expect(sim.caption).toContainText('short political poll');
  const caption = (await sim.caption.innerText()).trim();
  await expect(sim.panel.getByText(/Timeout in \d/)).toBeVisible({ timeout: 30_000 });
  // Captions are timed at 15 characters a second (prompt-text.ts).
  expect(Date.now() - calledAt).toBeGreaterThanOrEqual((caption.length / 15) * 1000 * 0.9);
  await expect(sim.transcript).not.toContainText('That is not a valid selection');
});

test('deleting the element the call is on ends the call and says why', async ({ page }) => {
  const sim = new SimulatorPage(page);
  const studio = new StudioPage(page);
  await sim.open();
  await sim.speed('Instant');
  await sim.call('Person');
  await expect(sim.panel.getByText(/Timeout in \d/)).toBeVisible();
  await expect(studio.node('menu Live')).toHaveClass(/dp-active/);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Design' }).click();
  await page
    .getByRole('group', { name: 'Element actions' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(studio.node('menu Live')).toHaveCount(0);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  await expect(sim.transcript).toContainText(
    'The call was stopped: the element it was on (menu Live) was deleted or changed',
  );
  await expect(sim.panel.getByText(/Timeout in \d/)).toHaveCount(0);
  await expect(studio.graph.locator('.dp-active')).toHaveCount(0);
  // Nothing more is said: the menu's timeout never fires into the old text.
  await expect(sim.transcript).not.toContainText('Pressed nothing (timed out)');
  await expect(sim.panel.getByRole('button', { name: /^Call( again)?$/ })).toBeEnabled();
});

test('opening another document ends the call and says why', async ({ page }) => {
  const sim = new SimulatorPage(page);
  const studio = new StudioPage(page);
  await sim.open();
  await sim.speed('Instant');
  await sim.call('Person');
  await expect(sim.panel.getByText(/Timeout in \d/)).toBeVisible();
  await (await openDocuments(page)).getByRole('button', { name: 'New dialplan…' }).click();
  await page
    .getByRole('dialog', { name: 'New dialplan' })
    .getByRole('button', { name: 'Empty poll' })
    .click();
  await expect(studio.node('play Goodbye')).toBeVisible();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  await expect(sim.transcript).toContainText(
    'The call was stopped: another document was opened; the call ran “Political poll”',
  );
  await expect(sim.caption).toHaveCount(0); // the phone is put away: no old prompt shown
  await expect(studio.graph.locator('.dp-active, .dp-visited')).toHaveCount(0);
});
