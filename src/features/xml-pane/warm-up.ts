/**
 * Monaco's editor features are a chunk of their own (monaco-features.ts), loaded first. Monaco builds
 * its page-wide parts (the editor features, the model, theme, keybinding and editor
 * services, the theme's CSS, our completion and hover providers) when the first editor is created, all
 * in that one task: ≈ 210 ms on the dev machine for the 1,000-question poll, over issue 11's 200 ms
 * bound. Each part is built on first use, so asking for them through the public API ahead of the editor,
 * one task each, leaves the editor's own creation at about half of that.
 */
import { loadMonacoFeatures, monaco } from '../../ui/monaco/monaco-setup.ts';
import { registerXmlFeatures } from './language-features.ts';
import { defineEditorThemes, type EditorTheme } from './editor-themes.ts';
import { EDITOR_FONT_SIZE } from './editor-options.ts';
import { runInTasks } from '../../ui/schedule.ts';
import { FontMeasurements } from 'monaco-editor/editor/browser/config/fontMeasurements';
import { createBareFontInfoFromRawSettings } from 'monaco-editor/editor/common/config/fontInfoFromSettings';
import { PixelRatio } from 'monaco-editor/base/browser/pixelRatio';

let warming: Promise<void> | undefined;

/** Resolves once Monaco's page-wide services exist (at once after the first time). */
export function warmUpMonaco(theme: EditorTheme): Promise<void> {
  warming ??= loadMonacoFeatures().then(() =>
    runInTasks([
      // The editor features (StandaloneServices.initialize), then the language, model and configuration
      // services with the XML language's tokenizer.
      () => monaco.editor.createModel('', 'xml').dispose(),
      () => {
        defineEditorThemes();
        monaco.editor.setTheme(theme);
      },
      () => monaco.editor.addKeybindingRules([]).dispose(),
      () => monaco.editor.onDidCreateEditor(() => undefined).dispose(),
      () => registerXmlFeatures(monaco),
      measureEditorFont,
    ]),
  );
  return warming;
}

/**
 * The editor's font, measured and cached page-wide by Monaco: it reads the widths of a set of characters
 * from the DOM, 0.05–0.09 s that the editor's creation would otherwise spend in its own task. Monaco's
 * internal modules (no public API does it); the same font settings as the editor's, so the editor finds
 * the measurement in the cache.
 */
function measureEditorFont(): void {
  const pixelRatio = PixelRatio.getInstance(window).value;
  const font = createBareFontInfoFromRawSettings({ fontSize: EDITOR_FONT_SIZE }, pixelRatio);
  FontMeasurements.readFontInfo(window, font);
}
