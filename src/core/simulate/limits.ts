/**
 * Resource caps of a simulated call. Dialplans are untrusted (shared links, imported files), so no text a
 * call builds may grow without bound: `<setvar varname="x">${x}${x}</setvar>` in a goto loop doubles a
 * value on every turn. Reaching a cap ends the call with reason `error` and a message naming the element
 * (docs/decisions/simulator.md, "Caps"); it is never an exception that escapes the engine.
 */
import type { ProgramNode } from './program.ts';

/** Longest value a variable may hold (the expression evaluator's own string cap). */
export const MAX_VARIABLE_LENGTH = 100_000;
/** Longest text one `${…}` expansion may produce (a prompt, a URL, a setvar body …). */
export const MAX_EXPANDED_LENGTH = 1_000_000;
/**
 * Text one call may make in all: every expansion and every variable value counts. Events keep that text
 * (a prompt's words, a setvar's value), so without this 5,000 turns of a loop could each keep a megabyte.
 */
export const MAX_CHARACTERS_MADE = 20_000_000;

/**
 * Thrown where a cap is reached, deep inside expansion or a setvar, and caught once at the engine's entry
 * points (`engine.ts`), which end the call there. Nothing else may throw it or catch it.
 */
export class SimulationLimit extends Error {
  constructor(
    readonly node: ProgramNode,
    message: string,
  ) {
    super(message);
  }
}

/** How a message names an element: `<setvar name="top"> (/dialplan/setvar[1], line 2)`. */
export function describeElement(node: ProgramNode): string {
  const name = node.name === undefined ? '' : ` name="${node.name}"`;
  return `<${node.tagName}${name}> (${node.id}, line ${node.line})`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Refuses a variable value over `MAX_VARIABLE_LENGTH`. */
export function checkVariableLength(node: ProgramNode, varname: string, value: string): void {
  if (value.length <= MAX_VARIABLE_LENGTH) return;
  throw new SimulationLimit(
    node,
    `${describeElement(node)}: the value of '${varname.slice(0, 80)}' would be ` +
      `${count(value.length)} characters, over the limit of ${count(MAX_VARIABLE_LENGTH)}`,
  );
}

/** Ends the call once the text it has made passes `MAX_CHARACTERS_MADE`. */
export function checkCharactersMade(node: ProgramNode, total: number): void {
  if (total <= MAX_CHARACTERS_MADE) return;
  throw new SimulationLimit(
    node,
    `${describeElement(node)}: the call has made over ${count(MAX_CHARACTERS_MADE)} characters of ` +
      'text in all (expanded text and variable values)',
  );
}

/** Refuses an expansion once its text passes `MAX_EXPANDED_LENGTH` (checked while it grows). */
export function checkExpandedLength(node: ProgramNode, length: number): void {
  if (length <= MAX_EXPANDED_LENGTH) return;
  throw new SimulationLimit(
    node,
    `${describeElement(node)}: the text with its variables expanded is over the limit of ` +
      `${count(MAX_EXPANDED_LENGTH)} characters`,
  );
}
