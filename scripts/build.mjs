// Bundles the extension client, the language server, the CLI and the webview script with esbuild.
// Type checking is `tsc -b`; this only bundles, so nothing under node_modules ships in the .vsix.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { writeConfigSchema } from './schema.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD wrapper whose inner requires esbuild cannot follow; its ES module entry bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const builds = [
  { ...node, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...node, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist' },
  {
    bundle: true, platform: 'browser', format: 'iife', target: 'es2020', sourcemap: !production,
    minify: production, logLevel: 'warning',
    entryPoints: { webview: 'client/src/webview/main.ts', grid: 'client/src/webview/grid/main.ts' }, outdir: 'dist',
  },
].map(options => ({
  ...options,
  // Build only the entries that exist, so a partial tree still builds.
  entryPoints: Object.fromEntries(Object.entries(options.entryPoints).filter(([, file]) => existsSync(file))),
})).filter(options => Object.keys(options.entryPoints).length > 0);

// The JSON schema of .sxslint.jsonc, generated from the check registry (contributed in package.json's jsonValidation).
mkdirSync('dist', { recursive: true });
await writeConfigSchema('dist/sxslint.schema.json');

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
}
