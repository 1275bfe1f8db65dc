import { useRef, useState } from 'react';
import { shareUrl } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { useCopy } from '../../ui/useCopy.ts';
import { PasteDialog } from './PasteDialog.tsx';
import { useImport } from './useImport.ts';

/** Open file, Paste, and Copy share link. Import messages are announced; a failed import replaces nothing. */
export function ImportBar() {
  const { importText, importFile, message, tone } = useImport();
  const [pasting, setPasting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const text = useStudio((s) => s.text);
  const { copy, status } = useCopy();
  return (
    <div className="import-bar">
      <button type="button" onClick={() => fileInput.current?.click()}>
        Open file…
      </button>
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
      <button type="button" onClick={() => setPasting(true)}>
        Paste…
      </button>
      <button type="button" onClick={() => copy(shareUrl(location.href, text))}>
        Copy share link
      </button>
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
