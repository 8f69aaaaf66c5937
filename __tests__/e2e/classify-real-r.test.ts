/**
 * Issue 68: R packages failing as r-lib/actions jobs make them fail, whole steps (`real-r-cases.ts`): Debian's R
 * 4.2.2 with testthat, rcmdcheck, roxygen2 and knitr, run as a workflow runs a `run:` step (`real-env-run.ts`
 * runEnvCase, `bash -e {0}`) and classified as one GitHub Actions step. Each failing case asserts TAXONOMY.md's
 * type, whether the default policy retries it on a pull request (never: no case is transient), and that the line
 * shown states the cause (never R CMD check's status or heading, testthat's tally, `Error: Test failures` or
 * `Execution halted`). A look-alike passes inside a job whose later step fails saying nothing: it must not be
 * typed. `REAL_R_TABLE=1` prints each verdict, `REAL_R_LOGS=<dir>` writes each case's job log there. Under
 * CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the file; elsewhere its cases skip, saying which.
 *
 * What main (8667ff55) got wrong here, 12 of 15, none retried: the type of 7 (rcmdcheck's WARNINGs and the
 * DESCRIPTION not in DCF and a newer R required were unknown, a suggested package missing was test, R's parse
 * error in R/ was quality-gate, the knitr case below), the line of 5 (testthat's `[ FAIL 1 | ... ]` tally over
 * the failure it counts, under R CMD check too). Mended in rules/log-rules.json (r-check-warning,
 * r-description-not-dcf, r-requires-newer-r, r-code-parse-error; r-package-missing and testthat-failure widened)
 * and cause-lines.ts (the tally is a summary that heads its failures). Left: the knitr case (its `left`).
 *
 * Time (2 shared cores, `CI_RECOVERY_REQUIRE_RUNNERS=1 npm test --` this file): 20-22 s at load 1-2 (2026-12-03),
 * 40 s at load 1 (2026-12-04); 171 s in CI beside the whole suite.
 */
import path from 'node:path';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import { R_CASES } from './real-r-cases.js';

/** GitHub's Ubuntu runners' locale; the job's own library; no colour; CI as a runner sets it. */
const env = (dir: string): Record<string, string> => ({
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  R_LIBS_USER: path.join(dir, '.Rlib'),
  R_PROFILE_USER: '/dev/null',
  R_ENVIRON_USER: '/dev/null',
  _R_CHECK_FORCE_SUGGESTS_: 'true',
  _R_CHECK_CRAN_INCOMING_: 'false',
  // No clock check: it asks timedatectl, which a container without systemd answers with noise.
  _R_CHECK_SYSTEM_CLOCK_: 'false',
  _R_CHECK_CRAN_INCOMING_REMOTE_: 'false',
  NOT_CRAN: 'true',
  NO_COLOR: '1',
});

realBattery({
  title: "R packages' checks and tests, classified as a GitHub Actions step",
  cases: R_CASES,
  // R CMD check starts R a dozen times: under CI's load (stop 112: this file took 171 s) a check passed runStep's
  // default limit then, 50 s, and was killed; the default is 150 s now, over five times this file's slowest case.
  run: (c) => runEnvCase(c, env),
  name: 'R',
  hookMs: 900_000,
  // Two at a time: the machine is shared, and R CMD check starts R several times.
  width: 2,
  notShown:
    /^##\[(?:group\]|error\]Process completed with exit code)|^shell: |^Status: \d+ (?:ERROR|WARNING)|^\* checking tests \.\.\. ERROR$|^\s*\[ FAIL \d+ |^\s*Error: Test failures$|^\s*Execution halted$/,
});
