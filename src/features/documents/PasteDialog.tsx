import { useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** A textarea for pasted XML, a broadcast JSON body or a curl command. */
export function PasteDialog({
  onImport,
  onClose,
}: {
  onImport: (text: string) => boolean;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  return (
    <ConfirmDialog
      title="Paste a dialplan"
      confirmLabel="Import"
      onCancel={onClose}
      onConfirm={() => {
        if (onImport(text)) onClose();
      }}
    >
      <label className="paste-label">
        XML, a broadcast JSON body, or a curl command
        <textarea
          aria-label="Pasted text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
    </ConfirmDialog>
  );
}
