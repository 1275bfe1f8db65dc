import { ruleTable } from '../rule-table.test-support.ts';
import { undefinedVariable } from './undefined-variable.ts';

ruleTable(
  undefinedVariable,
  [
    '<dialplan><play type="tts">${call.callerid} ${contact.firstName} ${global.date}</play></dialplan>',
    '<dialplan><setvar varname="n">1</setvar><record varname="r"/><get varname="g">u</get><post varname="p">u</post><play type="tts">${n}${r}${g}${p}</play></dialplan>',
    // computed names: `choice${n}` may set choice1…; the outer `${choice${n}}` is computed too
    '<dialplan><setvar varname="n">1</setvar><setvar varname="choice${n}">a</setvar><play type="tts">${choice1} ${choice${n}}</play></dialplan>',
    // a stash-only name is the stash-read rule's business
    '<dialplan><stash varname="q1">1</stash><play type="tts">${q1}</play></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<play type="tts">Hello ${nmae}</play></dialplan>',
      lines: [2],
      message: '${nmae} is read but nothing sets it',
    },
    {
      xml: '<dialplan><setvar varname="a">1</setvar>\n<if expr="${b} == 1"/>\n<equal var="${c}" expr="1"/></dialplan>',
      lines: [2, 3],
      message: '${b}',
    },
  ],
);
