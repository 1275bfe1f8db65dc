/**
 * What the palette offers: every tag of the reference (but the root) with its one-line summary, grouped
 * by category, plus the composite blocks; and the XML each item inserts into a given document.
 */
import { TAG_KINDS, type DialplanDocument, type TagKind } from '../ast/types.ts';
import { TAGS, type TagCategory } from '../schema/tags.ts';
import { amdSplitXml, goodbyeXml, pollQuestionXml, takenQuestionNames } from './blocks.ts';
import { indentUnitOf } from './layout-text.ts';
import { TAG_TEMPLATES } from './tag-templates.ts';
import { EditError } from './types.ts';
import { escapeText } from '../xml/entities.ts';

export type PaletteGroup = 'blocks' | TagCategory;

export interface PaletteItem {
  /** `tag:<kind>` or `block:<name>`: the drag-and-drop payload. */
  id: string;
  label: string;
  summary: string;
  group: PaletteGroup;
  /** The kind of the (first) element it inserts, to decide where it may go. */
  kind: TagKind;
}

export const PALETTE_GROUPS: readonly { group: PaletteGroup; label: string }[] = [
  { group: 'blocks', label: 'Blocks' },
  { group: 'flow', label: 'Flow' },
  { group: 'prompts', label: 'Prompts' },
  { group: 'data', label: 'Data' },
  { group: 'telephony', label: 'Telephony' },
  { group: 'logic', label: 'Logic' },
  { group: 'rare', label: 'Rare (SDK only)' },
];

const BLOCK_ITEMS: readonly PaletteItem[] = [
  {
    id: 'block:poll-question',
    label: 'Poll question',
    summary: 'A question menu: one branch per answer records it; a wrong key repeats the question.',
    group: 'blocks',
    kind: 'menu',
  },
  {
    id: 'block:amd-split',
    label: 'AMD split',
    summary: 'Answering-machine detection with a branch for a person and one for a machine.',
    group: 'blocks',
    kind: 'amd',
  },
  {
    id: 'block:goodbye',
    label: 'Say goodbye and hang up',
    summary: 'Thanks the caller, then ends the call.',
    group: 'blocks',
    kind: 'play',
  },
];

const TAG_ITEMS: readonly PaletteItem[] = TAG_KINDS.filter((k) => k !== 'dialplan').map((kind) => ({
  id: `tag:${kind}`,
  label: `<${kind}>`,
  summary: TAGS[kind].summary,
  group: TAGS[kind].category,
  kind,
}));

export const PALETTE_ITEMS: readonly PaletteItem[] = [...BLOCK_ITEMS, ...TAG_ITEMS];

export function paletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((item) => item.id === id);
}

/**
 * The XML the item inserts into `doc` (names made unique, indented with the document's step). With
 * `next`, what it inserts goes on to that name (see join.ts): a Poll question's answers and an AMD
 * split's branches go there, a goto names it, anything else is followed by a `<goto>` to it.
 */
export function paletteSnippet(doc: DialplanDocument, id: string, next?: string): string {
  const unit = indentUnitOf(doc);
  if (id === 'block:poll-question') return pollQuestionXml(takenQuestionNames(doc), { next }, unit);
  if (id === 'block:amd-split' || id === 'tag:amd') return amdSplitXml(next, next, unit);
  if (id === 'block:goodbye') return goodbyeXml();
  const kind = id.startsWith('tag:') ? (id.slice(4) as TagKind) : undefined;
  if (!kind || kind === 'dialplan' || !(kind in TAG_TEMPLATES))
    throw new EditError(`Unknown palette item ${id}`);
  if (next === undefined) return TAG_TEMPLATES[kind];
  if (kind === 'goto') return `<goto>${escapeText(next)}</goto>`;
  if (kind === 'hangup' || kind === 'gotoXML') return TAG_TEMPLATES[kind];
  return `${TAG_TEMPLATES[kind]}\n<goto>${escapeText(next)}</goto>`;
}
