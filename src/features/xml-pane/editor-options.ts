/** The XML editor's font size: the editor's option, and the font the warm-up measures ahead of it. */
export const EDITOR_FONT_SIZE = 13;
