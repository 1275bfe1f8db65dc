import { lazy, Suspense } from 'react';
import './xml-pane.css';

// Monaco is about 1 MB gzipped: it loads with the pane, after the rest of the studio has started.
const MonacoXmlEditor = lazy(() => import('./MonacoXmlEditor.tsx'));

export function XmlPane() {
  return (
    <Suspense fallback={<p className="xml-loading">Loading editor…</p>}>
      <MonacoXmlEditor />
    </Suspense>
  );
}
