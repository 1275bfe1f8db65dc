/**
 * How a card asks for its note to be edited: a context with one stable callback, so that memoised cards
 * do not re-render when the canvas opens or closes the note editor.
 */
import { createContext, useContext } from 'react';

export const NoteEditorContext = createContext<(elementId: string) => void>(() => undefined);

export function useOpenNote() {
  return useContext(NoteEditorContext);
}
