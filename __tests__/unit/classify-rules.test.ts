/**
 * Every rule of rules/log-rules.json is proven on the real corpus lines it names: positives must be found by
 * the scanner (keywords and pattern), negatives must not match. Then the priority semantics, checked on real
 * logs, and the accuracy floor over the labelled corpus.
 *
 * @needs-corpus: proves rules on the labelled logs of ../shared/corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { classifyLogFile } from '../../src/adapters/log-file.js';
import { classify, defaultRuleSet, normalizeLine, scanText } from '../../src/core/classify/index.js';
import type { RuleSpec } from '../../src/core/classify/index.js';
import { logPath, readLabels } from '../../bench/eval-classify.js';
import { repoRoot } from '../../tools/services/paths.js';

const corpus = path.resolve(repoRoot, '../shared/corpus');
const ruleSet = defaultRuleSet();

const logs = new Map<string, string[]>();
function corpusLines(id: string): string[] {
  let lines = logs.get(id);
  if (!lines) {
    let data = readFileSync(logPath(corpus, id));
    if (data[0] === 0x1f && data[1] === 0x8b) data = gunzipSync(data);
    lines = data.toString('utf8').split('\n');
    logs.set(id, lines);
  }
  return lines;
}
function corpusLine(id: string, line: number): string {
  const text = corpusLines(id)[line - 1];
  if (text === undefined) throw new Error(`${id} has no line ${line}`);
  return text;
}
function corpusText(id: string): string {
  return corpusLines(id).join('\n');
}

test('the corpus is beside the repository', () => {
  expect(existsSync(path.join(corpus, 'dev/labels.csv'))).toBe(true);
});

type Kind = 'rule' | 'success' | 'step-end';
interface Matcher {
  id: string;
  re: RegExp;
  examples: RuleSpec['examples'];
  index: number;
  kind: Kind;
}
const matcher = (
  kind: Kind,
  spec: { id: string; examples: RuleSpec['examples'] },
  re: RegExp,
  index = -1,
): Matcher => ({
  id: spec.id,
  re,
  examples: spec.examples,
  index,
  kind,
});
const matchers: Matcher[] = [
  ...ruleSet.rules.map((r) => matcher('rule', r.spec, r.re, r.index)),
  ...ruleSet.success.map((s) => matcher('success', s.spec, s.re)),
  ...ruleSet.stepEnds.map((s) => matcher('step-end', s.spec, s.re)),
];

describe.each(matchers)('$kind $id', ({ id, re, examples, index, kind }) => {
  test('has real positive and negative examples', () => {
    expect(examples.positive.length).toBeGreaterThan(0);
    expect(examples.negative.length).toBeGreaterThan(0);
  });

  test.each(examples.positive)('matches $log line $line', ({ log, line }) => {
    const raw = corpusLine(log, line);
    expect(re.test(normalizeLine(raw))).toBe(true);
    // Through the scanner: the keyword automaton must let the line through, at the right line number.
    const scan = scanText(raw, ruleSet);
    if (kind === 'success') expect(scan.success?.rule).toBe(id);
    else if (kind === 'rule') expect(scan.first[index]).toEqual({ line: 1, text: normalizeLine(raw) });
    else {
      const code = re.exec(normalizeLine(raw))?.groups?.code;
      expect(code).toMatch(/^\d+$/);
      expect(scan.firstFailedStep?.to).toBe(code === '0' ? undefined : 1);
    }
  });

  test.each(examples.negative)('does not match $log line $line', ({ log, line }) => {
    expect(re.test(normalizeLine(corpusLine(log, line)))).toBe(false);
  });
});

describe('priority on real logs', () => {
  test('a runner shutdown is infrastructure whatever else the log and exit code say', () => {
    const verdict = classify({ log: corpusText('d0257'), exitCode: 1, conclusion: 'cancelled' });
    expect(verdict).toMatchObject({ type: 'infrastructure', rule: 'runner-lost', retryable: true });
    expect(verdict.evidence?.text).toContain('The runner has received a shutdown signal');
  });

  test('a GitHub cancellation is cancelled and not retryable', () => {
    expect(classify({ log: corpusText('d0102') })).toMatchObject({ type: 'cancelled', retryable: false });
  });

  test('exit code 124 is a timeout even when the log shows test failures', () => {
    const log = corpusText('d0072');
    expect(classify({ log }).type).toBe('test');
    expect(classify({ log, exitCode: 124 })).toMatchObject({
      type: 'timeout',
      confidence: 'high',
      rule: 'signal:exit-124',
    });
  });

  test('exit 137 is resource; a killed step whose log shows a time limit is timeout', () => {
    expect(classify({ log: corpusText('d0072'), exitCode: 137 })).toMatchObject({
      type: 'resource',
      confidence: 'medium',
    });
    expect(classify({ log: corpusText('d0060'), signal: 'SIGKILL' })).toMatchObject({
      type: 'resource',
      confidence: 'high',
    });
    expect(classify({ log: corpusText('d0343'), exitCode: 137 }).type).toBe('timeout');
  });

  test('SIGTERM without a time limit in the log is a cancellation', () => {
    expect(classify({ signal: 'SIGTERM' })).toMatchObject({ type: 'cancelled', rule: 'signal:sigterm' });
  });

  test('a success line after the evidence leaves only a low-confidence claim (pass log)', () => {
    const verdict = classify({ log: corpusText('d0331') });
    expect(verdict.confidence).toBe('low');
    expect(verdict.type).toBe('test');
  });

  test('the earliest failed Travis command decides among command hints', () => {
    const verdict = classify({ log: corpusText('d0019') });
    expect(verdict).toMatchObject({ type: 'build', rule: 'travis-command-build', confidence: 'low' });
    expect(verdict.evidence?.text).toContain('build:except-parser');
  });

  test("the first failed Travis command's own lines decide over the consequences after it", () => {
    // docker build failed on the network; the later "./shellcheck: No such file" lines are consequences.
    const verdict = classify({ log: corpusText('d0179') });
    expect(verdict).toMatchObject({ type: 'network', rule: 'network' });
    expect(verdict.evidence?.text).toContain('Connection reset by peer');
    expect(scanText(corpusText('d0179'), ruleSet).firstFailedStep).toMatchObject({ to: 665 });
  });

  test('a missing git ref is git but not worth a blind retry; a git transport failure is network', () => {
    expect(classify({ log: corpusText('d0138') })).toMatchObject({
      type: 'git',
      retryable: false,
      rule: 'git-ref-missing',
    });
    expect(classify({ log: corpusText('d0073') })).toMatchObject({ type: 'network', retryable: true });
  });

  test('a dependency failure outranks the build errors it causes', () => {
    expect(classify({ log: corpusText('d0020') })).toMatchObject({ type: 'dependency', rule: 'deps-native' });
  });

  test('evidence line numbers are 1-based lines of the log', () => {
    const verdict = classify({ log: corpusText('d0257') });
    expect(normalizeLine(corpusLine('d0257', verdict.evidence?.line ?? 0))).toBe(verdict.evidence?.text);
  });
});

describe('signals other than the log', () => {
  test('a JUnit report with a failed case is a test failure, named in the evidence', () => {
    const junit = `<?xml version="1.0"?><testsuites><testsuite name="s" tests="2" failures="1">
      <testcase classname="a.B" name="ok"/><testcase classname="a.B" name="breaks"><failure message="expected 1 but was 2">trace</failure></testcase>
      </testsuite></testsuites>`;
    expect(classify({ reports: { junit: [junit] } })).toMatchObject({
      type: 'test',
      confidence: 'high',
      rule: 'report:junit',
      evidence: { text: 'a.B.breaks failed: expected 1 but was 2' },
    });
  });

  test('a passing JUnit report and a malformed one claim nothing', () => {
    const passing = '<testsuite name="s" tests="1" failures="0"><testcase name="ok"/></testsuite>';
    expect(classify({ reports: { junit: [passing, '<testsuite'] } }).type).toBe('unknown');
  });

  test('SARIF error results are a quality gate; warnings are not', () => {
    const sarif = (level: string): string =>
      JSON.stringify({
        runs: [
          {
            results: [
              {
                level,
                ruleId: 'no-unused-vars',
                message: { text: "'x' is unused" },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } } },
                ],
              },
            ],
          },
        ],
      });
    expect(classify({ reports: { sarif: [sarif('error')] } })).toMatchObject({
      type: 'quality-gate',
      evidence: { text: "src/a.ts:3: no-unused-vars: 'x' is unused" },
    });
    expect(classify({ reports: { sarif: [sarif('warning')] } }).type).toBe('unknown');
  });

  test('report files come after structural signals', () => {
    const junit = '<testsuite name="s" failures="1"><testcase name="t"><failure/></testcase></testsuite>';
    expect(classify({ exitCode: 124, reports: { junit: [junit] } }).type).toBe('timeout');
  });

  test('weak hints: exit 127, exit 128 and the stage name, all below the log rules', () => {
    expect(classify({ exitCode: 127 })).toMatchObject({ type: 'config', rule: 'signal:exit-127' });
    expect(classify({ exitCode: 128 })).toMatchObject({ type: 'git', confidence: 'low' });
    expect(classify({ stage: 'lint' })).toMatchObject({
      type: 'quality-gate',
      confidence: 'low',
      rule: 'stage-name',
    });
    expect(classify({ stage: 'lint', log: corpusText('d0072') }).type).toBe('test');
  });

  test('nothing known is unknown, low confidence, not retryable', () => {
    expect(classify({})).toEqual({ type: 'unknown', confidence: 'low', retryable: false, rule: 'catch-all' });
  });
});

test('accuracy over the labelled corpus stays at or above 90%, and pass logs get no high-confidence claim', async () => {
  let failures = 0;
  let correct = 0;
  const claims: string[] = [];
  for (const label of readLabels(corpus)) {
    const verdict = await classifyLogFile(logPath(corpus, label.id));
    if (label.type === 'pass') {
      if (verdict.type !== 'unknown' && verdict.confidence === 'high') claims.push(label.id);
      continue;
    }
    failures++;
    if (verdict.type === label.type) correct++;
  }
  expect(correct / failures).toBeGreaterThanOrEqual(0.9);
  expect(claims).toEqual([]);
});
