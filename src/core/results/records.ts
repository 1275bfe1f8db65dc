/**
 * Counts keyed by names that come from data (questions, answers, final results). Such a name can be
 * `__proto__` or `constructor`: on a plain `{}` the first sets the prototype and vanishes, the second
 * reads `Object`. These records have no prototype, and are read through `countOf`, which sees own
 * properties only (a record that crossed `postMessage` has `Object.prototype` again).
 */

/** An empty record without a prototype; JSON.stringify writes it as it writes `{}`. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `record[key]` when it is the record's own property, else undefined. */
export function countOf<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
