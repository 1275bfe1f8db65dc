import { useStudio } from '../store/index.ts';

/** The header's "XML" button (pressed while the XML is shown); Alt+X is the registry's view.toggle-xml. */
export function XmlToggle() {
  const shown = useStudio((s) => s.modePanes[s.mode].xml);
  const toggle = useStudio((s) => s.toggleXml);
  return (
    <button
      type="button"
      className="xml-toggle"
      aria-pressed={shown}
      aria-keyshortcuts="Alt+X"
      title={shown ? 'Hide the XML (Alt+X)' : 'Show the XML beside the graph (Alt+X)'}
      onClick={toggle}
    >
      XML
    </button>
  );
}
