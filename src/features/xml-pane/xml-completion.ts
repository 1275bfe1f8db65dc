/**
 * What to offer at the cursor, from the TAGS schema: tags the enclosing element may contain, attributes
 * of the tag being written, enum values, and goto/catch targets from the names in the document.
 * Pure functions over the text; the Monaco glue is in language-features.ts.
 */
import {
  attributeSchema,
  kindOfTag,
  mayContain,
  TAGS,
  TAG_KINDS,
  type ElementKind,
} from '../../core/index.ts';

export type CompletionContext =
  | { type: 'tag'; parent: ElementKind | undefined }
  | { type: 'attribute'; tag: ElementKind; present: string[] }
  | { type: 'value'; tag: ElementKind; attribute: string }
  | { type: 'text'; tag: ElementKind }
  | { type: 'none' };

export interface Suggestion {
  label: string;
  insertText: string;
  detail?: string;
  documentation?: string;
  kind: 'tag' | 'attribute' | 'value' | 'name';
}

// No `<` between a tag's name and its `>`: a half-typed `<play type="tts"` (no `>` yet) must not swallow
// the next tag as its attributes, or the scan would think `play` is open.
const TAG_RE = /<(\/?)([A-Za-z_][\w.-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(\/?)>/g;

/** The tags open at `offset` (innermost last), by a light scan of the text before it. */
export function openTagsBefore(text: string, offset: number): string[] {
  const stack: string[] = [];
  const before = text.slice(0, offset).replace(/<!--[\s\S]*?-->/g, '');
  for (const m of before.matchAll(TAG_RE)) {
    const [, closing, name = '', , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else stack.push(name);
  }
  return stack;
}

export function completionContext(text: string, offset: number): CompletionContext {
  const lt = text.lastIndexOf('<', offset - 1);
  const gt = text.lastIndexOf('>', offset - 1);
  if (lt > gt) {
    const inside = text.slice(lt + 1, offset);
    if (/^[A-Za-z_]?[\w.-]*$/.test(inside)) {
      const parent = openTagsBefore(text, lt).at(-1);
      return { type: 'tag', parent: parent === undefined ? undefined : kindOfTag(parent) };
    }
    const tag = kindOfTag(/^\/?([\w.-]+)/.exec(inside)?.[1] ?? '');
    const value = /([\w-]+)\s*=\s*["']([^"']*)$/.exec(inside);
    if (value?.[1]) return { type: 'value', tag, attribute: value[1] };
    if (/\s[\w-]*$/.test(inside)) {
      const present = [...inside.matchAll(/([\w-]+)\s*=/g)].map((m) => (m[1] ?? '').toLowerCase());
      return { type: 'attribute', tag, present };
    }
    return { type: 'none' };
  }
  const open = openTagsBefore(text, offset).at(-1);
  return open === undefined ? { type: 'none' } : { type: 'text', tag: kindOfTag(open) };
}

export function suggestionsFor(context: CompletionContext, names: readonly string[]): Suggestion[] {
  switch (context.type) {
    case 'tag':
      return TAG_KINDS.filter(
        (k) => context.parent === undefined || (k !== 'dialplan' && mayContain(context.parent, k)),
      ).map((k) => ({
        label: k,
        insertText: k,
        detail: TAGS[k].summary,
        documentation: TAGS[k].doc,
        kind: 'tag',
      }));
    case 'attribute':
      if (context.tag === 'unknown') return [];
      return TAGS[context.tag].attributes
        .filter((a) => !context.present.includes(a.name.toLowerCase()))
        .map((a) => ({
          label: a.name,
          insertText: `${a.name}="$1"`,
          detail: a.required ? 'required' : 'optional',
          documentation: a.doc,
          kind: 'attribute',
        }));
    case 'value': {
      const schema = attributeSchema(context.tag, context.attribute);
      if (!schema) return [];
      if (schema.value.type === 'enum') return schema.value.values.map((v) => value(v));
      if (schema.value.type === 'boolean') return ['true', 'false'].map((v) => value(v));
      if (schema.value.type === 'pressed')
        return ['default', 'timeout', ...'0123456789'].map((v) => value(v));
      if (schema.value.type === 'target') return names.map((n) => value(n, 'name'));
      return [];
    }
    case 'text':
      return context.tag === 'goto' ? names.map((n) => value(n, 'name')) : [];
    case 'none':
      return [];
  }
}

function value(v: string, kind: Suggestion['kind'] = 'value'): Suggestion {
  return { label: v, insertText: v, kind };
}

/** Hover text for the tag or attribute name under the cursor, from the reference. */
export function hoverDoc(text: string, offset: number, word: string): string | undefined {
  const lt = text.lastIndexOf('<', offset);
  const gt = text.lastIndexOf('>', offset - 1);
  if (lt <= gt) return undefined;
  const tagName = /^\/?([\w.-]+)/.exec(text.slice(lt + 1))?.[1] ?? '';
  const kind = kindOfTag(tagName);
  if (kind === 'unknown') return undefined;
  if (tagName === word)
    return `**<${TAGS[kind].kind}>** — ${TAGS[kind].summary}\n\n${TAGS[kind].doc}`;
  const a = attributeSchema(kind, word);
  return a && `**${a.name}** on <${kind}>${a.required ? ' (required)' : ''} — ${a.doc}`;
}
