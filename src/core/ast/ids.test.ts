import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { allElements } from './query.ts';
import { assignIds } from './ids.ts';

describe('assignIds', () => {
  it('numbers only repeated segment names, the way simulation paths are written', () => {
    const { document } = parseDialplan(
      '<dialplan><menu><keypress pressed="1"><stash varname="q">Y</stash></keypress><keypress pressed="2"/></menu><menu/></dialplan>',
    );
    expect(allElements(document).map((e) => e.id)).toEqual([
      '/dialplan',
      '/dialplan/menu[1]',
      '/dialplan/menu[1]/keypress[1]',
      '/dialplan/menu[1]/keypress[1]/stash',
      '/dialplan/menu[1]/keypress[2]',
      '/dialplan/menu[2]',
    ]);
  });

  it('gives a whole tree the same ids as the parser does', () => {
    const { document } = parseDialplan(
      '<dialplan><!-- c --><play type="tts">a</play><play/></dialplan>',
    );
    const lazily = allElements(document).map((e) => e.id);
    assignIds(document.children, '');
    expect(allElements(document).map((e) => e.id)).toEqual(lazily);
    expect(document.root?.children.map((c) => c.id)).toEqual([
      '/dialplan/#comment',
      '/dialplan/play[1]',
      '/dialplan/play[2]',
    ]);
  });
});
