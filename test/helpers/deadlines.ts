/**
 * Deadlines of the tests. A test asserts what happens, never how fast (speed is measured by `npm run bench`, as
 * ratios): a deadline only turns a hang into a failure. Other work shares the machine, and at load averages of 20
 * on 2 cores a run is ten or more times slower than on a quiet machine, so each deadline is far above that.
 */

/** For a mocha test that does heavy work: a corpus, a server under load, many child processes. */
export const HANG_MS = 15 * 60_000;

/** For one answer, event or child process that a test waits on (shorter than HANG_MS, so its message is seen). */
export const WAIT_MS = 5 * 60_000;
