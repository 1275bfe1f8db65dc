import { lazy, Suspense, useState } from 'react';
import { GraphView } from '../features/graph/GraphView.tsx';
import { XmlPane } from '../features/xml-pane/XmlPane.tsx';
import { createStudioStore, StudioProvider } from '../store/index.ts';
import { hydrateStudio, loadStudio } from '../store/persistence/index.ts';
import { DEFAULT_DOCUMENT_TEXT } from './default-document.ts';
import { StudioLayout } from './StudioLayout.tsx';
import { ViewBoundary } from './ViewBoundary.tsx';

// Workspace effects (the stored documents list, saving, tabs kept in step, share links on load, import
// by drop): a lazy chunk, started with the page but kept out of the start-up bundle.
const WorkspaceEffects = lazy(() =>
  import('../features/documents/WorkspaceEffects.tsx').then((m) => ({
    default: m.WorkspaceEffects,
  })),
);

function createInitialStore() {
  const loaded = loadStudio();
  const saved = loaded.autosave;
  const store = createStudioStore({
    initialText: saved?.text ?? DEFAULT_DOCUMENT_TEXT,
    ...(saved ? { initialPositions: saved.positions } : {}),
    ...(saved?.selectedId ? { initialSelectedId: saved.selectedId } : {}),
  });
  hydrateStudio(store, loaded);
  return store;
}

export function App() {
  const [store] = useState(createInitialStore);
  return (
    <StudioProvider store={store}>
      <StudioLayout
        graph={
          <ViewBoundary name="Graph">
            <GraphView />
          </ViewBoundary>
        }
        xml={
          <ViewBoundary name="XML">
            <XmlPane />
          </ViewBoundary>
        }
      />
      <Suspense fallback={null}>
        <WorkspaceEffects />
      </Suspense>
    </StudioProvider>
  );
}
