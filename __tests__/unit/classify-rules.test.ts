/**
 * Every rule of rules/log-rules.json is proven on the real corpus lines it names: positives must be found by
 * the scanner (keywords and pattern), negatives must not match. Then the priority semantics, checked on real
 * logs. The leave-one-project-out floor over the labelled corpus is in classify-corpus.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  classify,
  defaultRuleSet,
  evidencePieces,
  examplesOf,
  normalizeLine,
  reportFinding,
  scanText,
} from '../../src/core/classify/index.js';
import type { RuleSpec } from '../../src/core/classify/index.js';
import { stripLine } from '../../src/core/classify/normalize.js';
import { logPath } from '../../bench/eval-classify.js';
import { readLabels } from '../../bench/lopo.js';
import { scanLogFile } from '../../src/adapters/log-file.js';
import { readFixtures, keptLine, ruleExamples } from '../../scripts/corpus-fixtures.js';
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import type { RuleFile } from '../../src/core/classify/index.js';
import { standLogs } from '../../stand/services/paths.js';
import { corpus, corpusAvailable, describeIfCorpus, exampleLine, examplesFrom } from '../corpus.js';

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

/** `passed`: a success marker of one command (SuccessSpec command), a test runner's all-passed summary. */
type Kind = 'rule' | 'success' | 'passed' | 'step-end' | 'command';
interface Matcher {
  id: string;
  re: RegExp;
  examples: NonNullable<RuleSpec['examples']>;
  index: number;
  kind: Kind;
}
const matcher = (
  kind: Kind,
  spec: { id: string; examples?: RuleSpec['examples']; command?: boolean },
  re: RegExp,
  index = -1,
): Matcher => ({
  id: spec.id,
  re,
  examples: examplesOf(spec),
  index,
  kind,
});
const matchers: Matcher[] = [
  ...ruleSet.rules.map((r) => matcher('rule', r.spec, r.re, r.index)),
  ...ruleSet.success.map((s) => matcher(s.spec.command ? 'passed' : 'success', s.spec, s.re)),
  ...ruleSet.stepEnds.map((s) => matcher('step-end', s.spec, s.re)),
  ...ruleSet.commands.map((s) => matcher('command', s.spec, s.re)),
];
// Step ends are tried on the line before exit-status boilerplate is dropped (it ends GitHub steps).
const seen = (kind: Kind, raw: string): string => (kind === 'step-end' ? stripLine(raw) : normalizeLine(raw));

/** The scanner records the command a one-line log names, as the command's pattern captures it. */
function expectCommand(scan: ReturnType<typeof scanText>, re: RegExp, id: string, raw: string): void {
  const cmd = re.exec(normalizeLine(raw))?.groups?.cmd?.trim() ?? '';
  expect(cmd).not.toBe('');
  const context = scan.command;
  expect([...(context?.failed ?? []), ...(context?.ran ?? []), context?.step]).toContainEqual(
    expect.objectContaining({ line: 1, text: cmd, spec: id }),
  );
}

// From the corpus when it is beside the repository, else from the fixtures copied from it (on GitHub).
describe(`every matcher on its real corpus lines (from ${examplesFrom})`, () => {
  describe.each(matchers)('$kind $id', ({ id, re, examples, index, kind }) => {
    test('has real positive and negative examples', () => {
      // A positive is a corpus line or, for a rule or command written from a tool's own text, a published one.
      expect(examples.positive.length + (examples.published?.length ?? 0)).toBeGreaterThan(0);
      expect(examples.negative.length).toBeGreaterThan(0);
    });

    const published = examples.published ?? [];
    if (published.length > 0)
      test.each(published)('matches its published line ($from)', ({ text }) => {
        // Through the scanner, as a log of one line: keywords, normalization and pattern together. A rule of
        // one package's failure (`package`: pip's own or a dependency's) is published with pip's lines above
        // its line, which is the text's last.
        expect(['rule', 'command', 'passed']).toContain(kind);
        const scan = scanText(text, ruleSet);
        if (kind === 'passed') {
          expect(scan.passedSummary).toEqual({ line: 1, text: normalizeLine(text), rule: id });
          expect(scan.success).toBeUndefined();
          return;
        }
        const lines = text.split('\n');
        const last = { line: lines.length, text: normalizeLine(lines.at(-1) ?? '') };
        if (kind === 'rule' && lines.length > 1) expect(scan.last[index]).toEqual(last);
        else if (kind === 'rule') expect(scan.first[index]).toEqual(last);
        else expectCommand(scan, re, id, text);
      });

    // A rule written from a tool's published text alone may have no corpus line of its shape.
    if (examples.positive.length > 0)
      test.each(examples.positive)('matches $log line $line', ({ log, line }) => {
        const raw = exampleLine(log, line);
        expect(re.test(seen(kind, raw))).toBe(true);
        // Through the scanner: the keyword automaton must let the line through, at the right line number.
        const scan = scanText(raw, ruleSet);
        if (kind === 'success') expect(scan.success?.rule).toBe(id);
        else if (kind === 'passed') expect(scan.passedSummary?.rule).toBe(id);
        else if (kind === 'rule') expect(scan.first[index]).toEqual({ line: 1, text: normalizeLine(raw) });
        else if (kind === 'command') expectCommand(scan, re, id, raw);
        else {
          const code = re.exec(stripLine(raw))?.groups?.code;
          expect(code).toMatch(/^\d+$/);
          expect(scan.firstFailedStep?.to).toBe(code === '0' ? undefined : 1);
        }
      });

    test.each(examples.negative)('does not match $log line $line', ({ log, line }) => {
      expect(re.test(seen(kind, exampleLine(log, line)))).toBe(false);
    });
  });
});

