import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { ActionButton } from '../../ui/actions/ActionButton.tsx';
import { useCopy } from '../../ui/useCopy.ts';
import { takeMenuCommand, useDocumentsMenu } from './menu-requests.ts';
import { PasteDialog } from './PasteDialog.tsx';
import { useImport } from './useImport.ts';

/**
 * Open file, Paste, and Copy share link (registry actions: their buttons, the command palette and Ctrl+O
 * ask, this runs them). Import messages are announced; a failed import replaces nothing.
 */
export function ImportBar() {
  const { importText, importFile, message, tone } = useImport();
  const [pasting, setPasting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = useStudioStore();
  const { copy, status } = useCopy();
  const { request } = useDocumentsMenu();
  useEffect(() => {
    if (takeMenuCommand('open-file')) fileInput.current?.click();
    else if (takeMenuCommand('paste')) setPasting(true);
    else if (takeMenuCommand('share-link')) copy(shareUrl(location.href, store.getState().text));
  }, [request, copy, store]);
  return (
    <div className="import-bar">
      <ActionButton id="document.open-file" />
      <input
        ref={fileInput}
        type="file"
        aria-label="Open dialplan file"
        accept=".xml,.json,.sh,.txt,application/xml,application/json,text/xml,text/plain"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
          e.target.value = '';
        }}
      />
      <ActionButton id="document.paste" hasPopup="dialog" />
      <ActionButton id="document.share-link" />
      <span role="status" className="copy-status">
        {status}
      </span>
      {message && (
        <p role="alert" className={`import-message status-${tone}`}>
          {message}
        </p>
      )}
      {pasting && (
        <PasteDialog
          onImport={(t) => importText(t, 'pasted text')}
          onClose={() => setPasting(false)}
        />
      )}
    </div>
  );
}
