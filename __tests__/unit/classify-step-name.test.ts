/**
 * A step's name is the last hint of what kind of work failed, when no line of its output is known (index.ts
 * `stage-name`): the action passes its own step's name; a `gh run view --log` file names each step in its second
 * column (structure.ts), and so does a Jenkins stage. A name is read by its words, and two words may be one
 * entry of the lexicon (`Type check` is `type-check`).
 */
import { classify as classifyWith } from '../../src/core/classify/index.js';
import type { FailureSignals } from '../../src/core/classify/index.js';
import { resolveName } from '../../src/core/classify/context.js';
import { defaultRuleSet } from '../../src/core/classify/rules.js';
import type { StepKind } from '../classify-logs.js';
import { actionsStep, failedRunLog, jobLog } from '../classify-logs.js';

const lexicon = defaultRuleSet().lexicon;
/**
 * How the names are read, with every hint let speak: the committed gate (hints.ts, rules/hint-precision.json)
 * keeps them quiet where they were not measured right, which classify-hints.test.ts proves.
 */
const open = { ...defaultRuleSet(), hintGate: () => true };
const classify = (signals: FailureSignals): ReturnType<typeof classifyWith> => classifyWith(signals, open);

/** A `gh run view --log` job (`job<TAB>step<TAB>timestamp line`) whose failed step prints only its own words. */
function ghJob(step: string, output: string[]): string {
  const line = (name: string, text: string): string => `check\t${name}\t2026-01-22T04:16:13.2733293Z ${text}`;
  return [
    line('Set up job', 'Current runner version: 2.330.0'),
    line(step, '##[group]Run ./scripts/gate.sh'),
    line(step, 'shell: /usr/bin/bash -e {0}'),
    line(step, '##[endgroup]'),
    ...output.map((text) => line(step, text)),
    line(step, '##[error]Process completed with exit code 1.'),
    line('Complete job', 'Cleaning up orphan processes'),
  ].join('\n');
}

const ownWords = ['Comparing the lockfile with the manifest', 'The two differ: please run the generator'];

test('two words of a name that are one lexicon entry resolve as that entry', () => {
  expect(resolveName('Type check', lexicon)).toEqual(['task:type-check', 'quality-gate']);
  expect(resolveName('typeCheck', lexicon)).toEqual(['task:type-check', 'quality-gate']);
  expect(resolveName('Go vet', lexicon)).toEqual(['tool:go-vet', 'quality-gate']);
  expect(resolveName('Link check', lexicon)).toEqual(['task:link-check', 'quality-gate']);
  // One word alone still decides where no pair is an entry.
  expect(resolveName('Run unit tests', lexicon)).toEqual(['task:unit', 'test']);
});

test('the step a caller names is read by its joined words', () => {
  expect(classify({ step: 'Type check' })).toMatchObject({
    type: 'quality-gate',
    confidence: 'low',
    rule: 'stage-name',
  });
});

test("gh's step column names the failed step when nothing it printed is known", () => {
  expect(classify({ log: ghJob('Type check', ownWords) })).toMatchObject({
    type: 'quality-gate',
    confidence: 'low',
    rule: 'stage-name',
    step: 'Type check',
  });
  expect(classify({ log: ghJob('Build docs', ownWords) })).toMatchObject({
    type: 'build',
    rule: 'stage-name',
  });
});

test('a known line still decides over the step name', () => {
  // pytest's summary line (pytest-dev/pytest doc/en/how-to/output.rst; names filled in).
  const log = ghJob('Type check', [
    'FAILED tests/test_totals.py::test_total - assert 3 == 4',
    '========================= 1 failed, 12 passed in 0.52s =========================',
  ]);
  expect(classify({ log }).type).toBe('test');
});

test("gh's placeholder column and a raw log's `Run <command>` name say nothing of the work", () => {
  // gh prints `UNKNOWN STEP` for a job whose log has no per-step files.
  expect(classify({ log: ghJob('UNKNOWN STEP', ownWords) }).type).toBe('unknown');
  const raw = ghJob('Type check', ownWords)
    .split('\n')
    .map((line) => line.split('\t')[2])
    .join('\n');
  expect(classify({ log: raw }).type).toBe('unknown');
});

