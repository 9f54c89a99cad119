// Bundles the benchmark (bench/run.ts and the server sources it measures) into out/bench/run.mjs.
// Packages stay external: htmlparser2 and markdownlint load from node_modules as they would anywhere else.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { run: 'bench/run.ts', profile: 'bench/profile.ts', floor: 'bench/floor.ts', markdownlintProcess: 'bench/markdownlintProcess.ts', editLoop: 'bench/editLoop.ts', protoCpu: 'bench/protoCpu.ts' },
  outdir: 'out/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
