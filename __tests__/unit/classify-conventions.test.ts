/**
 * The convention for a missing module inside a test run (rules/README.md, "Conventions"): `test` when the test
 * runner raised it while collecting or running tests, `dependency` when the log shows the install of that package
 * failed first. Tools' lines as they print them; package and file names filled in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import { corpus, describeIfCorpus } from '../corpus.js';

// pytest's collection error report (pytest-dev/pytest src/_pytest/terminal.py "ERROR collecting", summary_errors;
// src/_pytest/main.py "Interrupted: N error during collection"), with Python's ModuleNotFoundError message.
const pytestCollection = [
  '============================= test session starts ==============================',
  'collected 0 items / 1 error',
  '==================================== ERRORS ====================================',
  '____________________ ERROR collecting tests/test_forecast.py ____________________',
  "E   ModuleNotFoundError: No module named 'statsforecast'",
  '=========================== short test summary info ============================',
  'ERROR tests/test_forecast.py',
  '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
  '=============================== 1 error in 0.12s ===============================',
];

// pip's resolver when no release matches (pypa/pip src/pip/_internal/index/package_finder.py).
const pipNoMatch = [
  'ERROR: Could not find a version that satisfies the requirement statsforecast==9.9.9 (from versions: none)',
  'ERROR: No matching distribution found for statsforecast==9.9.9',
];

// jest's suite that failed to load (jestjs/jest packages/jest-resolve: "Cannot find module '%s' from '%s'").
const jestSuite = [
  'FAIL src/wreck.test.js',
  '  ● Test suite failed to run',
  '',
  "    Cannot find module '@hapi/wreck' from 'src/wreck.test.js'",
  '',
  'Test Suites: 1 failed, 1 total',
  'Tests:       0 total',
];

test('a module missing while pytest collects is a test failure', () => {
  expect(classify({ log: pytestCollection.join('\n'), command: 'python -m pytest tests' }).type).toBe('test');
});

test('a module missing while jest loads a suite is a test failure', () => {
  expect(classify({ log: jestSuite.join('\n'), command: 'npx jest' }).type).toBe('test');
});

test('the same collection error after the install of that package failed is a dependency failure', () => {
  const log = [
    '$ pip install statsforecast==9.9.9 || true',
    ...pipNoMatch,
    '$ python -m pytest tests',
    ...pytestCollection,
  ];
  expect(classify({ log: log.join('\n') }).type).toBe('dependency');
});

describeIfCorpus('corpus logs of a missing module inside a test run', () => {
  test('d1222 (labelled test) is typed test', () => {
    const log = readFileSync(path.join(corpus, 'dev/logs', 'd1222.log'), 'utf8');
    expect(classify({ log }).type).toBe('test');
  });

  // The convention's exception: an installed package imports what another installed package lacks, a version
  // conflict between them: fastapi_amis_admin (site-packages) a name sqlmodel lacks (d1217), @babel/preset-env
  // (node_modules, under jest) a path @babel/compat-data lacks (d1073).
  test.each([
    ['d1217', 'python-installed-import-mismatch'],
    ['d1073', 'node-installed-module-missing'],
  ])('%s, an import between two installed packages, is typed dependency', (id, rule) => {
    const log = readFileSync(path.join(corpus, 'dev/logs', `${id}.log`), 'utf8');
    expect(classify({ log })).toMatchObject({ type: 'dependency', rule });
  });
});
