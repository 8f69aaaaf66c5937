/**
 * The tests a step's reports name, gathered report by report under a total cap: a step whose tests fail
 * by the million (25 reports of 40,000 failures each) must not hold them all. Reading stops once the cap
 * of failed tests is reached; the reports left are not read at all. A cut means some failed test may be
 * unknown: the step then keeps its failure, since a re-run of the tests it knows cannot make it green.
 * Pure: the caller reads each report and hands over what parseJunit found.
 */
import { testKey, type TestId } from '../../core/test-identity.js';
import { MAX_CASES, type ReportTests } from './junit.js';
import { shownName } from './names.js';

/**
 * Failed tests kept across a step's reports: above tests.max-failures' largest value (10,000), so the cap
 * never decides alone whether tests are re-run.
 */
export const MAX_FAILED_TESTS = 20_000;
/** Passed tests kept across its reports: they only tell the flaky history that a known test passed. */
export const MAX_PASSED_TESTS = 50_000;

/**
 * The id with strings of its own. The parser's strings are slices of the report's text, and V8 keeps a
 * whole text alive while one slice of it lives: 25 reports would stay in memory for 800 names each.
 */
function detached(id: TestId): TestId {
  return JSON.parse(JSON.stringify(id)) as TestId;
}

export class ReportTally {
  readonly failed: TestId[] = [];
  readonly passed: TestId[] = [];
  /** Skipped tests (parseJunit's `skipped`), up to the passed tests' cap: a re-run's are not its passes. */
  readonly skipped: TestId[] = [];
  reportsRead = 0;
  /** Failed test cases that name no test (parseJunit's `nameless`): a failure no re-run of a named test covers. */
  nameless = 0;
  /** Failed test cases read past the cap (not kept), and cases past a report's own cap (not read). */
  private failedCut = 0;
  private unreadCases = 0;
  /** Failed test cases a report does not name as the runner selects them (parseJunit's `unkeyed`). */
  private unkeyed = 0;
  private unreadReports = 0;
  /**
   * Tests a report shows both failed and passed (two cases of one key: mocha's xunit writes `classname=""` for
   * a root test and for one inside `describe('')`). A re-run by that key may run only the passing one, and a
   * broken test would go green as flaky: none is re-run. The first few are kept, for the log.
   */
  private readonly ambiguousShown: string[] = [];
  private readonly ambiguousKeys = new Set<string>();
  private readonly failedKeys = new Set<string>();
  private readonly passedKeys = new Set<string>();
  /** Failed tests' keys on more than one case (failed twice, or failed and passed): two tests, or one run twice. */
  readonly repeated = new Set<string>();

  /**
   * `everyOfAName`: the runner's re-run selects by a name every test bearing it runs (jest's and vitest's `-t`,
   * vitest's in each of the step's projects, which its JUnit does not name), and a failure of any is the key's
   * (verdict.ts): two outcomes of one key are then no ambiguity.
   */
  constructor(private readonly everyOfAName = false) {}

  /** Takes one report's tests, each once, up to the caps. */
  add(tests: ReportTests): void {
    this.reportsRead++;
    this.unreadCases += tests.unread;
    this.nameless += tests.nameless;
    this.unkeyed += tests.unkeyed ?? 0;
    // Within a report every case is compared; across reports, against the passed tests kept (up to the cap).
    const failedHere = new Set(tests.failed.map(testKey));
    for (const found of tests.failed) {
      if (this.passedKeys.has(testKey(found))) this.twoOutcomes(found); // passed in an earlier report
      if (this.failed.length >= MAX_FAILED_TESTS) {
        if (!this.failedKeys.has(testKey(found))) this.failedCut++;
        continue;
      }
      const id = detached(found);
      const key = testKey(id); // of the copy: a key built from the parser's strings would hold them too
      if (this.failedKeys.has(key)) {
        this.repeated.add(key);
        continue;
      }
      this.failedKeys.add(key);
      this.failed.push(id);
    }
    for (const found of tests.passed) {
      const seen = testKey(found); // looked up only: a kept key is the copy's
      if (failedHere.has(seen) || this.failedKeys.has(seen)) this.twoOutcomes(found);
      if (this.passed.length >= MAX_PASSED_TESTS) continue;
      const id = detached(found);
      const key = testKey(id);
      if (this.passedKeys.has(key)) continue;
      this.passedKeys.add(key);
      this.passed.push(id);
    }
    for (const found of tests.skipped ?? [])
      if (this.skipped.length < MAX_PASSED_TESTS) this.skipped.push(detached(found));
  }

  /** A test of one key seen both failed and passed: counted once, the first few named. */
  private twoOutcomes(found: TestId): void {
    const id = detached(found);
    const key = testKey(id);
    this.repeated.add(key);
    if (this.everyOfAName) return;
    if (this.ambiguousKeys.has(key)) return;
    this.ambiguousKeys.add(key);
    if (this.ambiguousShown.length < 3) this.ambiguousShown.push(shownName(id));
  }

  /** Enough failed tests are known: the reports left are not read. */
  get full(): boolean {
    return this.failed.length >= MAX_FAILED_TESTS;
  }

  /** The reports passed over once full. */
  skipReports(count: number): void {
    this.unreadReports += count;
  }

  /** Some failed test may be missing from `failed`. */
  get cut(): boolean {
    return (
      this.failedCut > 0 ||
      this.unreadCases > 0 ||
      this.unreadReports > 0 ||
      this.unkeyed > 0 ||
      this.ambiguousKeys.size > 0
    );
  }

  /** The one line the log gets when something was cut; undefined when every report was read whole. */
  line(): string | undefined {
    if (!this.cut) return undefined;
    const parts = [
      ...(this.failedCut > 0
        ? [
            `${this.failedCut} more failed test(s) past the cap of ${MAX_FAILED_TESTS} (it bounds the step's memory)`,
          ]
        : []),
      ...(this.unreadReports > 0
        ? [`${this.unreadReports} report(s) (too large, not JUnit XML, or past the cap)`]
        : []),
      ...(this.unreadCases > 0
        ? [`${this.unreadCases} test case(s) past a report's first ${MAX_CASES}`]
        : []),
      ...(this.unkeyed > 0
        ? [
            `${this.unkeyed} failed test case(s) whose full name the report does not tell (mocha-junit-reporter's testCaseSwitchClassnameAndName or jenkinsMode: use its default form)`,
          ]
        : []),
      ...(this.ambiguousKeys.size > 0
        ? [
            `${this.ambiguousKeys.size} test(s) the reports show both failed and passed, two tests of one name that a re-run by that name cannot tell apart (${this.ambiguousShown.join(', ')}${this.ambiguousKeys.size > this.ambiguousShown.length ? ', ...' : ''})`,
          ]
        : []),
    ];
    return (
      `ci-recovery: test reports: kept ${this.failed.length} failed test(s) from ${this.reportsRead} report(s); not read: ${parts.join(', ')}. ` +
      'Not every failed test is known: none is re-run and the step keeps its failure.'
    );
  }
}
