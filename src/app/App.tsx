import { lazy, Suspense, useState } from 'react';
// First: modules run in import order, and this one starts fetching the graph chunk when it runs.
import {
  afterGraphChunkAndPaint,
  GraphLoading,
  LoadedGraphView,
  useGraphChunkSettled,
} from './GraphChunk.tsx';
import { useWorkersHeldWhileOpening, XmlPane } from '../features/xml-pane/XmlPane.tsx';
import { createStudioStore, readGuideDismissed, StudioProvider } from '../store/index.ts';
import { hydrateStudio, loadStudio } from '../store/persistence/index.ts';
import { DEFAULT_DOCUMENT_TEXT } from './default-document.ts';
import { StudioLayout } from './StudioLayout.tsx';
import { PhoneShell } from './PhoneShell.tsx';
import { PHONE_QUERY, useMediaQuery } from './phone/useMediaQuery.ts';
import { ViewBoundary } from './ViewBoundary.tsx';

// Workspace effects (the stored documents list, saving, tabs kept in step, share links on load, import
// by drop): a lazy chunk, started with the page but kept out of the start-up bundle.
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
  const loaded = loadStudio();
  const saved = loaded.autosave;
  const store = createStudioStore({
    initialText: saved?.text ?? DEFAULT_DOCUMENT_TEXT,
    scheduleValidation: afterGraphChunkAndPaint,
    ...(saved ? { initialPositions: saved.positions } : {}),
    ...(saved?.selectedId ? { initialSelectedId: saved.selectedId } : {}),
  });
  hydrateStudio(store, loaded);
  // a first visit (nothing stored) opens the political poll with the first-step guide
  if (!saved && !readGuideDismissed()) store.setState({ guideOpen: true });
  return store;
}

/** A big document's open holds the workers until the XML editor has it (it reads the store). */
function WorkersHeld() {
  useWorkersHeldWhileOpening();
  return null;
}

export function App() {
  const [store] = useState(createInitialStore);
  // The XML pane waits for the graph chunk too: it starts Monaco's 1 MB chunk, whose evaluation holds
  // the main thread for hundreds of milliseconds and would push the graph's first view back.
  const graphSettled = useGraphChunkSettled();
  // A phone (≤ 480 px wide) gets its own shell; a rotation switches live (the store keeps the state).
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <StudioProvider store={store}>
      {!phone && <WorkersHeld />}
      {phone ? (
        <PhoneShell graphReady={graphSettled} />
      ) : (
        <StudioLayout
          graph={
            <ViewBoundary name="Graph">
              {graphSettled ? <LoadedGraphView /> : <GraphLoading />}
            </ViewBoundary>
          }
          xml={
            <ViewBoundary name="XML">
              {graphSettled ? <XmlPane /> : <p className="xml-loading">Loading editor…</p>}
            </ViewBoundary>
          }
        />
      )}
      <Suspense fallback={null}>
        <WorkspaceEffects />
        <VersionsEffects />
      </Suspense>
    </StudioProvider>
  );
}
