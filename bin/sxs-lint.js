#!/usr/bin/env node
// Checks sxs localized markdown files from the command line.
'use strict';
const path = require('node:path');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
try {
  require.resolve(bundle);
} catch {
  process.stderr.write(`sxs-lint: ${bundle} is missing; in a clone of the repository, run \`npm run build\` first.\n`);
  process.exit(2);
}
require(bundle);
