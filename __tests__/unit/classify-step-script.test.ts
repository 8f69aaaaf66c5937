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
   * through a Windows console and stored as UTF-8, its three bytes become `´╗┐` (code page 437/850) or `ï»¿`
   * (1252). The step's `##[group]Run` header must still be read as its header: its script is not its output.
   */
  const marks = {
    'U+FEFF': '\uFEFF',
    'code page 437': '\u00B4\u2557\u2510',
    'code page 1252': '\u00EF\u00BB\u00BF',
  };
  const loop = 'for f in *.yml; do grep -q "node-version: 22" "$f" || ERRORS=$((ERRORS + 1)); done';
  function ghStepLog(mark: string): string {
    const lines = scriptStep(['ERRORS=0', loop, 'exit 1'], ['Auditing ci.yml...']).split('\n');
    return lines.map((l, i) => `audit\tCheck versions\t${i === 0 ? mark : ''}${l}`).join('\n');
  }

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
