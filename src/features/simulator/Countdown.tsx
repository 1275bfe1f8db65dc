import { useEffect, useState } from 'react';

/** The menu's inter-digit timeout running down, redrawn ten times a second. */
export function Countdown({ deadline, ms }: { deadline: number; ms: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(id);
  }, [deadline]);
  const left = Math.max(0, deadline - now);
  return (
    <div className="sim-countdown">
      <progress aria-label="Menu timeout" max={ms} value={left} />
      <span>Timeout in {(left / 1000).toFixed(1)} s</span>
    </div>
  );
}
