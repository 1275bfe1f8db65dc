/**
 * The walls between the layers (issue 28), as one ESLint rule: `walls/layers`.
 *
 * Every import (static, `export … from`, dynamic `import()`) is resolved against the importing file and
 * checked against the layer picture in ARCHITECTURE.md:
 * - `src/core` imports nothing outside `src/core`;
 * - `src/store` and `src/ui` import no `src/features` and no `src/app`;
 * - a feature imports another feature only through that feature's `index.ts`;
 * - a file that is not a test never imports `vitest` or a test helper (`*.test-support.ts`).
 */
import path from 'node:path';

const TEST_FILE = /\.(test|test-support|bench)\.tsx?$/;
const TEST_SUPPORT = /\.test-support(\.ts)?$/;

/** `src/<layer>/…` → the layer and, for features, the feature's folder; null outside src. */
function placeOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return {
    layer: parts.length > 1 ? parts[0] : '',
    feature: parts[0] === 'features' ? parts[1] : '',
    parts,
  };
}

function srcRootOf(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('src');
  return at < 0 ? null : parts.slice(0, at + 1).join(path.sep);
}

function check(context, node, source) {
  if (typeof source !== 'string') return;
  const file = context.physicalFilename ?? context.filename;
  const isTest = TEST_FILE.test(file);
  if (
    !isTest &&
    (source === 'vitest' || source.startsWith('vitest/') || TEST_SUPPORT.test(source))
  ) {
    context.report({ node, messageId: 'testOnly', data: { source } });
    return;
  }
  if (!source.startsWith('.')) return;
  const srcRoot = srcRootOf(file);
  if (!srcRoot) return;
  const from = placeOf(file, srcRoot);
  const to = placeOf(path.resolve(path.dirname(file), source), srcRoot);
  if (!from) return;
  // A core test may read the generators and fixtures kept beside src (bench/, fixtures); never the app's layers.
  if (from.layer === 'core' && to?.layer !== 'core' && !(isTest && to === null)) {
    context.report({ node, messageId: 'core', data: { source } });
  } else if (
    (from.layer === 'store' || from.layer === 'ui') &&
    to &&
    (to.layer === 'features' || to.layer === 'app')
  ) {
    context.report({ node, messageId: 'lower', data: { source, layer: from.layer, to: to.layer } });
  } else if (from.layer === 'features' && to?.layer === 'features' && to.feature !== from.feature) {
    const rest = to.parts.slice(2).join('/');
    if (rest !== '' && rest !== 'index.ts' && rest !== 'index') {
      context.report({ node, messageId: 'feature', data: { source, feature: to.feature } });
    }
  }
}

const layers = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Keep the walls between core, store, ui, features and app (ARCHITECTURE.md).',
    },
    schema: [],
    messages: {
      core: "src/core imports nothing outside src/core ('{{source}}').",
      lower:
        "src/{{layer}} must not import src/{{to}} ('{{source}}'): move what both need down to src/ui, src/store or src/core.",
      feature:
        "A feature opens another only through its index.ts ('{{source}}' → features/{{feature}}/index.ts); better, move what both need to src/ui, src/store or src/core.",
      testOnly:
        "Production code must not import '{{source}}' (test-only: vitest and *.test-support.ts).",
    },
  },
  create(context) {
    return {
      ImportDeclaration: (node) => check(context, node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(context, node, node.source.value),
      ExportAllDeclaration: (node) => check(context, node, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(context, node, node.source.value),
    };
  },
};

export const walls = { rules: { layers } };
