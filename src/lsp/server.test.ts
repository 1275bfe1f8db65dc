/**
 * Drives `dialplan lsp` over stdio as an editor would: initialize, didOpen, didChange, completion,
 * hover, definition, references, rename, formatting, shutdown, exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = join(import.meta.dirname, '../..');
const URI = 'file:///work/poll.xml';
const TEXT = [
  '<dialplan name="Poll">',
  '  <amd>',
  '    <live><goto>Live</goto></live>',
  '    <machine><goto>Machin</goto></machine>',
  '  </amd>',
  '  <menu name="Live" maxDigits="1">',
  '    <play type="tts">Press 1.</play>',
  '    <keypress pressed="1"><goto>Machine</goto></keypress>',
  '  </menu>',
  '  <hangup name="Machine"/>',
  '</dialplan>',
  '',
].join('\n');

interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number } };
    code: string;
    message: string;
    severity: number;
  }[];
}

let server: ChildProcess;
let client: MessageConnection;
const published: PublishedDiagnostics[] = [];

/** Waits until the server has published diagnostics for that document version. */
async function diagnosticsFor(version: number): Promise<PublishedDiagnostics> {
  await expect
    .poll(() => published.some((p) => p.version === version), { timeout: 15_000 })
    .toBe(true);
  return published.filter((p) => p.version === version).at(-1) as PublishedDiagnostics;
}

/** The (line, character) of the n-th occurrence of `needle`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in the text`);
  return TextDocument.create(URI, 'xml', 0, text).positionAt(at + shift);
}

function at(text: string, needle: string, shift = 0, nth = 0) {
  return { textDocument: { uri: URI }, position: positionOf(text, needle, shift, nth) };
}

beforeAll(async () => {
  server = spawn(process.execPath, [join(ROOT, 'bin/dialplan.js'), 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  client = createMessageConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  client.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
    published.push(p);
  });
  client.listen();
  const init = (await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
  })) as { capabilities: Record<string, unknown> };
  expect(init.capabilities).toMatchObject({
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentFormattingProvider: true,
  });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'xml', version: 1, text: TEXT },
  });
}, 30_000);

afterAll(() => {
  client?.dispose();
  server?.kill();
});

describe('dialplan lsp over stdio', { timeout: 20_000 }, () => {
  it("publishes the validator's diagnostics with rule ids at the right line", async () => {
    const { diagnostics } = await diagnosticsFor(1);
    const target = diagnostics.find((d) => d.code === 'goto-target');
    expect(target?.range.start.line).toBe(3);
    expect(target?.severity).toBe(1);
    expect(target?.message).toContain('did you mean Machine?');
  });

  it('completes tags, attributes, values and goto targets', async () => {
    const labels = async (params: object) =>
      ((await client.sendRequest('textDocument/completion', params)) as { label: string }[]).map(
        (c) => c.label,
      );
    // A goto's text: the element names.
    expect(await labels(at(TEXT, '<goto>Live', 6))).toEqual(['Live', 'Machine', 'Poll']);
    // Inside <menu …>: its attributes, less those written before.
    const attributes = await labels(at(TEXT, ' maxDigits', 1));
    expect(attributes).toEqual(expect.arrayContaining(['timeout', 'maxDigits']));
    expect(attributes).not.toContain('name');
    // An enum value: play's type.
    expect(await labels(at(TEXT, 'type="tts"', 6))).toEqual(expect.arrayContaining(['tts', 'url']));
    // A tag inside <menu>.
    expect(await labels(at(TEXT, '<play', 1))).toEqual(
      expect.arrayContaining(['play', 'keypress']),
    );
  });

  it('hovers a tag with its reference', async () => {
    const hover = (await client.sendRequest('textDocument/hover', at(TEXT, '<menu', 2))) as {
      contents: { value: string };
    };
    expect(hover.contents.value).toMatch(/^\*\*<menu>\*\* — /);
  });

  it('goes from a goto to the element it names', async () => {
    const location = (await client.sendRequest(
      'textDocument/definition',
      at(TEXT, '<goto>Machine', 8),
    )) as { uri: string; range: { start: { line: number; character: number } } };
    expect(location.uri).toBe(URI);
    expect(location.range.start).toEqual(positionOf(TEXT, 'name="Machine"', 6));
  });

  it('finds every goto to an element, with its declaration when asked', async () => {
    const refs = (await client.sendRequest('textDocument/references', {
      ...at(TEXT, 'name="Live"', 7),
      context: { includeDeclaration: true },
    })) as { range: { start: { line: number } } }[];
    expect(refs.map((r) => r.range.start.line)).toEqual([2, 5]);
  });

  it('renames an element with its gotos, and formats', async () => {
    const edit = (await client.sendRequest('textDocument/rename', {
      ...at(TEXT, '<goto>Machine', 7),
      newName: 'Robot',
    })) as { changes: Record<string, { range: object; newText: string }[]> };
    const changes = edit.changes[URI] ?? [];
    const renamed = TextDocument.applyEdits(
      TextDocument.create(URI, 'xml', 1, TEXT),
      changes as never,
    );
    expect(renamed).toContain('<keypress pressed="1"><goto>Robot</goto></keypress>');
    expect(renamed).toContain('<hangup name="Robot"/>');
    expect(renamed).toContain('<goto>Machin</goto>');
    expect(changes).toHaveLength(2);

    const formatting = (await client.sendRequest('textDocument/formatting', {
      textDocument: { uri: URI },
      options: { tabSize: 2, insertSpaces: true },
    })) as { newText: string }[];
    expect(formatting).toHaveLength(1);
    expect(formatting[0]?.newText).toContain(
      '    <keypress pressed="1">\n      <goto>Machine</goto>',
    );
  });

  it('follows edits: after didChange fixes the typo, the diagnostic is gone', async () => {
    const start = positionOf(TEXT, 'Machin</goto>', 6);
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start, end: start }, text: 'e' }],
    });
    const { diagnostics } = await diagnosticsFor(2);
    expect(diagnostics.filter((d) => d.code === 'goto-target')).toEqual([]);
    const refs = (await client.sendRequest('textDocument/references', {
      ...at(TEXT, 'name="Machine"', 7),
      context: { includeDeclaration: false },
    })) as unknown[];
    expect(refs).toHaveLength(2);
  });

  it('leaves other XML files alone: no diagnostics for a pom.xml', async () => {
    const other = 'file:///work/pom.xml';
    await client.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: other,
        languageId: 'xml',
        version: 7,
        text: '<project><goto>X</goto></project>',
      },
    });
    await expect.poll(() => published.some((p) => p.uri === other), { timeout: 15_000 }).toBe(true);
    expect(published.filter((p) => p.uri === other).flatMap((p) => p.diagnostics)).toEqual([]);
  });

  it('shuts down and exits with 0', async () => {
    await client.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) =>
      server.on('exit', (code) => resolve(code)),
    );
    await client.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
