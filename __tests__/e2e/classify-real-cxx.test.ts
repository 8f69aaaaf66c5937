/**
 * Issue 68: C and C++ build systems' real failures, whole steps (`real-cxx-cases.ts`): CMake (configure, find_package,
 * pkg_check_modules, its Ninja and Makefiles builds), CTest, Ninja, Meson, autoconf's configure, cppcheck, valgrind
 * and gcc's sanitizers from Debian, run as a workflow runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e
 * {0}`) and classified as one GitHub Actions step. Each failing case asserts TAXONOMY.md's type, whether the default
 * policy retries it on a pull request (the transient types only), and that the line the verdict shows states the
 * cause (never the echo, ninja's `build stopped: subcommand failed.`, make's `*** [...] Error 1`, the runner's exit
 * line or a tally where a cause line exists). A passing look-alike (`passes`) is the step's log without a failed exit
 * line, the job completed: it must not be typed. HOME (where CMake's user package registry, ~/.cmake, lives) is each
 * case's temporary project; every case is offline. `REAL_CXX_TABLE=1` prints each verdict
 * (`TABLE|case|type|verdict [rule] retried line shown`), `REAL_CXX_LOGS=<dir>` writes each case's job log there. Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the
 * file; elsewhere its cases skip, saying which.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { retriedOnPr } from '../classify-logs.js';
import { missingFor, runEnvCase } from './real-env-run.js';
import type { CxxCase } from './real-cxx-cases.js';
import { CXX_CASES } from './real-cxx-cases.js';
import { expectVerdict, passedThenFailed, runAll } from './real-verdicts.js';
import type { StepRun } from './real-steps.js';
import { removeProjects } from './real-steps.js';

const missing = new Map(CXX_CASES.map((c) => [c.name, missingFor(c)]));
const absent = [...new Set([...missing.values()].flat())];
if (process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1' && absent.length > 0)
  throw new Error(
    `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${absent.join(', ')} is not installed (.ci/run installs it from Debian)`,
  );
const runnable = CXX_CASES.filter((c) => missing.get(c.name)?.length === 0);
const skipped = CXX_CASES.filter((c) => (missing.get(c.name)?.length ?? 0) > 0);

/** No color from cmake, ninja, meson or gcc; the compilers Debian installs; no user presets. */
const quiet = (): Record<string, string> => ({
  NO_COLOR: '1',
  CLICOLOR_FORCE: '0',
  GCC_COLORS: '',
  CC: 'gcc',
  CXX: 'g++',
  CMAKE_GENERATOR: '',
  CMAKE_BUILD_PARALLEL_LEVEL: '2',
  MESON_TESTTHREADS: '1',
});

let ran = (c: CxxCase): StepRun => {
  throw new Error(`${c.name} did not run`);
};
beforeAll(async () => {
  // Two at a time: the machine is shared, and cmake's configure compiles its probes.
  ran = await runAll(
    runnable,
    async (c) => {
      const r = await runEnvCase(c, quiet);
      const logs = process.env.REAL_CXX_LOGS;
      if (logs)
        writeFileSync(
          path.join(logs, `${c.name.replace(/\W+/g, '-')}.log`),
          c.passes ? passedThenFailed(r) : r.log,
        );
      return r;
    },
    2,
  );
}, 180_000);
afterAll(removeProjects);

const failing = runnable.filter((c) => !c.passes);
const passing = runnable.filter((c) => c.passes);

describe("C and C++ build systems' failures, classified as a GitHub Actions step", () => {
  test.each(failing.map((c) => [c.name, c.type, c] as const))('%s: %s', (_name, type, c) => {
    const r = ran(c);
    // The tool ran and failed (127 would be the shell's word that it is not there).
    expect({ case: c.name, exit: r.exit === 0 || r.exit === 127 ? r.exit : 'failed' }).toEqual({
      case: c.name,
      exit: 'failed',
    });
    // The tool printed its cause: a case whose tool said something else proves nothing about the classifier.
    expect({ case: c.name, printed: r.lines.some((l) => c.cause.test(l)), lines: r.lines }).toEqual({
      case: c.name,
      printed: true,
      lines: r.lines,
    });
    const v = classify({ log: r.log });
    expectVerdict(c, type, v, {
      table: 'REAL_CXX_TABLE',
      notShown: /^##\[(?:group|error)\]|^shell: |^ninja: build stopped|\*\*\* \[.*\] Error \d+$/,
    });
  });

  test.each(passing.map((c) => [c.name, c] as const))('passes, not typed: %s', (_name, c) => {
    const r = ran(c);
    expect({ case: c.name, exit: r.exit }).toEqual({ case: c.name, exit: 0 });
    expect({ case: c.name, printed: r.lines.some((l) => c.cause.test(l)), lines: r.lines }).toEqual({
      case: c.name,
      printed: true,
      lines: r.lines,
    });
    // A passed log is never weighed: the look-alike passes inside a job whose later step fails saying nothing.
    const v = classify({ log: passedThenFailed(r) });
    if (process.env.REAL_CXX_TABLE)
      console.log(`TABLE|${c.name}|passes|${v.type} [${v.rule}] ${retriedOnPr(v)} ${v.evidence?.text ?? ''}`);
    expect({ case: c.name, type: v.type, retried: retriedOnPr(v) }).toEqual({
      case: c.name,
      type: 'unknown',
      retried: false,
    });
  });
});

if (skipped.length > 0)
  describe.skip(`cases whose tool is not installed (${absent.join(', ')}; CI_RECOVERY_REQUIRE_RUNNERS=1 makes this an error)`, () => {
    test.each(skipped.map((c) => [c.name]))('%s', () => undefined);
  });
