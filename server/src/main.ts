/**
 * Entry point of the language server (`dist/server.js`, `bin/sxs-language-server.js`). The transport comes from
 * the command line: `--stdio`, `--node-ipc` or `--socket=<port>`.
 */
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection();

// A bug must not take the editor's language features down with it: log and keep serving.
process.on('uncaughtException', error => {
  connection.console.error(`[sxs] uncaught exception: ${error.stack ?? error.message}`);
});
process.on('unhandledRejection', reason => {
  connection.console.error(`[sxs] unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});

startServer(connection);
