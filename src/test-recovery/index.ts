/**
 * Test recovery's one door: the rest of src/ imports it from here and from nothing else inside
 * (eslint.config.js `wingDoor`). Inside, `core/` decides, pure: how a failed step ran its test runner
 * (`step-script.ts`, `invocation.ts` over `runner-options.ts`, `step-run.ts`), which failed tests its JUnit
 * reports or console name (`junit.ts`, `console.ts`, `names.ts`, `report-tally.ts`), which to re-run alone
 * and how (`plan.ts`, `rerun.ts`), what the re-runs prove (`verdict.ts`; `console-passed.ts`: the tests a
 * re-run's console shows passed), and early flake detection (`arrival.ts`); `ports/` is how `run/` reaches a
 * step's report files and the flaky history. A test's identity and the flaky history stay in src/core
 * (`test-identity.ts`, `test-history.ts`): post's assessment and report read them too, and the wing stands
 * above core. The real ports are in src/adapters (`test-reports.ts`, `test-history-store.ts`), beside the
 * document cache and config reader they share.
 */
export * from './core/arrival.js';
export * from './core/console.js';
export * from './core/console-passed.js';
export * from './core/invocation.js';
export * from './core/junit.js';
export * from './core/names.js';
export * from './core/output-cap.js';
export * from './core/plan.js';
export * from './core/report-tally.js';
export * from './core/rerun.js';
export * from './core/step-run.js';
export * from './core/step-script.js';
export * from './core/verdict.js';
export * from './ports/tests.js';
