export function Spinner({ size = "md", label }: { size?: "sm" | "md" | "lg"; label?: string }) {
  return (
    <span
      className={`spinner spinner-${size}`}
      role={label === undefined ? undefined : "status"}
      aria-hidden={label === undefined ? true : undefined}
    >
      {label !== undefined && <span className="visually-hidden">{label}</span>}
    </span>
  );
}

/** A whole region waiting for data: announced once to screen readers. */
export function Loading({ label = "Loading…", fill = false }: { label?: string; fill?: boolean }) {
  return (
    <div className={fill ? "loading loading-fill" : "loading"} role="status" aria-live="polite">
      <Spinner size="lg" />
      <span className="loading-label">{label}</span>
    </div>
  );
}
