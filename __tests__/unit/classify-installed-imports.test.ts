/**
 * An import that failed between two installed Python packages is `dependency` (a version conflict, TAXONOMY);
 * the same `ImportError` raised from the project's own file, or from a package importing itself, is not
 * (src/core/classify/installed-imports.ts, rule python-installed-import-mismatch). The tracebacks are real
 * output, captured here: pytest 7.2.1 and CPython 3.11.2 in a venv where pip installed `amis`, whose fields.py
 * imports a name that the installed `sqlm` lacks (the real runs: classify-real-python-tools.test.ts). The
 * GitHub Actions forms are those runs' lines under the runner's timestamps, as d1217 shows them. Node's are node
 * 24's own output on packages laid out under node_modules (the real runs: classify-real-node.test.ts), and
 * jest-resolve's message as its resolver.js builds it (`Cannot find module '${moduleName}' from '${relativePath}'`)
 * under jest's `● Test suite failed to run`, as d1073 shows it.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';
import {
  InstalledImports,
  installedPackageOf,
  nodePackageOf,
  requestedPackageOf,
} from '../../src/core/classify/installed-imports.js';

const ruleSet = defaultRuleSet();
const VENV = '/tmp/imp/.venv/lib/python3.11/site-packages';
const ERROR = `ImportError: cannot import name 'post_init_field_info' from 'sqlm._compat' (${VENV}/sqlm/_compat.py)`;

/** pytest's collection error for a test module whose import failed, frames as pytest's short traceback prints them. */
function pytestCollection(frames: string[], error: string): string {
  return [
    '============================= test session starts ==============================',
    'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0+repack',
    'collected 0 items / 1 error',
    '',
    '==================================== ERRORS ====================================',
    '_____________________ ERROR collecting tests/test_admin.py _____________________',
    "ImportError while importing test module '/tmp/imp/tests/test_admin.py'.",
    'Hint: make sure your test modules/packages have valid Python names.',
    'Traceback:',
    '/usr/lib/python3.11/importlib/__init__.py:126: in import_module',
    '    return _bootstrap._gcd_import(name[level:], package, level)',
    ...frames,
    `E   ${error}`,
    '=========================== short test summary info ============================',
    'ERROR tests/test_admin.py',
    '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
    '=============================== 1 error in 0.06s ===============================',
  ].join('\n');
}

const AMIS_FRAMES = [
  'tests/test_admin.py:1: in <module>',
  '    from amis import Field',
  '.venv/lib/python3.11/site-packages/amis/__init__.py:1: in <module>',
  '    from .fields import Field',
  '.venv/lib/python3.11/site-packages/amis/fields.py:1: in <module>',
  '    from sqlm._compat import Undefined, post_init_field_info',
];

/** A GitHub Actions job log of one `run:` step printing `output`, then failing. */
const jobLog = (output: string, command: string): string => failedRunLog(command, output.split('\n'));

