/**
 * The generated N-question poll (a TypeScript port of shared/bench/gen-poll.py, byte for byte, so the
 * project benches stand alone): 1,000 questions ≈ 0.54 MB, 11,009 elements.
 * Run `npx tsx bench/gen-poll.ts 1000 > .bench/big1000.xml`, or import `generatePoll`.
 */
import { pathToFileURL } from 'node:url';

export function generatePoll(questions = 1000): string {
  const parts = [
    '<dialplan name="Big">',
    '  <amd><live><goto>Q0</goto></live><machine><goto>VM</goto></machine></amd>',
  ];
  for (let i = 0; i < questions; i++) {
    const next = i + 1 < questions ? `Q${i + 1}` : 'End';
    parts.push(`  <menu name="Q${i}" maxDigits="1" timeout="3500">
    <play type="tts" voice="female1" name="p${i}">Question ${i}. Press 1 for yes, 2 for no, or 3 to repeat. Variable \${call.lastinput} here.</play>
    <keypress pressed="1" name="k${i}a"><stash varname="q${i}">Yes</stash><goto>${next}</goto></keypress>
    <keypress pressed="2" name="k${i}b"><stash varname="q${i}">No</stash><goto>${next}</goto></keypress>
    <keypress pressed="default" name="k${i}c"><play type="tts" voice="female1">That is not valid.</play><goto>Q${i}</goto></keypress>
  </menu>`);
  }
  parts.push(
    '  <play type="tts" name="End">Thank you. Goodbye.</play>\n  <hangup name="H"/>\n  <play type="tts" name="VM">Sorry we missed you.</play>\n</dialplan>\n',
  );
  return parts.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(generatePoll(Number(process.argv[2] ?? 1000)));
