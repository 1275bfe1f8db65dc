/** Work done in steps (a generator that pauses so a caller can spread it over tasks), run to its end. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
