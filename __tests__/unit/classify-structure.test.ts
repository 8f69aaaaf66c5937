/**
 * The log's structure (src/core/classify/structure.ts) on real corpus logs of each format the corpus holds
 * (raw GitHub Actions job logs, Travis, Jenkins), a `gh run view --log` rendering of a real job log, GitLab's
 * documented trace markers, and a plain command's output; and the step scoping it gives the classifier:
 * lines of passing steps, step headers and post-job cleanup never decide.
 */
import { readFileSync } from 'node:fs';
import {
  classify,
  defaultRuleSet,
  evidencePieces,
  scanText,
  StepTracker,
} from '../../src/core/classify/index.js';
import { FIRST_STEP, readStructure } from '../../src/core/classify/structure.js';
import type { LogStructure } from '../../src/core/classify/structure.js';
import { corpus, corpusLogText, describeIfCorpus } from '../corpus.js';

function failed(structure: LogStructure) {
  return structure.failedStep === undefined ? undefined : structure.steps[structure.failedStep];
}

describeIfCorpus('structure of real logs', () => {
  test('GitHub Actions job log: set-up, run steps with their header, the failed step, post-job cleanup', () => {
    // hashicorp/terraform: `[ -n "" ]` exits 1 after checkout and version steps.
    const s = readStructure(corpusLogText('d0863'));
    expect(s.format).toBe('github');
    expect(s.outcome).toBe('failed');
    expect(s.steps[0]).toMatchObject({ name: FIRST_STEP, kind: 'setup', start: 1 });
    expect(s.steps[1]).toMatchObject({ name: 'Run actions/checkout@v3', kind: 'run', start: 31 });
    expect(failed(s)).toMatchObject({
      name: 'Run [ -n "" ]',
      commands: ['[ -n "" ]'],
      start: 1359,
      end: 1366,
      exitCode: 1,
      failed: true,
    });
    expect(s.steps.slice(-2).map((step) => [step.name, step.kind, step.start])).toEqual([
      ['Post job cleanup', 'post', 1367],
      ['Complete job', 'post', 1382],
    ]);
  });

  test('a complete GitHub Actions job log with no failed step is a passing job', () => {
    const s = readStructure(corpusLogText('d0027'));
    expect(s).toMatchObject({ format: 'github', outcome: 'passed' });
    expect(s.failedStep).toBeUndefined();
    expect(s.steps.map((step) => step.kind)).toEqual(['setup', 'run', 'run', 'run', 'post', 'post', 'post']);
  });

  test('gh run view --log: job and step columns name the steps', () => {
    // The same real job log as gh prints it: `job<TAB>step<TAB>timestamp line`.
    let step = 'Set up job';
    const piped = corpusLogText('d0863')
      .split('\n')
      .map((line) => {
        const run = /##\[group\]Run (.*)/.exec(line);
        if (run) step = `Run ${run[1]}`;
        if (line.includes('Post job cleanup.')) step = 'Post Run actions/checkout@v3';
        return `build (linux)\t${step}\t${line}`;
      })
      .join('\n');
    const s = readStructure(piped);
    expect(s.format).toBe('github-cli');
    expect(failed(s)).toMatchObject({ name: 'Run [ -n "" ]', exitCode: 1, start: 1359 });
    expect(s.steps.find((x) => x.name === 'Post Run actions/checkout@v3')?.kind).toBe('post');
  });

  test("a container hook's `Run '<path>'` group is the step it runs, not a step of its own", () => {
    // pytorch (self-hosted runners with ACTIONS_RUNNER_CONTAINER_HOOKS): the runner prints the step's header,
    // then runs it in the job's pod through the hook, whose header is `Run '/home/runner/hook-extensions/
    // wrapper.js'` + `shell:`. The aws-actions step fails (line 34); its name and command are the step's own.
    const log = corpusLogText('d0312');
    const s = readStructure(log);
    expect(failed(s)).toMatchObject({
      name: 'Run aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7',
      commands: ['aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7'],
      start: 18,
      exitCode: 1,
    });
    expect(s.steps.some((step) => step.name.includes('wrapper.js'))).toBe(false);
    const scan = scanText(log, defaultRuleSet());
    expect(scan.command?.step?.text).toBe(
      'aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7',
    );
    expect(classify({ log }).step).toBe(failed(s)?.name);
    // Team rules' step tracker agrees: the failing line is in the aws-actions step.
    const steps = new StepTracker();
    log.split('\n').forEach((line, i) => steps.line(line, i + 1));
    expect(steps.stepAt(32).command).toBe(
      'aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7',
    );
  });

  test('a run: step whose script starts with a quoted path is a step: its script lines precede `shell:`', () => {
    // The same log with the aws step's header as the runner prints a `run:` step's (ScriptHandler: the group
    // line, the script's lines in cyan, `shell:`): the hook that follows runs that step.
    const lines = corpusLogText('d0312').split('\n');
    const ts = '2026-07-31T01:17:28.4533240Z';
    const script = "'/home/runner/scripts/configure.sh'";
    const log = [
      ...lines.slice(0, 17),
      `${ts} ##[group]Run ${script}`,
      `${ts} \u001b[36;1m${script}\u001b[0m`,
      `${ts} shell: /usr/bin/bash -e {0}`,
      `${ts} ##[endgroup]`,
      ...lines.slice(27),
    ].join('\n');
    const s = readStructure(log);
    expect(failed(s)).toMatchObject({ name: `Run ${script}`, commands: [script], start: 18, exitCode: 1 });
    expect(scanText(log, defaultRuleSet()).structure).toEqual(s);
    const steps = new StepTracker();
    log.split('\n').forEach((line, i) => steps.line(line, i + 1));
    expect(steps.stepAt(26)).toEqual({ step: `Run ${script}`, command: script });
  });

  test("a composite action's step that failed and was allowed to (its end marker) is not the failed step", () => {
    // The runner's markers around a composite action's steps (CompositeActionHandler.cs @258d6c857), here
    // around d0863's real failing `[ -n "" ]` step and a step after it; then a real flake8 run fails the job.
    const log = corpusLogText('d0863').split('\n');
    const flake8 = readFileSync(`${corpus}/tools/flake8.txt`, 'utf8').trimEnd().split('\n');
    const ts = '2022-05-19T22:22:36.7700000Z';
    const composite = (conclusion: string): string =>
      [
        ...log.slice(0, 1358),
        `${ts} ##[start-action display=Check the version;id=version.check]`,
        ...log.slice(1358, 1366),
        `${ts} ##[group]Run echo checked`,
        `${ts} ##[endgroup]`,
        `${ts} checked`,
        `${ts} ##[end-action id=version.check;outcome=failure;conclusion=${conclusion};duration_ms=17]`,
        `${ts} ##[group]Run flake8 .`,
        `${ts} ##[endgroup]`,
        ...flake8.map((line) => `${ts} ${line}`),
        `${ts} ##[error]Process completed with exit code 1.`,
        ...log.slice(1366),
      ].join('\n');
    const allowed = readStructure(composite('success'));
    expect(allowed.steps.find((step) => step.name === 'Run [ -n "" ]')).toMatchObject({
      failed: true,
      allowedToFail: true,
    });
    expect(failed(allowed)?.name).toBe('Run flake8 .');
    expect(scanText(composite('success'), defaultRuleSet()).structure).toEqual(allowed);
    expect(classify({ log: composite('success') })).toMatchObject({
      type: 'quality-gate',
      step: 'Run flake8 .',
    });
    // Without continue-on-error the composite's step is the job's failure, as before.
    expect(failed(readStructure(composite('failure')))?.name).toBe('Run [ -n "" ]');
    expect(classify({ log: composite('failure') }).step).toBe('Run [ -n "" ]');
  });

  test('Travis: each command ends with its exit status; the first non-zero one is the failed step', () => {
    // elixir-lang/elixir: `make test` exits 2, then dialyzer and the checks still run and pass.
    const s = readStructure(corpusLogText('d0001'));
    expect(s).toMatchObject({ format: 'travis', outcome: 'failed' });
    expect(failed(s)).toMatchObject({ name: 'make test', exitCode: 2, start: 251, end: 278 });
    expect(s.steps[(s.failedStep ?? 0) + 1]).toMatchObject({ exitCode: 0, failed: false });
  });

  test('Travis: after_failure folds are hooks, which never fail the job', () => {
    const s = readStructure(corpusLogText('d0014'));
    expect(failed(s)).toMatchObject({ name: 'docker build -t "$name:current" .', exitCode: 1 });
    const hooks = s.steps.filter((step) => step.kind === 'hook');
    expect(hooks.map((h) => h.name)).toEqual([
      'after_failure.1',
      'after_failure.2',
      'after_failure.3',
      'after_failure.4',
      'after_failure.5',
    ]);
  });

  test('Travis: a command retried by travis_retry has not failed until its last attempt', () => {
    // SwiftyJSON: `xcodebuild … tvOS` "failed. Retrying, 2 of 3." twice, then "failed 3 times."
    const s = readStructure(corpusLogText('d0688'));
    const retried = s.steps.filter((step) => step.name.startsWith('xcodebuild') && step.failed);
    expect(retried).toHaveLength(1);
  });

  test('Jenkins freestyle: the shell build step that marked the build failed, then post-build actions', () => {
    const s = readStructure(corpusLogText('d0042'));
    expect(s).toMatchObject({ format: 'jenkins', outcome: 'failed' });
    expect(failed(s)).toMatchObject({ name: 'Execute shell', start: 28, end: 1789 });
    expect(s.steps.at(-1)).toMatchObject({ name: 'Post-build actions', kind: 'post', start: 1790 });
    expect(readStructure(corpusLogText('d0011')).outcome).toBe('passed');
  });
});

