/**
 * Issue 68: Java's tools failing as CI jobs make them fail, whole steps (`real-jvm-cases.ts`): Debian's OpenJDK 17
 * (javac, javadoc, java, jar, keytool, jarsigner) and Maven 3.8.7 offline from Debian's repository, run as a workflow
 * runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e {0}`) and classified as one GitHub Actions step. Each
 * failing case asserts TAXONOMY.md's type, whether the default policy retries it on a pull request (the transient
 * types only), and that the line the verdict shows states the cause (never the echo, Maven's `BUILD FAILURE` or
 * `[Help 1]` footer, javac's `1 error` tally or the runner's exit line). A passing look-alike (`passes`) passes inside
 * a job whose later step fails saying nothing: it must not be typed. HOME (Maven's settings and local repository) is
 * each case's temporary project; every case is offline. `REAL_JVM_TABLE=1` prints each verdict
 * (`TABLE|case|type|verdict [rule] retried line shown`), `REAL_JVM_LOGS=<dir>` writes each case's job log there.
 * Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the file; elsewhere its cases skip, saying which.
 *
 * Time (2026-12-02, 2 shared cores at load 15-18, five batteries running): 179-320 s (jest's figure), each JVM
 * start 4-5 s and each mvn 15-20 s at that load; not measured on an idle machine. The hook allows 420 s.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { retriedOnPr } from '../classify-logs.js';
import { missingFor, runEnvCase } from './real-env-run.js';
import type { JvmCase } from './real-jvm-cases.js';
import { JVM_CASES } from './real-jvm-cases.js';
import { expectVerdict, passedThenFailed, runAll } from './real-verdicts.js';
import type { StepRun } from './real-steps.js';
import { removeProjects } from './real-steps.js';

const missing = new Map(JVM_CASES.map((c) => [c.name, missingFor(c)]));
const absent = [...new Set([...missing.values()].flat())];
if (process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1' && absent.length > 0)
  throw new Error(
    `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${absent.join(', ')} is not installed (.ci/run installs it from Debian)`,
  );
const runnable = JVM_CASES.filter((c) => missing.get(c.name)?.length === 0);
const skipped = JVM_CASES.filter((c) => (missing.get(c.name)?.length ?? 0) > 0);

/**
 * No MAVEN_OPTS from the caller's environment; Maven's JVM compiles less and collects in one thread, as short CI
 * builds often set (it starts twice as fast on a loaded machine). An empty JAVA_TOOL_OPTIONS would be printed.
 */
const quiet = (): Record<string, string> => ({
  NO_COLOR: '1',
  MAVEN_OPTS: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC',
});

let ran = (c: JvmCase): StepRun => {
  throw new Error(`${c.name} did not run`);
};
beforeAll(async () => {
  // Two at a time: the machine is shared, and each JVM starts on both cores.
  ran = await runAll(
    runnable,
    async (c) => {
      const r = await runEnvCase(c, quiet);
      const logs = process.env.REAL_JVM_LOGS;
      if (logs)
        writeFileSync(
          path.join(logs, `${c.name.replace(/\W+/g, '-')}.log`),
          c.passes ? passedThenFailed(r) : r.log,
        );
      return r;
    },
    2,
  );
}, 420_000);
afterAll(removeProjects);

const failing = runnable.filter((c) => !c.passes);
const passing = runnable.filter((c) => c.passes);

describe("Java's tools' failures, classified as a GitHub Actions step", () => {
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
      table: 'REAL_JVM_TABLE',
      notShown: /^##\[(?:group|error)\]|^shell: |BUILD FAILURE|^\[ERROR\] \[Help \d+\] |^\d+ errors?$/,
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
    if (process.env.REAL_JVM_TABLE)
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
