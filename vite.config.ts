/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';

/**
 * V8's compile hint: every function of the chunk is compiled as it downloads, on a background thread,
 * rather than on the main thread when first called. For the chunks whose code runs at start-up almost
 * whole (React DOM, the studio, the graph canvas): evaluating React DOM alone took 0.09–0.2 s of the
 * main thread on the 2-core dev machine (issue 11 item 6).
 */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const EAGER_CHUNKS = new Set(['client', 'react', 'start', 'GraphView']);

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        postBanner: (chunk) => (EAGER_CHUNKS.has(chunk.name) ? EAGER_COMPILE_HINT : ''),
        // The simulator engine (and jsep) serve lazy panels only; in a group of its own it is not merged
        // into the chunk the entry loads.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'simulate', test: /src\/core\/(simulate|testcalls)\/|node_modules\/jsep\// },
            // Monaco's lower layers, each evaluated in a task of its own (xml-pane/monaco-layers.ts).
            { name: 'monaco-base', test: /node_modules\/monaco-editor\/esm\/vs\/(base\/|nls)/ },
            // The platform's widgets (quick input, lists, action menus) apart from its services: one
            // chunk of 0.8 MB took up to 0.27 s to evaluate.
            {
              name: 'monaco-platform-widgets',
              test: /node_modules\/monaco-editor\/esm\/vs\/platform\/(quickinput|actionWidget|list)\//,
              priority: 1,
            },
            { name: 'monaco-platform', test: /node_modules\/monaco-editor\/esm\/vs\/platform\// },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  // The dev server finds dependencies by scanning from index.html, and worker imports are not scanned:
  // elkjs (the layout worker's) was found only on first use, so the server re-optimised and reloaded the
  // page while Monaco's lazy modules were loading ("Failed to fetch dynamically imported module" on the
  // first `npm start` of a fresh clone). Listed here, it is pre-bundled with the rest at start.
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
