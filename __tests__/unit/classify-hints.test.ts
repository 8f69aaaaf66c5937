/**
 * A rule-less hint (the failed step's name, the learned fallback, the job's name) decides a verdict only for a
 * type it was measured right on at least 80 % of the times it spoke, held out on GitHub Actions whole-job logs
 * (hints.ts, rules/hint-precision.json, which classify-corpus.test.ts proves is what npm run hints:classify
 * measures); otherwise the verdict stays `unknown` and shows what the hint saw.
 */
import { classify, defaultRuleSet, hintSpeaks } from '../../src/core/classify/index.js';
import type { Hint, HintTable } from '../../src/core/classify/index.js';
import type { FailureType } from '../../src/core/types.js';
import { actionsStep, jobLog } from '../classify-logs.js';

const counts = (spoke: number, right: number): { spoke: number; right: number } => ({ spoke, right });

describe('hintSpeaks', () => {
  const table: HintTable = {
    'job-name': {
      test: { project: counts(5, 4), source: counts(10, 8) },
      build: { project: counts(6, 1), source: counts(10, 3) },
      'quality-gate': { project: counts(2, 2), source: counts(2, 2) },
    },
    'fallback:learned': { build: { project: counts(10, 9), source: counts(10, 7) } },
  };
  test.each<[Hint, FailureType, boolean]>([
    ['job-name', 'test', true], // 80 % in both views: speaks
    ['job-name', 'build', false], // issue 68's measure: right 1 time in 6
    ['job-name', 'quality-gate', false], // right every time, but on 2 logs: measures nothing
    ['fallback:learned', 'build', false], // 90 % held out by project, 70 % by source: both views must hold
    ['stage-name', 'test', false], // never measured
    ['job-name', 'dependency', false],
  ])('%s saying %s: %s', (hint, type, speaks) => {
    expect(hintSpeaks(table, hint, type)).toBe(speaks);
  });
});

/** One job's own log whose failed step prints words no rule knows; its set-up names the job. */
function unknownJob(job: string, output = ['Comparing the lockfile', 'The two differ']): string {
  return jobLog([
    'Current runner version: 2.330.0',
    `Complete job name: ${job}`,
    ...actionsStep({ uses: 'actions/checkout@v4' }, ['Syncing repository: o/r']),
    ...actionsStep({ run: './scripts/gate.sh' }, output, 1),
    'Post job cleanup.',
  ]);
}

describe('with the committed table', () => {
  test("the job's name that was not measured right claims nothing and shows the name it read", () => {
    expect(classify({ log: unknownJob('Lint and Type Check') })).toMatchObject({
      type: 'unknown',
      confidence: 'low',
      retryable: false,
      rule: 'withheld:job-name:quality-gate',
      evidence: { text: 'Lint and Type Check' },
    });
    expect(classify({ job: 'build-android', conclusion: 'failure' })).toMatchObject({
      type: 'unknown',
      rule: 'withheld:job-name:build',
      evidence: { text: 'build-android' },
    });
  });

  test('a step name a caller gives is withheld the same way', () => {
    expect(classify({ step: 'Run unit tests' })).toMatchObject({
      type: 'unknown',
      rule: 'withheld:stage-name:test',
      evidence: { text: 'Run unit tests' },
    });
  });

  test("the learned fallback's guess is withheld with the line it read", () => {
    const log = "lib/main.dart:3:5: Error: Undefined name 'foo'.";
    expect(classify({ log })).toMatchObject({
      type: 'unknown',
      rule: 'withheld:fallback:learned:build',
      evidence: { line: 1, text: log },
    });
  });

  test('a rule still decides as before', () => {
    const log = unknownJob('lint', ['FAILED tests/test_a.py::test_total - assert 3 == 4']);
    expect(classify({ log }).type).toBe('test');
  });
});

describe('with a gate that lets some hints speak', () => {
  const only =
    (hint: Hint, type: FailureType) =>
    (h: Hint, t: FailureType): boolean =>
      h === hint && t === type;

  test('a hint speaks for the type it was measured right on, not for another', () => {
    const ruleSet = { ...defaultRuleSet(), hintGate: only('job-name', 'quality-gate') };
    expect(classify({ log: unknownJob('Lint') }, ruleSet)).toMatchObject({
      type: 'quality-gate',
      rule: 'job-name',
    });
    expect(classify({ log: unknownJob('build-android') }, ruleSet)).toMatchObject({
      type: 'unknown',
      rule: 'withheld:job-name:build',
    });
  });

  test('a withheld earlier hint leaves the word to a later one that speaks', () => {
    const ruleSet = { ...defaultRuleSet(), hintGate: only('job-name', 'test') };
    expect(classify({ step: 'lint', job: 'unit tests', conclusion: 'failure' }, ruleSet)).toMatchObject({
      type: 'test',
      rule: 'job-name',
    });
    // None speaks: the first withheld one shows what it saw.
    expect(classify({ step: 'lint', job: 'build', conclusion: 'failure' }, ruleSet)).toMatchObject({
      type: 'unknown',
      rule: 'withheld:stage-name:quality-gate',
      evidence: { text: 'lint' },
    });
  });
});
