/** A small line icon per family of cards (drawn here: a few paths, no icon library in the bundle). */
import type { NodeFamily } from '../../core/index.ts';

const PATHS: Readonly<Record<NodeFamily, string>> = {
  prompt: 'M11 5 6 9H3v6h3l5 4zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13',
  menu: 'M5 4h3v3H5zM10.5 4h3v3h-3zM16 4h3v3h-3zM5 10h3v3H5zM10.5 10h3v3h-3zM16 10h3v3h-3zM5 16h3v3H5zM10.5 16h3v3h-3zM16 16h3v3h-3z',
  data: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  jump: 'M5 4v7a4 4 0 0 0 4 4h10M15 11l4 4-4 4',
  end: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9h6v6H9z',
  transfer: 'M10 5H5v14h14v-5M14 4h6v6M20 4l-9 9',
  record: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3',
  http: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  message: 'M4 5h16v11H9l-5 4z',
  detect: 'M12 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM4 21a8 8 0 0 1 16 0',
  logic: 'M12 3l9 9-9 9-9-9z',
  other: 'M5 5h14v14H5z',
};

export function FamilyIcon({ family }: { family: NodeFamily }) {
  return (
    <svg
      className="dp-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[family]} />
    </svg>
  );
}
