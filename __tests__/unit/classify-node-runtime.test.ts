/**
 * A dependency's code that the job's Node cannot run (rule node-runtime-unsupported-by-dependency): Node's own
 * report of the uncaught error, printed here by real Node processes over a package in a temporary node_modules:
 * the location (file and line) inside node_modules, the source line, a caret, then the error. The same words from
 * the project's own code stay the build's, and other errors thrown from a dependency are not read.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { standNode } from '../../stand/services/node24.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';
import { project, run } from '../runners.js';

const RULE = 'node-runtime-unsupported-by-dependency';

/** What `node <args>` prints (line by line), failing, in a temporary project holding `files`. */
function nodeFails(node: string, files: Record<string, string>, args: string[]): string[] {
  const { status, output } = run(project(files), node, args);
  expect(status).not.toBe(0);
  return output.split('\n');
}

test("a dependency's import assertion under Node 24, which dropped them, is config, not retried", () => {
  const output = nodeFails(
    standNode(),
    {
      'node_modules/dep/package.json': '{"name":"dep","type":"module","exports":"./index.mjs"}\n',
      'node_modules/dep/data.json': '{"a":1}\n',
      'node_modules/dep/index.mjs':
        "import data from './data.json' assert { type: 'json' };\nexport default data;\n",
      'main.mjs': "import d from 'dep';\nconsole.log(d);\n",
    },
    ['main.mjs'],
  );
  const v = classify({ log: failedRunLog('node main.mjs', output, 1) });
  expect(v).toMatchObject({ type: 'config', rule: RULE });
  expect(v.evidence?.text).toBe("SyntaxError: Unexpected identifier 'assert'");
  expect(retriedOnPr(v)).toBe(false);
});

test('a global the running Node lacks, used by a dependency, is config; the same error from the project is not', () => {
  // The global taken away before the program runs, as an older Node would not have it; Node's report is real.
  const files = {
    'drop.js': 'delete globalThis.structuredClone;\n',
    'node_modules/dep/index.js': 'module.exports = structuredClone({ a: 1 });\n',
    'own.js': 'module.exports = structuredClone({ a: 1 });\n',
    'main.js': "require('dep');\n",
    'main-own.js': "require('./own.js');\n",
  };
  const fromDependency = nodeFails(process.execPath, files, ['--require', './drop.js', 'main.js']);
  const v = classify({ log: failedRunLog('node main.js', fromDependency, 1) });
  expect(v).toMatchObject({ type: 'config', rule: RULE });
  expect(v.evidence?.text).toBe('ReferenceError: structuredClone is not defined');
  const fromProject = nodeFails(process.execPath, files, ['--require', './drop.js', 'main-own.js']);
  expect(classify({ log: failedRunLog('node main-own.js', fromProject, 1) }).rule).not.toBe(RULE);
});

test("other errors a dependency throws are not read as the runtime's", () => {
  const ruleSet = defaultRuleSet();
  for (const line of [
    "SyntaxError: Unexpected token 'export'",
    'SyntaxError: Unexpected token < in JSON at position 0',
    'TypeError: (intermediate value).default is not a function',
    'ReferenceError: window is not defined',
  ]) {
    expect(ruleFires(ruleSet, RULE, line)).toBe(false);
  }
});
