import { CHANGE_KIND_LABELS } from '../../core/index.ts';
import type { DiffMark } from './diff-marks.ts';

/** The word for a card's change while a version is compared (colour is never the only sign). */
export function DiffBadge({ mark }: { mark: DiffMark | undefined }) {
  if (!mark) return null;
  return <span className="dp-badge dp-diff-badge">{CHANGE_KIND_LABELS[mark]}</span>;
}
