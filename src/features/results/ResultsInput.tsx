/** Where call results come in: page files (picked or dropped), or JSON pasted; with progress and errors. */
import { useState, type DragEvent } from 'react';
import { ResultsStart } from './ResultsStart.tsx';
import type { LoadProgress } from './useResultsData.ts';

interface Props {
  addFiles: (files: File[]) => void;
  addText: (text: string) => void;
  clear: () => void;
  loading: boolean;
  progress?: LoadProgress;
  errors: string[];
  hasCalls: boolean;
}

export function ResultsInput({
  addFiles,
  addText,
  clear,
  loading,
  progress,
  errors,
  hasCalls,
}: Props) {
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    addFiles([...event.dataTransfer.files]);
  };
  const chooser = (
    <label className="results-file">
      <input
        type="file"
        className="results-file-input"
        title="Choose page files (JSON)"
        accept=".json,application/json"
        multiple
        onChange={(event) => {
          addFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <span className="results-file-button">Open call results…</span>
    </label>
  );
  const paste = (
    <details className="results-paste">
      <summary>Paste call results</summary>
      <label>
        Call results (JSON)
        <textarea
          rows={4}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          spellCheck={false}
        />
      </label>
      <button
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => {
          addText(pasted);
          setPasted('');
        }}
      >
        Add pasted results
      </button>
    </details>
  );
  return (
    <section aria-label="Call results input" className="results-input">
      <div
        className={`results-drop${over ? ' results-drop-over' : ''}${hasCalls ? '' : ' results-drop-start'}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        {hasCalls ? (
          <>
            {chooser}
            <span className="results-hint">
              or drop more page files here — pages of <code>GET /v2/calls</code> (as saved by{' '}
              <code>dialplan calls fetch</code>)
            </span>
          </>
        ) : (
          <ResultsStart chooser={chooser} paste={paste} />
        )}
      </div>
      {hasCalls && paste}
      {(loading || progress) && (
        <p className="results-progress">
          <progress
            aria-label="Reading call results"
            max={progress?.total ?? 1}
            value={progress?.done ?? 0}
          />{' '}
          {progress
            ? `${progress.done} of ${progress.total} files, ${progress.calls.toLocaleString('en-US')} calls`
            : 'Reading…'}
        </p>
      )}
      {errors.length > 0 && (
        <div role="alert">
          <ul className="results-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {hasCalls && (
        <button type="button" onClick={clear}>
          Clear results
        </button>
      )}
    </section>
  );
}
