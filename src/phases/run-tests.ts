/**
 * Test recovery inside a `run/` step, after an attempt failed: which tests failed (the runner's JUnit
 * reports, else its console), then each re-run alone within the bounds (test-recovery/core/plan.ts), and what the
 * step concludes on its tests. When it cannot tell which tests failed it says so in one line (only for a
 * step that runs tests) and the step goes on as it would without it. Gather and act through the ports
 * src/phases/run.ts hands it; every decision is in core/tests.
 */
import path from 'node:path';
import {
  agreedRootdir,
  failedFromConsole,
  fromRootdir,
  pytestRootdir,
  jestVerboseFailed,
  nodeRelative,
  passedFromConsole,
  sharedNames,
  skippedFromConsole,
  twinNames,
  TWIN_WHY,
  parseJunit,
  ReportError,
  runnerOfCommand,
  shownName,
  concludeTests,
  testOutputs,
  passedOnlyAloneWhy,
  failedOutsideTests,
  failedPastTests,
  NO_HISTORY,
  planRetries,
  type RerunResults,
  type RunTestSettings,
  type TestsVerdict,
  builtInRerun,
  fromTemplate,
  judgedByConsole,
  planStepRun,
  runnerDirectory,
  shellStopsOnError,
  stopConfigFiles,
  stepEnvName,
  type StepEnv,
  type StepRunPlan,
  type StepInvocation,
  type ConfigTexts,
  failedBeside,
  rerunVerdicts,
  whyNotRun,
  type RerunSeen,
  type RunTestPorts,
  type ReportFile,
  ReportTally,
  changedCrates,
  type CrateTargets,
  manifestsOf,
} from '../test-recovery/index.js';
import { testKey, type TestId, type TestRunner } from '../core/test-identity.js';
import { printablePath } from '../core/text.js';
import type { Config } from '../core/config-defaults.js';
import type { FailureSignals } from '../core/classify/index.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRun, ProcessPort } from '../ports/process.js';
import type { RunnerPort } from '../runner/ports/runner.js';
import { TESTS_RECOVERED } from '../core/recovered-log.js';
import { afterReruns } from './run-tests-after.js';

export interface TestStep {
  tests: RunTestSettings;
  /** The command the attempt ran (tells the runner, and how it is called). */
  command: string;
  shell: string;
  cwd: string;
  /** `working-directory`, relative to the workspace: changed files are matched from there too. */
  workingDirectory: string;
  /** The classifier's type of the attempt's failure: a `test` failure is a test step's. */
  failureType: string;
  /** What on-retry set for the attempt (run-on-retry.ts): its tests re-run with it too. */
  env?: Record<string, string>;
  /** The job runs for a pull request: `tests.pr-retries` and early flake detection apply. */
  pullRequest?: boolean;
}

export interface TestStepPorts {
  runner: RunnerPort;
  process: ProcessPort;
  clock: Clock;
  tests: RunTestPorts;
}

export interface TestsRecovered extends TestsVerdict {
  /** Some test was re-run, or the failures were quarantined: the step's own retries are not wanted. */
  handled: boolean;
  /** A test flaky on arrival fails the step (tests.early-flake-detection.fail-step): run-arrival.ts. */
  failsStep?: boolean;
}

/** bash or sh, by name or as a template's program (`bash -e {0}`, `/bin/sh {0}`). */
export const POSIX_SHELL = /^(?:\S*\/)?(?:bash|sh)(?:\s|$)/;

const OUTPUT_CUT =
  "the failed tests were read from the output, whose start was not kept (it was too long), so a test that failed there is not known (a 'test-report' lets the reports name them all)";

