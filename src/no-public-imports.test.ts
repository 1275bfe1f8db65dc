/**
 * Nothing under src/ imports from public/: Vite serves public/ as is and warns on every `npm start` load
 * ("Assets in public directory cannot be imported from JavaScript") when a module imports a file from it.
 * Tests may still read public/ files with node:fs; only module specifiers count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PUBLIC = join(ROOT, 'public');

/** `from '…'`, `import '…'` and `import('…')`: every module specifier of a source text. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;

function moduleSpecifiers(code: string): string[] {
  return [...code.matchAll(SPECIFIER)].map((m) => m[2]!);
}

/**
 * True when `specifier`, imported by `file`, names a file in public/: a relative path into it, or a
 * root-absolute one (`/examples/x.xml`) that Vite serves from it.
 */
function importsFromPublic(file: string, specifier: string): boolean {
  const path = specifier.replace(/[?#].*$/, '');
  if (path.startsWith('/')) {
    return path.startsWith('/public/') || (path.length > 1 && existsSync(join(PUBLIC, path)));
  }
  if (!path.startsWith('.')) return false;
  const target = resolve(dirname(file), path);
  return target === PUBLIC || target.startsWith(PUBLIC + sep);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:[cm]?[jt]sx?)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('imports from public/', () => {
  it('finds a relative, a root-absolute and a dynamic import of a public file', () => {
    const file = join(ROOT, 'src/features/documents/x.ts');
    const code = `import a from '../../../public/examples/index.json';
import b from '/examples/political-poll.xml?raw';
const c = import('../../../public/x.json');
import { d } from './d.ts';
export * from 'react';`;
    const found = moduleSpecifiers(code).filter((s) => importsFromPublic(file, s));
    expect(found).toEqual([
      '../../../public/examples/index.json',
      '/examples/political-poll.xml?raw',
      '../../../public/x.json',
    ]);
  });

  it('has none in any file under src/', () => {
    const self = import.meta.filename; // its own examples above are strings, not imports
    const others = sourceFiles(join(ROOT, 'src')).filter((file) => file !== self);
    const offenders = others.flatMap((file) =>
      moduleSpecifiers(readFileSync(file, 'utf8'))
        .filter((s) => importsFromPublic(file, s))
        .map((s) => `${relative(ROOT, file)}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
