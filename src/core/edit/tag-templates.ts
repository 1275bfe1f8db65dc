/**
 * The XML a palette item for one plain tag inserts: required attributes filled with a harmless default
 * so that a new element is valid where possible, and nothing more (the inspector fills in the rest).
 */
import type { TagKind } from '../ast/types.ts';

export const TAG_TEMPLATES: Readonly<Record<Exclude<TagKind, 'dialplan'>, string>> = {
  amd: '<amd>\n    <live/>\n    <machine/>\n</amd>',
  live: '<live/>',
  machine: '<machine/>',
  menu: '<menu maxDigits="1" timeout="3500"/>',
  keypress: '<keypress pressed="1"/>',
  play: '<play type="tts" voice="female1">Hello.</play>',
  goto: '<goto/>',
  hangup: '<hangup/>',
  stash: '<stash varname="answer">${call.lastinput}</stash>',
  setvar: '<setvar varname="value">0</setvar>',
  if: '<if expr="true"/>',
  else: '<else/>',
  equal: '<equal var="${call.lastinput}" expr="1"/>',
  notEqual: '<notEqual var="${call.lastinput}" expr="1"/>',
  transfer: '<transfer mode="ringall">2135551212</transfer>',
  record: '<record varname="recording"/>',
  get: '<get varname="response">https://example.com/</get>',
  post: '<post varname="response">https://example.com/</post>',
  sms: '<sms to="${call.phonenumber}">Thank you for calling.</sms>',
  dnc: '<dnc>${call.callerid}</dnc>',
  catch: '<catch type="hangup" goto=""/>',
  dtmf: '<dtmf>1</dtmf>',
  gotoXML: '<gotoXML>https://example.com/dialplan.xml</gotoXML>',
  wait: '<wait>1</wait>',
  text: '<text to="${call.phonenumber}">Thank you for calling.</text>',
  analytics: '<analytics/>',
  gtalk: '<gtalk/>',
};
