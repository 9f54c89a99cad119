/**
 * The built language server (`dist/server.js --stdio`) in a child process, with a JSON-RPC connection to it that
 * is not listening yet: a test registers its handlers (diagnostics, configuration, refresh requests) first, then
 * calls `connection.listen()` and sends `initialize` with the capabilities it plays.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './files';

export interface ServerProcess {
  server: ChildProcessWithoutNullStreams;
  connection: MessageConnection;
}

export function spawnServer(): ServerProcess {
  const server = spawn(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--stdio'], { cwd: repoRoot });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  return { server, connection };
}
