/**
 * An import that failed between two installed Python packages is `dependency` (a version conflict, TAXONOMY);
 * the same `ImportError` raised from the project's own file, or from a package importing itself, is not
 * (src/core/classify/installed-imports.ts, rule python-installed-import-mismatch). The tracebacks are real
 * output, captured here: pytest 7.2.1 and CPython 3.11.2 in a venv where pip installed `amis`, whose fields.py
 * imports a name that the installed `sqlm` lacks (the real runs: classify-real-python-tools.test.ts). The
 * GitHub Actions forms are those runs' lines under the runner's timestamps, as d1217 shows them.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { InstalledImports, installedPackageOf } from '../../src/core/classify/installed-imports.js';

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
function jobLog(output: string, command: string): string {
  const at = (n: number): string =>
    `2026-11-27T20:${String(10 + (Math.floor(n / 60) % 50)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.0000000Z`;
  const lines = [
    `##[group]Run ${command}`,
    command,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output.split('\n'),
    '##[error]Process completed with exit code 1.',
  ];
  return lines.map((l, i) => `${at(i)} ${l}`).join('\n') + '\n';
}

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
