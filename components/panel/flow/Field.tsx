import { useId, type ReactNode } from 'react';

/** A labelled form control with an optional hint or error, wired for screen readers. */
export function Field({ label, hint, error, children }: { label: string; hint?: ReactNode; error?: string | null; children: (id: string, describedBy?: string) => ReactNode }) {
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, hint || error ? noteId : undefined)}
      {(error || hint) && (
        <small id={noteId} className={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
          {error ?? hint}
        </small>
      )}
    </div>
  );
}
