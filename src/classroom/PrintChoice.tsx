interface Props<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly (readonly [V, string])[];
  readonly onChange: (value: V) => void;
  readonly testId: string;
}

/** A labelled group of toggle buttons, one pressed: the print view's paper and layout. */
export function PrintChoice<V extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: Props<V>) {
  return (
    <div className="cls-print__choice" role="group" aria-label={label} data-testid={testId}>
      <span className="cls-print__choice-label" aria-hidden="true">
        {label}
      </span>
      {options.map(([v, text]) => (
        <button
          key={v}
          type="button"
          className="cls-btn"
          aria-pressed={v === value}
          data-value={v}
          onClick={() => onChange(v)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
