import { readFileSync } from 'node:fs';

/**
 * What a call costs in CPU time, for the tests that bound a computation (a regular expression, a parser, a
 * YAML loader) rather than a wait. Wall-clock time grows when other processes take the CPU (two suites, or
 * jest's other workers, on a 2-core machine); the process's own user + system time does not, and a runaway
 * computation (a backtracking pattern) burns it all the same. Process-wide: it counts the garbage
 * collector's threads too, which are part of what the call costs.
 */
const since = (start: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

/** Runs a synchronous `fn` and returns its value with the CPU milliseconds it took. */
export function cpuTimed<T>(fn: () => T): { value: T; cpuMs: number } {
  const start = process.cpuUsage();
  const value = fn();
  return { value, cpuMs: since(start) };
}

/**
 * Awaits `fn` and returns its value with the CPU milliseconds the process spent meanwhile: for a test that
 * runs nothing else at the same time, that is the call's cost (its I/O waits cost none).
 */
export async function cpuTimedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const start = process.cpuUsage();
  const value = await fn();
  return { value, cpuMs: since(start) };
}

/**
 * The time this process's main thread has waited for a CPU, in ms: the second field of Linux's
 * /proc/self/thread-self/schedstat (ns runnable but not running); 0 where there is none (not Linux).
 */
export function cpuWaitMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6 || 0;
  } catch {
    return 0;
  }
}

/**
 * Awaits `fn` and returns its value with the wall milliseconds it took less the time this thread waited for
 * a CPU meanwhile: for a bound on when a timer of this process gives something up, what a loaded machine
 * adds (the timer's callback runs only once the thread gets a CPU) is taken off, and a timer that is late
 * or missing still shows. The event loop's thread only: a child process's waits are not taken off.
 */
export async function timedLessCpuWait<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; wallMs: number }> {
  const [start, waited] = [performance.now(), cpuWaitMs()];
  const value = await fn();
  const wallMs = performance.now() - start;
  return { value, wallMs, ms: wallMs - (cpuWaitMs() - waited) };
}
