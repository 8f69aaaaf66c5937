/**
 * Jest in native ESM mode (run with --experimental-vm-modules): the toolkit packages are ESM-only.
 * Two projects: `unit` (pure logic, in-process, no services) and `e2e` (integration and end-to-end: real
 * tools, the stand, the dist bundles). `npm test` runs both; `npm run test:unit` runs the units alone in
 * seconds, without starting the shared Azurite that only the stand needs.
 */
const shared = {
  // Node's, with a test file's end emitting 'exit' on its `process`, as the end of a process would.
  testEnvironment: '<rootDir>/__tests__/node-environment.js',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // sucrase strips the types in the worker (__tests__/sucrase-transform.js); `npm run typecheck` checks them.
  transform: { '^.+\\.ts$': '<rootDir>/__tests__/sucrase-transform.js' },
  roots: ['<rootDir>/__tests__'],
  // Workflow commands printed by toolkit code run in-process are not test output; the npm and pnpm the tests
  // run print at their own log level, not at the one `npm test --silent` passes down (__tests__/npm-env.js).
  setupFiles: ['<rootDir>/__tests__/quiet-commands.js', '<rootDir>/__tests__/npm-env.js'],
  // toMatchObject with a RegExp in what is expected asserts nothing in jest 29: such a test fails (strict-match.js).
  setupFilesAfterEnv: ['<rootDir>/__tests__/strict-match.js'],
  // jest's runtime with module graphs linked one at a time: two `import()`s at once that share a module
  // otherwise fail at random (__tests__/serial-link-runtime.cjs).
  runtime: '<rootDir>/__tests__/serial-link-runtime.cjs',
};

export default {
  testTimeout: 120000,
  // Without timings from an earlier run (a fresh clone), the e2e files start first (__tests__/sequencer.js).
  testSequencer: '<rootDir>/__tests__/sequencer.js',
  // Four workers on the 2-core machine: e2e tests spend much of their time waiting on their own servers,
  // child processes, the sticky comment's settling and time limits, so workers beyond the cores fill them
  // (a full run: 8m25s with three workers and the supervisor's stories in one file, 7m20s with four and
  // those stories in five files, all 3141 tests passing); the tests' time bounds measure
  // CPU time or what the code did, not the machine's load.
  maxWorkers: 4,
  // Jest in ESM mode keeps every test file's context alive in its worker (jestjs/jest#14605): a worker's
  // heap grew by 5-10 MB a file past 1 GB, and Node took longer than jest's 500 ms grace to tear that
  // down at the end ("A worker process has failed to exit gracefully"). A worker whose heap passes this
  // between two files is replaced. The last worker's heap is torn down within the grace too: at 256 MB that
  // took up to 270 ms under a load of 8, and the warning came back once in four full runs, hence less
  // (a worker with nothing left to run exits without that teardown: __tests__/node-environment.js).
  workerIdleMemoryLimit: '192MB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/{integration,e2e}/**/*.test.ts'],
      // One Azurite for these tests (each stand takes an account of its own in it), instead of one per
      // stand; a project's global set-up runs only when one of its tests is selected.
      globalSetup: '<rootDir>/__tests__/global-setup.js',
      globalTeardown: '<rootDir>/__tests__/global-teardown.js',
    },
  ],
};
