import type { ReactNode } from 'react';

/** Buttons inside a clickable row: clicks and keys (also from the dialogs they open) stay here. */
export function RowActions({ children }: { children: ReactNode }) {
  return (
    <div className="row-actions" onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
      {children}
    </div>
  );
}
