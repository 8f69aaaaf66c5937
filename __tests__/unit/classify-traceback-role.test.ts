/**
 * A bare Python traceback outside a test runner is typed by the step's role when the step's command says it
 * (context.ts withoutRunVerb: Django's `runtests.py` convention runs the test suite), and stays unknown when
 * nothing says what the crashed script was for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { classify } from '../../src/core/classify/index.js';
import { defaultLexicon, resolveCommandText } from '../../src/core/classify/context.js';
import { actionsStep, jobLog } from '../classify-logs.js';
import { corpus, describeIfCorpus } from '../corpus.js';

// CPython's traceback format (Lib/traceback.py) ending in functools.lru_cache's own TypeError (Lib/functools.py,
// 3.7); file paths filled in.
const traceback = [
  'Traceback (most recent call last):',
  '  File "/home/runner/work/app/app/app/helpers.py", line 49, in PermissionHelper',
  '    @lru_cache',
  '  File "/opt/hostedtoolcache/Python/3.7.13/x64/lib/python3.7/functools.py", line 490, in lru_cache',
  "    raise TypeError('Expected maxsize to be an integer or None')",
  'TypeError: Expected maxsize to be an integer or None',
];

test.each([
  ['./runtests.py', 'test'],
  ['python tests/runtests.py --parallel', 'test'],
  ['./scripts/runlint.sh', 'quality-gate'],
])('a script named by `run` and its task is of that task: %s', (command, type) => {
  expect(resolveCommandText(command, defaultLexicon())?.[1]).toBe(type);
});

test('words that only begin with run are not split', () => {
  for (const command of ['./runner.py', './run.sh', './rundeck.sh'])
    expect(resolveCommandText(command, defaultLexicon())).toBeUndefined();
});

test("a bare traceback in the step that runs the project's test script is a test failure", () => {
  const log = jobLog(actionsStep({ run: './runtests.py' }, traceback, 1));
  expect(classify({ log }).type).toBe('test');
});

test('a bare traceback in a step whose command says nothing of its role stays unknown', () => {
  const log = jobLog(actionsStep({ run: 'python scripts/notify.py' }, traceback, 1));
  expect(classify({ log }).type).toBe('unknown');
});

describeIfCorpus('corpus logs of a bare traceback outside a test runner', () => {
  // BugSwarm's analyzer test data (BSD 3-Clause): wagtail's `./runtests.py` step crashing while importing.
  test('d1104 is typed test', () => {
    const file = path.join(corpus, 'dev/logs', 'd1104.log.gz');
    const log = gunzipSync(readFileSync(file)).toString('utf8');
    expect(classify({ log }).type).toBe('test');
  });
});
