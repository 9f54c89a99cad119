/**
 * Loaded with `node --require` into a `sxs-lint --fix` run: the process kills itself at a chosen step of its file
 * writes, so a test can stop it at each step in turn, whatever the speed of the machine. A step is one call to
 * `fs.promises` on a path whose name contains SXS_KILL_FILES (the files being fixed and their temporary copies);
 * the run is killed just before step SXS_KILL_AT (counted from 1). A write that is step SXS_KILL_AT is cut: half
 * of its text reaches the disk before the kill, as when the power goes in the middle of a write.
 */
import { promises } from 'node:fs';

const at = Number(process.env.SXS_KILL_AT);
const match = process.env.SXS_KILL_FILES ?? '';
let steps = 0;

type Fs = Record<string, (...args: unknown[]) => Promise<unknown>>;
const fs = promises as unknown as Fs;

if (Number.isInteger(at) && at > 0 && match !== '') {
  for (const name of ['stat', 'lstat', 'open', 'readFile', 'writeFile', 'appendFile', 'copyFile', 'rename', 'rm', 'unlink', 'truncate']) {
    const real = fs[name];
    fs[name] = async (...args: unknown[]) => {
      if (String(args[0]).includes(match) && ++steps === at) {
        if ((name === 'writeFile' || name === 'appendFile') && (typeof args[1] === 'string' || Buffer.isBuffer(args[1]))) {
          const data = args[1];
          await real.call(promises, args[0], data.slice(0, Math.floor(data.length / 2)), args[2]);
        }
        process.kill(process.pid, 'SIGKILL');
        await new Promise(() => undefined); // the signal ends the process; nothing after it may run
      }
      return real.apply(promises, args);
    };
  }
}
