/**
 * The failed tests a CLI verb is given: a runner's JUnit reports (`--test-report`) read as `run/` reads them,
 * and how they are shown on one line.
 */
import { readFile, stat } from 'node:fs/promises';
import { errorMessage, UsageError, UserError } from '../core/errors.js';
import { TEST_RUNNERS, type TestId, type TestRunner } from '../core/test-identity.js';
import {
  MAX_REPORT_BYTES,
  parseJunit,
  ReportError,
  isTestRunner,
  shownName,
} from '../test-recovery/index.js';

/** `--test-runner`: whose keys a report's tests get (`junit` when not said: another writer's report). */
export function testRunnerFlag(value: string | undefined): TestRunner {
  if (value === undefined) return 'junit';
  const runner = value.trim().toLowerCase();
  if (!isTestRunner(runner))
    throw new UsageError(`--test-runner '${value}' is not valid; write one of: ${TEST_RUNNERS.join(', ')}`);
  return runner;
}

/** The failed tests of JUnit reports, in order, each once; a report that cannot be read is named with the fix. */
export async function failedInReports(files: readonly string[], runner: TestRunner): Promise<TestId[]> {
  const out: TestId[] = [];
  for (const file of files) {
    const size = await stat(file).then(
      (s) => s.size,
      (error: unknown) => {
        throw new UserError(`--test-report: cannot read ${file}: ${errorMessage(error)}`);
      },
    );
    if (size > MAX_REPORT_BYTES)
      throw new UserError(
        `--test-report: ${file} is larger than ${MAX_REPORT_BYTES} bytes; pass a smaller report`,
      );
    try {
      out.push(...parseJunit(await readFile(file, 'utf8'), runner).failed);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      throw new UserError(`--test-report: ${file} is not a JUnit XML report: ${error.message}`);
    }
  }
  const seen = new Set<string>();
  return out.filter((id) => {
    const name = `${id.runner}\0${id.suite}\0${id.name}\0${id.params ?? ''}`;
    return !seen.has(name) && (seen.add(name), true);
  });
}

/** `N failed: a, b, c and M more`, at most `max` named. */
export function failedTestsLine(ids: readonly TestId[], max = 10): string {
  const shown = ids.slice(0, max).map(shownName).join(', ');
  return `${ids.length} failed: ${shown}${ids.length > max ? ` and ${ids.length - max} more` : ''}`;
}
