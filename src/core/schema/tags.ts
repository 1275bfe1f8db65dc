/**
 * What the reference (`shared/spec/dialplan-reference.md`) says about each tag, as data: attributes and
 * their value types, content, allowed parents, one-line and longer docs. The validator, the editor's
 * completion and hover, the palette and the inspector all read this one table.
 */
import type { ElementKind, TagKind } from '../ast/types.ts';

export type AttributeType =
  | { type: 'text' }
  | { type: 'name' }
  | { type: 'target' }
  | { type: 'varname' }
  | { type: 'expr' }
  | { type: 'integer'; min?: number; unit?: string }
  | { type: 'menu-timeout' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'pressed' };

export interface AttributeSchema {
  name: string;
  value: AttributeType;
  required?: boolean;
  doc: string;
}

export type TagCategory = 'flow' | 'prompts' | 'data' | 'telephony' | 'logic' | 'rare';

/** What may stand between the start and end tag. */
export type TagContent = 'children' | 'text' | 'empty';

export interface TagSchema {
  kind: TagKind;
  category: TagCategory;
  content: TagContent;
  /** Allowed parent kinds; undefined means any container. */
  parents?: readonly TagKind[];
  attributes: readonly AttributeSchema[];
  summary: string;
  doc: string;
  /** What the trimmed text holds, for tags whose text is a value (goto target, numbers, URL). */
  textRole?: 'target' | 'numbers' | 'url' | 'expression' | 'value' | 'speech';
}

export const PLAY_TYPES = ['tts', 'url', 'callfireid'] as const;
export const VOICES = [
  'male1',
  'female1',
  'female2',
  'spanish1',
  'frenchcanadian1',
  'femaleSpanish',
] as const;
export const MUSIC_ON_HOLD = [
  'ringing',
  'default',
  'silence',
  'alternative',
  'blues',
  'celtic',
  'classical',
  'country',
  'instrumental',
  'jazz',
  'neopunk',
  'new_age',
  'pop',
  'rock',
  'swing',
  'techno',
] as const;
export const TRANSFER_MODES = ['ringall', 'waterfall'] as const;
export const CATCH_TYPES = ['hangup', 'digit'] as const;
export const BOOLEAN_VALUES = ['true', 'false'] as const;

const NAME: AttributeSchema = {
  name: 'name',
  value: { type: 'name' },
  doc: 'A unique name for the tag: the target of `goto` and `catch goto`.',
};

const CONTAINERS: readonly TagKind[] = [
  'dialplan',
  'live',
  'machine',
  'menu',
  'keypress',
  'if',
  'else',
  'equal',
  'notEqual',
  'catch',
];

