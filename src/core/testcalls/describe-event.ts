/**
 * One line of plain words per simulator event. The transcript shows these lines and the test-call diff
 * compares them, so what a user reads is exactly what a regression check compares.
 * Source positions (`path`, `line`) are left out on purpose: moving an element is not a change in behaviour.
 */
import type { SimEvent } from '../simulate/types.ts';

const END_WORDS: Record<string, string> = {
  completed: 'the dialplan ran to its end',
  hangup: 'the dialplan hung up',
  'caller-hangup': 'the caller hung up',
  transfer: 'the call was transferred',
  error: 'error',
  loop: 'a loop never waited for the caller',
  'awaiting-input': 'no more answers while waiting for input',
};

/**
 * The transcript line of one event.
 *
 * @example
 * describeEvent({ type: 'input', digits: '1', timedOut: false, … }); // 'Pressed 1'
 */
export function describeEvent(event: SimEvent): string {
  switch (event.type) {
    case 'play':
      return event.playType === 'tts'
        ? `Says: "${event.text}"${event.voice ? ` (${event.voice})` : ''}`
        : `Plays ${event.playType === 'url' ? 'audio' : 'sound'} ${event.text}`;
    case 'input':
      if (event.digits === '') return 'Pressed nothing (timed out)';
      return `Pressed ${event.digits}${event.timedOut ? ' (then timed out)' : ''}`;
    case 'branch': {
      const menu = event.menu ? `Menu ${event.menu}` : 'Menu';
      return event.pressed === null
        ? `${menu}: no branch matched`
        : `${menu}: branch pressed="${event.pressed}"`;
    }
    case 'stash':
      return `Stashed ${event.question} = ${event.response}`;
    case 'setvar':
      return `Set ${event.varname} = ${event.value}`;
    case 'goto':
      return `Go to ${event.target}`;
    case 'transfer':
      return `Transfer to ${event.numbers.join(', ')}: ${event.outcome}`;
    case 'record':
      return `Records ${event.url}${event.varname ? ` into ${event.varname}` : ''}`;
    case 'http':
      return `${event.method.toUpperCase()} ${event.url}${event.varname ? ` → ${event.varname}` : ''} = "${event.response}"`;
    case 'sms':
      return `SMS to ${event.to}: ${event.text}`;
    case 'dnc':
      return `Do-not-call: ${event.number}`;
    case 'warning':
      return `Warning: ${event.message}`;
    case 'end':
      // An error's message is the whole story (it names the element), so it is not put in brackets.
      if (event.reason === 'error')
        return `Call ended with an error: ${event.message ?? 'unknown'}`;
      return `Call ended: ${END_WORDS[event.reason] ?? event.reason}${event.message ? ` (${event.message})` : ''}`;
  }
}
