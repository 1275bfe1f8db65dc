import type { KeyValueRow } from '../../store/call-setup.ts';

/** Editable key → value rows (sheet columns, mock HTTP bodies), with add and remove. */
export function KeyValueRows({
  label,
  keyLabel,
  valueLabel,
  rows,
  onChange,
}: {
  label: string;
  keyLabel: string;
  valueLabel: string;
  rows: readonly KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
}) {
  const edit = (index: number, patch: Partial<KeyValueRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="sim-rows">
      <legend>{label}</legend>
      {rows.map((row, index) => (
        <div key={index} className="sim-row">
          <input
            aria-label={`${keyLabel} ${index + 1}`}
            placeholder={keyLabel}
            value={row.key}
            onChange={(e) => edit(index, { key: e.target.value })}
          />
          <input
            aria-label={`${valueLabel} ${index + 1}`}
            placeholder={valueLabel}
            value={row.value}
            onChange={(e) => edit(index, { value: e.target.value })}
          />
          <button
            type="button"
            className="btn-icon btn-quiet"
            aria-label={`Remove ${keyLabel} ${index + 1}`}
            title={`Remove ${keyLabel} ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { key: '', value: '' }])}>
        Add {keyLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
