import { useMemo, useState } from 'react';
import { useStudio } from '../../store/index.ts';
import { downloadText, xmlFileName } from '../../ui/download.ts';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from './export-formats.ts';
import { useActiveDocument } from './useActiveDocument.ts';
import { useConfirmErrors } from './useConfirmErrors.tsx';
import { useCopy } from '../../ui/useCopy.ts';
import { useActionHandler } from '../../ui/actions/handlers.ts';
import { BroadcastIdField } from './BroadcastIdField.tsx';

/** The export views (one at a time), Copy with a visible confirmation, and Download .xml (also Ctrl+S). */
export function ExportOutputs() {
  const text = useStudio((s) => s.text);
  const { name, broadcast } = useActiveDocument();
  const [format, setFormat] = useState<ExportFormat>('one-line');
  const [broadcastId, setBroadcastId] = useState('');
  // Side panels stay mounted once opened: while the Export tab is hidden, edits must not pay for a
  // second parse of the whole text here.
  const visible = useStudio((s) => s.sidePanelTab === 'Export');
  const output = useMemo(
    () => (visible ? renderExport(format, text, broadcast, broadcastId) : ''),
    [visible, format, text, broadcast, broadcastId],
  );
  const { copy, status } = useCopy();
  const { guard, dialog } = useConfirmErrors();
  // What leaves the studio is kept as a "sent" version, to compare with later (Versions tab).
  const recordSent = useStudio((s) => s.recordVersion);
  const download = () =>
    guard(() => {
      downloadText(xmlFileName(name), text);
      recordSent('sent', 'XML downloaded');
    });
  useActionHandler('document.download', download);
  const label = EXPORT_FORMATS.find((f) => f.id === format)?.label ?? format;
  return (
    <section aria-label="Export output" className="export-outputs">
      <div role="radiogroup" aria-label="Export format" className="format-choices">
        {EXPORT_FORMATS.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="export-format"
              checked={format === f.id}
              onChange={() => setFormat(f.id)}
            />
            {f.label}
          </label>
        ))}
      </div>
      {format === 'api-sequence' && (
        <BroadcastIdField value={broadcastId} onChange={setBroadcastId} />
      )}
      <textarea aria-label={label} readOnly value={output} rows={8} className="export-text" />
      <div className="export-actions">
        <button
          type="button"
          className="btn-primary"
          onClick={() =>
            guard(() => {
              copy(output);
              recordSent('sent', `${label} copied`);
            })
          }
        >
          Copy {label}
        </button>
        <button type="button" onClick={download}>
          Download .xml
        </button>
        <span role="status" className="copy-status">
          {status}
        </span>
      </div>
      {dialog}
    </section>
  );
}
