/**
 * A sandboxed evaluator for the JavaScript-like expressions in `setvar`, `if`, `equal` and `notEqual`.
 *
 * Dialplans are untrusted input, so nothing here reaches JavaScript's own evaluation: the jsep syntax tree
 * is walked by hand and only allow-listed operators, functions and methods run (see `methods.ts`). There
 * are no globals, no `this`, no array or object literals, and no property but `length` and indexes.
 * Work is bounded by the expression's length and nesting (`parse-expression.ts`) and by a step budget.
 */
import type jsep from 'jsep';
import { parseExpression } from './parse-expression.ts';
import { callGlobal, callMath, callMethod, EvalFailure, readProperty, Refusal } from './methods.ts';
import { isTruthy, toNumber, toPrimitive, type ExprValue } from './values.ts';

export const MAX_EVALUATION_STEPS = 10_000;

export type EvalOutcome =
  | { ok: true; value: ExprValue }
  /** `refused`: a sandbox rule was broken (worth a warning); otherwise the text just is not an expression. */
  | { ok: false; refused: boolean; reason: string };

/** Names that are refused wherever they appear, so that probing for them is reported, not ignored. */
const FORBIDDEN_NAMES = new Set([
  'constructor',
  '__proto__',
  'prototype',
  'globalThis',
  'window',
  'self',
  'global',
  'process',
  'require',
  'import',
  'eval',
  'Function',
  'Object',
  'Reflect',
  'Proxy',
]);

const CONSTANTS = new Map<string, ExprValue>([
  ['NaN', NaN],
  ['Infinity', Infinity],
]);

interface Budget {
  steps: number;
}

type Primitive = string | number | boolean | null;

/** JavaScript's binary operators on primitives (our values have no user-defined `valueOf`). */
function binary(op: string, a: Primitive, b: Primitive): ExprValue {
  // The casts only silence TypeScript: at run time these are JavaScript's own operators on primitives.
  const x = a as number;
  const y = b as number;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return x / y;
    case '%':
      return x % y;
    case '==':
      return a == b;
    case '!=':
      return a != b;
    case '===':
      return a === b;
    case '!==':
      return a !== b;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    default:
      throw new Refusal(`operator '${op}' is not allowed`);
  }
}

function unary(op: string, value: ExprValue): ExprValue {
  switch (op) {
    case '!':
      return !isTruthy(value);
    case '-':
      return -toNumber(value);
    case '+':
      return toNumber(value);
    default:
      throw new Refusal(`operator '${op}' is not allowed`);
  }
}

function checkName(name: string): string {
  if (FORBIDDEN_NAMES.has(name)) throw new Refusal(`'${name}' is not allowed`);
  return name;
}

function literal(node: jsep.Literal): ExprValue {
  // Strict-mode JavaScript refuses legacy octal literals such as 0123; keep zip codes as text.
  if (typeof node.value === 'number' && /^0\d/.test(node.raw)) {
    throw new EvalFailure(`'${node.raw}' is not a number literal`);
  }
  const value = node.value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value === null) return null;
  throw new Refusal('this kind of literal is not allowed');
}

function identifier(node: jsep.Identifier): ExprValue {
  const value = CONSTANTS.get(checkName(node.name));
  if (value === undefined) throw new EvalFailure(`unknown name '${node.name}'`);
  return value;
}

function memberKey(node: jsep.MemberExpression, budget: Budget): string | number {
  if (!node.computed) return checkName((node.property as jsep.Identifier).name);
  const key = evaluateNode(node.property, budget);
  if (typeof key === 'number') return key;
  if (typeof key === 'string') return checkName(key);
  throw new Refusal('computed property is not allowed');
}

function call(node: jsep.CallExpression, budget: Budget): ExprValue {
  const callee = node.callee;
  const args = () => node.arguments.map((a) => evaluateNode(a, budget));
  if (callee.type === 'Identifier') {
    return callGlobal(checkName((callee as jsep.Identifier).name), args());
  }
  if (callee.type !== 'MemberExpression') throw new Refusal('only named functions can be called');
  const member = callee as jsep.MemberExpression;
  if (member.computed) throw new Refusal('computed method calls are not allowed');
  const name = checkName((member.property as jsep.Identifier).name);
  if (member.object.type === 'Identifier' && (member.object as jsep.Identifier).name === 'Math') {
    return callMath(name, args());
  }
  const receiver = evaluateNode(member.object, budget);
  return callMethod(receiver, name, args());
}

function logical(node: jsep.BinaryExpression, budget: Budget): ExprValue {
  const left = evaluateNode(node.left, budget);
  if (node.operator === '&&') return isTruthy(left) ? evaluateNode(node.right, budget) : left;
  if (node.operator === '||') return isTruthy(left) ? left : evaluateNode(node.right, budget);
  return left ?? evaluateNode(node.right, budget); // '??'
}

function evaluateNode(node: jsep.Expression, budget: Budget): ExprValue {
  if (++budget.steps > MAX_EVALUATION_STEPS) throw new Refusal('too many evaluation steps');
  switch (node.type) {
    case 'Literal':
      return literal(node as jsep.Literal);
    case 'Identifier':
      return identifier(node as jsep.Identifier);
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      if (b.operator === '&&' || b.operator === '||' || b.operator === '??')
        return logical(b, budget);
      const left = toPrimitive(evaluateNode(b.left, budget));
      return binary(b.operator, left, toPrimitive(evaluateNode(b.right, budget)));
    }
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      return unary(u.operator, evaluateNode(u.argument, budget));
    }
    case 'ConditionalExpression': {
      const c = node as jsep.ConditionalExpression;
      const test = isTruthy(evaluateNode(c.test, budget));
      return evaluateNode(test ? c.consequent : c.alternate, budget);
    }
    case 'MemberExpression': {
      const m = node as jsep.MemberExpression;
      const key = memberKey(m, budget);
      return readProperty(evaluateNode(m.object, budget), key);
    }
    case 'CallExpression':
      return call(node as jsep.CallExpression, budget);
    case 'Compound':
      throw new EvalFailure('several expressions side by side');
    default:
      throw new Refusal(`'${node.type}' is not allowed`);
  }
}

/** Evaluates an (already variable-expanded) expression. Never throws. */
export function evaluateExpression(text: string): EvalOutcome {
  const parsed = parseExpression(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: evaluateNode(parsed.ast, { steps: 0 }) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, refused: true, reason: error.message };
    if (error instanceof EvalFailure) return { ok: false, refused: false, reason: error.message };
    // Anything else (a RangeError from a huge argument spread, say) is treated as a refusal.
    return { ok: false, refused: true, reason: error instanceof Error ? error.message : 'failed' };
  }
}
