/**
 * Finds the request body in a curl command line (`-d '…'`, `--data "…"`, `--data-raw=…`, `$'…'`), undoing
 * shell quoting the way a POSIX shell would. Nothing is executed: this is string reading only.
 */
const DATA_FLAG = /(?:^|\s)(?:--data-raw|--data-binary|--data-ascii|--data|-d)(?:=|\s*)/g;

function readSingleQuoted(text: string, start: number): [string, number] {
  const end = text.indexOf("'", start);
  return end === -1 ? [text.slice(start), text.length] : [text.slice(start, end), end + 1];
}

function readDoubleQuoted(text: string, start: number): [string, number] {
  let out = '';
  let i = start;
  while (i < text.length && text[i] !== '"') {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (c === '\\' && '"\\$`\n'.includes(next) && next !== '') {
      if (next !== '\n') out += next;
      i += 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return [out, i + 1];
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', "'": "'" };

function readAnsiQuoted(text: string, start: number): [string, number] {
  let out = '';
  let i = start;
  while (i < text.length && text[i] !== "'") {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (c === '\\' && next !== '') {
      out += ANSI_ESCAPES[next] ?? next;
      i += 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return [out, i + 1];
}

/** One shell word starting at `start`: adjacent quoted and bare parts are joined, as the shell does. */
function readWord(text: string, start: number): string {
  let out = '';
  let i = start;
  while (i < text.length && !/\s/.test(text[i] ?? '')) {
    let part: [string, number];
    if (text.startsWith("$'", i)) part = readAnsiQuoted(text, i + 2);
    else if (text[i] === "'") part = readSingleQuoted(text, i + 1);
    else if (text[i] === '"') part = readDoubleQuoted(text, i + 1);
    else if (text[i] === '\\') part = [text[i + 1] ?? '', i + 2];
    else part = [text[i] ?? '', i + 1];
    out += part[0];
    i = part[1];
  }
  return out;
}

/** The data arguments of a curl command, in order. */
export function curlDataArguments(command: string): string[] {
  const joined = command.replace(/\\\r?\n/g, ' ');
  const found: string[] = [];
  for (const match of joined.matchAll(DATA_FLAG)) {
    found.push(readWord(joined, match.index + match[0].length));
  }
  return found;
}
