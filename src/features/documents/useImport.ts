import { useCallback, useState } from 'react';
import { importDialplan } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';

/**
 * Replaces the open document with a dialplan found in `text` (one undo step), keeping the broadcast
 * settings found beside it. When nothing is found, the message says why and nothing is replaced.
 */
export function useImport(): {
  importText: (text: string, from: string) => boolean;
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
      store.getState().recordVersion('import', `Imported ${from}`);
      setMessage(`Imported ${from}.`);
      return true;
    },
    [store],
  );
  return { importText, message };
}

/** Reads a dropped or chosen file as text; files over 5 MB are refused before reading. */
export async function readTextFile(file: File): Promise<string> {
  if (file.size > 5 * 1024 * 1024) throw new Error(`${file.name} is over 5 MB`);
  return file.text();
}
