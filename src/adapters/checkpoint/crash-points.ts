/**
 * Fault injection for the crash test: with CI_RECOVERY_CRASH_AFTER=N in the environment, the process
 * kills itself with SIGKILL at the N-th crash point it passes (N from 1), the way a runner's kill -9 or a
 * lost machine would stop it. Crash points sit between the steps a save and a restore make on disk, so
 * the test can stop them at every one of those instants, chosen by counting, not by timing. Without the
 * variable a crash point is one comparison.
 */
const limit = Number(process.env.CI_RECOVERY_CRASH_AFTER);
let passed = 0;

export function crashPoint(): void {
  if (limit > 0 && ++passed >= limit) process.kill(process.pid, 'SIGKILL');
}
