/** The hint and error lines under a field; ids are given so the control can point at them. */
export function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint?: string;
  hintId: string;
  error: string | null;
  errorId: string;
}) {
  return (
    <>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </>
  );
}

/** aria-describedby for a control with an optional error and hint. */
export function describedBy(ids: { errorId: string; hintId: string }, error: string | null, hint?: string): string | undefined {
  return [error ? ids.errorId : null, hint ? ids.hintId : null].filter(Boolean).join(' ') || undefined;
}
