/**
 * Deadlines of the tests. A test asserts what happens, never how fast (speed is measured by `npm run bench`, as
 * ratios): a deadline only turns a hang into a failure. Other work shares the machine, and at load averages of 20
 * to 28 on 2 cores a run is 10 to 30 times slower than on a quiet one (the server load test's 2,000 edits took
 * over 20 minutes), so each deadline is far above that: a hang costs an hour, a false failure a whole CI run.
 */

/** For a mocha test that does heavy work: a corpus, a server under load, many child processes. */
export const HANG_MS = 60 * 60_000;

/** For one answer, event or child process that a test waits on (shorter than HANG_MS, so its message is seen). */
export const WAIT_MS = 10 * 60_000;
