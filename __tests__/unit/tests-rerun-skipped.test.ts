/**
 * Skipped is not passed (verdict.ts, console-passed.ts `skippedFromConsole`): a re-run selects by name, and where
 * two tests share one, the failed one skipping itself when run alone left only the other's pass. Read from what
 * the real runners print (jest and mocha from node_modules, node's own runner), then judged.
 */
import path from 'node:path';
import { testKey, type TestId } from '../../src/core/test-identity.js';
import { failedFromConsole } from '../../src/test-recovery/core/console.js';
import { passedFromConsole, skippedFromConsole } from '../../src/test-recovery/core/console-passed.js';
import { rerunVerdicts, SKIPPED_WHY } from '../../src/test-recovery/core/verdict.js';
import { repoRoot } from '../../stand/services/paths.js';
import { project, run, runners } from '../runners.js';

/** `works` twice under `describe('m')`: one passes, the other skips itself. */
const TWIN = (it: string, skip: string): string =>
  `describe('m', () => { ${it}('works', () => {}); });\ndescribe('m', () => { ${skip} });\n`;

function judged(output: string, runner: 'jest' | 'mocha' | 'node', id: TestId) {
  const seen = {
    failed: [],
    passed: passedFromConsole(output, runner),
    skipped: skippedFromConsole(output, runner),
  };
  return rerunVerdicts([id], seen, () => 'nothing').get(testKey(id));
}

it('jest: the twin passed, the failed test skipped: not re-run, where without the skip it passed', () => {
  const dir = project({
    'package.json': '{"name":"t","jest":{"testEnvironment":"node"}}',
    'd.test.js': TWIN('test', "test.skip('works', () => { throw new Error('broken'); });"),
  });
  const out = run(dir, runners.jest, ['--ci', '--verbose', '--rootDir', dir, '-t', '^(m works)$']).output;
  const id: TestId = { runner: 'jest', suite: 'd.test.js', name: 'm › works' };
  expect(passedFromConsole(out, 'jest').map(testKey)).toEqual([testKey(id)]);
  expect(skippedFromConsole(out, 'jest').map(testKey)).toEqual([testKey(id)]);
  expect(judged(out, 'jest', id)).toEqual({ state: 'not-run', why: SKIPPED_WHY });
  // The same output without its skipped line (the old reading): the twin's pass was the failed test's.
  const unskipped = out.replace(/^.*○.*$/m, '');
  expect(judged(unskipped, 'jest', id)).toEqual({ state: 'passed' });
});

it("mocha: a pending test of the failed test's full title: not re-run", () => {
  const dir = project({
    'test/d.spec.js': TWIN('it', "it('works', function () { this.skip(); });"),
  });
  const mocha = path.join(repoRoot, 'node_modules/.bin/mocha');
  const out = run(dir, mocha, ['--reporter', 'spec', '--grep', '^(m works)$']).output;
  const id: TestId = { runner: 'mocha', suite: 'test/d.spec.js', name: 'm works' };
  expect(skippedFromConsole(out, 'mocha').map(testKey)).toEqual(['mocha:::m works']);
  expect(judged(out, 'mocha', id)).toEqual({ state: 'not-run', why: SKIPPED_WHY });
});

it("node --test's TAP: a `# SKIP` test is skipped under its own name, not a pass nor a failure", () => {
  const dir = project({
    'd.test.js': `const { describe, test } = require('node:test');\n${TWIN('test', "test('works', { skip: 'alone' }, () => { throw new Error('broken'); });")}`,
  });
  const out = run(dir, process.execPath, ['--test', '--test-reporter=tap', 'd.test.js']).output;
  const id: TestId = { runner: 'node', suite: 'd.test.js', name: 'm › works' };
  expect(skippedFromConsole(out, 'node').map(testKey)).toEqual(['node:::m › works']);
  expect(failedFromConsole(out, 'node')).toEqual([]);
  expect(judged(out, 'node', id)).toEqual({ state: 'not-run', why: SKIPPED_WHY });
});

it('a failure of the name is still its failure beside a skipped one', () => {
  const id: TestId = { runner: 'vitest', suite: 'd.test.js', name: 'm > works' };
  const verdict = rerunVerdicts([id], { failed: [id], passed: [id], skipped: [id] }, () => 'nothing');
  expect(verdict.get(testKey(id))).toEqual({ state: 'failed' });
});
