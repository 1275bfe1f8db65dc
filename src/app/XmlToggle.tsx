import { useEffect } from 'react';
import { useStudio, useStudioStore } from '../store/index.ts';

/** Alt+X: one keystroke that shows or hides the XML in every mode (no browser or Monaco binding). */
export function isXmlToggleKey(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>,
) {
  return event.code === 'KeyX' && event.altKey && !event.ctrlKey && !event.metaKey;
}

/** The header's "XML" button (pressed while the XML is shown) and its Alt+X shortcut. */
export function XmlToggle() {
  const shown = useStudio((s) => s.modePanes[s.mode].xml);
  const toggle = useStudio((s) => s.toggleXml);
  const store = useStudioStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isXmlToggleKey(event)) return;
      event.preventDefault();
      event.stopPropagation();
      store.getState().toggleXml();
    };
    // capture: the XML editor must not take the key first
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store]);
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
