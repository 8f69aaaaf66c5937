/**
 * Test recovery's one door: the rest of src/ imports it from here and from nothing else inside
 * (eslint.config.js `wingDoor`). Inside, `core/` decides, pure: how a failed step ran its test runner
 * (`step-script.ts`, `invocation.ts` over `runner-options.ts`, `step-run.ts`), which failed tests its JUnit
 * reports or console name (`junit.ts`, `console.ts`, `names.ts`, `report-tally.ts`, `pytest-rootdir.ts`), which to re-run alone
 * and how (`plan.ts`, `cargo-crates.ts`: which crate a changed file is, `rerun.ts`), what the re-runs prove
 * (`verdict.ts`; `console-passed.ts`: the tests a re-run's console shows passed), and early flake detection
 * (`arrival.ts`); `ports/` is how `run/` reaches a step's report files and the flaky history. A test's
 * identity and the flaky history stay in src/core (`test-identity.ts`, `test-history.ts`): post's assessment
 * and report read them too, and the wing stands above core. The real ports are in src/adapters (`test-reports.ts`, `test-history-store.ts`), beside the
 * document cache and config reader they share.
 */
export {
  ARRIVAL_RUNNERS,
  arrivalCommand,
  failedEveryRepeat,
  stepSelects,
  type ArrivalRun,
  arrivingTestFiles,
  flakyOnArrival,
  withArrivals,
} from './core/arrival.js';
export { changedCrates, type CrateTargets, manifestsOf } from './core/cargo-crates.js';
export {
  CONSOLE_RUNNERS,
  FAILED_LINES,
  FAILED_NEEDS,
  failedFromConsole,
  nodeRelative,
  plainLine,
} from './core/console.js';
export {
  jestVerboseFailed,
  passedFromConsole,
  sharedNames,
  twinNames,
  TWIN_WHY,
  skippedFromConsole,
} from './core/console-passed.js';
export { MAX_REPORT_BYTES, parseJunit, ReportError } from './core/junit.js';
export { isTestRunner, runnerOfCommand, shownName } from './core/names.js';
export {
  concludeTests,
  failedAgain,
  FAILED_AGAIN_WHY,
  passedOnlyAloneWhy,
  inChangedFile,
  NO_HISTORY,
  parseTestRunner,
  planRetries,
  type RerunResults,
  type RunTestSettings,
  testOutputs,
  type TestsVerdict,
} from './core/plan.js';
export { agreedRootdir, fromRootdir, pytestRootdir } from './core/pytest-rootdir.js';
export { ReportTally } from './core/report-tally.js';
export {
  builtInRerun,
  checkTemplate,
  fromTemplate,
  judgedByConsole,
  type StepInvocation,
} from './core/rerun.js';
export { planStepRun, shellStopsOnError, stepInvocation, type StepRunPlan } from './core/step-run.js';
export { stepEnvName, type StepEnv } from './core/step-env.js';
export { failedOutsideTests, failedPastTests, type ConfigTexts } from './core/stopped.js';
export { runnerDirectory, stopConfigFiles } from './core/stop-config.js';
export { failedBeside, type RerunSeen, rerunVerdicts, whyNotRun } from './core/verdict.js';
export type { ReportFile, RunTestPorts } from './ports/tests.js';
