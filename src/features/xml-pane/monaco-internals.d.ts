// Modules inside Monaco's package that monaco-layers.ts imports only to evaluate their layer's chunk:
// the package ships no types for them, and none are needed.
declare module 'monaco-editor/base/common/strings';
declare module 'monaco-editor/platform/instantiation/common/instantiation';
declare module 'monaco-editor/platform/quickinput/browser/quickInputService';

// Monaco's page-wide font measuring (warm-up.ts measures the editor's font ahead of the editor).
declare module 'monaco-editor/editor/browser/config/fontMeasurements' {
  export const FontMeasurements: { readFontInfo(window: Window, font: unknown): unknown };
}
declare module 'monaco-editor/editor/common/config/fontInfoFromSettings' {
  export function createBareFontInfoFromRawSettings(
    options: { fontSize?: number },
    pixelRatio: number,
  ): unknown;
}
declare module 'monaco-editor/base/browser/pixelRatio' {
  export const PixelRatio: { getInstance(window: Window): { value: number } };
}
