import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { walls } from './eslint-walls.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.bench', '.tmp'] },
  { ignores: ['dist-node'] }, // npm run build:cli
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The core is pure TypeScript: it must run in Node, in a worker and in the CLI alike.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@xyflow/*'],
              message: 'src/core must not import React.',
            },
            {
              group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
              message: 'src/core must not import Monaco.',
            },
            {
              group: ['zustand', 'zustand/*', 'zundo'],
              message: 'src/core must not import Zustand.',
            },
            {
              group: ['**/store/**', '**/features/**', '**/app/**'],
              message: 'src/core must not import views or the store.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'HTMLElement',
      ],
    },
  },
  {
    // Spreading an array into a call puts every element on the stack: an unbounded one (answers, words,
    // calls from a page) overflows it ("Maximum call stack size exceeded"). Loop instead (issue 30).
    // Tests spread fixed lists of fixtures into fast-check's variadic constantFrom; the store forwards
    // zustand's fixed (set, get, api) triple to its slices: neither can grow with input.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/store/create-studio-store.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'No spread into call arguments (Math.max(...x), push(...x), fn(...arr)): an unbounded array overflows the stack. Use a loop.',
        },
      ],
    },
  },
  {
    // The walls between the layers (ARCHITECTURE.md, issue 28): see eslint-walls.js.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { walls },
    rules: { 'walls/layers': 'error' },
  },
);
