/** The Wilson score interval: a share's 95 % confidence interval that stays inside [0, 1] for small n. */
import type { Interval } from './types.ts';

const Z95 = 1.959963984540054;

export function wilsonInterval(successes: number, total: number, z = Z95): Interval {
  if (total <= 0) return { share: 0, low: 0, high: 0 };
  const p = successes / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denominator = 1 + z2 / total;
  return {
    share: p,
    low: Math.max(0, (centre - spread) / denominator),
    high: Math.min(1, (centre + spread) / denominator),
  };
}
