/**
 * Public types of the call simulator (simulator-semantics.md is the contract).
 *
 * The engine is a pure step function: `startCall(document, options)` and `stepCall(state, input)` each
 * return a new `SimState` and the events produced since the previous step. It owns no timer and does no
 * I/O: the UI (or the CLI's scripted runner) drives time by sending `prompt-finished` and `timeout`.
 *
 * Prompts: a `play` outside a menu makes the call wait `{type: 'prompt'}` until the driver sends
 * `prompt-finished` (the CLI does so at once). Inside a menu the prompts do not stop the engine: the menu's
 * non-keypress children all run, then the call waits for input with `promptPlaying: true`; digits are
 * accepted at once (barge-in: the UI cancels speech when it sees an `input`-accepting state change), and
 * the UI sends `prompt-finished` when speech ends, then `timeout` when the inter-digit timeout passes.
 */

/** How the call was answered. `inbound` runs an `amd`'s `live` branch. */
export type AnswerType = 'live' | 'machine' | 'inbound';

export type TransferOutcome = 'answered' | 'no-answer';

export type PlayType = 'tts' | 'url' | 'callfireid';

/** The world the simulated call lives in. Every field has a default (`defaultSimOptions()`). */
export interface SimOptions {
  answer: AnswerType;
  /** `${call.callerid}`. */
  callerId: string;
  /** `${call.dnis}`: the number dialled (inbound). */
  dnis: string;
  /** `${call.phonenumber}`: the number called (outbound). */
  phoneNumber: string;
  /** `${call.id}`. */
  callId: string;
  /** `${contact.NAME}` values, e.g. `{ firstName: 'Ann', A: '42' }`. */
  contact: Record<string, string>;
  /** ISO-8601 instant for `global.date*` / `global.time*`, read in UTC. */
  now: string;
  /** What every `<transfer>` does. */
  transfer: TransferOutcome;
  /** Response body per URL for `<get>` / `<post>` (exact URL after expansion); absent → ''. */
  http: Record<string, string>;
  /** Script variables set before the call starts (`--var NAME=VALUE`). */
  variables?: Record<string, string>;
  /**
   * Not a call option but a driver's: pause as `busy` after this many elements of one run, so that the
   * caller can give the browser a turn (the studio). Absent: each step runs to the next wait.
   */
  sliceSteps?: number;
}

/** Fields every event carries: the element's AST id and its start tag's 1-based line. */
export interface EventBase {
  path: string;
  line: number;
}

export interface PlayEvent extends EventBase {
  type: 'play';
  playType: PlayType;
  /** Expanded, whitespace collapsed. */
  text: string;
  voice?: string;
  name?: string;
}

export interface InputEvent extends EventBase {
  type: 'input';
  /** The collected digits without `#`; '' when nothing was pressed. */
  digits: string;
  /** True when collection ended because the inter-digit timeout passed. */
  timedOut: boolean;
}

export interface BranchEvent extends EventBase {
  type: 'branch';
  /** The menu's name, when it has one. */
  menu?: string;
  /** The chosen keypress's `pressed` as written, or null when no branch matched. */
  pressed: string | null;
}

export interface StashEvent extends EventBase {
  type: 'stash';
  question: string;
  response: string;
}

export interface SetvarEvent extends EventBase {
  type: 'setvar';
  varname: string;
  value: string;
}

export interface GotoEvent extends EventBase {
  type: 'goto';
  target: string;
}

export interface TransferEvent extends EventBase {
  type: 'transfer';
  numbers: string[];
  outcome: TransferOutcome;
  continueAfter: boolean;
}

export interface RecordEvent extends EventBase {
  type: 'record';
  /** The variable that receives the recording URL, when the tag has one. */
  varname?: string;
  name?: string;
  /** `sim://recording/<name or index>`. */
  url: string;
  background: boolean;
}

export interface HttpEvent extends EventBase {
  type: 'http';
  method: 'get' | 'post';
  url: string;
  varname?: string;
  /** The supplied response body ('' when none was given for this URL). */
  response: string;
}

export interface SmsEvent extends EventBase {
  type: 'sms';
  to: string;
  text: string;
}

export interface DncEvent extends EventBase {
  type: 'dnc';
  number: string;
}

export interface WarningEvent extends EventBase {
  type: 'warning';
  message: string;
}

export type EndReason =
  'completed' | 'hangup' | 'caller-hangup' | 'transfer' | 'error' | 'loop' | 'awaiting-input';

export interface EndEvent extends EventBase {
  type: 'end';
  reason: EndReason;
  message?: string;
}

export type SimEvent =
  | PlayEvent
  | InputEvent
  | BranchEvent
  | StashEvent
  | SetvarEvent
  | GotoEvent
  | TransferEvent
  | RecordEvent
  | HttpEvent
  | SmsEvent
  | DncEvent
  | WarningEvent
  | EndEvent;

