/**
 * Runs one element (semantics §1–§3): containers enter their first child, leaves act and hand back
 * their continuation, and prompts outside menus pause the call until the driver says they have played.
 */
import { runDnc, runHttp, runRecord, runSetvar, runSms, runStash, runTransfer } from './actions.ts';
import {
  conditionOf,
  emit,
  endCall,
  expand,
  spokenText,
  expandTrimmed,
  valueOf,
  warn,
  type Machine,
  type Next,
} from './machine.ts';
import type { ProgramNode } from './program.ts';
import type { PlayEvent, PlayType, Resume } from './types.ts';

const PLAY_TYPES = new Set<string>(['tts', 'url', 'callfireid']);

function runNode(node: ProgramNode): Resume {
  return { type: 'run', id: node.id };
}

/** The first child that `accept` takes, else the container's continuation. */
function enter(node: ProgramNode, accept: (child: ProgramNode) => boolean = () => true): Resume {
  const first = node.children.find(accept);
  return first ? runNode(first) : node.after;
}

function enterMenu(m: Machine, node: ProgramNode): Next {
  if (m.callerHungUp) return endCall(m, node, 'caller-hangup');
  const first = node.children.find((c) => c.kind !== 'keypress');
  return first ? runNode(first) : { type: 'collect', menuId: node.id };
}

function runPlay(m: Machine, node: ProgramNode): Next {
  if (m.callerHungUp) return endCall(m, node, 'caller-hangup');
  const rawType = (node.attrs.get('type') ?? 'tts').trim().toLowerCase();
  if (!PLAY_TYPES.has(rawType)) warn(m, node, `unknown play type '${rawType}', spoken as tts`);
  const playType = (PLAY_TYPES.has(rawType) ? rawType : 'tts') as PlayType;
  const voice = node.attrs.get('voice')?.trim();
  const event: PlayEvent = {
    type: 'play',
    playType,
    text: spokenText(m, node),
    ...(voice ? { voice } : {}),
    ...(node.name === undefined ? {} : { name: node.name }),
    path: node.id,
    line: node.line,
  };
  m.events.push(event);
  if (node.isMenuPrompt) {
    m.promptQueued = true;
    return node.after;
  }
  return { type: 'pause', waiting: { type: 'prompt', path: node.id, event }, then: node.after };
}

/** Jumps to the element named `target` (semantics §1.3); an unknown target ends the call. */
export function jump(m: Machine, from: ProgramNode, target: string): Next {
  emit(m, from, { type: 'goto', target });
  const found = m.program.byName.get(target);
  if (!found) return endCall(m, from, 'error', `goto target '${target}' does not exist`);
  return runNode(found);
}

/** The then-part (children but `else`), or the last `else` child, or past the element. */
function branchOn(node: ProgramNode, holds: boolean): Resume {
  if (holds) return enter(node, (c) => c.kind !== 'else');
  const elseBranch = node.children.findLast((c) => c.kind === 'else');
  return elseBranch ? runNode(elseBranch) : node.after;
}

function runIf(m: Machine, node: ProgramNode): Next {
  return branchOn(node, conditionOf(m, node, expand(m, node, node.attrs.get('expr') ?? '')));
}

/** `equal`/`notEqual` extend `if` in CallFire's PHP SDK, so an `else` inside them is honoured too. */
function runEqual(m: Machine, node: ProgramNode, wantEqual: boolean): Next {
  const left = expandTrimmed(m, node, node.attrs.get('var'));
  const right = valueOf(m, node, expand(m, node, node.attrs.get('expr') ?? ''));
  return branchOn(node, (left === right) === wantEqual);
}

function runAmd(m: Machine, node: ProgramNode): Next {
  const wanted = m.options.answer === 'machine' ? 'machine' : 'live';
  const branch = node.children.find((c) => c.kind === wanted);
  if (!branch) {
    warn(m, node, `amd has no <${wanted}> branch`);
    return node.after;
  }
  return runNode(branch);
}

function skipUnsupported(m: Machine, node: ProgramNode): Next {
  warn(m, node, `<${node.tagName}> is not simulated; skipped`);
  return node.after;
}

export function execute(m: Machine, node: ProgramNode): Next {
  switch (node.kind) {
    case 'dialplan':
    case 'live':
    case 'machine':
    case 'keypress':
    case 'else':
    case 'catch':
      return enter(node);
    case 'menu':
      return enterMenu(m, node);
    case 'amd':
      return runAmd(m, node);
    case 'if':
      return runIf(m, node);
    case 'equal':
      return runEqual(m, node, true);
    case 'notEqual':
      return runEqual(m, node, false);
    case 'play':
      return runPlay(m, node);
    case 'goto':
      return jump(m, node, expand(m, node, node.text).trim());
    case 'hangup':
      return endCall(m, node, 'hangup');
    case 'stash':
      return runStash(m, node);
    case 'setvar':
      return runSetvar(m, node);
    case 'transfer':
      return runTransfer(m, node);
    case 'record':
      return runRecord(m, node);
    case 'get':
    case 'post':
      return runHttp(m, node, node.kind);
    case 'sms':
    case 'text':
      return runSms(m, node);
    case 'dnc':
      return runDnc(m, node);
    case 'dtmf':
    case 'gotoXML':
    case 'wait':
    case 'analytics':
    case 'gtalk':
    case 'unknown':
      return skipUnsupported(m, node);
  }
}
