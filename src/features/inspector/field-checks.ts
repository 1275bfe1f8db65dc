/**
 * Checks the inspector makes while the user types (before anything is committed), and the sorting of
 * the store's diagnostics for an element onto its fields.
 */
import {
  parsePressed,
  readMenuTimeout,
  type AttributeType,
  type Diagnostic,
  type ElementNode,
} from '../../core/index.ts';

/**
 * What a menu timeout means, as the simulator and the validator read it (core/schema/menu-timeout.ts):
 * values of 1000 or more are milliseconds, smaller ones seconds; a value that is not a timeout ("0")
 * is said to wait the default.
 */
export function describeMenuTimeout(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const { ms, problem } = readMenuTimeout(value);
  const seconds = ms / 1000;
  const wait = `${seconds} second${seconds === 1 ? '' : 's'}`;
  return problem ? `Not a timeout: the call waits the default ${wait}.` : `This is ${wait}.`;
}

export interface CheckContext {
  /** Names of the other elements (a rename must not take one of them). */
  otherNames: ReadonlySet<string>;
}

/** The problem with a value typed into a field of that type, if any. */
export function checkValue(
  type: AttributeType['type'],
  value: string,
  ctx: CheckContext,
  min?: number,
): string | undefined {
  const text = value.trim();
  switch (type) {
    case 'pressed': {
      const pattern = parsePressed(value);
      return pattern.kind === 'invalid' ? `Not a valid key: ${pattern.problem}` : undefined;
    }
    case 'integer':
    case 'menu-timeout': {
      if (text === '') return undefined;
      if (!/^\d+$/.test(text)) return 'Enter a whole number';
      const lowest = type === 'menu-timeout' ? 1 : (min ?? 0);
      return Number(text) < lowest ? `Must be at least ${lowest}` : undefined;
    }
    case 'name':
      return ctx.otherNames.has(text) ? `Another element is already named “${text}”` : undefined;
    default:
      return undefined;
  }
}

/** The part of an element a diagnostic points at: an attribute (by name), its text, or the element. */
export type DiagnosticPlace = { attribute: string } | 'text' | 'element';

export function placeOf(diagnostic: Diagnostic, element: ElementNode): DiagnosticPlace {
  const at = diagnostic.range.start.offset;
  for (const a of element.attributes) {
    if (a.range.start.offset <= at && at < a.range.end.offset) return { attribute: a.name };
  }
  const open = element.openTagRange.end.offset;
  const close = element.closeTagRange?.start.offset ?? open;
  if (open <= at && at < close) return 'text';
  return 'element';
}

/** The element's diagnostics sorted onto its attributes (lower-cased names), its text, and the rest. */
export function diagnosticsByPlace(
  diagnostics: readonly Diagnostic[],
  element: ElementNode,
): { attributes: Map<string, string[]>; text: string[]; element: string[] } {
  const sorted = {
    attributes: new Map<string, string[]>(),
    text: [] as string[],
    element: [] as string[],
  };
  for (const d of diagnostics) {
    if (d.nodeId !== element.id) continue;
    const place = placeOf(d, element);
    if (place === 'text') sorted.text.push(d.message);
    else if (place === 'element') sorted.element.push(d.message);
    else {
      const key = place.attribute.toLowerCase();
      sorted.attributes.set(key, [...(sorted.attributes.get(key) ?? []), d.message]);
    }
  }
  return sorted;
}
