/**
 * Reads a `.tests.json` file strictly: unknown keys and wrong types are errors that name the test and
 * the key, so a typo (`"respones"`) never passes silently. `checkSuiteNames` then checks the element
 * names a suite mentions (`start`, `visits`, `notVisits`) against the dialplan.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { invalidInputToken } from '../simulate/script.ts';
import { compileProgram } from '../simulate/program.ts';
import { END_REASONS, type SuiteTest, type TestExpectation, type TestSuite } from './types.ts';
import { pushAll } from '../arrays.ts';

export type SuiteParse = { ok: true; suite: TestSuite } | { ok: false; errors: string[] };

type Json = unknown;
type Obj = Record<string, Json>;

const TEST_KEYS = ['name', 'caller', 'inputs', 'vars', 'http', 'transfer', 'start', 'expect'];
const EXPECT_KEYS = ['responses', 'end', 'visits', 'notVisits', 'says', 'variables', 'transcript'];
const CALLERS = ['live', 'machine', 'inbound'] as const;
const TRANSFERS = ['answered', 'no-answer'] as const;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (s: string) => JSON.stringify(s);

/** `position 42` in a JSON.parse message as `line 3, column 5` of the text. */
function jsonErrorWhere(text: string, message: string): string {
  const line = /line (\d+) column (\d+)/.exec(message);
  if (line) return `line ${line[1]}, column ${line[2]}`;
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /end of JSON/i.test(message) ? text.length : undefined;
  if (offset === undefined) return 'the text';
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** A close key for a typo, by edit distance (at most 2), for "did you mean". */
function closest(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const here = row[j] ?? 0;
        const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
        row[j] = Math.min(here + 1, (row[j - 1] ?? 0) + 1, prev + cost);
        prev = here;
      }
    }
    return row[b.length] ?? Infinity;
  };
  return known.find((k) => distance(key, k) <= 2);
}

class Reader {
  readonly errors: string[] = [];
  constructor(private readonly where: string) {}

  fail(message: string): undefined {
    this.errors.push(`${this.where}: ${message}`);
    return undefined;
  }

  keys(object: Obj, known: readonly string[], prefix: string): void {
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      this.fail(
        `unknown key '${prefix}${key}'${near ? ` (did you mean '${prefix}${near}'?)` : ''}`,
      );
    }
  }

  string(value: Json, key: string): string | undefined {
    if (value === undefined) return undefined;
    return typeof value === 'string' ? value : this.fail(`'${key}' must be a string`);
  }

  oneOf<T extends string>(value: Json, key: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    return this.fail(`'${key}' must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }

  strings(value: Json, key: string): string[] | undefined {
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    return this.fail(`'${key}' must be a list of strings`);
  }

  map(value: Json, key: string): Record<string, string> | undefined {
    if (value === undefined) return undefined;
    if (isObject(value) && Object.values(value).every((v) => typeof v === 'string'))
      return value as Record<string, string>;
    return this.fail(`'${key}' must be an object of strings ({"NAME": "VALUE"})`);
  }
}

function readExpect(value: Json, r: Reader): TestExpectation | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) return r.fail(`'expect' must be an object`);
  r.keys(value, EXPECT_KEYS, 'expect.');
  const fields: TestExpectation = {
    responses: r.map(value.responses, 'expect.responses'),
    end: r.oneOf(value.end, 'expect.end', END_REASONS),
    visits: r.strings(value.visits, 'expect.visits'),
    notVisits: r.strings(value.notVisits, 'expect.notVisits'),
    says: r.strings(value.says, 'expect.says'),
    variables: r.map(value.variables, 'expect.variables'),
    transcript: r.strings(value.transcript, 'expect.transcript'),
  };
  return dropUndefined(fields);
}

function dropUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

function readTest(value: Json, index: number, errors: string[]): SuiteTest | undefined {
  const named = isObject(value) && typeof value.name === 'string' ? ` ${quote(value.name)}` : '';
  const r = new Reader(`test ${index + 1}${named}`);
  let test: SuiteTest | undefined;
  if (!isObject(value)) r.fail('must be an object with a "name"');
  else {
    r.keys(value, TEST_KEYS, '');
    const name = r.string(value.name, 'name');
    if (value.name === undefined || name?.trim() === '') r.fail(`needs a non-empty 'name'`);
    const inputs = r.strings(value.inputs, 'inputs');
    const bad = inputs ? invalidInputToken(inputs) : undefined;
    if (bad !== undefined)
      r.fail(`input ${quote(bad)} is not digits (optionally ending in #), timeout or hangup`);
    test = dropUndefined({
      name: name ?? '',
      caller: r.oneOf(value.caller, 'caller', CALLERS),
      inputs,
      vars: r.map(value.vars, 'vars'),
      http: r.map(value.http, 'http'),
      transfer: r.oneOf(value.transfer, 'transfer', TRANSFERS),
      start: r.string(value.start, 'start'),
      expect: readExpect(value.expect, r),
    });
  }
  pushAll(errors, r.errors);
  return r.errors.length === 0 ? test : undefined;
}

/** Parses and checks the text of a tests file. */
export function parseTestSuite(text: string): SuiteParse {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [`not valid JSON at ${jsonErrorWhere(text, message)}: ${message}`],
    };
  }
  if (!isObject(json) || !Array.isArray(json.tests))
    return { ok: false, errors: ['a tests file is an object {"tests": [ … ]}'] };
  const errors: string[] = [];
  for (const key of Object.keys(json))
    if (key !== 'tests') errors.push(`unknown top-level key '${key}' (only "tests" is allowed)`);
  const tests = json.tests.map((t, i) => readTest(t, i, errors));
  const seen = new Set<string>();
  json.tests.forEach((t: Json, i) => {
    if (!isObject(t) || typeof t.name !== 'string') return;
    if (seen.has(t.name)) errors.push(`test ${i + 1} ${quote(t.name)}: the name is used twice`);
    seen.add(t.name);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, suite: { tests: tests.filter((t) => t !== undefined) } };
}

/** Element names a suite mentions that the dialplan does not have, as errors naming the test. */
export function checkSuiteNames(document: DialplanDocument, suite: TestSuite): string[] {
  const names = compileProgram(document).byName;
  const errors: string[] = [];
  suite.tests.forEach((test, i) => {
    const where = `test ${i + 1} ${quote(test.name)}`;
    const unknown = (name: string, key: string) => {
      if (!names.has(name))
        errors.push(`${where}: '${key}' names ${quote(name)}, no element has that name`);
    };
    if (test.start !== undefined) unknown(test.start, 'start');
    for (const n of test.expect?.visits ?? []) unknown(n, 'expect.visits');
    for (const n of test.expect?.notVisits ?? []) unknown(n, 'expect.notVisits');
  });
  return errors;
}
