/**
 * Leaf tags that act on the call: stash, setvar, transfer, record, get/post, sms and dnc (semantics §3).
 * Each returns where execution goes next.
 */
import {
  emit,
  endCall,
  expand,
  spokenText,
  expandTrimmed,
  setVariable,
  valueOf,
  type Machine,
  type Next,
} from './machine.ts';
import type { ProgramNode } from './program.ts';
import type { RecordEvent } from './types.ts';

function isTrueAttr(node: ProgramNode, name: string): boolean {
  return (node.attrs.get(name) ?? '').trim().toLowerCase() === 'true';
}

export function runStash(m: Machine, node: ProgramNode): Next {
  const question = expandTrimmed(m, node, node.attrs.get('varname'));
  const response = expand(m, node, node.text).trim();
  m.questionResponses.push({ question, response });
  emit(m, node, { type: 'stash', question, response });
  return node.after;
}

export function runSetvar(m: Machine, node: ProgramNode): Next {
  const varname = expandTrimmed(m, node, node.attrs.get('varname'));
  const value = valueOf(m, node, expand(m, node, node.text));
  setVariable(m, node, varname, value);
  emit(m, node, { type: 'setvar', varname, value });
  return node.after;
}

export function runTransfer(m: Machine, node: ProgramNode): Next {
  if (m.callerHungUp) return endCall(m, node, 'caller-hangup');
  const numbers = expand(m, node, node.text)
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const outcome = m.options.transfer;
  const continueAfter = isTrueAttr(node, 'continue-after');
  emit(m, node, { type: 'transfer', numbers, outcome, continueAfter });
  if (outcome === 'answered' && !continueAfter) return endCall(m, node, 'transfer');
  return node.after;
}

/**
 * `record` sets its variable to `sim://recording/<name or index>`. A foreground recording outside a menu
 * waits like a prompt (the caller speaks, then presses `#` or goes quiet); in the background it does not.
 */
export function runRecord(m: Machine, node: ProgramNode): Next {
  const background = isTrueAttr(node, 'background');
  if (m.callerHungUp && !background) return endCall(m, node, 'caller-hangup');
  m.recordCount += 1;
  const name = expandTrimmed(m, node, node.attrs.get('name'));
  const url = `sim://recording/${name === '' ? String(m.recordCount) : name}`;
  const varname = expandTrimmed(m, node, node.attrs.get('varname'));
  if (varname !== '') setVariable(m, node, varname, url);
  const event: RecordEvent = {
    type: 'record',
    ...(varname === '' ? {} : { varname }),
    ...(name === '' ? {} : { name }),
    url,
    background,
    path: node.id,
    line: node.line,
  };
  m.events.push(event);
  if (background || node.isMenuPrompt || m.callerHungUp) return node.after;
  return { type: 'pause', waiting: { type: 'prompt', path: node.id, event }, then: node.after };
}

export function runHttp(m: Machine, node: ProgramNode, method: 'get' | 'post'): Next {
  const url = expand(m, node, node.text).trim();
  const response = Object.hasOwn(m.options.http, url) ? (m.options.http[url] ?? '') : '';
  const varname = expandTrimmed(m, node, node.attrs.get('varname'));
  if (varname !== '') setVariable(m, node, varname, response);
  emit(m, node, {
    type: 'http',
    method,
    url,
    ...(varname === '' ? {} : { varname }),
    response,
  });
  return node.after;
}

export function runSms(m: Machine, node: ProgramNode): Next {
  const to = expandTrimmed(m, node, node.attrs.get('to'));
  emit(m, node, { type: 'sms', to, text: spokenText(m, node) });
  return node.after;
}

export function runDnc(m: Machine, node: ProgramNode): Next {
  emit(m, node, { type: 'dnc', number: expand(m, node, node.text).trim() });
  return node.after;
}
