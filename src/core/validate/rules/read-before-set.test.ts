import { ruleTable } from '../rule-table.test-support.ts';
import { readBeforeSet } from './read-before-set.ts';

ruleTable(
  readBeforeSet,
  [
    '<dialplan><setvar varname="n">1</setvar><play type="tts">${n}</play></dialplan>',
    // set in a keypress, read when the goto brings the call back to the menu
    '<dialplan><menu name="M"><play type="tts">Count ${n}</play><keypress pressed="1"><setvar varname="n">1</setvar><goto>M</goto></keypress></menu></dialplan>',
    // the flow does not evaluate conditions: a path through the if counts
    '<dialplan><if expr="1 == 2"><setvar varname="n">1</setvar></if><play type="tts">${n}</play></dialplan>',
    // get and post set what later elements read
    '<dialplan><get varname="g">http://x</get><post varname="p">http://y?g=${g}</post><play type="tts">${p}</play></dialplan>',
    // a computed setter may set any name it starts
    '<dialplan><play type="tts">${answer1}</play><setvar varname="answer${n}">x</setvar><setvar varname="answer1">y</setvar></dialplan>',
    // names nothing sets are undefined-variable's; unreachable reads are unreachable's
    '<dialplan><play type="tts">${x}</play><hangup/><play type="tts">${n}</play><setvar varname="n">1</setvar></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<play type="tts">Hello ${name}</play>\n<setvar varname="name">Ann</setvar></dialplan>',
      lines: [2],
      message: '${name} is read before anything sets it: <setvar> on line 3 sets it',
    },
    {
      // the setter's own text reads the old (empty) value
      xml: '<dialplan>\n<setvar varname="n">${n} + 1</setvar></dialplan>',
      lines: [2],
      message: '${n} is read before anything sets it',
    },
    {
      xml: '<dialplan>\n<menu name="M"><play type="tts">${choice}</play>\n<keypress pressed="1"><setvar varname="choice">1</setvar><hangup/></keypress></menu></dialplan>',
      lines: [2],
      message: '${choice}',
    },
  ],
);