/** Names of at most `max` tests for one log line. */
function listed(ids: readonly TestId[], max = 10): string {
  const shown = ids.slice(0, max).map(shownName).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/**
 * After a failed attempt, before it is classified: the tests it failed, from its reports (each read once,
 * here) else its output; undefined for an attempt we stopped (its time limit, a cancel), whose reports are
 * not read at all.
 */
export async function findFailedTests(
  step: TestStep,
  attempt: CommandRun,
  attemptStartedAt: number,
  ports: TestStepPorts,
): Promise<Found | undefined> {
  if (attempt.timedOut || attempt.aborted) return undefined;
  const runner = step.tests.runner ?? runnerOfCommand(step.command);
  return failedTests(step, runner, attempt.output, attemptStartedAt, ports);
}

/**
 * What the classifier is told of the tests found: only failures the attempt's own reports name (a name read
 * from the output is the log's, which the classifier reads itself), the first by its escaped name.
 */
export function reportedFailures(found: Found | undefined): FailureSignals['failedTests'] {
  const first = found?.fromReports ? found.failed[0] : undefined;
  if (!found || !first) return undefined;
  return { first: shownName(first), count: found.failed.length, ...(found.cut ? { cut: true } : {}) };
}

/** After a failed attempt: the tests' recovery from what it found, or undefined when it cannot tell which tests failed. */
export async function recoverTests(
  step: TestStep,
  attempt: CommandRun,
  found: Found | undefined,
  limitMs: () => number,
  config: Config,
  ports: TestStepPorts,
): Promise<TestsRecovered | undefined> {
  const { log } = ports.runner;
  if (!found) return undefined;
  const runner = step.tests.runner ?? runnerOfCommand(step.command);
  if (found.failed.length === 0) {
    // A step that does not run tests (an install, a fetch) is not told about tests.
    if (step.tests.report || runner || step.failureType === 'test')
      log.info(
        `ci-recovery: could not tell which tests failed (${found.why}): the step goes on without re-running tests.`,
      );
    return undefined;
  }
  log.info(
    `ci-recovery: ${found.failed.length} test(s) failed (from ${found.from}): ${listed(found.failed)}`,
  );
  const history = ports.tests.history ?? (await ports.tests.loadHistory?.()) ?? NO_HISTORY;
  const changedFiles = await ports.tests.changedFiles();
  const changed = changedSet(changedFiles, step.workingDirectory);
  // Test names are quoted for a POSIX shell: under another one (pwsh, cmd, python) nothing is re-run.
  const posix = POSIX_SHELL.test(step.shell.trim());
  if (!posix && step.tests.retries > 0)
    log.info(`ci-recovery: failed tests are re-run only under shell bash or sh: none is re-run.`);
  // Past the reports' cap some failure is unknown: re-runs of the known ones cannot make the step green.
  const settings = posix && !found.cut ? step.tests : { ...step.tests, retries: 0 };
  const strict = step.pullRequest === true && config.tests.prRetries === 'known-flaky-only';
  const crates = await cratesOf(changedFiles ?? [], found.failed, step, ports);
  const plan = planRetries(found.failed, settings, changed, history, strict, crates);
  for (const note of plan.notes) log.info(note);
  const kind = runner ?? found.failed[0]!.runner;
  const scripts = (await ports.tests.packageScripts?.(step.cwd)) ?? {};
  const planned = await planWithConfigs(step, scripts, kind, attempt.output, ports);
  // A name the step showed failed and passed is two tests': a re-run by it may run only the passing one.
  const twins = found.twins ?? new Set<string>();
  const toRerun = plan.rerun.map((p) => (twins.has(testKey(p.id)) ? { ...p, retries: 0 } : p));
  const rerun = await rerunRounds(step, runner, planned, toRerun, limitMs, ports);
  const { outside } = rerun;
  const results = new Map(rerun.results);
  for (const p of plan.rerun)
    if (twins.has(testKey(p.id)) && p.retries > 0)
      results.set(testKey(p.id), { retries: 0, passed: false, notRun: TWIN_WHY });
  // A re-run forces a reporter that shows every test it ran (mocha's spec): a title two files share shows there.
  // A twin's key is shared too: its history and the team's list may be the other test's (never quarantined).
  const shared = new Set([...(found.shared ?? []), ...rerun.shared, ...twins]);
  // A re-run that failed outside its tests (a go TestMain, an unhandled error) shows the step's failure was
  // not only theirs: their passes stand for them, and the whole step runs before it can pass.
  // Tests read from an output whose start was not kept: a test that failed there is not known.
  const concluded = concludeTests(plan, results, settings, config.tests, history, found.passed, shared);
  const unseen =
    outside ??
    found.nameless ??
    (attempt.outputCut && !found.fromReports ? OUTPUT_CUT : undefined) ??
    passedOnlyAloneWhy(concluded.tests, history);
  const stepRun: StepRunPlan =
    unseen && planned.after.kind !== 'whole'
      ? { ...planned, after: { kind: 'whole', why: unseen } }
      : planned;
  const verdict = found.cut ? { ...concluded, recovered: false } : concluded;
  for (const note of verdict.notes) log.info(note);
  if (verdict.recovered) {
    // What the failure skipped, or the whole step, must pass too; a test it fails again is failed (run-tests-after.ts).
    const failedIn = async (output: string, started: number): Promise<Set<string>> =>
      new Set((await failedTests(step, runner, output, started, ports)).failed.map(testKey));
    const tests = await afterReruns(step, stepRun, verdict.tests, limitMs, ports, failedIn);
    if (tests) return { ...verdict, tests, outputs: testOutputs(tests), recovered: false, handled: true };
  }
  // The whole step passed after them: each flaky test passed in a full run too (test-history.ts passedOnlyAlone).
  const tests =
    verdict.recovered && stepRun.after.kind === 'whole'
      ? verdict.tests.map((t) => (t.outcome === 'flaky' ? { ...t, passedInStep: true as const } : t))
      : verdict.tests;
  if (verdict.recovered)
    log.notice(
      `${TESTS_RECOVERED} (${verdict.outputs['tests-flaky']} flaky, ${verdict.tests.filter((t) => t.quarantined).length} quarantined).`,
    );
  // Re-runs that showed no result for any test leave the step as it was: its own retry policy decides.
  const judged = [...results.values()].some((r) => r.notRun === undefined);
  return { ...verdict, tests, handled: judged || verdict.recovered };
}

/**
 * What the step has to run after its failed tests, with the texts of the runner's config files where it ran
 * (a stop set only there, which its console does not show) and the step's environment (GOFLAGS, SPEC_OPTS,
 * npm's workspaces, also from the `.npmrc` of the step's directory and of the runner's). Files under a `cd`
 * not read plainly count as unreadable: the plan errs toward the whole step. They are read from the step's
 * directory, `cd` and all, so a link in the `cd`'s path is refused as one in the file's.
 */
async function planWithConfigs(
  step: TestStep,
  scripts: Record<string, string>,
  runner: TestRunner,
  output: string,
  ports: TestStepPorts,
): Promise<StepRunPlan> {
  const errexit = shellStopsOnError(step.shell);
  let env = await stepEnv(step, ports);
  let plan = planStepRun(step.command, errexit, scripts, runner, output, {}, env);
  // npm reads the .npmrc where it runs (`cd web && npx jest`: web's), as well as the step's.
  const moved = plan.how ? runnerDirectory(plan.how.setup, runner, plan.how.words) : '';
  if (plan.after.kind !== 'whole' && moved !== '' && ports.tests.configTexts) {
    const there =
      moved === undefined
        ? { '.npmrc': null }
        : await ports.tests.configTexts(step.cwd, [path.join(moved, '.npmrc')]);
    const text = Object.values(there)[0];
    if (text !== undefined) {
      env = { ...env, npmrc: text === null || env.npmrc === null ? null : `${env.npmrc ?? ''}\n${text}` };
      plan = planStepRun(step.command, errexit, scripts, runner, output, {}, env);
    }
  }
  // pytest's configs are read for a whole-step plan too: their `addopts` reports are switched off in its re-runs.
  const wanted = plan.after.kind !== 'whole' || runner === 'pytest';
  const texts = wanted && plan.how ? await runnerConfigs(step, runner, plan.how, ports) : undefined;
  return texts ? planStepRun(step.command, errexit, scripts, runner, output, texts, env) : plan;
}

/**
 * The texts of `runner`'s config files (stop-config.ts `stopConfigFiles`) where `how` ran it, by their names
 * as the runner's directory has them (null: not read whole; each null when that directory is not known);
 * undefined when it has none or they cannot be read. Early flake detection's repeats read them too.
 */
export async function runnerConfigs(
  step: TestStep,
  runner: TestRunner,
  how: StepInvocation,
  ports: TestStepPorts,
): Promise<ConfigTexts | undefined> {
  const files = stopConfigFiles(runner, how.words);
  if (files.length === 0 || !ports.tests.configTexts) return undefined;
  const dir = runnerDirectory(how.setup, runner, how.words);
  if (dir === undefined) return Object.fromEntries(files.map((f) => [f, null]));
  const at = (f: string): string => (path.isAbsolute(f) ? f : path.join(dir, f));
  const read = await ports.tests.configTexts(step.cwd, files.map(at));
  const texts: Record<string, string | null> = {};
  for (const f of files) if (Object.hasOwn(read, at(f))) texts[f] = read[at(f)] ?? null;
  return texts;
}

/**
 * The step's environment as its command started (the port's, then what on-retry set), and the `.npmrc` where
 * it ran (npm's project config, read as the config files are: null when not read whole).
 */
export async function stepEnv(step: TestStep, ports: TestStepPorts): Promise<StepEnv> {
  const own = Object.entries(step.env ?? {}).filter(([k]) => stepEnvName(k));
  const vars = { ...ports.tests.stepEnv?.(stepEnvName), ...Object.fromEntries(own) };
  const read = (await ports.tests.configTexts?.(step.cwd, ['.npmrc'])) ?? {};
  return Object.hasOwn(read, '.npmrc') ? { vars, npmrc: read['.npmrc'] ?? null } : { vars };
}

export interface Found {
  failed: TestId[];
  passed: TestId[];
  from: string;
  why: string;
  /** Some failed test may be missing (the reports' cap): the step cannot be made green by re-runs. */
  cut: boolean;
  /** The failed tests are the attempt's own reports' (not its output's). */
  fromReports?: true;
  /** Failed tests' keys the output showed for more than one test (console-passed.ts `sharedNames`). */
  shared?: ReadonlySet<string>;
  /** Failed tests' keys the output showed for a passing test too (console-passed.ts `twinNames`): not re-run. */
  twins?: ReadonlySet<string>;
  /** Why a failure the reports show names no test (a class's set-up), which the named tests' re-runs do not cover. */
  nameless?: string;
}

/** The failed (and passed) tests: the reports written since `since`, else the console. */
export async function failedTests(
  step: TestStep,
  runner: TestRunner | undefined,
  output: string,
  since: number,
  ports: TestStepPorts,
): Promise<Found> {
  let passed: TestId[] = [];
  let cut = false;
  let why = 'the output names no failed test';
  if (step.tests.report) {
    const { files, skipped } = await ports.tests.reports(step.tests.report, step.cwd, since);
    for (const note of skipped.slice(0, 10))
      ports.runner.log.info(`ci-recovery: test report ${printablePath(note)}: not read`);
    if (skipped.length > 10)
      ports.runner.log.info(`ci-recovery: ${skipped.length - 10} more test report(s) not read`);
    const tally = await readReports(files, runner ?? 'junit', ports.runner.log);
    tally.skipReports(skipped.length);
    // pytest's report names a file from its rootdir, its console and a re-run's node id from the step's directory
    // (where the console agrees: after a `cd`, the rootdir is where pytest ran and the names already match).
    // Read only for pytest's reports: the header and the console are scanned once more over the whole output.
    const rootdir = tally.failed.some((t) => t.runner === 'pytest')
      ? agreedRootdir(tally.failed, pytestRootdir(output), step.cwd, failedFromConsole(output, 'pytest'))
      : undefined;
    const rooted = (ids: readonly TestId[]): TestId[] => ids.map((id) => fromRootdir(id, rootdir, step.cwd));
    const failed = rooted(tally.failed);
    passed = rooted(tally.passed);
    cut = tally.cut;
    const line = tally.line();
    if (line) ports.runner.log.info(line);
    if (failed.length > 0) {
      const from = `${tally.reportsRead} report(s)`;
      // Surefire's `<testcase name="">`: a class whose @BeforeAll threw, none of its tests ran.
      const nameless =
        tally.nameless > 0
          ? `its reports show ${tally.nameless} failure(s) that name no test (a test class's set-up), which a re-run of the named tests does not cover`
          : undefined;
      // mocha's reports key a test by its title (its file left out): a title on two cases may be two files' tests.
      const shared = (runner ?? failed[0]?.runner) === 'mocha' ? tally.repeated : new Set<string>();
      // vitest's reports name no project: a key failed and passed there may be one test in two projects (its
      // tally lets it through); its console, where it shows each test, tells a twin of one name apart.
      const kind = runner ?? failed[0]!.runner;
      const twins = twinNames(output, kind, failed);
      return {
        failed,
        passed,
        from,
        why,
        cut,
        fromReports: true,
        ...(nameless ? { nameless } : {}),
        ...(shared.size > 0 ? { shared } : {}),
        ...(twins.size > 0 ? { twins } : {}),
      };
    }
    why =
      files.length === 0
        ? `no test report matching '${printablePath(step.tests.report)}' was written by this attempt, and the output names no failed test`
        : 'its reports and output name no failed test';
  }
  const fromConsole = failedFromConsole(output, runner).map((id) => nodeRelative(id, step.cwd));
  const kind = runner ?? fromConsole[0]?.runner;
  const shared = kind ? sharedNames(output, kind, fromConsole) : new Set<string>();
  const twins = kind ? twinNames(output, kind, fromConsole) : new Set<string>();
  // A report not read may name failures the output does not: the cut holds for the output's tests too.
  return {
    failed: fromConsole,
    passed,
    from: 'the output',
    why,
    cut,
    ...(shared.size > 0 ? { shared } : {}),
    ...(twins.size > 0 ? { twins } : {}),
  };
}

/** The reports' tests, one report read and parsed at a time, until the tally's cap (test-recovery/core/report-tally.ts). */
async function readReports(
  files: readonly ReportFile[],
  runner: TestRunner,
  log: RunnerPort['log'],
): Promise<ReportTally> {
  // vitest's re-run runs every test of a name in every project, which its JUnit leaves out: a key failed in one
  // project and passed in another is one test (its console tells twins apart: twinNames). jest's report names a
  // test's file: a key shown both ways there is two tests of one name, which a re-run by it cannot tell apart.
  const tally = new ReportTally(runner === 'vitest');
  for (const [i, file] of files.entries()) {
    if (tally.full) {
      tally.skipReports(files.length - i);
      break;
    }
    try {
      tally.add(parseJunit(await file.read(), runner));
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      log.info(`ci-recovery: test report ${printablePath(file.path)} not read: ${error.message}`);
      tally.skipReports(1); // its failed tests are unknown
    }
  }
  return tally;
}

/** Changed files as the step's runner names them: from the repository and from the working directory. */
function changedSet(files: string[] | undefined, workingDirectory: string): Set<string> {
  const set = new Set<string>();
  const base = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
  for (const file of files ?? []) {
    set.add(file);
    if (base && file.startsWith(`${base}/`)) set.add(file.slice(base.length + 1));
  }
  return set;
}

/**
 * The crates of the changed `src/lib.rs` and `src/main.rs` files, from their Cargo.toml in the checked-out
 * repository (read as config files are: text only, never past a link or the repository), when a cargo unit
 * test failed: another crate's edit of its file's name does not hold it back. Undefined (any crate's) when
 * the repository's directory is not known from the step's.
 */
async function cratesOf(
  files: readonly string[],
  failed: readonly TestId[],
  step: TestStep,
  ports: TestStepPorts,
): Promise<CrateTargets | undefined> {
  if (!ports.tests.configTexts || !failed.some((t) => t.runner === 'cargo' && t.params !== undefined))
    return undefined;
  const base = step.workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
  if (path.isAbsolute(base) || (base !== '' && path.posix.normalize(base) !== base) || base.startsWith('..'))
    return undefined;
  const root = base === '' ? step.cwd : path.resolve(step.cwd, ...base.split('/').map(() => '..'));
  const manifests = manifestsOf(files);
  if (manifests.length === 0) return undefined;
  return changedCrates(files, base, await ports.tests.configTexts(root, manifests));
}

/**
 * Re-runs the planned tests; Surefire's reports of their classes, which a re-run writes again with its one
 * method (Surefire has no property to write them elsewhere), are put back as the step wrote them once the
 * re-runs' own were read: the job uploads the step's.
 */
async function rerunRounds(
  step: TestStep,
  runner: TestRunner | undefined,
  stepRun: StepRunPlan,
  planned: { id: TestId; retries: number }[],
  limitMs: () => number,
  ports: TestStepPorts,
): Promise<{ results: RerunResults; outside?: string; shared: Set<string> }> {
  const names = surefireNames(planned.filter((p) => p.retries > 0).map((p) => p.id));
  const kept =
    (runner ?? planned[0]?.id.runner) === 'maven' && names.size > 0
      ? await ports.tests.keepFiles?.(surefireGlobs([...names]), step.cwd, names)
      : undefined;
  try {
    return await rerunEachRound(step, runner, stepRun, planned, limitMs, ports);
  } finally {
    await kept?.restore();
  }
}

/**
 * One glob a line (findReports reads a glob per line), 300 names each: picomatch refuses a glob over 65,536
 * characters, which one glob of every name passes at ~360 classes (`max-failures` allows 10,000).
 */
export function surefireGlobs(names: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 300)
    lines.push(`**/target/surefire-reports/@(${names.slice(i, i + 300).join('|')})`);
  return lines.join('\n');
}

