import { useMemo } from 'react';
import { waysIn, type DialplanDocument, type ElementNode } from '../../core/index.ts';

/**
 * "Calls come here from: branch 1-5 of Question_01": the gotos that name the selected element and what
 * carries on to it. After an add it says which branches were re-pointed to the new element; with none,
 * it says that no call gets here (the `no-way-in`/`unreachable` warnings give the details).
 */
export function WaysIn({ doc, element }: { doc: DialplanDocument; element: ElementNode }) {
  const ways = useMemo(() => waysIn(doc, element.id), [doc, element.id]);
  if (element === doc.root || ['keypress', 'live', 'machine', 'else'].includes(element.kind))
    return null;
  return (
    <p className="inspector-ways-in" data-testid="ways-in">
      {ways.length > 0
        ? `Calls come here from: ${ways.join(', ')}.`
        : 'No goto names it and nothing before it carries on to it.'}
    </p>
  );
}
