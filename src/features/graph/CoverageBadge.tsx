/**
 * "Not covered" on a branch (or an `if`/`catch`/`transfer` card) that no test of the document's suite
 * takes, while the simulator's coverage toggle is on (features/simulator/suite-store.ts).
 */
import { useSuiteStore } from '../simulator/index.ts';
import './coverage-badge.css';

export function CoverageBadge({ elementId }: { elementId: string | undefined }) {
  const labels = useSuiteStore((s) =>
    elementId === undefined ? undefined : s.uncovered.get(elementId),
  );
  if (!labels) return null;
  return (
    <span
      className="dp-not-covered"
      title={`No test takes ${labels.join(', ')}`}
      data-testid="not-covered"
    >
      Not covered
    </span>
  );
}
