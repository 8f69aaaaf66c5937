/**
 * One battery of real tools (`classify-real-*.test.ts`) as jest runs it, the same in every battery: the cases whose
 * tools are here run a few at a time before the tests; each failing case asserts that its tool ran and failed, that
 * it printed the cause, and the verdict (`real-verdicts.ts` expectVerdict); each look-alike (`passes`) asserts that
 * it passed, printed its failure-like words, and is not typed inside a job whose later step fails saying nothing.
 * A battery says only what differs: its cases, how one runs, the lines its tool prints that are never the cause.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import type { FailureType } from '../../src/core/types.js';
import { ghRunViewLog, jobLog, retriedOnPr } from '../classify-logs.js';
import type { EnvCase } from './real-env-cases.js';
import { missingFor } from './real-env-run.js';
import type { StepRun } from './real-steps.js';
import { removeProjects, stepRecords } from './real-steps.js';
import { expectRunAlike, expectVerdict, passedThenFailed, runAll } from './real-verdicts.js';
import { type Setup, setupMatchers } from './setup-matchers.js';

export interface BatteryCase extends EnvCase {
  /** The step succeeds: a look-alike that must not be typed a failure. */
  passes?: true;
  /** A miss the battery found and left, with why: the verdict it gets, asserted so that a mend is seen. */
  left?: { type: FailureType; causeShown: boolean; why: string };
}

export interface Battery<C extends BatteryCase> {
  /** The describe block's title. */
  title: string;
  cases: readonly C[];
  /** Runs one case's step (most: `real-env-run.ts` runEnvCase with the battery's environment). */
  run: (c: C) => Promise<StepRun>;
  /** REAL_<name>_TABLE=1 prints each verdict (`TABLE|case|type|verdict [rule] retried line`); REAL_<name>_LOGS=<dir> writes each job log there. */
  name: string;
  /** How long all the cases may take together (the beforeAll's limit). */
  hookMs: number;
  /** How many cases run at once: the machine is shared. */
  width: number;
  /** Lines the verdict never shows: the runner's and the step's header, and the tool's summaries and footers. */
  notShown?: RegExp;
  /** A failing case whose shown line may be a line of its script (a miss left that shows the echo). */
  echoShown?: (c: C) => boolean;
  /** Tools whose absence skips their cases even under CI_RECOVERY_REQUIRE_RUNNERS=1 (not installable here). */
  optional?: ReadonlySet<string>;
  /** Where a missing tool comes from, for CI_RECOVERY_REQUIRE_RUNNERS=1's error. */
  installedBy?: string;
  /** Run before the cases (only when some can run) and after them: the battery's shared servers or templates. */
  before?: (runnable: readonly C[]) => Promise<void>;
  after?: () => Promise<void>;
  /**
   * The setup actions a job of these tools runs first (setup-node for Node's): their problem matchers write the lines
   * they match as `##[error]` lines, and each failing case is typed and retried alike under them.
   */
  setup?: readonly Setup[];
  /** More a failing case asserts of its run, after the cause is printed and before its verdict. */
  alsoExpect?: (c: C, r: StepRun) => void;
}

/** Defines the battery's hooks and tests; call it at a test file's top level. */
export function realBattery<C extends BatteryCase>(b: Battery<C>): void {
  const missing = new Map(b.cases.map((c) => [c.name, missingFor(c)]));
  const absent = [...new Set([...missing.values()].flat())];
  const required = absent.filter((n) => !b.optional?.has(n));
  if (process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1' && required.length > 0)
    throw new Error(
      `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${required.join(', ')} is not installed (${b.installedBy ?? '.ci/run installs it from Debian'})`,
    );
  const runnable = b.cases.filter((c) => missing.get(c.name)?.length === 0);
  const skipped = b.cases.filter((c) => (missing.get(c.name)?.length ?? 0) > 0);
  const table = `REAL_${b.name}_TABLE`;

  let ran = (c: C): StepRun => {
    throw new Error(`${c.name} did not run`);
  };
  beforeAll(async () => {
    if (runnable.length > 0) await b.before?.(runnable);
    ran = await runAll(
      runnable,
      async (c) => {
        const r = await b.run(c);
        const logs = process.env[`REAL_${b.name}_LOGS`];
        // The directory is made when missing: a path mistyped or not yet made fails no case.
        if (logs) mkdirSync(logs, { recursive: true });
        if (logs)
          writeFileSync(
            path.join(logs, `${c.name.replace(/\W+/g, '-')}.log`),
            c.passes ? passedThenFailed(r) : r.log,
          );
        return r;
      },
      b.width,
    );
  }, b.hookMs);
  afterAll(async () => {
    await b.after?.();
    removeProjects();
  });

  const failing = runnable.filter((c) => !c.passes);
  const passing = runnable.filter((c) => c.passes);
  describe(b.title, () => {
    if (failing.length > 0)
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
        b.alsoExpect?.(c, r);
        const job = classify({ log: r.log });
        expectVerdict(c, type, job, {
          table,
          notShown: b.notShown,
          echoShown: b.echoShown?.(c) ?? false,
        });
        expectRunAlike(c.name, c.run, r, job);
        // The same job log as `gh run view --log` prints it, which the CLI's users classify.
        const gh = classify({ log: ghRunViewLog(r.records, `Run ${c.run.split('\n')[0] ?? ''}`) });
        expect({ case: c.name, form: 'gh run view --log', type: gh.type, retried: retriedOnPr(gh) }).toEqual({
          case: c.name,
          form: 'gh run view --log',
          type: job.type,
          retried: retriedOnPr(job),
        });
        if (b.setup) {
          const matched = classify({
            log: jobLog(stepRecords(c.run, r.lines, r.exit, setupMatchers(b.setup))),
          });
          expect({ case: c.name, setup: b.setup, type: matched.type, retried: retriedOnPr(matched) }).toEqual(
            {
              case: c.name,
              setup: b.setup,
              type: job.type,
              retried: retriedOnPr(job),
            },
          );
        }
      });

    if (passing.length > 0)
      test.each(passing.map((c) => [c.name, c] as const))('passes, not typed: %s', (_name, c) => {
        const r = ran(c);
        expect({ case: c.name, exit: r.exit }).toEqual({ case: c.name, exit: 0 });
        expect({ case: c.name, printed: r.lines.some((l) => c.cause.test(l)), lines: r.lines }).toEqual({
          case: c.name,
          printed: true,
          lines: r.lines,
        });
        // A passed log is never weighed: the look-alike passes inside a job whose later step fails saying nothing,
        // and nothing it printed is shown.
        const v = classify({ log: passedThenFailed(r) });
        const shown = v.evidence?.text ?? '';
        if (process.env[table])
          console.log(`TABLE|${c.name}|passes|${v.type} [${v.rule}] ${retriedOnPr(v)} ${shown}`);
        expect({
          case: c.name,
          type: v.type,
          retried: retriedOnPr(v),
          fromPassed: c.cause.test(shown),
        }).toEqual({
          case: c.name,
          type: 'unknown',
          retried: false,
          fromPassed: false,
        });
      });
  });

  if (skipped.length > 0)
    describe.skip(`cases whose tool is not installed (${absent.join(', ')}; CI_RECOVERY_REQUIRE_RUNNERS=1 makes this an error)`, () => {
      test.each(skipped.map((c) => [c.name]))('%s', () => undefined);
    });
}
