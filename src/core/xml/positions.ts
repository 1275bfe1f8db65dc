import type { Position, Range } from '../ast/types.ts';

/**
 * Turns UTF-16 offsets into 1-based line/column positions. A line ends at LF, CRLF or a lone CR. Line starts are found once; lookups are a
 * binary search, with a fast path for the forward-moving offsets a scanner produces.
 */
export class PositionMapper {
  private starts: number[] | undefined;
  private hint = 0;

  constructor(readonly text: string) {}

  /**
   * Found on the first lookup, not per parse: parse + validate of a clean document reads no position,
   * and the 10,000 line starts of a big one were garbage the collector then had to deal with.
   */
  private get lineStarts(): number[] {
    return (this.starts ??= findLineStarts(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))] ?? 0;
  }

  at(offset: number): Position {
    const starts = this.lineStarts;
    let index = this.hint;
    // Fast path: the same or the next few lines as the previous lookup.
    if ((starts[index] ?? 0) <= offset) {
      while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) {
        index++;
        if (index - this.hint > 8) {
          index = this.search(offset);
          break;
        }
      }
    } else {
      index = this.search(offset);
    }
    this.hint = index;
    return { offset, line: index + 1, column: offset - (starts[index] ?? 0) + 1 };
  }

  /** A plain range with its positions computed now. */
  eagerRange(start: number, end: number): Range {
    return { start: this.at(start), end: this.at(end) };
  }

  /** A range whose line/column positions are computed on first access (most are never read). */
  range(start: number, end: number): Range {
    return new LazyRange(this, start, end);
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  offsetOf(line: number, column: number): number {
    return Math.min(this.text.length, this.lineStart(line) + Math.max(0, column - 1));
  }

  private search(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  if (text.includes('\r')) {
    // CRLF is one line end and a lone CR is one too, as in Monaco and XML's own line-end rule.
    const ends = /\r\n?|\n/g;
    for (let m = ends.exec(text); m !== null; m = ends.exec(text))
      starts.push(m.index + m[0].length);
  } else {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  return starts;
}

/**
 * A `Range` that stores offsets and computes line/column only when read: parsing a large dialplan makes
 * ~100,000 ranges and the views read a few of them, so this keeps parsing fast and light on memory.
 */
class LazyRange implements Range {
  private cachedStart: Position | undefined;
  private cachedEnd: Position | undefined;

  constructor(
    private readonly map: PositionMapper,
    private readonly startOffset: number,
    private readonly endOffset: number,
  ) {}

  get start(): Position {
    return (this.cachedStart ??= this.map.at(this.startOffset));
  }

  get end(): Position {
    return (this.cachedEnd ??= this.map.at(this.endOffset));
  }

  // Setters let a reader treat the range as the plain object it stands for (test matchers, clones).
  set start(value: Position) {
    this.cachedStart = value;
  }

  set end(value: Position) {
    this.cachedEnd = value;
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }
}