/**
 * The files Surefire writes for each class it runs: its XML report, its summary, the tests' output. A class is
 * a Java name (a nested one's `$` too): no other name is looked for.
 */
function surefireNames(ids: readonly TestId[]): Set<string> {
  const classes = ids.map((id) => id.suite).filter((s) => /^[\w.$]+$/.test(s));
  return new Set(classes.flatMap((c) => [`TEST-${c}.xml`, `${c}.txt`, `${c}-output.txt`]));
}

/** Re-runs the planned tests together, round after round, each while it fails and has re-runs left. */
async function rerunEachRound(
  step: TestStep,
  runner: TestRunner | undefined,
  stepRun: StepRunPlan,
  planned: { id: TestId; retries: number }[],
  limitMs: () => number,
  ports: TestStepPorts,
): Promise<{ results: RerunResults; outside?: string; shared: Set<string> }> {
  const { log } = ports.runner;
  const results = new Map<string, { retries: number; passed: boolean; notRun?: string }>();
  let outside: string | undefined;
  const shared = new Set<string>();
  let pending = planned.filter((p) => p.retries > 0);
  for (let round = 1; pending.length > 0 && !ports.process.cancelled(); round++) {
    const ids = pending.map((p) => p.id);
    const kind = runner ?? ids[0]!.runner;
    const template = step.tests.rerunCommand !== '';
    const script = template
      ? fromTemplate(step.tests.rerunCommand, ids)
      : builtInRerun(kind, ids, stepRun.how);
    if (!script) {
      log.info(`ci-recovery: no built-in re-run for ${kind} tests: set test-rerun-command to re-run them.`);
      break;
    }
    if (!template && !stepRun.how && round === 1)
      log.info(
        `ci-recovery: the step's command does not show how it runs ${kind}: re-running with its usual program.`,
      );
    // The exact command, escaped, on one line.
    log.info(
      `ci-recovery: re-running ${ids.length} failed test(s) alone (re-run ${round}): ${printablePath(script)}`,
    );
    const started = ports.clock.now();
    const limit = limitMs();
    if (limit <= 0) break;
    const run = await ports.process.run({
      name: `tests-rerun-${round}`,
      script,
      shell: step.shell,
      cwd: step.cwd,
      ...(Number.isFinite(limit) ? { timeoutMs: limit } : {}),
      fileCommands: false,
      ...(step.env ? { env: step.env } : {}),
    });
    const seen = await rerunSeen(step, kind, run.output, started, ports);
    for (const key of sharedNames(run.output, kind, ids)) shared.add(key);
    if (run.exitCode !== 0 && failedOutsideTests(kind, run.output, true))
      outside ??= `the re-run of the failed tests failed outside them too (${kind} printed a failure no test names)`;
    const verdicts = rerunVerdicts(ids, seen, () => whyNotRun(run, template));
    // Only where all re-ran tests passed: a go parent test fails with its failed subtest, and may pass with it later.
    const allPassed = ids.every((id) => verdicts.get(testKey(id))!.state === 'passed');
    const beside = allPassed && failedBeside(ids, seen);
    if (beside)
      outside ??= `the re-run of the failed tests showed another test failed (${shownName(beside)}), which their passes do not answer for`;
    if (allPassed) outside ??= failedPastTests(kind, run.exitCode);
    for (const p of pending) {
      const v = verdicts.get(testKey(p.id))!;
      results.set(testKey(p.id), {
        retries: round,
        passed: v.state === 'passed',
        ...(v.state === 'not-run' ? { notRun: v.why } : {}),
      });
    }
    // Only a test that ran and failed again is re-run again: one not re-run would not run the next time either.
    pending = pending.filter((p) => verdicts.get(testKey(p.id))!.state === 'failed' && p.retries > round);
  }
  return { results, shared, ...(outside ? { outside } : {}) };
}

