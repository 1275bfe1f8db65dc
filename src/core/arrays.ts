/**
 * Appends every item of `items` to `target` with a loop. `target.push(...items)` passes each item as an
 * argument, and an unbounded list (hostile input) overflows the stack; lint forbids that spread in `src/`.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