test('GitLab job trace: sections are steps, after_script is a hook, the script step failed', () => {
  // The markers as GitLab Runner writes them: section_start:<unix time>:<name>\r\x1b[0K<header>.
  const trace = [
    '\x1b[0KRunning with gitlab-runner 16.5.0 (853330f9)\x1b[0;m',
    'section_start:1700000000:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the "docker" executor\x1b[0;m',
    'section_end:1700000001:prepare_executor\r\x1b[0K',
    'section_start:1700000002:get_sources\r\x1b[0K\x1b[0K\x1b[36;1mGetting source from Git repository\x1b[0;m',
    'section_end:1700000003:get_sources\r\x1b[0K',
    'section_start:1700000004:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m',
    '\x1b[32;1m$ npm test\x1b[0;m',
    'FAIL src/app.test.js',
    'section_end:1700000005:step_script\r\x1b[0K',
    'section_start:1700000006:after_script\r\x1b[0K\x1b[0K\x1b[36;1mRunning after_script\x1b[0;m',
    'npm ERR! code ECONNRESET',
    'section_end:1700000007:after_script\r\x1b[0K',
    'section_start:1700000008:cleanup_file_variables\r\x1b[0K\x1b[0K\x1b[36;1mCleaning up project directory and file based variables\x1b[0;m',
    'section_end:1700000009:cleanup_file_variables\r\x1b[0K',
    '\x1b[31;1mERROR: Job failed: exit code 1\n\x1b[0;m',
  ].join('\n');
  const s = readStructure(trace);
  expect(s).toMatchObject({ format: 'gitlab', outcome: 'failed' });
  expect(s.steps.map((step) => [step.name, step.kind])).toEqual([
    ['prepare_executor', 'setup'],
    ['get_sources', 'setup'],
    ['step_script', 'run'],
    ['after_script', 'hook'],
    ['cleanup_file_variables', 'post'],
  ]);
  expect(failed(s)).toMatchObject({ name: 'step_script', start: 6, exitCode: 1 });
  // The after_script's network error is not what failed the job.
  const verdict = classify({ log: trace });
  expect(verdict.step).toBe('step_script');
  expect(verdict.type).not.toBe('network');
});

