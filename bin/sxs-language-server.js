#!/usr/bin/env node
// A language server for sxs localized markdown, for any LSP editor: --stdio or --node-ipc.
'use strict';
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'server.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write(`sxs-language-server: ${bundle} is missing; in a clone of the repository, run \`npm run build\` first.\n`);
  process.exit(2);
}
require(bundle);
