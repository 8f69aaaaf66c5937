/* global process, Buffer */
/**
 * Workflow commands (`::debug::`, `::add-mask::`) that toolkit code run in-process prints are the runner's
 * protocol, not test output: they are dropped from the test process's stdout, as actions/cache's tests do.
 * Child processes (the bundles on the stand) are not affected: their output is captured and asserted on.
 */
// Installed once per process: `process.stdout` is the worker's own stream, shared by its test files, and a
// filter wrapped around the previous file's would keep every file's context alive and filter N times.
const INSTALLED = Symbol.for('ci-recovery.quiet-commands');
if (!process.stdout[INSTALLED]) {
  process.stdout[INSTALLED] = true;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, encoding, callback) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text
      .split(/(?<=\n)/)
      .filter((line) => !line.startsWith('::'))
      .join('');
    if (kept !== '') return write(kept, encoding, callback);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
}

// The sticky comment's writers wait 0.7-1.4 s (twice, when they wrote) for racing writers; the bundles the
// stand runs wait 50 ms here (stand/runner/job.ts passes it on as a runner machine's environment would).
process.env.CI_RECOVERY_COMMENT_SETTLE_MS ??= '50';
