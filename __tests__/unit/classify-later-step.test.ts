/**
 * Every failed step is a candidate (issue 44, item 4): a GitHub Actions job runs a step after a failed one only
 * when that one may fail (`continue-on-error`, which the runner writes to its own trace, never to the log) or the
 * later step runs on failure. When the first failed step says nothing a rule knows, the next step that failed
 * the job is heard (index.ts classifyScan, scanner.ts laterFailedStep); when the first says something known, it
 * keeps deciding. The steps are the runner's own lines (tests/classify-logs.ts); the tools' lines are cited.
 */
import { classify } from '../../src/core/classify/index.js';
import { actionsStep, jobLog } from '../classify-logs.js';

// A project's own script that exits 1 after a line stating no cause a rule knows (docker login's refusal of an
// empty secret, once this step's example, is now read: docker-login-no-tty).
const quiet = actionsStep({ run: './scripts/notify.sh' }, ['Posting the summary to the team channel'], 1);

// pytest's short test summary (pytest-dev/pytest doc/en/how-to/output.rst, "short test summary info";
// names and values filled in).
const pytest = actionsStep(
  { run: 'python -m pytest -x tests' },
  [
    '=========================== short test summary info ============================',
    'FAILED tests/test_totals.py::test_total - assert 3 == 4',
    '========================= 1 failed, 12 passed in 0.52s =========================',
  ],
  1,
);

test('a first failed step that says nothing known leaves the verdict to the next step that failed the job', () => {
  const verdict = classify({ log: jobLog([...quiet, ...pytest]) });
  expect(verdict.type).toBe('test');
  expect(verdict.step).toBe('Run python -m pytest -x tests');
});

test('a first failed step that says something known keeps deciding', () => {
  // gcc's diagnostic (`file:line:col: error: message`, gcc/diagnostic.cc; path and message filled in).
  const build = actionsStep(
    { run: 'make' },
    ["src/main.c:3:5: error: implicit declaration of function 'helper'"],
    2,
  );
  const verdict = classify({ log: jobLog([...build, ...pytest]) });
  expect(verdict.type).toBe('build');
  expect(verdict.step).toBe('Run make');
});

test('a job with one failed step that says nothing known stays unknown', () => {
  expect(classify({ log: jobLog(quiet) }).type).toBe('unknown');
});

/**
 * A step with `continue-on-error: true` fails in the log (its exit line) yet concludes success: actions/runner
 * src/Runner.Worker/StepsRunner.cs RunStepAsync sets its Outcome to Failed and its Result (the conclusion the API
 * reports) to Succeeded, writing so to its trace alone. The API's steps name the one that failed the job
 * (supervise-findings.ts jobSignals passes it as `step`): where that is the log's next failed step, it decides.
 */
describe('a continue-on-error step the API says concluded success does not decide', () => {
  // gcc's diagnostic (gcc/diagnostic.cc, `file:line:col: error: message`; path and message filled in).
  const tolerated = actionsStep(
    { run: 'make optional-extras' },
    ["src/extras.c:3:5: error: implicit declaration of function 'helper'"],
    2,
  );
  const log = jobLog([...tolerated, ...pytest]);

  test('the API names the later step: it decides', () => {
    const verdict = classify({ log, step: 'Run python -m pytest -x tests' });
    expect(verdict.type).toBe('test');
    expect(verdict.step).toBe('Run python -m pytest -x tests');
    expect(verdict.evidence?.text).toContain('FAILED tests/test_totals.py');
  });

  test('the API names the first failed step (it had no continue-on-error): it keeps deciding', () => {
    const verdict = classify({ log, step: 'Run make optional-extras' });
    expect(verdict.type).toBe('build');
    expect(verdict.step).toBe('Run make optional-extras');
  });

  test('no step named, or one the log names otherwise (a `name:`): the first failed step decides, as before', () => {
    expect(classify({ log }).type).toBe('build');
    expect(classify({ log, step: 'Unit tests' }).type).toBe('build');
  });

  test('a name two steps bear does not pick the later one: the first failed step decides, as before', () => {
    // The same script run twice (`run: ./build.sh` in two steps): the API's name cannot say which one failed
    // the job, and the tolerated one's curl refusal (curl's exit 6 message, curl/src/tool_operate.c) is not
    // the failure to retry.
    const first = actionsStep({ run: './build.sh' }, ['curl: (6) Could not resolve host: mirror.example'], 6);
    const again = actionsStep({ run: './build.sh' }, pytest.slice(1, -1), 1);
    const twice = jobLog([...tolerated, ...first, ...again]);
    const verdict = classify({ log: twice, step: 'Run ./build.sh' });
    expect(verdict.type).toBe('build');
    expect(verdict.retryable).toBe(false);
  });
});
