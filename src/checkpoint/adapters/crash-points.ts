/**
 * Fault injection for the crash and concurrency tests: with CI_RECOVERY_CRASH_AFTER=N in the environment,
 * the process kills itself with SIGKILL at the N-th crash point it passes (N from 1), the way a runner's
 * kill -9 or a lost machine would stop it; with CI_RECOVERY_PAUSE_AT=N it stops itself there (SIGSTOP)
 * until the test sends SIGCONT, alive and holding whatever it holds. Crash points sit between the steps a
 * save and a restore make on disk, so a test can stop them at every one of those instants, chosen by
 * counting, not by timing. Without the variables a crash point is two comparisons.
 */
const { CI_RECOVERY_CRASH_AFTER: crashAt, CI_RECOVERY_PAUSE_AT: pauseAt } = process.env;
const limit = Number(crashAt);
const pause = Number(pauseAt);
let passed = 0;

export function crashPoint(): void {
  if (!(limit > 0 || pause > 0)) return;
  passed++;
  if (limit > 0 && passed >= limit) process.kill(process.pid, 'SIGKILL');
  if (passed === pause) process.kill(process.pid, 'SIGSTOP');
}
