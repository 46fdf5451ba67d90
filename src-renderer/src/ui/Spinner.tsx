/** Appears only after a short delay (in CSS), so fast answers never flash a spinner. */
export function Spinner({ label }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ? <span className="loading__label">{label}</span> : null}
    </div>
  );
}