export type SimEventType = SimEvent['type'];

/** What the caller (or the clock) does next. */
export type SimInput =
  /** One or more keys (`0-9`, `*`, `#`) in the order pressed; the UI may send one key at a time. */
  | { type: 'digits'; digits: string }
  /** The inter-digit timeout passed (the driver decides when). */
  | { type: 'timeout' }
  /** The caller hangs up. */
  | { type: 'hangup' }
  /** The prompt being played has finished. */
  | { type: 'prompt-finished' }
  /** Carry on after a `busy` pause (only with `SimOptions.sliceSteps`). */
  | { type: 'continue' };

/** What the call is waiting for. */
export type Waiting =
  | {
      type: 'input';
      menuPath: string;
      menuName?: string;
      /** Inter-digit timeout in milliseconds (unit rule and default applied). */
      timeoutMs: number;
      maxDigits: number;
      /** Digits collected so far in this menu. */
      collected: string;
      /** True until the driver sends `prompt-finished`; the timeout only runs after that. */
      promptPlaying: boolean;
    }
  | {
      /** A prompt outside a menu (a `play`, or a foreground `record`) is playing. */
      type: 'prompt';
      path: string;
      event: PlayEvent | RecordEvent;
    }
  /**
   * Not a wait for the caller: the engine ran `SimOptions.sliceSteps` elements and hands control back so
   * that a UI can stay responsive; send `continue` to go on (a hang-up is taken too).
   */
  | { type: 'busy' }
  | { type: 'ended'; end: EndEvent };

export interface QuestionResponse {
  question: string;
  response: string;
}

/**
 * Where execution resumes: run an element, collect a menu's digits, or the end of the dialplan.
 * Ids are AST element ids.
 */
export type Resume =
  { type: 'run'; id: string } | { type: 'collect'; menuId: string } | { type: 'end' };

/**
 * The call's state. Plain data except `program`, a shared read-only compiled form of the document
 * (never mutated, so states can be kept for history/undo and compared by reference).
 */
export interface SimState {
  readonly program: SimProgram;
  readonly options: SimOptions;
  readonly waiting: Waiting;
  /** Where execution resumes once the current wait is over. */
  readonly resume: Resume;
  /** Script variables (setvar, record, get/post, and the options' initial variables). */
  readonly variables: Readonly<Record<string, string>>;
  readonly questionResponses: readonly QuestionResponse[];
  readonly lastInput: string;
  /** Elements executed since the call last waited for the caller (loop guard). */
  readonly stepsSinceWait: number;
  /** Elements executed in the whole call (the per-call step budget, `CALL_STEP_BUDGET`). */
  readonly stepsTotal: number;
  /** Variable writes so far, and the gotos passed in the current run (the engine's early loop check). */
  readonly writes: number;
  readonly gotoWatch?: ReadonlyMap<string, number>;
  /** A cycle search a `busy` pause stopped in the middle of, and how far it was then (`run.ts`). */
  readonly cycleSearch?: { readonly search: SimCycleSearch; readonly at: number };
  /** Characters of text the call has made so far: expansions and variable values (capped, `limits.ts`). */
  readonly charactersMade: number;
  /** How many `<record>` tags have run (names unnamed recordings). */
  readonly recordCount: number;
  /** The caller hung up inside a `catch type="hangup"`: data-only tags run until one would speak/wait. */
  readonly callerHungUp: boolean;
}

/** Opaque: the engine's cycle search in progress (`run.ts`). */
export interface SimCycleSearch {
  readonly progress: number;
}

/** Opaque compiled document (see `program.ts`). */
export interface SimProgram {
  readonly kind: 'sim-program';
}

export interface StepResult {
  state: SimState;
  /** Events produced by this step only. */
  events: SimEvent[];
}

/** What `dialplan simulate` prints for one scripted call. */
export interface ScriptedCallResult {
  events: SimEvent[];
  questionResponses: QuestionResponse[];
  variables: Record<string, string>;
  end: EndEvent;
}

export interface BatchOptions {
  calls: number;
  seed: number;
  /** Base options for every call; the answer is drawn per call (live/machine mixed). */
  options?: Partial<SimOptions>;
}

/** What `dialplan simulate FILE --random N` prints. */
export interface BatchSummary {
  calls: number;
  seed: number;
  /** Calls the AMD answered as a person (the results lab's forecast starts its funnel here). */
  liveAnswers: number;
  /** Calls per end reason. */
  endReasons: Partial<Record<EndReason, number>>;
  coverage: {
    elements: { total: number; reached: number; unreached: string[] };
    /** Keypress branches (by path) that no call chose. */
    branches: { total: number; reached: number; unreached: string[] };
  };
  /** For each stash question: how many times each response was recorded. */
  responses: Record<string, Record<string, number>>;
}
