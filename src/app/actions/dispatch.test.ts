import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPollXml } from '../../core/index.ts';
import { createStudioStore } from '../../store/index.ts';
import { actionForKey } from './dispatch.ts';
import { formatShortcut, parseShortcut } from '../../ui/actions/key-specs.ts';
import { rankByLabel } from '../../ui/actions/fuzzy.ts';
import { ACTIONS, actionById } from './registry.ts';

// Unit tests run in Node: a stand-in for the DOM elements the dispatcher asks about.
class FakeElement {
  constructor(
    readonly tagName: string,
    private readonly inside: string[] = [],
  ) {}
  isContentEditable = false;
  dataset: Record<string, string> = {};
  closest(selector: string) {
    return this.inside.some((s) => selector.includes(s)) ? this : null;
  }
}
const globals = globalThis as Record<string, unknown>;
beforeAll(() => {
  globals.HTMLElement = FakeElement;
  globals.Element = FakeElement;
});
afterAll(() => {
  delete globals.HTMLElement;
  delete globals.Element;
});

const store = createStudioStore({ initialText: '<dialplan><play name="A"/></dialplan>' });
const ctx = { store };
const press = (
  key: string,
  target: unknown,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
  target: target as EventTarget,
});
const body = new FakeElement('BODY');
const input = new FakeElement('INPUT');
const monaco = new FakeElement('DIV', ['.monaco-editor']);

describe('actionForKey', () => {
  it('runs undo outside a text field, and leaves it to the field (or Monaco) inside one', () => {
    store.getState().setText('<dialplan><play name="B"/></dialplan>', 'editor');
    expect(actionForKey(ACTIONS, press('z', body, { ctrlKey: true }), ctx)?.id).toBe('edit.undo');
    expect(actionForKey(ACTIONS, press('z', input, { ctrlKey: true }), ctx)).toBeUndefined();
    expect(actionForKey(ACTIONS, press('z', monaco, { ctrlKey: true }), ctx)).toBeUndefined();
  });

  it('takes F6, Find and the command palette even in the XML editor', () => {
    expect(actionForKey(ACTIONS, press('F6', monaco), ctx)?.id).toBe('navigate.next-region');
    expect(actionForKey(ACTIONS, press('F6', monaco, { shiftKey: true }), ctx)?.id).toBe(
      'navigate.previous-region',
    );
    expect(actionForKey(ACTIONS, press('k', monaco, { ctrlKey: true }), ctx)?.id).toBe(
      'navigate.find',
    );
    expect(
      actionForKey(ACTIONS, press('P', monaco, { ctrlKey: true, shiftKey: true }), ctx)?.id,
    ).toBe('navigate.commands');
    expect(
      actionForKey(ACTIONS, press('P', body, { metaKey: true, shiftKey: true }), ctx)?.id,
    ).toBe('navigate.commands');
  });

  it('opens the shortcuts list with ? only where the person is not typing', () => {
    expect(actionForKey(ACTIONS, press('?', body, { shiftKey: true }), ctx)?.id).toBe(
      'help.shortcuts',
    );
    expect(actionForKey(ACTIONS, press('?', input, { shiftKey: true }), ctx)).toBeUndefined();
  });

  it('leaves every key alone inside a modal dialog', () => {
    const inDialog = new FakeElement('BUTTON', ['[aria-modal="true"]']);
    expect(actionForKey(ACTIONS, press('F6', inDialog), ctx)).toBeUndefined();
  });

  it('runs Enter only on a graph card', () => {
    const card = new FakeElement('DIV', ['.react-flow__node']);
    card.dataset.id = '/dialplan/play';
    expect(actionForKey(ACTIONS, press('Enter', card), { store, target: card as never })?.id).toBe(
      'design.open-in-inspector',
    );
    expect(actionForKey(ACTIONS, press('Enter', body), ctx)).toBeUndefined();
  });

  it('leaves the key of a disabled action alone (Download without the Export view)', () => {
    expect(actionForKey(ACTIONS, press('s', body, { ctrlKey: true }), ctx)).toBeUndefined();
  });

  it('switches modes with Alt+Shift+digit, by physical key', () => {
    const event = { ...press('!', monaco, { altKey: true, shiftKey: true }), code: 'Digit2' };
    expect(actionForKey(ACTIONS, event, ctx)?.id).toBe('mode.test');
  });
});

describe('the registry', () => {
  it('has unique ids and parseable shortcuts', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    for (const a of ACTIONS)
      for (const s of a.shortcuts ?? []) expect(() => parseShortcut(s)).not.toThrow();
  });

  it('gives no shortcut to two actions', () => {
    const specs = ACTIONS.flatMap((a) => (a.shortcuts ?? []).map((s) => formatShortcut(s)));
    expect(new Set(specs).size).toBe(specs.length);
  });

  it('adds a Poll question after the selection, joined into the flow, as one undo step', async () => {
    const s = createStudioStore({ initialText: emptyPollXml() });
    s.getState().select('/dialplan/menu', 'graph');
    actionById('insert.block:poll-question').perform({ store: s });
    await expect.poll(() => s.getState().selectedId).toBe('/dialplan/menu[2]');
    const text = s.getState().text;
    // the first question's answers now go on to the new one, which sits right after it
    const first = text.slice(text.indexOf('name="Question"'), text.indexOf('name="Question_2"'));
    expect(first.match(/<goto>Question_2<\/goto>/g)).toHaveLength(2);
    expect(text.indexOf('name="Question_2"')).toBeGreaterThan(text.indexOf('name="Question"'));
    expect(text.indexOf('name="Question_2"')).toBeLessThan(text.indexOf('name="Goodbye"'));
    s.getState().undo();
    expect(s.getState().text).toBe(emptyPollXml());
  });
});

describe('the palette search over the registry', () => {
  it('finds every registry action by its label, first', () => {
    for (const action of ACTIONS) {
      expect(rankByLabel(ACTIONS, action.label, (a) => a.label)[0]).toBe(action);
    }
  });

  it('puts "Add Poll question after the selection" first for "poll"', () => {
    const ranked = rankByLabel(ACTIONS, 'add poll', (a) => a.label);
    expect(ranked[0]?.label).toBe('Add Poll question after the selection');
  });
});
