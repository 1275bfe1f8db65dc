/**
 * Where a palette item dropped on a line of the XML text goes, so that the text stays well-formed: before
 * the element that starts on that line, at the end of the container whose closing tag is on it, or, on a
 * blank or comment line between elements, before the next element of that container (at its end when
 * none follows). A line inside a tag, a prompt's words or outside `<dialplan>` is refused with a message.
 */
import { childElements, elementAtOffset } from '../ast/query.ts';
import type { DialplanDocument, ElementNode, TagKind } from '../ast/types.ts';
import { mayContain } from '../schema/tags.ts';
import { endsFlow, labelOf, type DropPlan } from './drop-placement.ts';
import { parentElement } from './lookup.ts';
import { EditError } from './types.ts';

/** `offset`: any offset on the drop line (its start, usually). */
export function planTextDrop(
  doc: DialplanDocument,
  offset: number,
  kind: TagKind,
  label: string,
): DropPlan {
  const first = firstNonBlank(doc.source, offset);
  const element = elementAtOffset(doc, first);
  if (!element || !doc.root) throw new EditError(`${label}: drop it on a line inside <dialplan>.`);
  if (first === element.range.start.offset && element !== doc.root) {
    const parent = parentElement(doc, element.id);
    return beforePlan(element, parent, kind, label);
  }
  const close = element.closeTagRange?.start.offset;
  const inContent =
    first >= element.openTagRange.end.offset && close !== undefined && first <= close;
  if (!inContent || (first !== close && !/[\r\n<]/.test(doc.source.charAt(first) || '\n')))
    throw new EditError(
      `${label}: this line is inside ${labelOf(element)}. Drop it on a line where an element starts or ends, or on a blank line between elements.`,
    );
  const next = childElements(element).find((c) => c.range.start.offset >= first);
  if (next) return beforePlan(next, element, kind, label);
  return endPlan(element, kind, label);
}

function beforePlan(
  element: ElementNode,
  parent: ElementNode | undefined,
  kind: TagKind,
  label: string,
): DropPlan {
  if (!parent || !mayContain(parent.kind, kind))
    throw new EditError(`${label} cannot go here: <${parent?.tagName ?? '?'}> cannot hold it.`);
  const siblings = childElements(parent);
  const previous = siblings[siblings.indexOf(element) - 1];
  return withReach(
    { anchorId: element.id, where: 'before' },
    `before ${labelOf(element)}`,
    previous,
  );
}

function endPlan(container: ElementNode, kind: TagKind, label: string): DropPlan {
  if (!mayContain(container.kind, kind))
    throw new EditError(`${label} cannot go inside <${container.tagName}>.`);
  const where = `at the end of ${labelOf(container)}`;
  const last = childElements(container).at(-1);
  return withReach({ anchorId: container.id, where: 'lastChild' }, where, last);
}

function withReach(
  placement: DropPlan['placement'],
  where: string,
  previous: ElementNode | undefined,
): DropPlan {
  const reachable = !previous || !endsFlow(previous);
  const said = reachable
    ? where
    : `${where} — unreachable: no call carries on past ${labelOf(previous)}`;
  return { placement, where: said, reachable };
}

function firstNonBlank(source: string, offset: number): number {
  let at = source.lastIndexOf('\n', offset - 1) + 1;
  while (source.charAt(at) === ' ' || source.charAt(at) === '\t') at++;
  return at;
}
