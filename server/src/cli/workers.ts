/**
 * Linting many files on several cores: worker threads take batches of file tasks and answer with the results;
 * the main thread puts them back in task order, so the output is the same as on one thread.
 *
 * The worker runs this same module (in the bundle, `dist/cli.js`; in the compiled tree, this file): when loaded
 * in a worker started with `workerData.sxsLintWorker`, it serves tasks instead of exporting anything useful.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileResult, type FileTask } from './lintFile';

/** Above this many files, a terminal shows a progress line. */
export const PARALLEL_THRESHOLD = 50;
/**
 * Bytes of markdown per worker thread with `--concurrency auto`: below this a worker's start-up costs more than it
 * saves (measured with `npm run bench` on two cores; see docs/performance.md).
 */
export const PARALLEL_BYTES = 4_000_000;
const BATCH_SIZE = 4;
/** Batches given to a worker at a time. */
const IN_FLIGHT = 2;

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
      let inFlight = 0;
      const send = (): void => {
        if (next >= batches.length) {
          if (inFlight === 0) resolve();
          return;
        }
        const batch = next++;
        inFlight++;
        worker.postMessage({ batch, tasks: batches[batch] } satisfies BatchMessage);
      };
      worker.on('message', (message: ResultMessage) => {
        inFlight--;
        results[message.batch] = message.results;
        done += message.results.length;
        onProgress?.(done);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', code => {
        if (next < batches.length || inFlight > 0 || code !== 0) {
          reject(new Error(`a worker thread stopped early (exit code ${code})`));
        }
      });
      // Two batches ahead: the main thread hears a worker's answer only between its own batches, so a worker
      // given one batch at a time waits for the main thread's batch to end before it gets the next.
      for (let i = 0; i < IN_FLIGHT; i++) send();
    }));
    await Promise.all([...lanes, mainLane()]);
  } finally {
    await Promise.all(workers.map(worker => worker.terminate()));
  }
  return results.flat();
}
