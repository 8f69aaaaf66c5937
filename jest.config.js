/** Jest in native ESM mode (run with --experimental-vm-modules): the toolkit packages are ESM-only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 120000,
  // One Azurite for the suite (each stand takes an account of its own in it), instead of one per stand.
  globalSetup: '<rootDir>/__tests__/global-setup.js',
  globalTeardown: '<rootDir>/__tests__/global-teardown.js',
  // Workflow commands printed by toolkit code run in-process are not test output.
  setupFiles: ['<rootDir>/__tests__/quiet-commands.js'],
  // e2e tests start their own Azurite and servers; two workers match the 2-core machine.
  maxWorkers: 2,
};
