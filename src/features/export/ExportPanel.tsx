import { Documents } from '../documents/Documents.tsx';
import { WorkspaceEffectsFallback } from '../documents/WorkspaceEffects.tsx';
import { BroadcastForm } from './BroadcastForm.tsx';
import { ExportOutputs } from './ExportOutputs.tsx';
import './export.css';

/**
 * The Export panel: the user's documents and imports (until the layout gives them a place of their
 * own), the broadcast settings of the open document, and the export views. WorkspaceEffects
 * (persistence, share links, file drop) belong at the app root; until they are mounted there, this
 * panel runs them from its first opening.
 */
export function ExportPanel() {
  return (
    <div className="export-panel">
      <WorkspaceEffectsFallback />
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
