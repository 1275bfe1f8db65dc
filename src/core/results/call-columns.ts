/**
 * Growable columns for many calls: strings that repeat (results, batches, label sets, responses) are
 * kept once and stored as small-integer codes, numbers in plain arrays (V8 keeps them unboxed). A million
 * calls then fit in a few hundred MB, where one object per call and per answer took over 2 GB. Answers
 * are kept per question for the calls that gave them only (see AnswerColumn).
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

/**
 * One question's answers, sparse: only the calls that answered it have an entry (call index → slot),
 * so 20,000 questions each answered once cost 20,000 entries, not 20,000 columns as long as all the
 * calls. A slot holds the response code + 1 and the answer's finishTime.
 */
export class AnswerColumn {
  readonly responses = new StringTable();
  private readonly slots = new Map<number, number>();
  /** Per slot: the call, its response code + 1, the answer's finishTime. */
  private readonly calls: number[] = [];
  private readonly codes: number[] = [];
  private readonly times: number[] = [];

  /** How many calls answered. */
  get size(): number {
    return this.calls.length;
  }

  /** Keeps the answer with the latest finishTime (a tie goes to the one read last). */
  answer(call: number, response: string, finishTime: number): void {
    const slot = this.slots.get(call);
    if (slot === undefined) {
      this.slots.set(call, this.calls.length);
      this.calls.push(call);
      this.codes.push(this.responses.code(response) + 1);
      this.times.push(finishTime);
      return;
    }
    if ((this.times[slot] ?? 0) > finishTime) return;
    this.codes[slot] = this.responses.code(response) + 1;
    this.times[slot] = finishTime;
  }

  /** Call `call`'s response code + 1, or 0 when it did not answer. */
  codeOf(call: number): number {
    const slot = this.slots.get(call);
    return slot === undefined ? 0 : (this.codes[slot] ?? 0);
  }

  responseOf(call: number): string | undefined {
    const code = this.codeOf(call);
    return code === 0 ? undefined : this.responses.values[code - 1];
  }

  /** Every (call, response code + 1) pair, in the order the calls first answered. */
  *entries(): IterableIterator<[number, number]> {
    for (let slot = 0; slot < this.calls.length; slot++)
      yield [this.calls[slot] ?? 0, this.codes[slot] ?? 0];
  }
}