export const TAGS: Readonly<Record<TagKind, TagSchema>> = {
  dialplan: {
    kind: 'dialplan',
    category: 'flow',
    content: 'children',
    parents: [],
    attributes: [
      NAME,
      { name: 'loggingEnabled', value: { type: 'boolean' }, doc: 'Seen in SDKs; meaning unknown.' },
    ],
    summary: 'The root of every dialplan.',
    doc: 'The root element. Execution starts at its first child and runs the children in order; reaching its end ends the call.',
  },
  amd: {
    kind: 'amd',
    category: 'telephony',
    content: 'children',
    attributes: [NAME],
    summary: 'Answering-machine detection: runs <live> or <machine>.',
    doc: 'Outbound calls only. Must contain exactly one <live> and one <machine>. The platform classifies the answer and runs the matching branch; normally the first child of the dialplan.',
  },
  live: {
    kind: 'live',
    category: 'telephony',
    content: 'children',
    parents: ['amd'],
    attributes: [NAME],
    summary: 'What runs when a person answers.',
    doc: 'Only inside <amd>. Runs when a person answered the call.',
  },
  machine: {
    kind: 'machine',
    category: 'telephony',
    content: 'children',
    parents: ['amd'],
    attributes: [NAME],
    summary: 'What runs when an answering machine answers.',
    doc: 'Only inside <amd>. Runs after the answering machine greeting (it plays after the beep).',
  },
  menu: {
    kind: 'menu',
    category: 'flow',
    content: 'children',
    attributes: [
      NAME,
      {
        name: 'timeout',
        value: { type: 'menu-timeout' },
        doc: 'How long to wait for a digit. Values of 1000 or more are milliseconds, smaller values seconds (5000 ms when absent: an assumption).',
      },
      {
        name: 'maxDigits',
        value: { type: 'integer', min: 1, unit: 'digits' },
        doc: 'How many digits to collect at most. When absent: the length of the longest pressed value (an assumption).',
      },
    ],
    summary: 'Plays prompts, then collects keypad digits and picks a <keypress> branch.',
    doc: 'Runs its non-keypress children (prompts) in order, then collects digits until maxDigits, # or the timeout, and runs the first matching <keypress>. After the branch, execution continues after the menu.',
  },
  keypress: {
    kind: 'keypress',
    category: 'flow',
    content: 'children',
    parents: ['menu'],
    attributes: [
      NAME,
      {
        name: 'pressed',
        value: { type: 'pressed' },
        required: true,
        doc: 'Digits (`1`, `10`), `#`, `*`, an inclusive range `1-5`, `default` (any other input) or `timeout` (no input).',
      },
    ],
    summary: 'One branch of a menu, chosen by the digits pressed.',
    doc: 'Only inside <menu>. Its children run when the caller’s input matches `pressed`; then execution continues after the menu.',
  },
  play: {
    kind: 'play',
    category: 'prompts',
    content: 'text',
    textRole: 'speech',
    attributes: [
      NAME,
      {
        name: 'type',
        value: { type: 'enum', values: PLAY_TYPES },
        required: true,
        doc: '`tts` speaks the text, `url` plays an audio URL, `callfireid` plays a stored CallFire sound by id.',
      },
      {
        name: 'voice',
        value: { type: 'enum', values: VOICES },
        doc: 'TTS voice: male1, female1, female2, spanish1, frenchcanadian1.',
      },
      {
        name: 'cache',
        value: { type: 'boolean' },
        doc: 'Whether the sound may be cached; use false for a fresh recording URL.',
      },
    ],
    summary: 'Speaks text or plays a sound.',
    doc: 'Plays the body: text to speak (tts, variables expanded), an audio URL, or a CallFire sound id.',
  },
  goto: {
    kind: 'goto',
    category: 'flow',
    content: 'text',
    textRole: 'target',
    attributes: [NAME],
    summary: 'Jumps to the element with that name.',
    doc: 'The body (trimmed) names the target element. Execution carries on from there as if it had arrived in order; there is no return.',
  },
  hangup: {
    kind: 'hangup',
    category: 'telephony',
    content: 'empty',
    attributes: [NAME],
    summary: 'Ends the call.',
    doc: 'Ends the call. Nothing after it runs.',
  },
  stash: {
    kind: 'stash',
    category: 'data',
    content: 'text',
    textRole: 'value',
    attributes: [
      NAME,
      {
        name: 'varname',
        value: { type: 'varname' },
        required: true,
        doc: 'The question name recorded with the response (may contain ${…}).',
      },
    ],
    summary: 'Records an answer in the call’s questionResponses.',
    doc: 'Appends {question: varname, response: body} to the call record. It does not create a variable: read values back with <setvar>.',
  },
  setvar: {
    kind: 'setvar',
    category: 'data',
    content: 'text',
    textRole: 'expression',
    attributes: [
      NAME,
      {
        name: 'varname',
        value: { type: 'varname' },
        required: true,
        doc: 'The variable to set, read back as ${varname}.',
      },
    ],
    summary: 'Sets a variable to a value or expression.',
    doc: 'Expands ${…} in the body, then evaluates it as a JavaScript-like expression; text that is not an expression is stored as it is.',
  },
  if: {
    kind: 'if',
    category: 'logic',
    content: 'children',
    attributes: [
      NAME,
      {
        name: 'expr',
        value: { type: 'expr' },
        required: true,
        doc: "A JavaScript-like condition, after ${…} expansion: `'${x}' == 'yes'`.",
      },
    ],
    summary: 'Runs its children when the expression is true.',
    doc: 'Runs its children (except a final <else>) when expr is true; otherwise runs the <else>, if any.',
  },
  else: {
    kind: 'else',
    category: 'logic',
    content: 'children',
    parents: ['if'],
    attributes: [NAME],
    summary: 'What an <if> runs when its expression is false.',
    doc: 'Only as the last child of <if>.',
  },
  equal: {
    kind: 'equal',
    category: 'logic',
    content: 'children',
    attributes: [
      NAME,
      {
        name: 'var',
        value: { type: 'text' },
        required: true,
        doc: 'A value or ${variable} to compare.',
      },
      {
        name: 'expr',
        value: { type: 'expr' },
        required: true,
        doc: 'An expression whose value is compared with var.',
      },
    ],
    summary: 'Runs its children when var equals expr.',
    doc: 'Runs its children when var equals the value of expr (compared as strings).',
  },
  notEqual: {
    kind: 'notEqual',
    category: 'logic',
    content: 'children',
    attributes: [
      NAME,
      {
        name: 'var',
        value: { type: 'text' },
        required: true,
        doc: 'A value or ${variable} to compare.',
      },
      {
        name: 'expr',
        value: { type: 'expr' },
        required: true,
        doc: 'An expression whose value is compared with var.',
      },
    ],
    summary: 'Runs its children when var differs from expr.',
    doc: 'Runs its children when var differs from the value of expr (compared as strings).',
  },
  transfer: {
    kind: 'transfer',
    category: 'telephony',
    content: 'text',
    textRole: 'numbers',
    attributes: [
      NAME,
      {
        name: 'callerid',
        value: { type: 'text' },
        doc: 'Caller ID shown to the called party (default ${call.callerid}).',
      },
      {
        name: 'musiconhold',
        value: { type: 'enum', values: MUSIC_ON_HOLD },
        doc: 'What the caller hears while the transfer rings (default ringing).',
      },
      {
        name: 'continue-after',
        value: { type: 'boolean' },
        doc: 'When true, the dialplan continues after the transferred call ends.',
      },
      {
        name: 'mode',
        value: { type: 'enum', values: TRANSFER_MODES },
        doc: 'ringall: all numbers at once; waterfall: one at a time.',
      },
      {
        name: 'timeout',
        value: { type: 'integer', min: 1, unit: 'seconds' },
        doc: 'Seconds to ring before giving up and returning to the dialplan.',
      },
      {
        name: 'whisper-tts',
        value: { type: 'text' },
        doc: 'Spoken to the called party just before connecting.',
      },
      {
        name: 'screen',
        value: { type: 'boolean' },
        doc: 'The called party must press 1 to accept; needs whisper-tts.',
      },
      { name: 'calleridalpha', value: { type: 'text' }, doc: 'Alphanumeric caller ID.' },
    ],
    summary: 'Connects the caller to another number.',
    doc: 'The body lists one or more numbers separated by commas (variables allowed, `x` for an extension).',
  },
  record: {
    kind: 'record',
    category: 'telephony',
    content: 'empty',
    attributes: [
      NAME,
      { name: 'varname', value: { type: 'varname' }, doc: 'Receives the recording’s URL.' },
      {
        name: 'background',
        value: { type: 'boolean' },
        doc: 'true records the whole call while the script runs on.',
      },
      {
        name: 'timeout',
        value: { type: 'integer', min: 1, unit: 'ms' },
        doc: 'Maximum length in milliseconds.',
      },
    ],
    summary: 'Records the caller.',
    doc: 'Records the caller until # or hang-up; the name becomes the file name.',
  },
  get: {
    kind: 'get',
    category: 'data',
    content: 'text',
    textRole: 'url',
    attributes: [
      NAME,
      { name: 'varname', value: { type: 'varname' }, doc: 'Receives the response body.' },
    ],
    summary: 'HTTP GET; the response goes into a variable.',
    doc: 'Requests the URL in the body (variables expanded, & written &amp;).',
  },
  post: {
    kind: 'post',
    category: 'data',
    content: 'text',
    textRole: 'url',
    attributes: [
      NAME,
      { name: 'varname', value: { type: 'varname' }, doc: 'Receives the response body.' },
    ],
    summary: 'HTTP POST; the response goes into a variable.',
    doc: 'Posts to the URL in the body (variables expanded, & written &amp;).',
  },
  sms: {
    kind: 'sms',
    category: 'telephony',
    content: 'text',
    textRole: 'value',
    attributes: [
      NAME,
      { name: 'to', value: { type: 'text' }, doc: 'The number to text, e.g. ${call.phonenumber}.' },
    ],
    summary: 'Sends a text message during the call.',
    doc: 'Sends the body as an SMS to `to`.',
  },
  dnc: {
    kind: 'dnc',
    category: 'telephony',
    content: 'text',
    textRole: 'numbers',
    attributes: [
      NAME,
      {
        name: 'loggingEnabled',
        value: { type: 'boolean' },
        doc: 'Seen in the PHP SDK; meaning unknown.',
      },
    ],
    summary: 'Adds a number to the Do-Not-Call list.',
    doc: 'The body is the number, usually ${call.callerid}.',
  },
  catch: {
    kind: 'catch',
    category: 'logic',
    content: 'children',
    attributes: [
      NAME,
      {
        name: 'type',
        value: { type: 'enum', values: CATCH_TYPES },
        required: true,
        doc: '`digit`: a key pressed; `hangup`: the caller hung up.',
      },
      {
        name: 'value',
        value: { type: 'text' },
        doc: 'The digit (0-9 or *) that triggers a digit catch.',
      },
      {
        name: 'goto',
        value: { type: 'target' },
        required: true,
        doc: 'The element to jump to when the event happens.',
      },
    ],
    summary: 'Jumps elsewhere when a digit or hang-up happens inside it.',
    doc: 'While execution is inside its children, the event jumps at once to `goto`.',
  },
  dtmf: {
    kind: 'dtmf',
    category: 'rare',
    content: 'text',
    attributes: [NAME],
    summary: 'Sends tones (SDK only).',
    doc: 'Body: tones to send (0-9, *, #). Listed by SDKs only; semantics unknown.',
  },
  gotoXML: {
    kind: 'gotoXML',
    category: 'rare',
    content: 'text',
    textRole: 'url',
    attributes: [NAME],
    summary: 'Continues with another dialplan (SDK only).',
    doc: 'Body: a URL of another dialplan. Listed by SDKs only.',
  },
  wait: {
    kind: 'wait',
    category: 'rare',
    content: 'text',
    attributes: [NAME],
    summary: 'Waits (SDK only).',
    doc: 'Listed by SDKs only; semantics unknown.',
  },
  text: {
    kind: 'text',
    category: 'rare',
    content: 'text',
    attributes: [NAME, { name: 'to', value: { type: 'text' }, doc: 'The number to text.' }],
    summary: 'Old name of <sms> (PHP SDK).',
    doc: 'Listed by the 2013 PHP SDK; prefer <sms>.',
  },
  analytics: {
    kind: 'analytics',
    category: 'rare',
    content: 'empty',
    attributes: [
      NAME,
      ...['account', 'domain', 'category', 'action', 'label', 'value'].map((n) => ({
        name: n,
        value: { type: 'text' } as const,
        doc: `Analytics ${n}.`,
      })),
    ],
    summary: 'Analytics event (SDK only).',
    doc: 'Listed by the PHP SDK; looks like Google Analytics event tracking.',
  },
  gtalk: {
    kind: 'gtalk',
    category: 'rare',
    content: 'text',
    attributes: [
      NAME,
      ...['username', 'password', 'to'].map((n) => ({
        name: n,
        value: { type: 'text' } as const,
        doc: `GTalk ${n}.`,
      })),
    ],
    summary: 'GTalk message (SDK only).',
    doc: 'Listed by the PHP SDK only.',
  },
};

/** Kinds that hold other elements (the reference's "any container"). */
export const CONTAINER_KINDS: ReadonlySet<TagKind> = new Set(CONTAINERS);

export { kindOfTag } from './tag-kinds.ts';

/** The schema of an attribute of a tag, matched case-insensitively. */
export function attributeSchema(kind: ElementKind, name: string): AttributeSchema | undefined {
  if (kind === 'unknown') return undefined;
  const lower = name.toLowerCase();
  return TAGS[kind].attributes.find((a) => a.name.toLowerCase() === lower);
}

/** Whether `child` may stand directly inside `parent`, by the reference's containment rules. */
export function mayContain(parent: ElementKind, child: ElementKind): boolean {
  if (parent === 'unknown' || child === 'unknown') return true;
  if (TAGS[parent].content !== 'children') return false;
  const parents = TAGS[child].parents;
  if (parents) return parents.includes(parent);
  if (parent === 'amd') return false;
  return CONTAINER_KINDS.has(parent);
}