test('a job log that says it passed gives no rule evidence: a checker under `|| true` printed its findings', () => {
  // A raw GitHub Actions log whose every step passed (the runner's step header, `shell:` line, post steps),
  // mypy's summary in its own format (python/mypy mypy/util.py format_error) printed by `mypy . || true`.
  const log = [
    '2024-01-01T00:00:00.0000000Z ##[group]Run mypy . || true',
    '2024-01-01T00:00:00.0000000Z \x1b[36;1mmypy . || true\x1b[0m',
    '2024-01-01T00:00:00.0000000Z shell: /usr/bin/bash -e {0}',
    '2024-01-01T00:00:00.0000000Z ##[endgroup]',
    '2024-01-01T00:00:01.0000000Z src/app/main.py:12: error: Incompatible return value type (got "int", expected "str")  [return-value]',
    '2024-01-01T00:00:01.0000000Z Found 2 errors in 1 file (checked 3 source files)',
    '2024-01-01T00:00:02.0000000Z Post job cleanup.',
    '2024-01-01T00:00:03.0000000Z Cleaning up orphan processes',
  ].join('\n');
  const ruleSet = defaultRuleSet();
  const scan = scanText(log, ruleSet);
  expect(scan.structure?.outcome).toBe('passed');
  expect((scan.counts[ruleSet.rules.find((r) => r.spec.id === 'mypy-report')?.index ?? -1] ?? 0) > 0).toBe(
    true,
  );
  const rules = evidencePieces(scan, ruleSet, scan.command).filter((p) => p.key.startsWith('rule:'));
  expect(rules).toEqual([]);
  // The same lines in a step that failed are mypy's verdict.
  const failedLog = log.replace(
    '2024-01-01T00:00:02.0000000Z Post job cleanup.',
    '2024-01-01T00:00:01.5000000Z ##[error]Process completed with exit code 1.\n2024-01-01T00:00:02.0000000Z Post job cleanup.',
  );
  expect(classify({ log: failedLog }).type).toBe('quality-gate');
});