describe('an import between two installed packages', () => {
  test("pytest's collection error, the last frame in another installed package: dependency", () => {
    const verdict = classify({ log: pytestCollection(AMIS_FRAMES, ERROR) }, ruleSet);
    expect(verdict).toMatchObject({ type: 'dependency', rule: 'python-installed-import-mismatch' });
    expect(verdict.retryable).toBe(false);
    expect(verdict.evidence?.text).toBe(`E   ${ERROR}`);
  });

  test('the same inside a GitHub Actions job log (d1217: the runner’s timestamps, the hosted toolcache)', () => {
    const site = '/opt/hostedtoolcache/Python/3.11.14/x64/lib/python3.11/site-packages';
    const frames = AMIS_FRAMES.map((l) => l.replace('.venv/lib/python3.11/site-packages', site));
    const error = ERROR.replace(VENV, site);
    const verdict = classify({ log: jobLog(pytestCollection(frames, error), 'pytest tests') }, ruleSet);
    expect(verdict).toMatchObject({ type: 'dependency', rule: 'python-installed-import-mismatch' });
  });

  test("CPython's own traceback (`python -c 'import amis'`), Debian's dist-packages too: dependency", () => {
    for (const site of [VENV, '/usr/lib/python3/dist-packages']) {
      const log = [
        'Traceback (most recent call last):',
        '  File "<string>", line 1, in <module>',
        `  File "${site}/amis/__init__.py", line 1, in <module>`,
        '    from .fields import Field',
        `  File "${site}/amis/fields.py", line 1, in <module>`,
        '    from sqlm._compat import Undefined, post_init_field_info',
        '    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        ERROR.replace(VENV, site),
      ].join('\n');
      expect(classify({ log }, ruleSet)).toMatchObject({
        type: 'dependency',
        rule: 'python-installed-import-mismatch',
      });
    }
  });

  test("the project's own test importing the name the installed package lacks: not this rule (test)", () => {
    const frames = ['tests/test_own.py:1: in <module>', '    from sqlm._compat import post_init_field_info'];
    const verdict = classify({ log: pytestCollection(frames, ERROR) }, ruleSet);
    expect(verdict.type).toBe('test');
    expect(verdict.rule).not.toBe('python-installed-import-mismatch');
  });

  test('a package importing its own module (d0603: torch importing torch’s): not this rule', () => {
    const frames = [
      '.venv/lib/python3.11/site-packages/selfimp/__init__.py:1: in <module>',
      '    from selfimp.proto import missing_impl',
    ];
    const error = `ImportError: cannot import name 'missing_impl' from 'selfimp.proto' (${VENV}/selfimp/proto.py)`;
    const verdict = classify({ log: pytestCollection(frames, error) }, ruleSet);
    expect(verdict.type).toBe('test');
    expect(verdict.rule).not.toBe('python-installed-import-mismatch');
  });
});

describe('InstalledImports, the reader', () => {
  test('the package a file is installed in: its first name under site-packages or dist-packages', () => {
    expect(installedPackageOf(`${VENV}/sqlmodel/_compat.py`)).toBe('sqlmodel');
    expect(installedPackageOf(`${VENV}/six.py`)).toBe('six');
    expect(installedPackageOf(`${VENV}/_cffi_backend.cpython-311-x86_64-linux-gnu.so`)).toBe('_cffi_backend');
    expect(
      installedPackageOf(
        'C:\\hostedtoolcache\\windows\\Python\\3.12.0\\x64\\Lib\\site-packages\\Jinja2\\x.py',
      ),
    ).toBe('jinja2');
    expect(installedPackageOf('/home/runner/work/app/app/src/app/models.py')).toBeUndefined();
  });

  test('the error counts only under a frame of another installed package, close above it', () => {
    const frame = `File "${VENV}/amis/fields.py", line 1, in <module>`;
    const near = new InstalledImports();
    near.line(frame, 10);
    near.line(ERROR, 12);
    expect(near.conflictLine).toBe(12);

    // A frame far above (another traceback's) says nothing of this error.
    const far = new InstalledImports();
    far.line(frame, 10);
    far.line(ERROR, 40);
    expect(far.conflictLine).toBe(0);

    // The latest frame is the project's: the frame of an installed package above it is not the importer.
    const own = new InstalledImports();
    own.line(frame, 10);
    own.line('tests/test_own.py:1: in <module>', 11);
    own.line(ERROR, 13);
    expect(own.conflictLine).toBe(0);

    // The module named is not the package the file is in (a module re-exported under another name).
    const other = new InstalledImports();
    other.line(frame, 10);
    other.line(ERROR.replace("from 'sqlm._compat'", "from 'compat'"), 12);
    expect(other.conflictLine).toBe(0);

    // A circular import is the code's, whatever the packages.
    const circular = new InstalledImports();
    circular.line(frame, 10);
    circular.line(
      `ImportError: cannot import name 'x' from partially initialized module 'sqlm' (most likely due to a circular import) (${VENV}/sqlm/__init__.py)`,
      12,
    );
    expect(circular.conflictLine).toBe(0);
  });
});

