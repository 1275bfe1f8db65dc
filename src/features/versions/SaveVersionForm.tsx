import { useState, type FormEvent } from 'react';
import { useStudio } from '../../store/index.ts';

/** Save version: the open text kept under a name the user gives (never dropped before automatic ones). */
export function SaveVersionForm() {
  const recordVersion = useStudio((s) => s.recordVersion);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const label = name.trim() || `Saved ${new Date().toLocaleString()}`;
    recordVersion('named', label);
    setName('');
    setStatus(`Saved version "${label}".`);
  };
  return (
    <form className="save-version" onSubmit={onSubmit}>
      <label>
        Version name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Wave 2 wording"
        />
      </label>
      <button type="submit" className="btn-primary">
        Save version
      </button>
      <span role="status" className="save-version-status">
        {status}
      </span>
    </form>
  );
}
