#!/usr/bin/env node
// Checks sxs localized markdown files from the command line.
require('../dist/cli.js');
