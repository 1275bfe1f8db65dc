import { useCallback, useState } from 'react';
import { importDialplan } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';

/**
 * Replaces the open document with a dialplan found in `text` (one undo step), keeping the broadcast
 * settings found beside it. When nothing is found, the message says why and nothing is replaced.
 */
export function useImport(): {
  importText: (text: string, from: string) => boolean;
  /** Reads and imports a chosen or dropped file, saying so first when it is big enough to take a while. */
  importFile: (file: File) => Promise<boolean>;
  message: string;
} {
  const store = useStudioStore();
  const [message, setMessage] = useState('');
  const importText = useCallback(
    (text: string, from: string) => {
      const result = importDialplan(text);
      if (!result.ok) {
        setMessage(`${from}: ${result.error} Nothing was replaced.`);
        return false;
      }
      store.getState().replaceText(result.xml, 'import');
      store.getState().mergeBroadcast(result.settings);
      setMessage(`Imported ${from}.`);
      return true;
    },
    [store],
  );
  const importFile = useCallback(
    async (file: File) => {
      try {
        if (file.size >= SLOW_IMPORT_BYTES) {
          setMessage(
            `Opening ${file.name} (${formatSize(file.size)})… the studio may pause while it draws.`,
          );
          await nextPaint(); // the message shows before the page is busy
        }
        const text = await readTextFile(file);
        return importText(text, file.name);
      } catch (error) {
        return importText('', `${file.name} (${(error as Error).message})`);
      }
    },
    [importText],
  );
  return { importText, importFile, message };
}

/** Files from this size on take long enough to parse, validate and draw that the user is told first. */
const SLOW_IMPORT_BYTES = 200 * 1024;

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/** Resolves after the browser has painted the current frame. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Reads a dropped or chosen file as text; files over 5 MB are refused before reading. */
export async function readTextFile(file: File): Promise<string> {
  if (file.size > 5 * 1024 * 1024) throw new Error(`${file.name} is over 5 MB`);
  return file.text();
}
