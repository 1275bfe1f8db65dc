import type { StudioStore } from '../../store/index.ts';

/** Where an action is listed: the `?` dialog, the palette and the README group by these. */
export const ACTION_GROUPS = [
  'Document',
  'Edit',
  'Design',
  'Navigate',
  'View',
  'Test',
  'Send',
  'Help',
] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** Where a context menu opens: on a graph card, or on the empty canvas. */
export type ContextScope = 'card' | 'canvas';

/** What an action sees when it runs: the studio store and where the key (if any) was pressed. */
export interface ActionContext {
  store: StudioStore;
  /** The focused element when a key ran the action; undefined from a button or the palette. */
  target?: EventTarget | null;
  /** The key that ran it (`event.key`), for an action on several keys (the phone keypad). */
  key?: string;
}

/**
 * One user action, registered once (Excalidraw's `register({ perform, keyTest })`): the header buttons,
 * the command palette, the `?` dialog, the README table and the one keyboard dispatcher read it.
 */
export interface Action {
  id: string;
  /** What the palette and buttons say, e.g. "Undo". */
  label: string;
  group: ActionGroup;
  /** A short symbol shown before the label in the palette. */
  icon?: string;
  /** Key specs (see key-specs.ts): `Mod+Z`, `Shift+?`, `Ctrl+Alt+N`, `F6`. */
  shortcuts?: readonly string[];
  /** What the shortcut does, for the `?` dialog and the README (defaults to the label). */
  describe?: string;
  /** How the `?` dialog and README show the keys, when not one by one (e.g. `0–9`). */
  keysShown?: readonly string[];
  /**
   * Whether the shortcut also runs where the person is typing (a field, the XML editor). Undo there
   * belongs to the field or Monaco; Find, F6 and the palette are taken first.
   */
  whileTyping?: boolean;
  /** The shortcut applies only when the key lands on such a target (e.g. Enter on a graph card). */
  keyTarget?: (target: EventTarget | null) => boolean;
  /** Whether it can run now; a disabled action is shown disabled and its key is left alone. */
  enabled?: (ctx: ActionContext) => boolean;
  /**
   * The context menus that list it, each with its wording there (`true`: the label), e.g. "Add Poll
   * question after this" on a card. In a card's menu, `target` is the card.
   */
  contextMenu?: Partial<Record<ContextScope, string | true>>;
  /**
   * It needs the full studio (it changes the document, or shows the XML editor): left out of the menus
   * of a graph that is only looked at (the phone's, which has neither).
   */
  fullStudio?: boolean;
  /** Whether the command palette lists it (default: yes). */
  visible?: boolean;
  perform: (ctx: ActionContext) => void;
}