describe("the failed step's job name is the hint after every other (index.ts `job-name`)", () => {
  /** One job's own log: its set-up names the job (actions/runner JobExtension.cs `Complete job name: …`). */
  function rawJob(job: string, step: StepKind, output: string[], exitCode?: number): string {
    return jobLog([
      'Current runner version: 2.330.0',
      '##[group]Operating System',
      'Ubuntu',
      '##[endgroup]',
      `Complete job name: ${job}`,
      ...actionsStep({ uses: 'actions/checkout@v4' }, ['Syncing repository: o/r']),
      ...actionsStep(step, output, exitCode),
      'Post job cleanup.',
      'Cleaning up orphan processes',
    ]);
  }
  const script = { run: './scripts/gate.sh' };

  test("a job's own log: the name its set-up gives types a step whose words are unknown", () => {
    const v = classify({ log: rawJob('Lint and Type Check', script, ownWords, 1) });
    expect(v).toMatchObject({ type: 'quality-gate', confidence: 'low', rule: 'job-name' });
    // the step keeps its own name; the job only typed it
    expect(v.step).toBe('Run ./scripts/gate.sh');
  });

  test('a gh log of several jobs: the job of the step that failed, not the first job', () => {
    const line = (job: string, step: string, text: string): string =>
      `${job}\t${step}\t2026-01-22T04:16:13.2733293Z ${text}`;
    const log = [
      line('unit-tests', 'Set up job', 'Current runner version: 2.330.0'),
      line('unit-tests', 'Run the suite', '##[group]Run ./scripts/suite.sh'),
      line('unit-tests', 'Run the suite', '##[endgroup]'),
      line('unit-tests', 'Complete job', 'Cleaning up orphan processes'),
      line('docs', 'Set up job', 'Current runner version: 2.330.0'),
      line('docs', 'Run ./scripts/gate.sh', '##[group]Run ./scripts/gate.sh'),
      line('docs', 'Run ./scripts/gate.sh', '##[endgroup]'),
      ...ownWords.map((text) => line('docs', 'Run ./scripts/gate.sh', text)),
      line('docs', 'Run ./scripts/gate.sh', '##[error]Process completed with exit code 1.'),
      line('docs', 'Complete job', 'Cleaning up orphan processes'),
    ].join('\n');
    expect(classify({ log })).toMatchObject({ type: 'build', rule: 'job-name' });
  });

  test('a step name, a known line and a passing job all come before the job name', () => {
    expect(classify({ log: rawJob('lint', script, ownWords, 1), step: 'Unit tests' })).toMatchObject({
      type: 'test',
      rule: 'stage-name',
    });
    // pytest's summary line (pytest-dev/pytest doc/en/how-to/output.rst; names filled in)
    const pytest = [
      'FAILED tests/test_totals.py::test_total - assert 3 == 4',
      '=== 1 failed, 12 passed in 0.52s ===',
    ];
    expect(classify({ log: rawJob('lint', script, pytest, 1) }).type).toBe('test');
    const passed = classify({ log: rawJob('lint', script, ownWords) });
    expect(passed.rule).not.toBe('job-name');
    expect(passed.type).toBe('unknown');
  });

  test("a masked or unknown job name says nothing, and a step's output line naming a job is not the runner's", () => {
    expect(classify({ log: rawJob('***', script, ownWords, 1) }).type).toBe('unknown');
    const echoed = classify({
      log: failedRunLog('./scripts/gate.sh', ['Complete job name: lint', ...ownWords]),
    });
    expect(echoed.rule).not.toBe('job-name');
  });
});

test("a caller's job name is read last, and never for a job whose log says it passed", () => {
  expect(classify({ job: 'Lint and Type Check', conclusion: 'failure' })).toMatchObject({
    type: 'quality-gate',
    confidence: 'low',
    rule: 'job-name',
  });
  expect(classify({ job: 'lint', step: 'Run unit tests', conclusion: 'failure' })).toMatchObject({
    type: 'test',
    rule: 'stage-name',
  });
  const passed = jobLog([
    ...actionsStep({ run: './scripts/gate.sh' }, ownWords),
    'Post job cleanup.',
    'Cleaning up orphan processes',
  ]);
  expect(classify({ job: 'lint', log: passed }).rule).not.toBe('job-name');
});

test.each([
  // TAXONOMY.md's quality-gate: 'license/secret/vulnerability scan, commit-message or PR-size checks', and a
  // checker that judges code without running it; CodeQL is GitHub's code scanner (github/codeql-action).
  'License check',
  'Check licenses',
  'Static analysis',
  'check_code_quality (3.9)',
  'Dependency review',
  'Secret scanning',
  'Scan for vulnerabilities',
  'Validate commit message',
  'CodeQL',
])("a check named as TAXONOMY.md names one is a quality gate: '%s'", (name) => {
  expect(resolveName(name, lexicon)?.[1]).toBe('quality-gate');
});
