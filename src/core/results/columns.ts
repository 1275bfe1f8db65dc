/**
 * Growable columns for many calls: strings that repeat (results, batches, label sets, responses) are
 * kept once and stored as small-integer codes, numbers in plain arrays (V8 keeps them unboxed). A million
 * calls then fit in a few hundred MB, where one object per call and per answer took over 2 GB.
 */

/** Strings kept once, each with a code (its position). */
export class StringTable {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  /** The code of a value already seen, or -1. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/** One question's answers: a response code + 1 per call (0 = not answered) and the answer's finishTime. */
export class AnswerColumn {
  readonly responses = new StringTable();
  readonly codes: number[];
  readonly times: number[];

  constructor(calls: number) {
    this.codes = new Array<number>(calls).fill(0);
    this.times = new Array<number>(calls).fill(0);
  }

  grow(): void {
    this.codes.push(0);
    this.times.push(0);
  }

  /** Keeps the answer with the latest finishTime (a tie goes to the one read last). */
  answer(call: number, response: string, finishTime: number): void {
    if (this.codes[call] !== 0 && (this.times[call] ?? 0) > finishTime) return;
    this.codes[call] = this.responses.code(response) + 1;
    this.times[call] = finishTime;
  }

  responseOf(call: number): string | undefined {
    const code = this.codes[call] ?? 0;
    return code === 0 ? undefined : this.responses.values[code - 1];
  }
}