test('gh run view --log of several jobs: each job its own steps, a job cancelled by fail-fast decides last', () => {
  // `job<TAB>step<TAB>timestamp line`, jobs one after another as gh prints them; the matrix leg listed first was
  // cancelled by fail-fast because the second leg's tests failed.
  const line = (job: string, step: string, text: string): string =>
    `${job}\t${step}\t2025-10-21T14:58:33.0000000Z ${text}`;
  const leg = (job: string, body: string[]): string[] => [
    line(job, 'Set up job', 'Current runner version: 2.328.0'),
    line(job, 'Run unit tests', '##[group]Run pytest'),
    line(job, 'Run unit tests', 'shell: /usr/bin/bash -e {0}'),
    line(job, 'Run unit tests', '##[endgroup]'),
    ...body.map((text) => line(job, 'Run unit tests', text)),
    line(job, 'Post Checkout', 'Post job cleanup.'),
    line(job, 'Complete job', 'Cleaning up orphan processes'),
  ];
  const log = [
    ...leg('test (3.12)', ['collecting ...', '##[error]The operation was canceled.']),
    ...leg('test (3.13)', [
      'FAILED tests/test_app.py::test_login - AssertionError: assert 401 == 200',
      '========================= 1 failed, 12 passed in 3.10s =========================',
      '##[error]Process completed with exit code 1.',
    ]),
  ].join('\n');
  const s = readStructure(log);
  expect(s).toMatchObject({ format: 'github-cli', outcome: 'failed' });
  // The second job's steps are its own, not post steps of the first.
  expect(s.steps.filter((step) => step.name === 'Run unit tests').map((step) => step.kind)).toEqual([
    'run',
    'run',
  ]);
  expect(s.steps.filter((step) => step.failed).map((step) => step.cancelled === true)).toEqual([true, false]);
  expect(s.steps[s.failedStep ?? -1]?.start).toBeGreaterThan(8);
  expect(classify({ log })).toMatchObject({ type: 'test' });
  // Alone, the cancelled job is what failed.
  expect(
    classify({
      log: leg('test (3.12)', ['collecting ...', '##[error]The operation was canceled.']).join('\n'),
    }).type,
  ).toBe('cancelled');
});

test('a step the runner cancelled decides cancelled, whatever its tests printed before it was', () => {
  // The runner's own line ends the step (actions/runner StepsRunner.cs): the tests' failures were printed
  // while it ran on, and did not end it. Alone in the log, such a step is what failed the job.
  const line = (text: string): string => `test (22)\tRun tests\t2026-01-22T04:16:13.2733293Z ${text}`;
  const job = (body: string[]): string =>
    [
      line('##[group]Run npm test'),
      line('##[endgroup]'),
      line('FAILED tests/test_stream.py::test_signature - AssertionError: assert 0 == 1'),
      line('========================= 1 failed, 12 passed in 3.10s ========================='),
      line('waiting for the next turn...'),
      ...body,
      'test (22)\tComplete job\t2026-01-22T04:29:29.4742796Z Cleaning up orphan processes',
    ].join('\n');
  expect(classify({ log: job([line('##[error]The operation was canceled.')]) })).toMatchObject({
    type: 'cancelled',
    retryable: false,
  });
  // A step that failed by itself is not a cancelled one: its tests decide.
  expect(classify({ log: job([line('##[error]Process completed with exit code 1.')]) }).type).toBe('test');
});

test('plain output of one command: one step named by the command run/ ran', () => {
  const s = readStructure('collecting ...\n1 failed, 3 passed in 0.2s\n', 'pytest -q');
  expect(s).toMatchObject({ format: 'plain', outcome: 'unknown' });
  expect(s.steps).toEqual([
    expect.objectContaining({ name: 'pytest -q', commands: ['pytest -q'], start: 1, end: 2, kind: 'run' }),
  ]);
});

