#!/usr/bin/env node
// A language server for sxs localized markdown, for any LSP editor: --stdio or --node-ipc.
require('../dist/server.js');
