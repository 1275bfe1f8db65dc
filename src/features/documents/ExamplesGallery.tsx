import { useEffect, useState } from 'react';
import { useStudio } from '../../store/index.ts';
import { parseExamplesIndex, type ExampleEntry } from './examples-index.ts';

/** Examples from public/examples/ (same origin). Opening one creates a new document: nothing is lost. */
export function ExamplesGallery() {
  const [examples, setExamples] = useState<ExampleEntry[] | undefined>(undefined);
  const [error, setError] = useState('');
  const newDocument = useStudio((s) => s.newDocument);
  useEffect(() => {
    fetch(`${import.meta.env.BASE_URL}examples/index.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((json: unknown) => setExamples(parseExamplesIndex(json)))
      .catch((e: Error) => setError(`Examples could not be loaded: ${e.message}`));
  }, []);
  const open = async (example: ExampleEntry) => {
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}examples/${example.file}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      newDocument(example.title, await response.text());
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
