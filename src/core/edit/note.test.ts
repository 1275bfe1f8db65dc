import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/derive.ts';
import { parseDialplan } from '../xml/parse.ts';
import { applyPatches } from './patch.ts';
import { commentSafe, setNote } from './note.ts';

const POLL = [
  '<dialplan name="Root">',
  '    <!-- Ask first -->',
  '    <menu name="Live">',
  '        <keypress pressed="1"><goto>Bye</goto></keypress>',
  '    </menu>',
  '    <play name="Bye">Bye</play> <!-- about Bye -->',
  '    <hangup name="Hangup"/>',
  '</dialplan>',
].join('\n');

const edit = (text: string, id: string, note: string) =>
  applyPatches(text, setNote(parseDialplan(text).document, id, note));
const notes = (text: string) =>
  deriveGraph(parseDialplan(text).document).nodes.map((n) => [n.name, n.note]);

describe('notes', () => {
  it('shows the comment before an element as its note, not a comment trailing the line before', () => {
    expect(notes(POLL)).toEqual([
      ['Live', 'Ask first'],
      ['Bye', undefined],
      ['Hangup', undefined],
    ]);
  });

  it('edits the note in place, leaving every other character as it was', () => {
    const after = edit(POLL, '/dialplan/menu', 'Ask whether they will vote');
    expect(after).toBe(POLL.replace('Ask first', 'Ask whether they will vote'));
  });

  it('adds a note on a line of its own above the element, at its indentation', () => {
    const after = edit(POLL, '/dialplan/hangup', 'The call ends here');
    expect(after).toBe(POLL.replace('    <hangup', '    <!-- The call ends here -->\n    <hangup'));
    expect(notes(after).at(-1)).toEqual(['Hangup', 'The call ends here']);
  });

  it('removes the note and its line when the text is cleared', () => {
    expect(edit(POLL, '/dialplan/menu', '  ')).toBe(POLL.replace('    <!-- Ask first -->\n', ''));
  });

  it('writes a note of several lines that reads back the same', () => {
    const after = edit(POLL, '/dialplan/play', 'Line one\nLine two');
    expect(notes(after)[1]).toEqual(['Bye', 'Line one\nLine two']);
    expect(parseDialplan(after).diagnostics).toEqual([]);
  });

  it('keeps the XML well-formed when the note holds dashes', () => {
    expect(commentSafe('a -- b --- c')).not.toContain('--');
    const after = edit(POLL, '/dialplan/hangup', 'end -- really');
    expect(parseDialplan(after).diagnostics).toEqual([]);
    expect(notes(after).at(-1)?.[1]).toBe('end - - really');
  });
});
