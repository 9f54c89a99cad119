/**
 * Linting many files on several cores: worker threads take batches of file tasks and answer with the results;
 * the main thread puts them back in task order, so the output is the same as on one thread.
 *
 * The worker runs this same module (in the bundle, `dist/cli.js`; in the compiled tree, this file): when loaded
 * in a worker started with `workerData.sxsLintWorker`, it serves tasks instead of exporting anything useful.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileResult, type FileTask } from './lintFile';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;
const BATCH_SIZE = 8;

interface BatchMessage {
  readonly batch: number;
  readonly tasks: readonly FileTask[];
}

interface ResultMessage {
  readonly batch: number;
  readonly results: FileResult[];
}

if (!isMainThread && (workerData as { sxsLintWorker?: boolean } | null)?.sxsLintWorker === true && parentPort) {
  const port = parentPort;
  port.on('message', (message: BatchMessage) => {
    (async () => {
      const results: FileResult[] = [];
      for (const task of message.tasks) {
        results.push(await lintFile(task));
      }
      port.postMessage({ batch: message.batch, results } satisfies ResultMessage);
    })().catch(error => {
      throw error;
    });
  });
}

/**
 * Lints the tasks on `workerCount` worker threads, the main thread taking batches too (it would only wait
 * otherwise). `onProgress` gets the number of files done so far. Results come back in task order.
 */
export async function lintInWorkers(tasks: readonly FileTask[], workerCount: number, onProgress?: (done: number) => void): Promise<FileResult[]> {
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH_SIZE) {
    batches.push(tasks.slice(i, i + BATCH_SIZE));
  }
  const results: FileResult[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const count = Math.max(1, Math.min(workerCount, batches.length));
  const workers: Worker[] = [];
  const mainLane = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = next++;
      const out: FileResult[] = [];
      for (const task of batches[batch]) {
        out.push(await lintFile(task));
      }
      results[batch] = out;
      done += out.length;
      onProgress?.(done);
      // Let the workers' answers in before the next batch.
      await new Promise(resolve => setImmediate(resolve));
    }
  };
  try {
    const lanes = Array.from({ length: count }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { sxsLintWorker: true } });
      workers.push(worker);
      const send = (): void => {
        if (next >= batches.length) {
          resolve();
          return;
        }
        const batch = next++;
        worker.postMessage({ batch, tasks: batches[batch] } satisfies BatchMessage);
      };
      worker.on('message', (message: ResultMessage) => {
        results[message.batch] = message.results;
        done += message.results.length;
        onProgress?.(done);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', code => {
        if (next < batches.length || code !== 0) {
          reject(new Error(`a worker thread stopped early (exit code ${code})`));
        }
      });
      send();
    }));
    await Promise.all([...lanes, mainLane()]);
  } finally {
    await Promise.all(workers.map(worker => worker.terminate()));
  }
  return results.flat();
}
