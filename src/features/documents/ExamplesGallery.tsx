import { useEffect, useState } from 'react';
import { useStudioStore } from '../../store/index.ts';
import { parseExamplesIndex, savedTestCallOf, type ExampleEntry } from './examples-index.ts';

/**
 * Examples from public/examples/ (same origin). Opening one creates a new document (nothing is lost)
 * with the example's test call saved for the Simulator's Run all.
 */
export function ExamplesGallery({ onOpened }: { onOpened?: () => void } = {}) {
  const [examples, setExamples] = useState<ExampleEntry[] | undefined>(undefined);
  const [error, setError] = useState('');
  const store = useStudioStore();
  useEffect(() => {
    // cancelled by the cleanup: a gallery closed (or StrictMode's first mount) fetches nothing more
    const request = new AbortController();
    fetch(`${import.meta.env.BASE_URL}examples/index.json`, { signal: request.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((json: unknown) => setExamples(parseExamplesIndex(json)))
      .catch((e: Error) => {
        if (!request.signal.aborted) setError(`Examples could not be loaded: ${e.message}`);
      });
    return () => request.abort();
  }, []);
  const open = async (example: ExampleEntry) => {
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}examples/${example.file}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      store.getState().newDocument(example.title, text);
      store.getState().saveTestCall(savedTestCallOf(example, text));
      onOpened?.();
    } catch (e) {
      setError(`${example.title} could not be loaded: ${(e as Error).message}`);
    }
  };
  if (error) return <p role="alert">{error}</p>;
  if (!examples) return <p>Loading examples…</p>;
  return (
    <ul aria-label="Examples" className="examples">
      {examples.map((example) => (
        <li key={example.file}>
          <button type="button" onClick={() => void open(example)}>
            {example.title}
          </button>
          <span className="example-description">{example.description}</span>
        </li>
      ))}
    </ul>
  );
}
