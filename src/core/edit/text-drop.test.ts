import { describe, expect, it } from 'vitest';
import { insertSnippet } from './insert.ts';
import { edited, parse } from './edit.test-support.ts';
import { planTextDrop } from './text-drop.ts';

const TEXT = [
  '<dialplan name="R">', // 1
  '    <menu name="Q">', // 2
  '        <play>Press 1.</play>', // 3
  '        <keypress pressed="1">', // 4
  '            <goto>Bye</goto>', // 5
  '        </keypress>', // 6
  '', // 7
  '    </menu>', // 8
  '    <!-- the end -->', // 9
  '    <play name="Bye">Bye.', // 10
  '    Thanks.</play>', // 11
  '    <hangup/>', // 12
  '</dialplan>', // 13
].join('\n');
const doc = parse(TEXT);
const lineStart = (line: number) =>
  TEXT.split('\n')
    .slice(0, line - 1)
    .join('\n').length + (line > 1 ? 1 : 0);
const drop = (line: number, kind: 'play' | 'keypress' = 'play') =>
  planTextDrop(doc, lineStart(line), kind, kind === 'play' ? '<play>' : '<keypress>');
const insertAt = (line: number) =>
  edited(doc, insertSnippet(doc, '<say/>', drop(line).placement).patches).split('\n');

describe('a palette item dropped on a line of the XML', () => {
  it('on a line where an element starts: before it, indented like it', () => {
    expect(drop(10).where).toBe('before Bye');
    expect(insertAt(10)[9]).toBe('    <say/>');
    expect(insertAt(10)[10]).toBe('    <play name="Bye">Bye.');
  });

  it('on a closing tag: at the end of that container', () => {
    expect(drop(13).where).toBe('at the end of R — unreachable: no call carries on past <hangup>');
    expect(drop(13).reachable).toBe(false);
    expect(drop(6).where).toBe(
      'at the end of <keypress> — unreachable: no call carries on past <goto>',
    );
  });

  it('on a blank or comment line between elements: before the next element of that container', () => {
    expect(drop(7).placement).toEqual({ anchorId: '/dialplan/menu', where: 'lastChild' });
    expect(drop(9).placement).toEqual({ anchorId: '/dialplan/play', where: 'before' });
    expect(drop(9).reachable).toBe(true);
  });

  it('refuses lines inside a prompt or a place that may not hold the item, with a message', () => {
    expect(() => drop(11)).toThrow('<play>: this line is inside Bye.');
    expect(() => drop(10, 'keypress')).toThrow(
      '<keypress> cannot go here: <dialplan> cannot hold it.',
    );
    const trailing = parse(`${TEXT}\n\n`);
    expect(() => planTextDrop(trailing, TEXT.length + 1, 'play', '<play>')).toThrow(
      '<play>: drop it on a line inside <dialplan>.',
    );
  });
});
