/**
 * One measured run of `dialplan results` in a fresh process (spawned by results.bench.ts), so that its
 * peak memory is its own: prints {"ms", "cpuMs", "maxRssMb", "calls"} as JSON on stdout.
 */
import { runCli } from '../src/cli/main.ts';

const args = process.argv.slice(2);
let out = '';
const start = performance.now();
const cpuBefore = process.cpuUsage();
const code = await runCli(['results', ...args], { stdout: (t) => (out += t), stderr: () => {} });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const calls = args.includes('--json') ? (JSON.parse(out) as { calls: number }).calls : undefined;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ code, ms, cpuMs, maxRssMb, calls, outputBytes: out.length })}\n`,
);
