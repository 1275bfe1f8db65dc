import { useCallback, useState } from 'react';
import { importDialplan, type Diagnostic } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { fileSizeProblem, formatSize } from './import-size.ts';
import { nextPaint, yieldToBrowser } from '../../ui/schedule.ts';

/**
 * Replaces the open document with a dialplan found in `text` (one undo step), keeping the broadcast
 * settings found beside it. When nothing is found, the message says why and nothing is replaced.
 */
export type ImportTone = 'success' | 'info' | 'error';

export function useImport(): {
  importText: (text: string, from: string, notes?: readonly string[]) => boolean;
  /**
   * Reads, decodes and imports a chosen or dropped file; encoding problems are told, not hidden. A big
   * file is announced first: it opens in steps (see `store/document-slice.ts`) and takes a while.
   */
  importFile: (file: File) => Promise<boolean>;
  message: string;
  /** How the message reads: an import done, one under way, or one that failed (only that one is red). */
  tone: ImportTone;
} {
  const store = useStudioStore();
  const [{ message, tone }, setState] = useState({ message: '', tone: 'info' as ImportTone });
  const setMessage = useCallback(
    (text: string, tone: ImportTone = 'error') => setState({ message: text, tone }),
    [],
  );
  const applyImport = useCallback(
    (result: ReturnType<typeof importDialplan>, from: string, notes: readonly string[] = []) => {
      if (!result.ok) {
        setMessage(`${from}: ${result.error} Nothing was replaced.`);
        return false;
      }
      store.getState().replaceText(result.xml, 'import');
      store.getState().mergeBroadcast(result.settings);
      store.getState().recordVersion('import', `Imported ${from}`);
      setMessage([`Imported ${from}.`, ...notes].join(' '), 'success');
      return true;
    },
    [store, setMessage],
  );
  const importText = useCallback(
    (text: string, from: string, notes: readonly string[] = []) =>
      applyImport(importDialplan(text), from, notes),
    [applyImport],
  );
  const importFile = useCallback(
    async (file: File) => {
      const tooBig = fileSizeProblem(file.name, file.size);
      if (tooBig) {
        setMessage(tooBig);
        return false;
      }
      try {
        if (file.size >= SLOW_IMPORT_BYTES) {
          // The graph then shows how far the open is (reading, building the graph, arranging it).
          setMessage(`Opening ${file.name} (${formatSize(file.size)})…`, 'info');
          await nextPaint(); // the message shows before the page is busy
        }
        const { text, notes } = await readTextFile(file);
        const result = importDialplan(text);
        // Checking a big file and showing it in the editor are two tasks, not one long one.
        if (file.size >= SLOW_IMPORT_BYTES) await yieldToBrowser();
        return applyImport(result, file.name, notes);
      } catch (error) {
        return importText('', `${file.name} (${(error as Error).message})`);
      }
    },
    [applyImport, importText, setMessage],
  );
  return { importText, importFile, message, tone };
}

/** Files from this size on take long enough to parse, validate and draw that the user is told first. */
const SLOW_IMPORT_BYTES = 200 * 1024;

/** Encoding problems told in the import message; the rest are counted. */
const MAX_NOTES = 3;

/** An encoding problem as a sentence for the import message (positions are in the decoded text). */
function encodingNote(d: Diagnostic): string {
  return `Line ${d.range.start.line}, column ${d.range.start.column}: ${d.message}.`;
}

/**
 * Reads a dropped or chosen file; files over 5 MB are refused before reading. Its bytes are decoded by
 * the core (`decodeDialplanBytes`): the text always opens, and invalid UTF-8 or a UTF-16 file comes
 * back as notes to show.
 */
export async function readTextFile(file: File): Promise<{ text: string; notes: string[] }> {
  const tooBig = fileSizeProblem(file.name, file.size);
  if (tooBig) throw new Error(tooBig);
  // Loaded on first use: the decoder is only needed once a file is opened, not at start-up.
  const { decodeDialplanBytes } = await import('../../core/xml/decode-bytes.ts');
  const decoded = decodeDialplanBytes(new Uint8Array(await file.arrayBuffer()));
  const notes = decoded.diagnostics.slice(0, MAX_NOTES).map(encodingNote);
  const more = decoded.diagnostics.length - notes.length;
  if (more > 0) notes.push(`(${more} more encoding problems.)`);
  return { text: decoded.text, notes };
}
