/**
 * Attribute schemas by tag kind and lower-case name, built once: the schema's own lookup lower-cases
 * every candidate, too slow for validating ~30,000 attributes in a few milliseconds.
 */
import type { ElementKind, TagKind } from '../ast/types.ts';
import { TAGS, type AttributeSchema, type AttributeType } from '../schema/tags.ts';
import { sameNameIgnoringCase } from '../ast/names.ts';
import { ALL_KINDS } from '../ast/kind-codes.ts';
import type { TreeArena } from '../xml/arena.ts';

const BY_KIND = new Map<TagKind, Map<string, AttributeSchema>>();
const REQUIRED = new Map<TagKind, readonly AttributeSchema[]>();
for (const tag of Object.values(TAGS)) {
  const names = new Map<string, AttributeSchema>();
  // Written names first (`maxDigits` is found without lower-casing), then the lower-case forms.
  for (const a of tag.attributes) names.set(a.name, a).set(a.name.toLowerCase(), a);
  BY_KIND.set(tag.kind, names);
  REQUIRED.set(
    tag.kind,
    tag.attributes.filter((a) => a.required),
  );
}

/** `requiredAttributes` by kind code (ast/kind-codes.ts). */
export const REQUIRED_BY_CODE: readonly (readonly AttributeSchema[])[] = ALL_KINDS.map((kind) =>
  requiredAttributes(kind),
);

/** The attributes a tag must have. */
export function requiredAttributes(kind: ElementKind): readonly AttributeSchema[] {
  return kind === 'unknown' ? [] : (REQUIRED.get(kind) ?? []);
}

/** The schema of an attribute of a tag, matched case-insensitively; undefined for unknown ones. */
export function schemaOfAttribute(kind: ElementKind, name: string): AttributeSchema | undefined {
  if (kind === 'unknown') return undefined;
  const names = BY_KIND.get(kind);
  return names?.get(name) ?? names?.get(name.toLowerCase());
}

/**
 * The schema of every attribute name of one parse for one tag kind, by the parse's name ids (see
 * xml/arena.ts): the attribute rules then look an attribute up by a small integer instead of a string
 * per attribute. Made once per parse and kind (a parse has a few dozen distinct names).
 */
export interface SchemaRow {
  /** By name id: the attribute's schema, or null when the tag takes no such attribute. */
  schemas: (AttributeSchema | null)[];
  /** By name id: bit `r` is set when the name is `requiredAttributes(kind)[r]`, in any case. */
  required: Int32Array;
  /** By name id: the value's type when the attribute-value rule checks it (`CHECKED_TYPES`), else null. */
  checked: (AttributeType | null)[];
  /**
   * For the attribute-value rule, a few values per name id checked as written (no `$`, `&` or line
   * breaks) and their verdicts, at `id * n` to `id * n + n - 1`, and which of them to replace next:
   * most values repeat one of the last few on the same tag kind.
   */
  lastValue: (string | undefined)[];
  lastProblem: (string | undefined)[];
  memoNext: number[];
}

/** The value types the attribute-value rule checks; other values (free text, names) are never read. */
export const CHECKED_TYPES: ReadonlySet<AttributeType['type']> = new Set<AttributeType['type']>([
  'enum',
  'boolean',
  'integer',
  'menu-timeout',
  'pressed',
]);

let rowsOf: TreeArena | undefined;
let rowsKnown = 0;
/** By kind code (ast/kind-codes.ts), for the parse `rowsOf`. */
const ROWS: (SchemaRow | undefined)[] = [];

/** The row of the kind coded `code` for the names of `store`. */
export function schemaRow(store: TreeArena, code: number): SchemaRow {
  if (rowsOf !== store || rowsKnown !== store.names.length) {
    ROWS.fill(undefined);
    rowsOf = store;
    rowsKnown = store.names.length;
  }
  let row = ROWS[code];
  if (row === undefined) {
    row = makeRow(store.names, ALL_KINDS[code] ?? 'unknown');
    ROWS[code] = row;
  }
  return row;
}

/**
 * Lets go of the last parse's rows (called when a validation ends). Kept, they held that parse's whole
 * tree alive into the next parse, whose young-generation collections then copied two trees, not one.
 */
export function forgetSchemaRows(): void {
  rowsOf = undefined;
  ROWS.fill(undefined);
}

function makeRow(names: readonly string[], kind: ElementKind): SchemaRow {
  const required = requiredAttributes(kind);
  const row: SchemaRow = {
    schemas: [],
    required: new Int32Array(names.length),
    checked: [],
    lastValue: [],
    lastProblem: [],
    memoNext: [],
  };
  for (let id = 0; id < names.length; id++) {
    const name = names[id] as string;
    const schema = schemaOfAttribute(kind, name) ?? null;
    row.schemas.push(schema);
    row.checked.push(schema && CHECKED_TYPES.has(schema.value.type) ? schema.value : null);
    let bits = 0;
    for (let r = 0; r < required.length && r < 31; r++)
      if (sameNameIgnoringCase(name, (required[r] as AttributeSchema).name)) bits |= 1 << r;
    row.required[id] = bits;
  }
  return row;
}
