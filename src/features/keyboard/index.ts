/** The keyboard helpers' door (issue 28): focusing the Inspector on an element (Enter on a card). */
export { focusInspectorOf } from './focus-inspector.ts';
