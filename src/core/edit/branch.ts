/** Adding a keypress branch to a menu: the next free digit, placed before the default/timeout branches. */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, childElements } from '../ast/query.ts';
import { escapeAttribute } from '../xml/entities.ts';
import { insertSnippet } from './insert.ts';
import { requireElement } from './lookup.ts';
import { EditError, type EditResult, type InsertPosition } from './types.ts';

const DIGIT_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];
const CATCH_ALL = new Set(['default', 'timeout']);

/** The first single key no keypress of the menu answers to yet (ranges `1-5` count). */
export function nextFreeKey(menu: ElementNode): string {
  const used = new Set<string>();
  for (const kp of childElements(menu)) {
    const pressed = (attrValue(kp, 'pressed') ?? '').trim();
    const range = /^(\d)-(\d)$/.exec(pressed);
    if (range) {
      for (let d = Number(range[1]); d <= Number(range[2]); d++) used.add(String(d));
    } else used.add(pressed);
  }
  return DIGIT_ORDER.find((key) => !used.has(key)) ?? 'default';
}

function branchPosition(menu: ElementNode): InsertPosition {
  const keypresses = childElements(menu).filter((c) => c.kind === 'keypress');
  const catchAll = keypresses.find((k) => CATCH_ALL.has((attrValue(k, 'pressed') ?? '').trim()));
  if (catchAll) return { anchorId: catchAll.id, where: 'before' };
  const last = keypresses.at(-1);
  return last ? { anchorId: last.id, where: 'after' } : { anchorId: menu.id, where: 'lastChild' };
}

/** Adds `<keypress pressed="…"/>` to the menu (the next free key when `pressed` is not given). */
export function addKeypressBranch(
  doc: DialplanDocument,
  menuId: string,
  pressed?: string,
): EditResult {
  const menu = requireElement(doc, menuId);
  if (menu.kind !== 'menu') throw new EditError('Keypress branches belong to a <menu>');
  const key = pressed ?? nextFreeKey(menu);
  const snippet = `<keypress pressed="${escapeAttribute(key)}"/>`;
  return insertSnippet(doc, snippet, branchPosition(menu));
}
