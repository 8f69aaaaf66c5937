/**
 * bash's report of a command a crash signal ended (bminor/bash jobs.c notify_of_job_status: `<script>: line N: <pid>
 * Segmentation fault <command>`) names the command that crashed: a verdict its word decides is that command's, not
 * the step's first command's, and shows the report. Before shell-job-crashed, a step that built a test binary and
 * ran it (`g++ … && ./calc_tests`) was typed build by g++ and showed the echo. The lines are GNU bash 5.2.15's, run
 * as the runner runs a step (e2e/classify-real-test-runners.test.ts runs the real crash).
 */
import { classify } from '../../src/core/classify/index.js';
import { failedScriptLog, retriedOnPr } from '../classify-logs.js';

const SCRIPT = '/home/runner/work/_temp/5f0c2a8e-1d7b-4c3e-9a55-0b8f1c2d3e4f.sh';

describe("bash's report of a crashed command", () => {
  test.each([
    [
      'a test binary built then run: the test crashed',
      ['g++ -o calc_tests t.cpp -lgtest -lgtest_main -pthread', './calc_tests'],
      ['[ RUN      ] Calc.Crashes', `${SCRIPT}: line 2:  9437 Segmentation fault      ./calc_tests`],
      139,
      'test',
    ],
    [
      'a build script after the tests passed: the build crashed',
      ['npx jest', 'node scripts/build.js'],
      [
        'Tests:       12 passed, 12 total',
        `${SCRIPT}: line 2:  5120 Aborted                 (core dumped) node scripts/build.js`,
      ],
      134,
      'build',
    ],
  ])('%s', (_name, script, output, code, type) => {
    const v = classify({ log: failedScriptLog(script, output, code) });
    expect({ type: v.type, shown: v.evidence?.text, retried: retriedOnPr(v) }).toEqual({
      type,
      shown: output[1],
      retried: false,
    });
  });

  test("SIGKILL's `Killed` stays the resource verdict it was (process-killed-sigkill)", () => {
    const v = classify({
      log: failedScriptLog(
        ['npm ci', './run_tests'],
        [`${SCRIPT}: line 2:  4242 Killed                  ./run_tests`],
        137,
      ),
    });
    expect({ type: v.type, rule: v.rule }).toEqual({ type: 'resource', rule: 'process-killed-sigkill' });
  });
});
