/**
 * Everything the studio keeps in the browser's storage, by key. A key names its format's version: a
 * future format gets a new key (or a `version` field), and a value that fails its check is set aside
 * under `SET_ASIDE_PREFIX` + key, never deleted.
 */

/** The open document as typed (even when it does not parse), its node positions and the selection. */
export const AUTOSAVE_KEY = 'dialplan-studio:autosave:v1';
/**
 * The node positions and selection of the autosaved text, when only they changed since it was written
 * (a drag, a layout): a big text is not written again for them. Tied to the text by its fingerprint.
 */
export const AUTOSAVE_PLACES_KEY = 'dialplan-studio:autosave-places:v1';
/** The documents list (every document's text and broadcast settings); `version: 1` inside. */
export const WORKSPACE_KEY = 'dialplan-studio:workspace';
/** Every document's saved versions (`version: 1` inside; checked by `versions-storage.ts`). */
export const VERSIONS_KEY = 'dialplan-studio:versions';
/*
 * Retired: 'dialplan-studio:pane-layout:v1' held the Design/Split/XML choice from before the modes
 * (each mode's panes are `mode-panes:v1`, in view-prefs.ts). Nothing reads it; do not reuse the key.
 */
/** Word wrap in the XML pane, on or off: a view preference. */
export const WORD_WRAP_KEY = 'dialplan-studio:xml-word-wrap:v1';
/** + a document id: that document's saved test calls. */
export const TEST_CALLS_PREFIX = 'dialplan-studio:test-calls:';
/** + the key of a value that failed its check: the value as it was found. */
export const SET_ASIDE_PREFIX = 'dialplan-studio:set-aside:';
/** The channel tabs of one workspace tell each other what they saved on. */
export const TAB_CHANNEL = 'dialplan-studio:tabs';
/** + a document id: that document's test suite (the `.tests.json` format, issue 27). */
export const TEST_SUITE_PREFIX = 'dialplan-studio:test-suite:v1:';
