/**
 * A segmented control: a named group of buttons, the chosen one pressed (controls.css draws them as one
 * bar). `labels` and `titles` give each option's text and tooltip; the option itself is the default text.
 */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  labels,
  titles,
  glyphs,
  className,
}: {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  labels?: Partial<Record<T, string>>;
  titles?: Partial<Record<T, string>>;
  /** A compact look: each option drawn as a glyph, its label kept as the button's name. */
  glyphs?: Partial<Record<T, string>>;
  className?: string;
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className={className ? `segmented ${className}` : 'segmented'}
    >
      {options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option}
          title={titles?.[option]}
          aria-label={glyphs?.[option] ? (labels?.[option] ?? option) : undefined}
          onClick={() => onChange(option)}
        >
          {glyphs?.[option] ?? labels?.[option] ?? option}
        </button>
      ))}
    </div>
  );
}
