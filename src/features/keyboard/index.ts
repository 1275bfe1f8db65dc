/**
 * The keyboard helpers' door (issue 28): focusing the Inspector on an element (Enter on a card), a card
 * by element id (Esc from the Inspector), and keeping focus off <body> when its element goes.
 */
export { cardOf, focusCardOf } from './focus-card.ts';
export { focusInspectorOf } from './focus-inspector.ts';
export { focusLost, rescueFocus } from './focus-recovery.ts';
