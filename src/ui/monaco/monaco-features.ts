/**
 * The Monaco editor features the studio's editors use: a chunk apart from Monaco's core
 * (monaco-setup.ts), so that evaluating each is a task of its own. Loaded by `loadMonacoFeatures`.
 */
// The editor features the XML pane uses, instead of `monaco-editor/features/register.all`. Every
// registered contribution is built for each editor in the idle tasks after it opens (several at once),
// and its module is evaluated with the lazy chunk; register.all also brings those that need a language
// provider this studio does not have for XML (code lens, inlay hints, rename, formatting,
// symbols, linked editing, semantic tokens, colour picker) and inline completions (≈ 60 ms to build on
// the 1,000-question poll). Completion and hover (language-features.ts), markers, find, Go to line,
// folding, comments, the command palette, clipboard, multi-cursor and line/word editing all stay.
// (package.json lists this file as having side effects, or the bundler would drop these imports.)
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
// code actions: the quick fixes of quick-fixes.ts ("Connect after …" on a no-way-in marker, issue 24)
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/dnd/register';
import 'monaco-editor/features/dropOrPasteInto/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/gotoLine/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/links/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/quickHelp/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/stickyScroll/register';
// features/suggest/register only adds suggestions as inline completions; the suggest widget itself is
// registered by this module, which register.all reached through inline completions.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleHighContrast/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/unusualLineTerminators/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordPartOperations/register';
import 'monaco-editor/languages/definitions/xml/register';

export {};
