/** Whatever the dialplan and whatever the caller does, a call ends cleanly and every event points home. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexElements } from '../ast/query.ts';
import { parseDialplan } from '../xml/parse.ts';
import { runScriptedCall } from './script.ts';

const names = ['A', 'B', 'C'];
const leaf = fc.oneof(
  fc.constantFrom(...names).map((n) => `<play type="tts" name="${n}">say \${x${n}}</play>`),
  fc.constantFrom(...names, 'Missing').map((n) => `<goto>${n}</goto>`),
  fc.constantFrom('<hangup/>', '<transfer>1</transfer>', '<record varname="r"/>', '<wait/>'),
  fc.constantFrom(
    '<setvar varname="n">${n} + 1</setvar>',
    '<setvar varname="s">\'\'.constructor</setvar>',
    '<stash varname="q">${call.lastinput}</stash>',
    '<get varname="g">http://x/${n}</get>',
  ),
);

const tree = fc.letrec<{ node: string; container: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('container')),
  container: fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...names),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.constantFrom('1', '1-3', 'default', 'timeout'),
      )
      .map(
        ([n, kids, pressed]) =>
          `<menu name="M${n}" maxDigits="2"><play type="tts">m</play>` +
          `<keypress pressed="${pressed}">${kids.join('')}</keypress></menu>`,
      ),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((kids) => `<if expr="\${n} &lt; 3">${kids.join('')}<else><goto>A</goto></else></if>`),
    fc
      .tuple(fc.constantFrom('digit', 'hangup'), fc.array(tie('node'), { maxLength: 3 }))
      .map(([type, kids]) => `<catch type="${type}" value="0" goto="B">${kids.join('')}</catch>`),
  ),
})).node;

const token = fc.constantFrom('1', '2', '0', '13#', '#', 'timeout', 'hangup', '99');

describe('engine robustness', () => {
  it('always ends, with every event on an element of the document', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { maxLength: 6 }),
        fc.array(token, { maxLength: 8 }),
        (nodes, tokens) => {
          const { document } = parseDialplan(`<dialplan>${nodes.join('')}</dialplan>`);
          const ids = indexElements(document).byId;
          const result = runScriptedCall(document, {}, tokens);
          expect(result.events.at(-1)).toBe(result.end);
          expect(result.events.filter((e) => e.type === 'end')).toHaveLength(1);
          for (const e of result.events) {
            expect(ids.get(e.path)?.range.start.line).toBe(e.line);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
