/**
 * A test's identity, stable across runs and machines: the runner that ran it, the file or class that holds
 * it, its name, and its parameters when the runner names them apart (pytest's `[1-2]`, JUnit's `[1]`).
 * Everything test recovery keeps (the re-run list, the flaky history, the quarantine list) is keyed by
 * `testKey`. Pure.
 */

/** The runners test recovery knows by name; a report of another writer is `junit`. */
export const TEST_RUNNERS = [
  'jest',
  'vitest',
  'pytest',
  'go',
  'cargo',
  'nextest',
  'gradle',
  'maven',
  'rspec',
  'phpunit',
  'dotnet',
  'mocha',
  'junit',
] as const;
export type TestRunner = (typeof TEST_RUNNERS)[number];

export interface TestId {
  runner: TestRunner;
  /** The file (jest, pytest, rspec), package (go), class (JUnit writers) or crate (cargo) holding the test. */
  suite: string;
  /** The test's own name, with its describe blocks or nesting joined as the runner prints them. */
  name: string;
  /** Parameters that tell apart runs of one parametrised test, when the runner names them apart. */
  params?: string;
}

/** One line per test: `runner:suite::name[params]`; the key every store of test facts uses. */
export function testKey(id: TestId): string {
  return `${id.runner}:${id.suite}::${id.name}${id.params === undefined ? '' : `[${id.params}]`}`;
}
