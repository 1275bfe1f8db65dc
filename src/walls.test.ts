/**
 * Issue 28: the walls between the layers are checked by lint (`walls/layers` in eslint-walls.js). For each
 * wall, a probe that breaks it gets the rule's error and a probe that respects it gets none — linted as if
 * it sat at the given path in the tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function wallErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'walls/layers').map((m) => m.message);
}

describe('the walls between the layers', () => {
  it.each([
    [
      'core imports the store',
      'src/core/xml/probe.ts',
      "import { createStudioStore } from '../../store/create-studio-store.ts';\nexport const s = createStudioStore;",
      "import { parseDialplan } from './parse.ts';\nexport const p = parseDialplan;",
    ],
    [
      'core imports src/ui',
      'src/core/probe.ts',
      "export { Modal } from '../ui/Modal.tsx';",
      "export { parseDialplan } from './xml/parse.ts';",
    ],
    [
      'the store imports a feature',
      'src/store/probe.ts',
      "import type { Clock } from '../features/simulator/clock.ts';\nexport type C = Clock;",
      "import type { DialplanDocument } from '../core/index.ts';\nexport type D = DialplanDocument;",
    ],
    [
      'the store imports the app (dynamically)',
      'src/store/persistence/probe.ts',
      "export const load = () => import('../../app/App.tsx');",
      "export const load = () => import('../diagnose.ts');",
    ],
    [
      'src/ui imports a feature',
      'src/ui/probe.ts',
      "export { ExportPanel } from '../features/export/ExportPanel.tsx';",
      "export { Modal } from './Modal.tsx';",
    ],
    [
      "a feature reaches into another feature's files",
      'src/features/graph/probe.ts',
      "export * from '../simulator/clock.ts';",
      "export * from '../simulator/index.ts';",
    ],
    [
      "a nested feature file reaches into another feature's files",
      'src/features/inspector/question/probe.ts',
      "import { Palette } from '../../palette/Palette.tsx';\nexport const p = Palette;",
      "import { keepFocus } from '../inspector-focus.ts';\nexport const k = keepFocus;",
    ],
    [
      'production code imports vitest',
      'src/store/probe.ts',
      "import { vi } from 'vitest';\nexport const v = vi;",
      "import { create } from 'zustand';\nexport const c = create;",
    ],
    [
      'production code imports a test helper',
      'src/core/edit/probe.ts',
      "import { applyAndParse } from './edit.test-support.ts';\nexport const a = applyAndParse;",
      "import { parseDialplan } from '../xml/parse.ts';\nexport const p = parseDialplan;",
    ],
  ])('reports: %s', async (_, filePath, breaks, respects) => {
    expect(await wallErrors(breaks, filePath)).toHaveLength(1);
    expect(await wallErrors(respects, filePath)).toEqual([]);
  });

  it('lets tests import vitest and test helpers', async () => {
    const code =
      "import { it } from 'vitest';\nimport { applyAndParse } from './edit.test-support.ts';\nit('x', () => applyAndParse);";
    expect(await wallErrors(code, 'src/core/edit/probe.test.ts')).toEqual([]);
    expect(
      await wallErrors("export { it } from 'vitest';", 'src/core/edit/probe.test-support.ts'),
    ).toEqual([]);
  });
}, 60_000);
