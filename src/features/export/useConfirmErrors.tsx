import { useState, type ReactNode } from 'react';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/**
 * Runs an export action at once when the document has no errors; otherwise asks first, naming the
 * errors (from the store's diagnostics) so that the user knows what they are exporting.
 */
export function useConfirmErrors(): { guard: (action: () => void) => void; dialog: ReactNode } {
  const diagnostics = useStudio((s) => s.diagnostics);
  const store = useStudioStore();
  const [pending, setPending] = useState<(() => void) | undefined>(undefined);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const guard = (action: () => void) => {
    // Validation may still be pending for the latest change (it runs after the next paint).
    const current = store.getState().flushDiagnostics();
    if (!current.some((d) => d.severity === 'error')) action();
    else setPending(() => action);
  };
  const dialog = pending && (
    <ConfirmDialog
      title={`This dialplan has ${errors.length} error${errors.length === 1 ? '' : 's'}`}
      confirmLabel="Export anyway"
      onCancel={() => setPending(undefined)}
      onConfirm={() => {
        setPending(undefined);
        pending();
      }}
    >
      <ul className="error-list">
        {errors.slice(0, 8).map((d, i) => (
          <li key={i}>
            Line {d.range.start.line}: {d.message}
          </li>
        ))}
        {errors.length > 8 && <li>…and {errors.length - 8} more</li>}
      </ul>
    </ConfirmDialog>
  );
  return { guard, dialog };
}
