// Lint configuration: ESLint's recommended rules plus typescript-eslint's, over every TypeScript source.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules the core must not import, with their subpaths (`vscode-languageserver/node`, `fs/promises`): see below. */
const IMPURE_MODULES = ['vscode', 'vscode-languageserver', 'fs', 'node:fs', 'child_process', 'node:child_process'];
const IMPURE_PATTERN = '/^(vscode|vscode-languageserver|(node:)?fs|(node:)?child_process)($|\\/)/';
const IMPURE_MESSAGE = 'The core is pure: editor, protocol server, file system and process access belong in the adapters (server.ts, cli/, workspace/).';
/** `require('fs')`, `import('fs')` and `import fs = require('fs')`, which no-restricted-imports does not see. */
const IMPURE_SYNTAX = [
  { selector: `CallExpression[callee.name='require'][arguments.0.value=${IMPURE_PATTERN}]`, message: IMPURE_MESSAGE },
  { selector: `ImportExpression[source.value=${IMPURE_PATTERN}]`, message: IMPURE_MESSAGE },
  { selector: `TSExternalModuleReference[expression.value=${IMPURE_PATTERN}]`, message: IMPURE_MESSAGE },
];
const STATE_MESSAGE = 'No module-level state in the checks: keep per-document values in the analysis (ctx.analysis.memo) and per-run values in ctx.memo.';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'always'],
      'curly': ['error', 'multi-line'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'server/src/cli/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  // The core is pure: the model, the checks, the language features, the configuration policy and the language service
  // see neither the editor, nor the protocol server, nor the file system, nor processes. The adapters
  // (server/src/server.ts, server/src/cli/, server/src/workspace/) read and write, and hand the core plain values.
  // The protocol's types (vscode-languageserver-types) are data and allowed.
  {
    files: [
      'server/src/sxs/**/*.ts', 'server/src/checks/**/*.ts', 'server/src/languageFeatures/**/*.ts',
      'server/src/config/**/*.ts', 'server/src/languageService.ts', 'server/src/english/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', {
        paths: IMPURE_MODULES.map(name => ({ name, message: IMPURE_MESSAGE })),
        patterns: [{ group: ['vscode/*', 'vscode-languageserver/*', 'fs/*', 'node:fs/*', 'child_process/*', 'node:child_process/*'], message: IMPURE_MESSAGE }],
      }],
      'no-restricted-syntax': ['error', ...IMPURE_SYNTAX],
    },
  },
  // The checks hold no state between documents: what a run shares lives in its analysis (server/src/checks/analysis.ts),
  // so no module-level `let` and no module-level cache (an empty Map, WeakMap, Set or WeakSet filled later).
  {
    files: ['server/src/checks/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        ...IMPURE_SYNTAX,
        { selector: "Program > VariableDeclaration[kind='let']", message: STATE_MESSAGE },
        { selector: "Program > ExportNamedDeclaration > VariableDeclaration[kind='let']", message: STATE_MESSAGE },
        { selector: "Program > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Weak)?(Map|Set)$/][arguments.length=0]", message: STATE_MESSAGE },
        { selector: "Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Weak)?(Map|Set)$/][arguments.length=0]", message: STATE_MESSAGE },
      ],
    },
  },
);
