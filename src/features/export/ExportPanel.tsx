import { Documents } from '../documents/index.ts';
import { BroadcastForm } from './BroadcastForm.tsx';
import { ExportOutputs } from './ExportOutputs.tsx';
import './export.css';

/**
 * The Export panel: the user's documents and imports (until the layout gives them a place of their
 * own), the broadcast settings of the open document, and the export views. WorkspaceEffects
 * (persistence, share links, file drop) run at the app root.
 */
export function ExportPanel() {
  return (
    <div className="export-panel">
      <details open>
        <summary>Documents</summary>
        <Documents />
      </details>
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