describe('the corpus fixtures (__tests__/fixtures/corpus) hold every example line', () => {
  const fixtures = readFixtures();
  const examples = ruleExamples(ruleFile as RuleFile);

  test('every example of every matcher is in the fixtures (else: npm run fixtures:corpus)', () => {
    const missing = examples.filter(({ log, line }) => fixtures.get(log)?.get(line) === undefined);
    expect(missing).toEqual([]);
  });

  (corpusAvailable ? test : test.skip)('each fixture line is the corpus line it names', () => {
    const differ = examples.filter(
      ({ log, line }) => fixtures.get(log)?.get(line) !== keptLine(exampleLine(log, line)),
    );
    expect(differ).toEqual([]);
  });
});

describeIfCorpus('priority on real logs', () => {
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

  test("the earliest failed Travis command's tool decides when no rule matches its output", () => {
    // Two commands fail; the first one is `node ./bin/cake build:except-parser`, a build task.
    const scan = scanText(corpusText('d0019'), ruleSet);
    expect(scan.command?.step?.text).toBe('node ./bin/cake build:except-parser');
    const verdict = classify({ log: corpusText('d0019') });
    expect(verdict).toMatchObject({ type: 'build', rule: 'command:task:build', confidence: 'low' });
    // The line shown is what that command printed before its end: node's uncaught exception, not its echo.
    expect(verdict.evidence?.text).toBe('ReferenceError: registerCompiled is not defined');
  });

  test('`npm test` that only runs a format check is a quality gate, by the script npm says failed', () => {
    const verdict = classify({ log: corpusText('d0132') });
    expect(verdict).toMatchObject({ type: 'quality-gate', rule: 'command:task:formatting' });
    expect(verdict.evidence).toEqual({ line: 674, text: 'test:guide-formatting' });
  });

  test('a whole GitHub job log: the failed step and the Gradle task it names', () => {
    const scan = scanText(corpusText('d0055'), ruleSet);
    expect(scan.firstFailedStep).toMatchObject({ to: 555 });
    expect(scan.command?.step).toMatchObject({ text: './gradlew build', spec: 'gha-run' });
    expect(scan.command?.failed[0]).toMatchObject({ line: 542, text: ':cidiff:checkstyleMain' });
  });

  test("the first failed Travis command's own lines decide over the consequences after it", () => {
    // docker build failed on the network (the label); the later "./shellcheck: No such file" lines are
    // consequences, which would say config. The network line is weighed against docker build's own record in
    // rules/weights.json, so the verdict is network or build as those records stand, never the consequence.
    const verdict = classify({ log: corpusText('d0179') });
    expect(verdict.step).toBe('docker build -t "$name:current" .');
    expect(['network', 'build']).toContain(verdict.type);
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
  test('a JUnit report with a failed case is a test failure, named in the evidence', async () => {
    const junit = `<?xml version="1.0"?><testsuites><testsuite name="s" tests="2" failures="1">
      <testcase classname="a.B" name="ok"/><testcase classname="a.B" name="breaks"><failure message="expected 1 but was 2">trace</failure></testcase>
      </testsuite></testsuites>`;
    expect(classify({ report: await reportFinding({ junit: [junit] }) })).toMatchObject({
      type: 'test',
      confidence: 'high',
      rule: 'report:junit',
      evidence: { text: 'a.B.breaks failed: expected 1 but was 2' },
    });
  });

  test('a passing JUnit report and a malformed one claim nothing', async () => {
    const passing = '<testsuite name="s" tests="1" failures="0"><testcase name="ok"/></testsuite>';
    expect(classify({ report: await reportFinding({ junit: [passing, '<testsuite'] }) }).type).toBe(
      'unknown',
    );
  });

  test('SARIF error results are a quality gate; warnings are not', async () => {
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
    expect(classify({ report: await reportFinding({ sarif: [sarif('error')] }) })).toMatchObject({
      type: 'quality-gate',
      evidence: { text: "src/a.ts:3: no-unused-vars: 'x' is unused" },
    });
    expect(classify({ report: await reportFinding({ sarif: [sarif('warning')] }) }).type).toBe('unknown');
  });

  test('report files come after structural signals', async () => {
    const junit = '<testsuite name="s" failures="1"><testcase name="t"><failure/></testcase></testsuite>';
    expect(classify({ exitCode: 124, report: await reportFinding({ junit: [junit] }) }).type).toBe('timeout');
  });

  test('weak hints: exit 127, exit 128 and the stage name, all below the log rules', () => {
    expect(classify({ exitCode: 127 })).toMatchObject({ type: 'config', rule: 'signal:exit-127' });
    expect(classify({ exitCode: 128 })).toMatchObject({ type: 'git', confidence: 'low' });
    // A stage name that was not measured right shows what it saw and claims nothing (hints.ts).
    expect(classify({ stage: 'lint' })).toMatchObject({
      type: 'unknown',
      confidence: 'low',
      rule: 'withheld:stage-name:quality-gate',
      evidence: { text: 'lint' },
    });
    expect(classify({ stage: 'lint' }, { ...defaultRuleSet(), hintGate: () => true })).toMatchObject({
      type: 'quality-gate',
      confidence: 'low',
      rule: 'stage-name',
    });
    // d0072 is also among the stand's logs (stand/fixtures/logs), so this runs without the corpus too.
    const d0072 = readFileSync(path.join(standLogs, 'd0072.log'), 'utf8');
    expect(classify({ stage: 'lint', log: d0072 }).type).toBe('test');
  });

  test('nothing known is unknown, low confidence, not retryable', () => {
    expect(classify({})).toEqual({ type: 'unknown', confidence: 'low', retryable: false, rule: 'catch-all' });
  });
});

/**
 * Passing logs where a tool really printed its own failure report in a step that passed (its exit swallowed
 * by `|| true` or by the project's lint script), read line by line: the rule matched its tool's own words,
 * not plain output, so it is not too loose; the classifier draws no evidence from them (checked below).
 */
const SWALLOWED_REPORTS = new Set([
  // LightGBM's lint task runs mypy without failing on it: `Found 68 errors in 5 files (checked 10 source files)`.
  'mypy-report in d1132',
  // geekcomputers/Python: `black --check . || true`, `codespell || true`, `mypy ... . || true`.
  'formatter-would-reformat in d1379',
  'spelling-typo in d1379',
  'mypy-report in d1379',
  // the same job's `pip install -r requirements.txt || pip install --editable . || true` without the file.
  'project-manifest-missing in d1379',
  // astor's .travis_install.sh runs Maven in each example directory and goes on past one without a POM.
  'project-manifest-missing in d0390',
  // EasyTier's install_rust.sh runs `rustup target add` with no target and goes on (clap's usage error).
  'clap-usage-error in d1060',
  // spoon-control-flow's Jenkins shell (`sh -xe`, no pipefail) pipes `curl <url>` into python3: curl's exit 60
  // is the pipe's first status, lost, and Maven runs on.
  'curl-certificate-unverified in d0011',
]);

describeIfCorpus("rules written from a tool's published text", () => {
  // Such a rule is kept when a project is left out (no project justified it), so it must stay quiet where
  // nothing failed: on every passing log of the corpus, anywhere in the log, but where its own tool printed
  // its report in a step that passed (SWALLOWED_REPORTS). A block rule (a unified diff) is plain output
  // anywhere but as a failed step's last block, so there it must give no piece of evidence.
  test('fire in no passing log of the corpus', async () => {
    const fromPublished = ruleSet.rules.filter((r) => (examplesOf(r.spec).published?.length ?? 0) > 0);
    expect(fromPublished.length).toBeGreaterThan(0);
    const fired: string[] = [];
    for (const label of readLabels(corpus).filter((l) => l.type === 'pass')) {
      const scan = await scanLogFile(logPath(corpus, label.id), ruleSet);
      const pieces = new Set(evidencePieces(scan, ruleSet, scan.command).map((p) => p.key));
      for (const r of fromPublished) {
        const spoke =
          r.spec.block === true ? pieces.has(`rule:${r.spec.id}@end`) : (scan.counts[r.index] ?? 0) > 0;
        const at = `${r.spec.id} in ${label.id}`;
        if (spoke && !SWALLOWED_REPORTS.has(at)) fired.push(at);
      }
    }
    expect(fired).toEqual([]);
  }, 120_000);

  // A log that says the job passed gives no rule evidence at all (evidence-pieces.ts scopeOf): whatever a step
  // printed, the step passed. Before, the passing logs above gave mypy's, black's and codespell's pieces.
  test('a passing log gives no rule evidence, even where a tool printed its failure in a step that passed', async () => {
    const spoke: string[] = [];
    for (const id of ['d1132', 'd1379', 'd1031', 'd1415', 'd1060']) {
      const scan = await scanLogFile(logPath(corpus, id), ruleSet);
      expect(scan.structure?.outcome).toBe('passed');
      const keys = evidencePieces(scan, ruleSet, scan.command)
        .map((p) => p.key)
        .filter((k) => k.startsWith('rule:'));
      spoke.push(...keys.map((k) => `${k} in ${id}`));
    }
    expect(spoke).toEqual([]);
  }, 60_000);
});