/** Reports a re-run writes where the step names none: Surefire's and Gradle's own. */
const DEFAULT_REPORTS: Partial<Record<TestRunner, string>> = {
  maven: '**/target/surefire-reports/TEST-*.xml',
  gradle: '**/build/test-results/**/*.xml',
};

/** The tests a re-run shows failed and passed: its reports (written since it started), then its output. */
async function rerunSeen(
  step: TestStep,
  runner: TestRunner,
  output: string,
  since: number,
  ports: TestStepPorts,
): Promise<RerunSeen> {
  const failed: TestId[] = [];
  const passed: TestId[] = [];
  const skipped: TestId[] = [];
  const glob = step.tests.report || DEFAULT_REPORTS[runner];
  if (glob && !judgedByConsole(runner, step.tests.rerunCommand)) {
    const { files } = await ports.tests.reports(glob, step.cwd, since);
    const tally = await readReports(files, runner, ports.runner.log);
    failed.push(...tally.failed);
    // A test the reports show skipped did not run: beside it, a pass of its name may be another test's.
    skipped.push(...tally.skipped);
    // Past the cap a report not read may hold a test's failure: no pass is taken from the reports then.
    if (!tally.cut) passed.push(...tally.passed);
  }
  failed.push(...failedFromConsole(output, runner), ...(runner === 'jest' ? jestVerboseFailed(output) : []));
  passed.push(...passedFromConsole(output, runner));
  return { failed, passed, skipped: [...skipped, ...skippedFromConsole(output, runner)] };
}