describeIfCorpus('step scoping on real logs', () => {
  test('a matrix leg cancelled while its tests ran on is cancelled, not its earlier test failures', () => {
    // gha-committed (read here, not copied): 'Run Tests' printed '[FAIL]' summaries, then the runner
    // cancelled it ('##[error]The operation was canceled.'); no step failed by itself.
    expect(classify({ log: corpusLogText('d1410') })).toMatchObject({ type: 'cancelled', retryable: false });
  });

  test("a step's header (its script) is not output: an echoed ERROR in a passing job decides nothing", () => {
    // hashicorp/terraform, passing: `echo >&2 "ERROR: go.mod/go.sum are not up-to-date…"` is the script.
    const verdict = classify({ log: corpusLogText('d0540') });
    expect(verdict.confidence).toBe('low');
    expect(verdict.evidence?.text ?? '').not.toMatch(/go\.mod\/go\.sum are not up-to-date/);
  });

  test('a passing job gets no claim above low', () => {
    for (const id of ['d0027', 'd0011', 'd0540'])
      expect(classify({ log: corpusLogText(id) }).confidence).toBe('low');
  });

  test('lines of a passing step never decide: a report-only linter before the failing step', () => {
    // A real failing job (terraform: `[ -n "" ]` exits 1 without output) preceded by a real linter's output
    // in a step that passed (flake8 --exit-zero).
    const log = corpusLogText('d0863').split('\n');
    const flake8 = readFileSync(`${corpus}/tools/flake8.txt`, 'utf8').trimEnd().split('\n');
    const linted = [
      ...log.slice(0, 1358),
      '2022-05-19T22:22:36.7400000Z ##[group]Run flake8 --exit-zero .',
      '2022-05-19T22:22:36.7400001Z ##[endgroup]',
      ...flake8.map((line) => `2022-05-19T22:22:36.7400002Z ${line}`),
      ...log.slice(1358),
    ].join('\n');
    expect(classify({ log: flake8.join('\n') }).type).toBe('quality-gate');
    const verdict = classify({ log: linted });
    expect(verdict.step).toBe('Run [ -n "" ]');
    expect(verdict.type).not.toBe('quality-gate');
  });

  test('post-job cleanup does not decide: an error printed after the failed step', () => {
    const log = corpusLogText('d0863').split('\n');
    const cleanup = log.findIndex((line) => line.endsWith('Post job cleanup.'));
    const withWarning = [
      ...log.slice(0, cleanup + 1),
      "2022-05-19T22:22:37.0000000Z fatal: unable to access 'https://github.com/hashicorp/terraform/': Could not resolve host: github.com",
      ...log.slice(cleanup + 1),
    ].join('\n');
    const verdict = classify({ log: withWarning });
    expect(verdict.type).not.toBe('network');
    expect(verdict.step).toBe('Run [ -n "" ]');
  });

  test('a network error a tool said it would retry does not decide, unless it comes again after the retry', () => {
    // electron (Travis): two submodule clones time out, git says "Retry scheduled" after each (lines 461,
    // 475) and both retries check out; the job fails later on apt's 404 for a dropped index (dependency).
    const log = corpusLogText('d0002');
    expect(failed(readStructure(log))).toMatchObject({ name: './script/cibuild', retriedAt: 475 });
    const networkLines = (input: string): number[] => {
      const ruleSet = defaultRuleSet();
      const scan = scanText(input, ruleSet);
      return evidencePieces(scan, ruleSet, scan.command)
        .filter((p) => p.type === 'network')
        .map((p) => p.evidence.line);
    };
    expect(networkLines(log)).toEqual([]);
    // apt's 404 is the line shown (node's missing fast-deep-equal, later in the log, weighs in for the same type).
    const verdict = classify({ log });
    expect(verdict).toMatchObject({ type: 'dependency', evidence: { line: 424 } });
    expect(verdict.evidence?.text).toContain('404  Not Found');
    // The same real timeout printed again after the retry (git's second attempt failing alike) is weighed.
    const lines = log.split('\n');
    const timeout = lines[472] as string;
    expect(timeout).toContain('Failed to connect to chromium.googlesource.com port 443');
    const failedAgain = [...lines.slice(0, 475), timeout, ...lines.slice(475)].join('\n');
    expect(networkLines(failedAgain)).toContain(476);
  });

  test('the scanner and the whole-text reader agree on the structure', () => {
    for (const id of ['d0863', 'd0001', 'd0042', 'd0014', 'd0002', 'd0312', 'd0173', 'd0953']) {
      const scan = scanText(corpusLogText(id), defaultRuleSet());
      expect(scan.structure).toEqual(readStructure(corpusLogText(id)));
    }
  });
});
