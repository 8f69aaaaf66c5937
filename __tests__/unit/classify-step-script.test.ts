/**
 * A step's command is read past its script's set-up lines (scanner.ts scriptLine): a `run:` script that begins
 * `source .venv/bin/activate`, `cd admin` or `set -ex` is typed by its first real command. The runner writes the
 * whole script inside the step's `##[group]Run <first line>` header, each line in cyan (actions/runner
 * ScriptHandler), then `shell: …`; the tests build that header as the runner does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify, defaultRuleSet, scanText } from '../../src/core/classify/index.js';
import { isSetupCommand } from '../../src/core/classify/context.js';
import { jobLog } from '../classify-logs.js';
import { corpus, corpusLogText, describeIfCorpus } from '../corpus.js';

/** A failed `run:` step whose script has several lines, as the runner writes its header. */
function scriptStep(script: string[], output: string[]): string {
  return jobLog([
    `##[group]Run ${script[0]}`,
    ...script.map((l) => `\u001b[36;1m${l}\u001b[0m`),
    'shell: /usr/bin/bash -e {0}',
    'env:',
    '  CI: true',
    '##[endgroup]',
    ...output,
    '##[error]Process completed with exit code 1.',
  ]);
}

test.each([
  [['source .venv/bin/activate', 'python -m pytest -x tests'], 'test'],
  [['cd admin', 'python -m pytest -x tests'], 'test'],
  [['set -ex', 'export CI_LINT=1', '', '# hooks', 'pre-commit run --all-files'], 'quality-gate'],
  [['. ./env.sh', 'npm run build'], 'build'],
])('a script that begins with set-up lines is typed by its first real command: %j', (script, type) => {
  const log = scriptStep(script, []);
  expect(scanText(log, defaultRuleSet()).command?.step?.text).toBe(script.at(-1));
  expect(classify({ log }).type).toBe(type);
});

test('a script whose first line is a real command keeps it, and the header ends at its shell line', () => {
  const log = scriptStep(['npm test', 'echo done'], []);
  expect(scanText(log, defaultRuleSet()).command?.step?.text).toBe('npm test');
  // Only set-up lines: the env block after `shell:` is not the script.
  const setupOnly = scriptStep(['echo "$(python -m site --user-base)/bin" >> $GITHUB_PATH'], []);
  expect(scanText(setupOnly, defaultRuleSet()).command?.step?.text).toMatch(/^echo /);
});

test('set-up lines are told from commands that begin alike', () => {
  for (const line of [
    'source x',
    '. ./venv/bin/activate',
    'cd a',
    'set -euo pipefail',
    'FOO=bar',
    'echo x | y',
  ])
    expect(isSetupCommand(line)).toBe(true);
  for (const line of ['./gradlew build', 'make', 'setup.sh', 'cdk deploy', 'sourcery review', 'FOO=bar make'])
    expect(isSetupCommand(line)).toBe(false);
});

describeIfCorpus('corpus steps whose script begins with set-up lines', () => {
  // pytorch/test-infra log-classifier fixtures (BSD 3-Clause): the step's `Run set -ex` header.
  test.each(['d0181', 'd0763'])('%s: the step is typed by the command after `set -ex`', (id) => {
    const log = readFileSync(path.join(corpus, 'dev/logs', `${id}.log`), 'utf8');
    const step = scanText(log, defaultRuleSet()).command?.step;
    expect(step?.text).toBe('python3 .github/scripts/trymerge.py --check-mergeability "${PR_NUM}"');
    expect(step?.spec).toBe('gha-run-script');
  });
});

