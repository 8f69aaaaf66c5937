/** Jest in native ESM mode (run with --experimental-vm-modules): the toolkit packages are ESM-only. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = import.meta.dirname;

/**
 * The labelled corpus lives in the shared folder beside the clone on the team's machines and in its CI,
 * not on GitHub. A test file that proves rules on it says so with a `@needs-corpus` line in its header
 * comment; where the corpus is absent those files are left out, and this says which. Where it must be
 * there (the team's CI sets CI_RECOVERY_REQUIRE_CORPUS=1), its absence fails the run instead.
 */
function filesNeedingCorpus() {
  const corpus = path.resolve(root, '../shared/corpus/dev/labels.csv');
  if (existsSync(corpus)) return [];
  if (process.env.CI_RECOVERY_REQUIRE_CORPUS === '1')
    throw new Error(`CI_RECOVERY_REQUIRE_CORPUS=1 but the labelled corpus is not at ${path.dirname(corpus)}`);
  const tests = readdirSync(path.join(root, '__tests__'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => /^\s*\*\s*@needs-corpus\b/m.test(readFileSync(path.join(root, '__tests__', f), 'utf8')));
  if (tests.length)
    process.stderr.write(
      `ci-recovery: ../shared/corpus is not beside the clone; skipping the test files that need it:\n` +
        tests.map((f) => `  __tests__/${f}\n`).join(''),
    );
  return tests.map((f) => `/__tests__/${f.replace(/[.]/g, '\\.')}$`);
}

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...filesNeedingCorpus()],
  testTimeout: 120000,
  // e2e tests start their own Azurite and servers; two workers match the 2-core machine.
  maxWorkers: 2,
};
