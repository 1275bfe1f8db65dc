/**
 * What a node's card shows and how tall each part is. The layout needs every card's size before anything
 * is drawn, and the card component draws each part at exactly these heights (`DialplanNode.tsx`,
 * `graph.css`), so what is laid out is what is drawn and "fits readable" can be decided in Node.
 */
import type { FlowAction, FlowNode, FlowOutput } from './types.ts';

/** Pixel sizes of the card's parts, at zoom 1 (the CSS uses the same numbers). */
export const CARD = {
  width: 280,
  border: 2,
  start: 24,
  header: 36,
  textLine: 17,
  textPad: 10,
  line: 20,
  branchRow: 26,
  addBranch: 28,
  ends: 24,
  bottomPad: 6,
} as const;

/** Characters of 12–13 px text on one line of a card (its inner width over a typical glyph width). */
const CHARS_PER_LINE = 38;
/** A card shows at most this many lines of its prompt and of its note (the inspector shows it all). */
const MAX_TEXT_LINES = 3;
/** The characters a branch row holds beside its key before its answers spill onto lines of their own. */
const ROW_CHARS = 34;

export interface CardBranch {
  output: FlowOutput;
  /** Shown on the key's row: the answers it stores (`Vote = Yes`) and where it jumps (`→ Hangup`). */
  inline: FlowAction[];
  /** Everything else it does, a line each. */
  lines: FlowAction[];
}

export interface CardMarks {
  /** The call starts here. */
  entry: boolean;
  /** No arrow leaves the card: the call ends after it. */
  ends: boolean;
}

/** A card as drawn. Shared between callers (`cardOf` keeps them): read-only. */
export interface Card {
  /** A menu's first prompt, shown as the card's text (clicking the text selects it). */
  readonly prompt?: FlowAction;
  readonly noteLines: number;
  /** Lines of the prompt or summary text under the header (0 when there is none). */
  readonly textLines: number;
  readonly body: readonly FlowAction[];
  readonly branches: readonly CardBranch[];
  /** Menus get an "Add branch" button. */
  readonly addBranch: boolean;
  readonly height: number;
}

export function textLinesOf(text: string | undefined): number {
  if (!text) return 0;
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return Math.min(lines, MAX_TEXT_LINES);
}

const ON_ROW = new Set(['stash', 'setvar', 'goto']);

function branchOf(output: FlowOutput): CardBranch {
  const inline: FlowAction[] = [];
  const lines: FlowAction[] = [];
  let used = output.label.length + 2;
  for (const action of output.actions) {
    const width = action.detail.length + 3;
    if (ON_ROW.has(action.kind) && used + width <= ROW_CHARS) {
      inline.push(action);
      used += width;
    } else lines.push(action);
  }
  return { output, inline, lines };
}

/** A menu's first prompt is its text block: listing it again below would say it twice. */
function promptOf(node: FlowNode): FlowAction | undefined {
  return node.kind === 'menu' ? node.body.find((a) => a.kind === 'play') : undefined;
}

/**
 * Cards made, by node object and marks: a node's card is asked for by the quick placement, the flow
 * node's geometry and the drawn card, and a big graph's cards are made ahead of its first render, a
 * slice at a time (features/graph/prewarm.ts). A node object never changes; a changed element is a new
 * node object.
 */
const cards = new WeakMap<FlowNode, (Card | undefined)[]>();

export function cardOf(node: FlowNode, marks: CardMarks): Card {
  let made = cards.get(node);
  if (!made) cards.set(node, (made = []));
  const index = (marks.entry ? 2 : 0) + (marks.ends ? 1 : 0);
  return (made[index] ??= buildCard(node, marks));
}

function buildCard(node: FlowNode, marks: CardMarks): Card {
  const noteLines = textLinesOf(node.note);
  const textLines = textLinesOf(node.summary);
  const prompt = promptOf(node);
  const body = prompt ? node.body.filter((a) => a !== prompt) : node.body;
  const branches = node.outputs.map(branchOf);
  const addBranch = node.kind === 'menu';
  let height = CARD.border + CARD.header + CARD.bottomPad;
  if (marks.entry) height += CARD.start;
  if (marks.ends) height += CARD.ends;
  if (noteLines > 0) height += noteLines * CARD.textLine + CARD.textPad;
  if (textLines > 0) height += textLines * CARD.textLine + CARD.textPad;
  if (addBranch) height += CARD.addBranch;
  height += body.length * CARD.line;
  for (const b of branches) height += CARD.branchRow + b.lines.length * CARD.line;
  return { ...(prompt ? { prompt } : {}), noteLines, textLines, body, branches, addBranch, height };
}

/** Where a card's connection points sit, relative to its top-left corner (a handle's top-left). */
export interface HandleSpot {
  id: string | null;
  type: 'source' | 'target';
  side: 'top' | 'right' | 'bottom';
  x: number;
  y: number;
}

/** The handle's drawn size (graph.css). */
export const HANDLE_SIZE = 10;

/**
 * The handles of a card before the browser has measured it: React Flow draws every card once to measure
 * its handles unless it is told where they are, which on a 1,000-question poll meant drawing (and then
 * removing) a thousand off-screen cards in one long task.
 */
export function handleSpots(
  node: FlowNode,
  marks: CardMarks,
  card = cardOf(node, marks),
): HandleSpot[] {
  const half = HANDLE_SIZE / 2;
  const spots: HandleSpot[] = [
    { id: null, type: 'target', side: 'top', x: CARD.width / 2 - half, y: -half },
  ];
  if (card.branches.length === 0)
    spots.push({
      id: 'out',
      type: 'source',
      side: 'bottom',
      x: CARD.width / 2 - half,
      y: card.height - half,
    });
  let y = CARD.border / 2 + CARD.header + (marks.entry ? CARD.start : 0);
  if (card.noteLines > 0) y += card.noteLines * CARD.textLine + CARD.textPad;
  if (card.textLines > 0) y += card.textLines * CARD.textLine + CARD.textPad;
  y += card.body.length * CARD.line;
  for (const b of card.branches) {
    spots.push({
      id: b.output.id,
      type: 'source',
      side: 'right',
      x: CARD.width - half,
      y: y + CARD.branchRow / 2 - half,
    });
    y += CARD.branchRow + b.lines.length * CARD.line;
  }
  return spots;
}
