/**
 * The families of elements the graph tells apart by colour and icon: a person scanning the canvas asks
 * "what does this step do?" (speak, ask, store, jump, end…), not "which tag is it?".
 */
import type { ElementKind } from '../ast/types.ts';

export type NodeFamily =
  | 'prompt'
  | 'menu'
  | 'data'
  | 'jump'
  | 'end'
  | 'transfer'
  | 'record'
  | 'http'
  | 'message'
  | 'detect'
  | 'logic'
  | 'other';

/** What a card's header calls each family (the tag name is shown beside it). */
export const FAMILY_LABEL: Readonly<Record<NodeFamily, string>> = {
  prompt: 'Prompt',
  menu: 'Menu',
  data: 'Data',
  jump: 'Jump',
  end: 'End',
  transfer: 'Transfer',
  record: 'Record',
  http: 'HTTP',
  message: 'Message',
  detect: 'Live or machine',
  logic: 'Condition',
  other: 'Element',
};

export function familyOf(kind: ElementKind): NodeFamily {
  switch (kind) {
    case 'play':
    case 'dtmf':
    case 'wait':
      return 'prompt';
    case 'menu':
    case 'keypress':
      return 'menu';
    case 'stash':
    case 'setvar':
    case 'analytics':
    case 'dnc':
      return 'data';
    case 'goto':
    case 'gotoXML':
      return 'jump';
    case 'hangup':
      return 'end';
    case 'transfer':
    case 'gtalk':
      return 'transfer';
    case 'record':
      return 'record';
    case 'get':
    case 'post':
      return 'http';
    case 'sms':
    case 'text':
      return 'message';
    case 'amd':
    case 'live':
    case 'machine':
      return 'detect';
    case 'if':
    case 'else':
    case 'equal':
    case 'notEqual':
    case 'catch':
      return 'logic';
    case 'dialplan':
    case 'unknown':
      return 'other';
  }
}
