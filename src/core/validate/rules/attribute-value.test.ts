import { ruleTable } from '../rule-table.test-support.ts';
import { attributeValue } from './attribute-value.ts';

ruleTable(
  attributeValue,
  [
    '<dialplan><play type="URL" voice="female1" cache="TRUE">x</play></dialplan>',
    '<dialplan><menu timeout="3500" maxDigits="4"><keypress pressed="1-5"/><keypress pressed="#"/><keypress pressed="*"/><keypress pressed="Default"/><keypress pressed="TIMEOUT"/><keypress pressed="123"/></menu></dialplan>',
    '<dialplan><transfer mode="waterfall" musiconhold="jazz" continue-after="true" timeout="30">1</transfer></dialplan>',
    '<dialplan><catch type="digit" value="*" goto="a"/><menu timeout="${t}"/></dialplan>',
  ],
  [
    // Repeated values are recognised in the source: a bad one after good ones, and the same bad one
    // again, a value written with an entity or a line break after the same plain one, are all read.
    {
      xml: '<dialplan><play type="tts">a</play>\n<play type="ttsx">b</play><play type="tts">c</play>\n<play type="ttsx">d</play><play type="t&#116;s">e</play>\n<play type="tt&amp;s">f</play></dialplan>',
      lines: [2, 3, 4],
      message: "'ttsx' is not allowed",
    },
    {
      xml: '<dialplan><menu><keypress pressed="1"/><keypress pressed="2"/><keypress pressed="3"/><keypress pressed="4"/><keypress pressed="5"/>\n<keypress pressed="z"/><keypress pressed="1"/><keypress pressed="6"/><keypress pressed="7"/><keypress pressed="8"/>\n<keypress pressed="z"/></menu></dialplan>',
      lines: [2, 3],
      message: "'z' is not digits",
    },
    {
      xml: '<dialplan><menu maxDigits="4"/>\n<menu maxDigits="4\n"/><menu maxDigits="4"/>\n<menu maxDigits="x4"/></dialplan>',
      lines: [4],
      message: "'x4' is not a whole number",
    },
    {
      xml: '<dialplan>\n<play type="mp3">x</play></dialplan>',
      lines: [2],
      message: 'write one of tts, url, callfireid',
    },
    {
      xml: '<dialplan>\n<play type="tts" voice="robot">x</play></dialplan>',
      lines: [2],
      message: "'robot' is not allowed",
    },
    {
      xml: '<dialplan>\n<transfer mode="all" musiconhold="metal">1</transfer></dialplan>',
      lines: [2, 2],
      message: 'ringall, waterfall',
    },
    {
      xml: '<dialplan>\n<catch type="key" goto="a"/></dialplan>',
      lines: [2],
      message: 'hangup, digit',
    },
    {
      xml: '<dialplan>\n<menu timeout="soon" maxDigits="0"/></dialplan>',
      lines: [2, 2],
      message: 'not a whole number',
    },
    {
      xml: '<dialplan>\n<record background="yes"/></dialplan>',
      lines: [2],
      message: 'write true or false',
    },
    {
      xml: '<dialplan><menu>\n<keypress pressed="5-1"/>\n<keypress pressed="one"/>\n<keypress pressed=""/></menu></dialplan>',
      lines: [2, 3, 4],
      message: 'write it low-high (1-5)',
    },
    {
      xml: '<dialplan>\n<catch type="digit" value="12" goto="a"/></dialplan>',
      lines: [2],
      message: 'not one key',
    },
  ],
);
