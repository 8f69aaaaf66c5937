/**
 * actionlint's findings (rhysd/actionlint error.go: `file:line:col: message [kind]`, then a snippet): a workflow
 * that fails its lint job is a quality gate, and the line shown is its first finding, not the command that
 * downloaded and ran it.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

const RUN =
  'bash <(curl https://raw.githubusercontent.com/rhysd/actionlint/main/scripts/download-actionlint.bash) && ./actionlint -color';

test("actionlint's findings are a quality gate, shown by the first", () => {
  const verdict = classify({
    log: failedRunLog(RUN, [
      'Downloading actionlint 1.7.7 to /home/runner/work/app/app',
      'Done: /home/runner/work/app/app/actionlint',
      '.github/workflows/ci.yml:21:9: shellcheck reported issue in this script: SC2086:info:1:6: Double quote to prevent globbing and word splitting [shellcheck]',
      '   |',
      '21 |         run: echo $GITHUB_SHA',
      '   |         ^~~~',
      '.github/workflows/ci.yml:28:24: property "node" is not defined in object type {os: string} [expression]',
      '   |',
      '28 |           node-version: ${{ matrix.node }}',
    ]),
  });
  expect(verdict.type).toBe('quality-gate');
  expect(verdict.rule).toBe('actionlint-finding');
  expect(verdict.evidence?.text).toMatch(/^\.github\/workflows\/ci\.yml:21:9: shellcheck reported/);
});

test("a YAML parser's or yamllint's error on a workflow file is not taken for actionlint's", () => {
  const verdict = classify({
    log: failedRunLog('yamllint -f parsable .github/workflows', [
      '.github/workflows/ci.yml:3:1: [error] duplication of key "on" in mapping (key-duplicates)',
    ]),
  });
  expect(verdict.rule).not.toBe('actionlint-finding');
});
