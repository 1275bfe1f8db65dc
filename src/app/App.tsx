import { lazy, Suspense, useEffect, useState } from 'react';
import { GraphView } from '../features/graph/GraphView.tsx';
import { XmlPane } from '../features/xml-pane/XmlPane.tsx';
import { createStudioStore, StudioProvider } from '../store/index.ts';
import { loadSaved, startAutosave } from './autosave.ts';
import { DEFAULT_DOCUMENT_TEXT } from './default-document.ts';
import { StudioLayout } from './StudioLayout.tsx';

// Workspace effects (share links on load, saving the documents list, import by drop): a lazy chunk,
// started with the page but kept out of the start-up bundle.
const WorkspaceEffects = lazy(() =>
  import('../features/documents/WorkspaceEffects.tsx').then((m) => ({
    default: m.WorkspaceEffects,
  })),
);

// Versions (loading, saving, snapshots while editing): a lazy chunk like the workspace effects.
const VersionsEffects = lazy(() =>
  import('../features/versions/VersionsEffects.tsx').then((m) => ({ default: m.VersionsEffects })),
);

function createInitialStore() {
  const saved = loadSaved();
  return createStudioStore({
    initialText: saved?.text ?? DEFAULT_DOCUMENT_TEXT,
    ...(saved ? { initialPositions: saved.positions } : {}),
    ...(saved?.selectedId ? { initialSelectedId: saved.selectedId } : {}),
  });
}

export function App() {
  const [store] = useState(createInitialStore);
  useEffect(() => startAutosave(store), [store]);
  return (
    <StudioProvider store={store}>
      <StudioLayout graph={<GraphView />} xml={<XmlPane />} />
      <Suspense fallback={null}>
        <WorkspaceEffects />
        <VersionsEffects />
      </Suspense>
    </StudioProvider>
  );
}
