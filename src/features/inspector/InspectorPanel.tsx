import { findElement } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { ElementInspector } from './ElementInspector.tsx';
import './inspector.css';

/**
 * The Inspector: the selected element (store `selectedId`) as typed fields. Every change goes through
 * `applyEdit` as one undo step, and only the text of that element changes.
 */
export function InspectorPanel() {
  const selectedId = useStudio((s) => s.selectedId);
  const doc = useStudio((s) => s.lastGood);
  const element = selectedId === undefined ? undefined : findElement(doc, selectedId);
  if (!element) {
    return (
      <section aria-label="Inspector" className="inspector">
        <p className="inspector-empty">
          Select an element in the graph or in the XML to see and edit its settings.
        </p>
      </section>
    );
  }
  return <ElementInspector key={element.id} doc={doc} element={element} />;
}
