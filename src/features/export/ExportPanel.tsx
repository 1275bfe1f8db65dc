import { BroadcastForm } from './BroadcastForm.tsx';
import { ExportOutputs } from './ExportOutputs.tsx';
import './export.css';

/**
 * The Send mode's panel: the export views (format chooser on top), then the open document's broadcast
 * settings. The documents list is the header's documents menu; WorkspaceEffects (persistence, share
 * links, file drop) run at the app root.
 */
export function ExportPanel() {
  return (
    <div className="export-panel">
      <details open>
        <summary>Export</summary>
        <ExportOutputs />
      </details>
      <details open>
        <summary>Broadcast settings</summary>
        <BroadcastForm />
      </details>
    </div>
  );
}
