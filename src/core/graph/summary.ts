/** One-line summaries of elements, as the graph lists them on nodes and branches. */
import type { ElementNode } from '../ast/types.ts';
import { attrValue, collapseWhitespace, elementName, textContent } from '../ast/query.ts';

const MAX_CHARS = 60;

/** Text cut to a readable length with an ellipsis. */
export function truncate(text: string, max = MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The element's own text, whitespace collapsed. */
export function bodyText(element: ElementNode): string {
  return collapseWhitespace(textContent(element));
}

/** What the element does, without its tag: `Vote = Yes`, `→ Hangup`, `"Thank you…"`. */
export function describeElement(element: ElementNode): string {
  const text = bodyText(element);
  switch (element.kind) {
    case 'play':
      return attrValue(element, 'type')?.toLowerCase() === 'tts' || !attrValue(element, 'type')
        ? truncate(`“${text}”`)
        : truncate(`${attrValue(element, 'type') ?? ''} ${text}`);
    case 'goto':
      return `→ ${text}`;
    case 'stash':
    case 'setvar':
      return truncate(`${attrValue(element, 'varname') ?? '?'} = ${text}`);
    case 'get':
    case 'post':
      return truncate(
        `${text}${attrValue(element, 'varname') ? ` → ${attrValue(element, 'varname')}` : ''}`,
      );
    case 'sms':
      return truncate(`to ${attrValue(element, 'to') ?? '?'}: ${text}`);
    case 'record':
      return truncate(attrValue(element, 'varname') ?? elementName(element) ?? '');
    case 'catch':
      return `on ${attrValue(element, 'type') ?? '?'}${attrValue(element, 'value') ? ` ${attrValue(element, 'value')}` : ''}`;
    case 'if':
    case 'equal':
    case 'notEqual':
      return truncate(
        [attrValue(element, 'var'), attrValue(element, 'expr')].filter(Boolean).join(' ? '),
      );
    case 'unknown':
      return '(unknown tag)';
    default:
      return truncate(text);
  }
}

/** A full action line: tag then what it does, e.g. `stash Vote = Yes`. */
export function actionText(element: ElementNode): string {
  return lineOf(element.tagName, describeElement(element));
}

/** The full line and what it does (`Vote = Yes`), describing the element once. */
export function actionParts(element: ElementNode): { text: string; detail: string } {
  const detail = describeElement(element);
  return { text: lineOf(element.tagName, detail), detail };
}

function lineOf(tagName: string, description: string): string {
  return description ? `${tagName} ${description}` : tagName;
}
