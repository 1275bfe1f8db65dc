/**
 * Issue 29 item 1 and 5: the package as a user gets it. `npm pack` (which builds dist-node/ through
 * `prepack`) gives a tarball; installed into an empty folder with no dev dependencies, `npx dialplan`
 * validates and simulates there, the core imports from plain Node ESM, and a TypeScript file type-checks
 * against the package's own declarations. Needs the npm registry for the runtime dependencies.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-languageserver/node';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'dialplan-pack-'));
const app = join(dir, 'app');
const POLL = join(ROOT, 'fixtures/political-poll.xml');

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
  });
}

function dialplan(args: string[]) {
  const run = spawnSync('npx', ['--no-install', 'dialplan', ...args], {
    cwd: app,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as {
    filename: string;
  }[];
  const tarball = join(dir, packed[0]?.filename ?? '');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true,"type":"module"}\n');
  npm(['install', '--omit=dev', tarball], app);
}, 300_000);

describe('the packed package, installed with no dev dependencies', { timeout: 120_000 }, () => {
  it('ships compiled JavaScript, not TypeScript sources, and needs no tsx', () => {
    const installed = join(app, 'node_modules/dialplan-studio');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      private?: boolean;
      dependencies: Record<string, string>;
    };
    expect(manifest.private).toBeUndefined();
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    expect(spawnSync('ls', [join(installed, 'src')]).status).not.toBe(0);
    expect(spawnSync('ls', [join(app, 'node_modules/tsx')]).status).not.toBe(0);
  });

  it('dialplan validate reports with rule ids and exits 1 on an error', () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(
      bad,
      '<dialplan>\n<play name="Machine" type="tts">m</play>\n<goto>Machin</goto>\n</dialplan>\n',
    );
    const { code, stdout, stderr } = dialplan(['validate', bad, POLL]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${bad}:3:1: error: `);
    expect(stdout).toContain('(did you mean Machine?) [goto-target]');
    expect(stderr).toMatch(/^1 error.* in 2 files\n$/);
  });

  it('dialplan simulate --json prints the same JSON as the sources do', () => {
    const { code, stdout } = dialplan(['simulate', POLL, '--input', '1 3', '--json']);
    expect(code).toBe(0);
    const fromSource = execFileSync(
      process.execPath,
      [join(ROOT, 'bin/dialplan.js'), 'simulate', POLL, '--input', '1 3', '--json'],
      { encoding: 'utf8' },
    );
    expect(stdout).toBe(fromSource);
    expect(JSON.parse(stdout).end.reason).toBeTypeOf('string');
  });

  it('dialplan lsp answers initialize and shuts down', async () => {
    const server = spawn('npx', ['--no-install', 'dialplan', 'lsp', '--stdio'], { cwd: app });
    const client = createMessageConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    );
    client.listen();
    const init = (await client.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities: {},
    })) as { serverInfo: { name: string } };
    expect(init.serverInfo.name).toBe('dialplan');
    await client.sendRequest('shutdown');
    const exited = new Promise((resolve) => server.on('exit', resolve));
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
    client.dispose();
  });

  it('--version and --help work', () => {
    expect(dialplan(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(dialplan(['--help']).stdout).toContain('validate');
  });

  it('the core imports from plain Node ESM', () => {
    const script = join(app, 'use.mjs');
    writeFileSync(
      script,
      `import { parseDialplan, validateDialplan, formatDialplan, diffDialplanTexts } from 'dialplan-studio';
const { document } = parseDialplan('<dialplan><goto>X</goto></dialplan>');
console.log(JSON.stringify({
  rules: validateDialplan(document).map((d) => d.ruleId),
  formatted: formatDialplan(document),
  changes: diffDialplanTexts('<dialplan/>', '<dialplan><hangup/></dialplan>').length,
}));`,
    );
    const out = JSON.parse(
      execFileSync(process.execPath, [script], { cwd: app, encoding: 'utf8' }),
    );
    expect(out.rules).toEqual(['goto-target']);
    expect(out.formatted).toContain('<goto>X</goto>');
    expect(out.changes).toBeGreaterThan(0);
  });

  it("TypeScript checks code against the package's own declarations", () => {
    writeFileSync(
      join(app, 'use.ts'),
      `import { parseDialplan, validateDialplan, type Diagnostic } from 'dialplan-studio';
const found: Diagnostic[] = validateDialplan(parseDialplan('<dialplan/>').document);
const line: number = found[0]?.range.start.line ?? 0;
// @ts-expect-error the declarations are real: a number is not a dialplan text
parseDialplan(42);
export { line };
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          skipLibCheck: false,
          types: [],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app],
      {
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('the declarations carry the TSDoc, with an example, of the headline functions', () => {
    const types = join(app, 'node_modules/dialplan-studio/dist-node/types');
    const documented = new Map<string, string>();
    for (const file of readdirSync(types, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.d.ts')) continue;
      const text = readFileSync(join(types, file), 'utf8');
      for (const m of text.matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export declare function (\w+)/g,
      ))
        documented.set(m[2] ?? '', m[1] ?? '');
    }
    for (const name of [
      'parseDialplan',
      'validateDialplan',
      'analyseDialplan',
      'formatDialplan',
      'runScriptedCall',
      'simulateBatch',
      'startCall',
      'diffDialplans',
      'diffDialplanTexts',
      'describeEvent',
      'decodeDialplanBytes',
    ])
      expect(documented.get(name), name).toContain('@example');
  });
});
