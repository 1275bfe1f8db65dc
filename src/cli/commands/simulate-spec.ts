/**
 * The options of `dialplan simulate`, declared once: parsing (simulate-args.ts) and help both read
 * them. Kept apart from the parsing, which needs the core, so that help loads none.
 */
import { defineCommand } from '../args.ts';

export const SIMULATE = defineCommand({
  name: 'simulate',
  summary: 'run one scripted call (or N random ones) and print what happened',
  usage: 'dialplan simulate FILE [options]',
  description:
    'Runs one call through the dialplan, answering its menus with --input tokens. On a terminal (or ' +
    'with --format text) it prints a transcript, one line per event; otherwise (or with --json) one ' +
    'JSON object {events, questionResponses, variables, end}, so pipes keep getting JSON. With ' +
    '--random N it runs N random calls and prints a JSON summary (end reasons, coverage, responses). ' +
    'A call that ends with reason error still ran: its output is printed and the end is told on ' +
    'standard error as FILE:LINE:COL: error: …',
  arguments: [['FILE', 'a dialplan XML file (- for standard input)']],
  options: {
    input: {
      type: 'string',
      value: 'TOKENS',
      description: 'answers, one per menu: digits (optionally ending in #), timeout or hangup',
    },
    amd: {
      type: 'string',
      value: 'live|machine',
      description: 'who answers the outbound call (live)',
    },
    inbound: { type: 'boolean', description: 'an inbound call (no answering-machine detection)' },
    var: {
      type: 'string',
      multiple: true,
      value: 'NAME=VALUE',
      description: 'set a variable before the call; repeatable',
    },
    contact: {
      type: 'string',
      multiple: true,
      value: 'NAME=VALUE',
      description: "a field of the called contact's record; repeatable",
    },
    http: {
      type: 'string',
      multiple: true,
      value: 'URL=BODY',
      description: 'the body an <http> request to URL gets back; repeatable',
    },
    transfer: {
      type: 'string',
      value: 'answered|no-answer',
      description: 'how a <transfer> ends (answered)',
    },
    now: { type: 'string', value: 'ISO-8601', description: "the call's date and time" },
    callerid: { type: 'string', value: 'NUMBER', description: 'the caller id the call shows' },
    dnis: { type: 'string', value: 'NUMBER', description: 'the number that was dialled' },
    phonenumber: { type: 'string', value: 'NUMBER', description: "the contact's phone number" },
    random: { type: 'string', value: 'N', description: 'run N random calls and print a summary' },
    seed: { type: 'string', value: 'S', description: 'the seed of --random (1)' },
    json: { type: 'boolean', description: 'print JSON (the default when not on a terminal)' },
    format: {
      type: 'string',
      value: 'text|json',
      description: 'text: a transcript, one line per event; json: as --json',
    },
  },
  exitCodes: [
    [0, 'the call ran (even when it ended with reason error)'],
    [1, 'the file has XML syntax or encoding errors'],
    [2, 'usage error or a file that cannot be read'],
  ],
  example: 'dialplan simulate poll.xml --input "1 3 hangup"',
  run: async () => (await import('./simulate.ts')).simulateCommand,
});