describe('a step whose first line carries a byte order mark, as `gh run view --log` saves it', () => {
  /**
   * GitHub's log service starts each step's log with U+FEFF, and gh passes it on at the step's first line. Saved
   * through a Windows console and stored as UTF-8, its three bytes become one to three characters of the console's
   * code page (`∩╗┐` in 437, `´╗┐` in 850, `ï»¿` in 1252, `・ｿ` in 932, ...). A double-byte code page (936,
   * 949, 950) reads BF with the year's first digit as one unmappable character: `锘?025-...`. The step's
   * `##[group]Run` header must still be read as its header: its script is not its output.
   */
  // EF BB BF as each code page's table reads them (Python's codecs; the forms the corpus's saved logs show).
  const marks = {
    'U+FEFF': '\uFEFF',
    'code page 437': '\u2229\u2557\u2510',
    'code page 850': '\u00B4\u2557\u2510',
    'code page 866': '\u044F\u2557\u2510',
    'code page 1251': '\u043F\u00BB\u0457',
    'code page 1252': '\u00EF\u00BB\u00BF',
    'code page 932 (best fit)': '\u30FB\uFF7F',
    'code page 932 (replacement)': '\uFFFD\uFF7B\uFF7F',
    'code page 936 (replacement)': '\u9518\uFFFD',
    'code page 950 (replacement)': '\u569C\uFFFD',
    'no glyph': '???',
    'saved twice': '\uFEFF\u00EF\u00BB\u00BF',
  };
  // Windows' own double-byte decoders, as the corpus's saved logs show them (d1494, d1547): the digit is gone.
  const digitEaten = {
    'code page 936': '\u9518?',
    'code page 949': '\u7664?',
    'code page 950': '\u569C?',
  };
  const loop = 'for f in *.yml; do grep -q "node-version: 22" "$f" || ERRORS=$((ERRORS + 1)); done';
  function ghStepLog(mark: string, eatsDigit = false): string {
    const lines = scriptStep(['ERRORS=0', loop, 'exit 1'], ['Auditing ci.yml...']).split('\n');
    const first = (l: string): string => (eatsDigit ? mark + l.slice(1) : mark + l);
    return lines.map((l, i) => `audit\tCheck versions\t${i === 0 ? first(l) : l}`).join('\n');
  }

  test.each(Object.entries(digitEaten))(
    '%s: the header is read though the year lost its first digit',
    (_, mark) => {
      const log = ghStepLog(mark, true);
      expect(log).toMatch(/\t.\?0\d\d-/);
      expect(scanText(log, defaultRuleSet()).command?.step?.text).toBe(loop);
    },
  );

  test.each(Object.entries(marks))(
    '%s: the header is read, and no script line is taken as output',
    (_, mark) => {
      const log = ghStepLog(mark);
      const scan = scanText(log, defaultRuleSet());
      expect(scan.command?.step?.text).toBe(loop);
      expect(scan.firstFailedStep?.tail ?? []).toEqual([]);
      const verdict = classify({ log });
      expect(verdict.evidence?.text ?? '').not.toMatch(/ERRORS/);
    },
  );
});

describeIfCorpus('a corpus log saved through a Windows console', () => {
  // gha-committed (not copied: read here). Its governance step's header starts `´╗┐`; its script counts ERRORS.
  test("d1045: no line of the failed step's script is taken as its output", () => {
    const log = corpusLogText('d1045');
    const scan = scanText(log, defaultRuleSet());
    expect(scan.firstFailedStep?.tail ?? []).toEqual([]);
    expect(classify({ log }).evidence?.text ?? '').not.toMatch(/ERRORS/);
  });
});

describe('a passing job saved through a Windows console is read as passed', () => {
  const marks = ['\u2229\u2557\u2510', '\u00B4\u2557\u2510', '\u30FB\uFF7F', '???'];
  test.each(marks)('%s before the timestamps of the runner lines', (mark) => {
    const lines = [
      '2026-01-06T22:03:16.4259794Z Current runner version: 2.330.0',
      '2026-01-06T22:03:17.7008495Z ##[group]Run python -m pytest',
      '2026-01-06T22:04:14.3568999Z Read timed out. (read timeout=10)',
      '2026-01-06T22:04:20.0000000Z Post job cleanup.',
      '2026-01-06T22:04:21.0000000Z Cleaning up orphan processes',
    ];
    const steps = ['Set up job', 'Test', 'Test', 'Post Test', 'Complete job'];
    const log = lines.map((l, i) => `job\t${steps[i]}\t${i === 1 || i >= 3 ? mark : ''}${l}`).join('\n');
    const verdict = classify({ log });
    expect(verdict.confidence).toBe('low');
    expect(scanText(log, defaultRuleSet()).structure?.outcome).toBe('passed');
  });
});

describeIfCorpus('corpus logs saved through a Windows console (code page 437 and 932 marks)', () => {
  // gha-committed (not copied: read here). Each failed in a step whose lines start with a garbled mark.
  test.each(['d1469', 'd1488', 'd1490', 'd1491', 'd1494', 'd1496', 'd1497', 'd1534'])(
    '%s: a failed step is found, named as the log names it',
    (id) => {
      const scan = scanText(corpusLogText(id), defaultRuleSet());
      const failed = scan.firstFailedStep?.step;
      expect(failed?.name).toBeDefined();
      expect(failed?.name).not.toMatch(/^\(before/);
    },
  );
  test.each(['d1517', 'd1539', 'd1540', 'd1547', 'd1549', 'd1556'])('%s: read as passed', (id) => {
    expect(scanText(corpusLogText(id), defaultRuleSet()).structure?.outcome).toBe('passed');
  });
});
