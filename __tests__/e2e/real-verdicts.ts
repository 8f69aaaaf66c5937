/**
 * What every battery of real tools (`classify-real-*.test.ts`) does alike: run its cases a few at a time, and
 * assert a failing case's verdict: TAXONOMY's type, retried as that type is, and the line shown stating the cause,
 * or a miss left (`left`) asserted as it stands, so that a change that mends it shows.
 */
import type { Classification, FailureType } from '../../src/core/types.js';
import { actionsStep, jobLog, retriedOnPr, runAttemptVerdict } from '../classify-logs.js';
import type { StepRun } from './real-steps.js';

/** The transient types (and resource) are the ones the default policy retries; every other type never is. */
export const RETRIED: readonly FailureType[] = ['network', 'infrastructure', 'timeout', 'resource'];

/** What a battery's case says of itself that its verdict is checked against. */
export interface VerdictCase {
  name: string;
  /** The step's script (`run:`): its own lines are never the line shown. */
  run: string;
  /** A line that states the cause. */
  cause: RegExp;
  left?: { type: FailureType; causeShown: boolean; why: string };
}

/**
 * Runs `cases` through `run`, `width` at a time (the machine is shared), and gives each case's run by its name;
 * a case that did not run is an error, not a pass.
 */
export async function runAll<C extends { name: string }>(
  cases: readonly C[],
  run: (c: C) => Promise<StepRun>,
  width: number,
): Promise<(c: C) => StepRun> {
  const runs = new Map<string, StepRun>();
  const queue = [...cases];
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) runs.set(c.name, await run(c));
  };
  await Promise.all(Array.from({ length: width }, worker));
  return (c) => {
    const r = runs.get(c.name);
    if (!r) throw new Error(`${c.name} did not run`);
    return r;
  };
}

/**
 * A failing case's verdict `v`: `type` (or the case's `left` type), retried as that type is, the line shown stating
 * the cause (or not, as `left` says); never a runner's group or error line or the step's `shell:` header, nor
 * (`echoShown: false`, the default) a line of the step's own script. `table` (an environment variable's name)
 * prints the verdict when set.
 */
export function expectVerdict(
  c: VerdictCase,
  type: FailureType,
  v: Classification,
  options: { table: string; notShown?: RegExp; echoShown?: boolean },
): void {
  const shown = v.evidence?.text ?? '';
  if (process.env[options.table])
    console.log(`TABLE|${c.name}|${type}|${v.type} [${v.rule}] ${retriedOnPr(v)} ${shown}`);
  expect({
    case: c.name,
    type: v.type,
    retried: retriedOnPr(v),
    shown,
    states: c.cause.test(shown),
  }).toEqual({
    case: c.name,
    type: c.left?.type ?? type,
    retried: RETRIED.includes(c.left?.type ?? type),
    shown,
    states: c.left?.causeShown ?? true,
  });
  expect(shown).not.toMatch(
    options.notShown ?? /^##\[(?:group\]|error\]Process completed with exit code)|^shell: /,
  );
  if (!options.echoShown) expect(c.run.split('\n')).not.toContain(shown);
}

/**
 * A job whose passing step (the look-alike) is followed by one that fails saying nothing: the job log as the runner
 * writes it, the passing step without an exit line. The look-alike's words must not be taken for the failure.
 */
export const passedThenFailed = (r: StepRun): string =>
  jobLog([
    ...r.records.filter((l) => l !== '##[error]Process completed with exit code 0.'),
    ...actionsStep({ run: './scripts/publish.sh' }, [], 1),
  ]);

/**
 * The same command under run/: its own output as it printed it (workflow commands raw, no header, no exit line), the
 * command and its exit known, as phases/run-classify.ts hands them over, is typed and retried as the job log's step.
 */
export function expectRunAlike(
  name: string,
  run: string,
  r: Pick<StepRun, 'lines' | 'exit'>,
  job: Classification,
): void {
  const own = runAttemptVerdict(run, r.lines, r.exit);
  expect({ case: name, type: own.type, retried: retriedOnPr(own) }).toEqual({
    case: name,
    type: job.type,
    retried: retriedOnPr(job),
  });
}
