import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  /** What the splitter resizes, e.g. "Resize XML". */
  label: string;
  /** Current size in pixels of the region the splitter controls. */
  value: number;
  min: number;
  max: number;
  /** `1` when dragging right grows the region, `-1` when it shrinks it. */
  direction: 1 | -1;
  onChange: (size: number) => void;
}

/** A vertical bar between two regions: drag it, or focus it and use the arrow keys. */
export function Splitter({ label, value, min, max, direction, onChange }: SplitterProps) {
  const drag = useRef<{ x: number; size: number } | undefined>(undefined);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, size: value };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) onChange(clamp(start.size + direction * (e.clientX - start.x)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 24 : e.key === 'ArrowLeft' ? -24 : 0;
    if (step !== 0) onChange(clamp(value + direction * step));
  };
  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation="vertical"
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = undefined)}
      onKeyDown={onKeyDown}
    />
  );
}