describe('Node: a package under node_modules asks for what another package does not provide', () => {
  const JEST_BLOCK = (stack: string[]): string =>
    [
      ' FAIL  packages/core/test.js',
      '  ● Test suite failed to run',
      '',
      "    Cannot find module '@babel/compat-data/corejs3-shipped-proposals'",
      '    Require stack:',
      ...stack.map((f) => `    - ${f}`),
      '',
      'Test Suites: 1 failed, 1 total',
      'Tests:       0 total',
    ].join('\n');
  const ROOT = '/home/runner/work/app/app';

  test("require's stack, its first file in another package (d1073's form under jest): dependency, the error shown", () => {
    const log = JEST_BLOCK([
      `${ROOT}/node_modules/@babel/preset-env/lib/polyfills/corejs3/usage-plugin.js`,
      `${ROOT}/node_modules/@babel/core/lib/index.js`,
      `${ROOT}/node_modules/babel-jest/build/index.js`,
    ]);
    const verdict = classify({ log: jobLog(log, 'yarn test') }, ruleSet);
    expect(verdict).toMatchObject({ type: 'dependency', rule: 'node-installed-module-missing' });
    expect(verdict.evidence?.text).toBe("Cannot find module '@babel/compat-data/corejs3-shipped-proposals'");
  });

  test("the ES module resolver's and jest-resolve's one-line forms: dependency", () => {
    for (const line of [
      `Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'not-installed-peer' imported from ${ROOT}/node_modules/@s/c/index.js`,
      "Cannot find module 'b/missing-subpath' from 'node_modules/a/index.js'",
    ])
      expect(classify({ log: jobLog(line, 'node main.mjs') }, ruleSet)).toMatchObject({
        type: 'dependency',
        rule: 'node-installed-module-missing',
      });
  });

  test("the project's own file asking, or a package asking for its own path: not this rule", () => {
    const own = JEST_BLOCK([`${ROOT}/src/index.js`, `${ROOT}/node_modules/babel-jest/build/index.js`]);
    expect(classify({ log: jobLog(own, 'yarn test') }, ruleSet).rule).not.toBe(
      'node-installed-module-missing',
    );
    const self = `Error [ERR_MODULE_NOT_FOUND]: Cannot find module '${ROOT}/node_modules/@s/c/lib/x.js' imported from ${ROOT}/node_modules/@s/c/index.js`;
    expect(classify({ log: jobLog(self, 'node main.mjs') }, ruleSet).rule).not.toBe(
      'node-installed-module-missing',
    );
    const relative = "Cannot find module './lib/x' from 'node_modules/a/index.js'";
    expect(classify({ log: jobLog(relative, 'npx jest') }, ruleSet).rule).not.toBe(
      'node-installed-module-missing',
    );
  });

  test('only the first file of the stack asked: a later one in a package says nothing', () => {
    const reader = new InstalledImports();
    reader.line("Cannot find module 'left-pad'", 10);
    reader.line('Require stack:', 11);
    reader.line(`- ${ROOT}/lib/own.js`, 12);
    reader.line(`- ${ROOT}/node_modules/a/index.js`, 13);
    expect(reader.conflictLine).toBe(0);
  });

  test('the package of a file and of a request', () => {
    expect(nodePackageOf(`${ROOT}/node_modules/@babel/preset-env/lib/index.js`)).toBe('@babel/preset-env');
    expect(nodePackageOf(`${ROOT}/node_modules/a/node_modules/b/index.js`)).toBe('b');
    expect(nodePackageOf('D:\\a\\app\\node_modules\\@s\\c\\index.js')).toBe('@s/c');
    expect(nodePackageOf(`${ROOT}/src/index.js`)).toBeUndefined();
    expect(requestedPackageOf('@babel/compat-data/corejs3-shipped-proposals')).toBe('@babel/compat-data');
    expect(requestedPackageOf('lodash/fp')).toBe('lodash');
    expect(requestedPackageOf('./x')).toBeUndefined();
    expect(requestedPackageOf(`${ROOT}/node_modules/b/x.js`)).toBe('b');
  });
});
