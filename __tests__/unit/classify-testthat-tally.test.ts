/**
 * testthat's tally (`[ FAIL 1 | WARN 0 | SKIP 0 | PASS 0 ]`) sums up failures, and its check reporter prints it
 * before them too: the line shown is the failure's own header, under R CMD check and under test_local() alike.
 * The lines are Debian's testthat 3.1.6 and R 4.2.2's, as the R battery (e2e/classify-real-r.test.ts) ran them;
 * this runs where R is not installed.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

const R_CMD_CHECK = [
  '* checking tests ...',
  '  Running ‘testthat.R’',
  ' ERROR',
  'Running the tests in ‘tests/testthat.R’ failed.',
  'Last 13 lines of output:',
  '  > library(testthat)',
  '  > library(mypkg)',
  '  > test_check("mypkg")',
  '  [ FAIL 1 | WARN 0 | SKIP 0 | PASS 0 ]',
  '  ',
  '  ══ Failed tests ════════════════════════════════════════════════════════════════',
  "  ── Failure ('test-add.R:2'): add adds ──────────────────────────────────────────",
  '  add(2, 2) (`actual`) not equal to 5 (`expected`).',
  '  ',
  '    `actual`: 4',
  '  `expected`: 5',
  '  ',
  '  [ FAIL 1 | WARN 0 | SKIP 0 | PASS 0 ]',
  '  Error: Test failures',
  '  Execution halted',
  '* DONE',
  '',
  'Status: 1 ERROR',
];

const TEST_LOCAL = [
  '✔ | F W S  OK | Context',
  '✖ | 1       0 | add [0.5s]',
  '────────────────────────────────────────────────────────────────────────────────',
  "Failure ('test-add.R:2'): add adds",
  'add(1, 1) (`actual`) not equal to 3 (`expected`).',
  '',
  '  `actual`: 2',
  '`expected`: 3',
  '────────────────────────────────────────────────────────────────────────────────',
  '',
  '══ Results ═════════════════════════════════════════════════════════════════════',
  'Duration: 0.5 s',
  '',
  '[ FAIL 1 | WARN 0 | SKIP 0 | PASS 0 ]',
  'Error: Test failures',
  'Execution halted',
];

describe("testthat's failure is shown, not its tally", () => {
  test.each([
    ['R CMD check --no-manual mypkg_0.1.0.tar.gz', R_CMD_CHECK],
    ["Rscript -e 'testthat::test_local(stop_on_failure = TRUE)'", TEST_LOCAL],
  ])('%s', (run, output) => {
    const v = classify({ log: failedRunLog(run, output) });
    const shown = v.evidence?.text ?? '';
    expect({
      type: v.type,
      shown,
      failure: /^(?:── )?Failure \('test-add\.R:2'\): add adds/.test(shown),
    }).toEqual({
      type: 'test',
      shown,
      failure: true,
    });
  });
});
