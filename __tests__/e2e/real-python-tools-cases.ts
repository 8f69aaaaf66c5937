/**
 * Python's test runners and packaging tools beyond pytest and the linters (issue 68), for
 * classify-real-python-tools.test.ts: unittest, Django's runner, doctest, hypothesis, pytest-xdist and
 * pytest-timeout, coverage, pip's resolver and hash checking, poetry and tox, each a `run:` step in a temporary
 * project (`real-env-run.ts` runEnvCase, `bash -e {0}`), HOME, pip's, poetry's and tox's homes in that project,
 * offline (PIP_NO_INDEX; wheels made by `pip wheel` from tiny local projects in the case's setup). A case with a
 * `server` has poetry or pip ask a local `node:http` server at `$PY_SOURCE`. `type` is TAXONOMY.md's label;
 * `cause` matches the line that states the cause, never the echo or a tally where a cause line exists.
 */
import type { Handler } from './misbehaving-server.js';
import { dropConnection, status } from './misbehaving-server.js';
import type { BatteryCase } from './real-battery.js';

export interface PythonToolCase extends BatteryCase {
  /** The local package source the step's poetry or pip asks ($PY_SOURCE). */
  server?: Handler;
  /** A look-alike's wording the step prints besides its cause (asserted: else the case proves nothing). */
  prints?: RegExp;
  /** The step's setup copies the file's wheels (WHEEL_SOURCES, built once) from $PY_WHEELS. */
  wheels?: true;
  /** The step runs the file's venv (INSTALLED_SOURCES installed, built once) at $PY_VENV. */
  venv?: true;
}

const PY = ['python3'];
/** pip, and setuptools and wheel for `pip wheel --no-build-isolation` of the local projects. */
const PIP = ['python3-pip', 'python3-setuptools', 'python3-wheel'];
const UNITTEST_FAIL = `import unittest


class CalcTest(unittest.TestCase):
    def test_adds(self):
        self.assertEqual(1 + 1, 3)

    def test_subtracts(self):
        self.assertEqual(2 - 1, 1)
`;
const UNITTEST_ERROR = `import unittest


class CalcTest(unittest.TestCase):
    def test_divides(self):
        self.assertEqual(1 / 0, 0)
`;
/** A test that fails after printing what a network or a pip failure prints: the wording is the program's. */
const PRINTS_PIP = `import unittest


class ToolTest(unittest.TestCase):
    def test_reports_missing(self):
        print("ERROR: Could not find a version that satisfies the requirement leftpad==9.9 (from versions: none)")
        print("ERROR: No matching distribution found for leftpad==9.9")
        self.assertEqual("installed", "missing")
`;
const RAISES_RESET = `import unittest


def fetch():
    raise ConnectionResetError(104, "Connection reset by peer")


class ClientTest(unittest.TestCase):
    def test_fetch(self):
        self.assertEqual(fetch(), b"ok")
`;
const DOCTEST = `def double(x):
    """
    >>> double(2)
    5
    """
    return x * 2
`;
const HYPOTHESIS = `from hypothesis import given, settings, strategies as st


@settings(database=None, derandomize=True)
@given(st.integers())
def test_abs_is_small(x):
    assert abs(x) < 10
`;
const PYTEST_FAIL = `def test_adds():
    assert 1 + 1 == 3


def test_subtracts():
    assert 2 - 1 == 1
`;
const PYTEST_KILLS_WORKER = `import os
import signal


def test_crashes():
    os.kill(os.getpid(), signal.SIGKILL)


def test_fine():
    assert True
`;
const PYTEST_SLEEPS = `import time


def test_slow():
    time.sleep(30)
`;
const PYTEST_SLEEPS_THREADED = `import threading
import time


def test_slow():
    threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
    time.sleep(30)
`;
const PAD = `def pad(s, n):
    if n <= len(s):
        return s
    if n > 100:
        raise ValueError("too wide")
    return " " * (n - len(s)) + s


def unused(a):
    if a:
        return 1
    return 2
`;
const PAD_TEST = `from pad import pad


def test_pad():
    assert pad("a", 3) == "  a"
`;
/** A setup.py for a tiny distribution `name` at `version` requiring `requires`. */
const setupPy = (name: string, version: string, requires: string[] = []): string =>
  `from setuptools import setup\n\nsetup(name=${JSON.stringify(name)}, version=${JSON.stringify(version)}, py_modules=[], install_requires=${JSON.stringify(requires)})\n`;
/**
 * Wheels of alpha 1.0 (needs shared<2), beta 1.0 (needs shared>=2), shared 1.0 and 2.0, into ./wheels: built once
 * for the file by the test (two pip runs, 10-20 s under load), copied into each case that asks (`wheels`).
 */
export const WHEEL_SOURCES = {
  'src/alpha/setup.py': setupPy('alpha', '1.0', ['shared<2']),
  'src/beta/setup.py': setupPy('beta', '1.0', ['shared>=2']),
  'src/shared1/setup.py': setupPy('shared', '1.0'),
  'src/shared2/setup.py': setupPy('shared', '2.0'),
};
/** Two pip runs: one run refuses shared 1.0 and 2.0 together (pip's resolver, even under --no-deps). */
export const BUILD_WHEELS = ['src/alpha src/beta src/shared1', 'src/shared2']
  .map((p) => `python3 -m pip wheel -q --no-index --no-build-isolation --no-deps -w wheels ${p}`)
  .join('\n');
const COPY_WHEELS = 'cp -r "$PY_WHEELS" wheels';

/**
 * Three packages pip installs into a venv (its site-packages), once for the file (INSTALL_INTO_VENV, the test's
 * `before`; in each case's setup, four pip runs at once took over a minute at load 15): `amis`, whose fields.py
 * imports a name from `sqlm`'s `_compat` module that the installed `sqlm` lacks (a dependency's release that dropped
 * it), and `selfimp`, whose `__init__` imports a name its own module lacks (the package's code, as torch importing
 * torch's). The venv sees Debian's pytest (--system-site-packages) and is made without ensurepip, which Debian ships
 * apart (python3-venv). The cases only read it (PYTHONDONTWRITEBYTECODE).
 */
export const INSTALLED_SOURCES = {
  'src/sqlm/setup.py': `from setuptools import setup\n\nsetup(name="sqlm", version="0.0.31", packages=["sqlm"])\n`,
  'src/sqlm/sqlm/__init__.py': '',
  'src/sqlm/sqlm/_compat.py': 'Undefined = object()\n',
  'src/amis/setup.py': `from setuptools import setup\n\nsetup(name="amis", version="0.7.2", packages=["amis"], install_requires=["sqlm"])\n`,
  'src/amis/amis/__init__.py': 'from .fields import Field\n',
  'src/amis/amis/fields.py': 'from sqlm._compat import Undefined, post_init_field_info\n\nField = object\n',
  'src/selfimp/setup.py': `from setuptools import setup\n\nsetup(name="selfimp", version="1.0", packages=["selfimp"])\n`,
  'src/selfimp/selfimp/__init__.py': 'from selfimp.proto import missing_impl\n',
  'src/selfimp/selfimp/proto.py': 'x = 1\n',
};
export const INSTALL_INTO_VENV =
  'python3 -m venv --without-pip --system-site-packages .venv\n.venv/bin/python -m pip install -q --no-index --no-build-isolation ./src/sqlm ./src/amis ./src/selfimp';
/** A test module whose import runs `imports`. */
const testModule = (imports: string): string => `${imports}\n\n\ndef test_field():\n    assert True\n`;
/** pytest from the file's venv (Debian's, seen through --system-site-packages) on the case's tests/. */
const PYTEST_IN_VENV = {
  needs: [...PIP, 'python3-pytest'],
  venv: true,
  run: '"$PY_VENV/bin/python" -m pytest tests',
} as const;

const POETRY_PYPROJECT = `[tool.poetry]
name = "app"
version = "0.1.0"
description = ""
authors = ["ci <ci@example.com>"]

[tool.poetry.dependencies]
python = "^3.8"
leftpad = "^1.0"

[tool.poetry.scripts]
serve = "app:main"

[[tool.poetry.source]]
name = "internal"
url = "@SOURCE@/simple/"
default = true

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
`;
const POETRY_LOCK = `[[package]]
name = "leftpad"
version = "1.0.0"
description = ""
category = "main"
optional = false
python-versions = "*"

[metadata]
lock-version = "1.1"
python-versions = "^3.8"
content-hash = "0000000000000000000000000000000000000000000000000000000000000000"

[metadata.files]
leftpad = []
`;
const POETRY_FILES = { 'pyproject.toml': POETRY_PYPROJECT, 'poetry.lock': POETRY_LOCK };
const POETRY_SETUP = 'sed -i "s#@SOURCE@#$PY_SOURCE#" pyproject.toml';

const tox = (skip: boolean): string =>
  `[tox]\nenvlist = py27,py3\nskipsdist = true\nskip_missing_interpreters = ${skip}\n\n[testenv]\ncommands = python -m unittest -v\n`;

const DJANGO_SETTINGS = `SECRET_KEY = "test-only"
INSTALLED_APPS = ["calc"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
USE_TZ = True
`;
const DJANGO_MANAGE = `import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
`;
const DJANGO_TEST = `from django.test import SimpleTestCase


class CalcTest(SimpleTestCase):
    def test_adds(self):
        self.assertEqual(1 + 1, 3)
`;
const DJANGO_RAISES = `from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase


def flag():
    raise ImproperlyConfigured("FEATURE_FLAG must be set for the billing module")


class FlagTest(SimpleTestCase):
    def test_reads_flag(self):
        self.assertTrue(flag())
`;
const DJANGO_FILES = {
  'manage.py': DJANGO_MANAGE,
  'site_settings.py': DJANGO_SETTINGS,
  'calc/__init__.py': '',
  'calc/tests.py': DJANGO_TEST,
};

export const PYTHON_TOOL_CASES: PythonToolCase[] = [
  // test
  {
    name: 'unittest, a failing assertion',
    type: 'test',
    cause: /AssertionError: 2 != 3|FAIL: test_adds/,
    needs: PY,
    files: { 'test_calc.py': UNITTEST_FAIL },
    run: 'python3 -m unittest -v',
  },
  {
    name: 'unittest, an error in a test',
    type: 'test',
    cause: /ZeroDivisionError: division by zero|ERROR: test_divides/,
    needs: PY,
    files: { 'test_calc.py': UNITTEST_ERROR },
    run: 'python3 -m unittest',
  },
  {
    // unittest's loader turns a test module that cannot import into a failing test (`_FailedTest`,
    // Lib/unittest/loader.py _make_failed_import_test): a collection error, which TAXONOMY types test.
    name: 'unittest discover, a test module that cannot import',
    type: 'test',
    cause:
      /ModuleNotFoundError: No module named 'leftpad'|ERROR: test_calc|ImportError: Failed to import test module/,
    needs: PY,
    files: { 'tests/__init__.py': '', 'tests/test_calc.py': 'import leftpad\n' },
    run: 'python3 -m unittest discover -s tests -t .',
    left: {
      type: 'test',
      causeShown: false,
      why: "unittest's loader reports the import as a test in error (`ERROR: tests.test_calc (unittest.loader._FailedTest...)`) and the type is right; the `ModuleNotFoundError` under it states the cause, but a rule preferring it would read every test's traceback",
    },
  },
  {
    name: 'unittest, a test module that does not exist',
    type: 'config',
    cause: /No module named 'tests\.test_nope'|has no attribute 'test_nope'/,
    needs: PY,
    files: { 'tests/__init__.py': '', 'tests/test_calc.py': UNITTEST_FAIL.replace('1 + 1, 3', '1 + 1, 2') },
    run: 'python3 -m unittest tests.test_nope',
    left: {
      type: 'test',
      causeShown: false,
      why: 'unittest reports a name it cannot import as the same `_FailedTest` as a test module whose own import fails (Lib/unittest/loader.py _make_failed_import_test): only comparing the missing module with the one the command names tells them apart, which no line rule can',
    },
  },
  {
    name: 'django manage.py test, a failing test',
    type: 'test',
    cause: /AssertionError: 2 != 3|FAIL: test_adds/,
    needs: ['python3-django'],
    files: DJANGO_FILES,
    run: 'python3 manage.py test',
  },
  {
    // Django's settings read with no settings module named (django/conf/__init__.py LazySettings._setup raises
    // ImproperlyConfigured: `... settings are not configured. You must either define the environment variable
    // DJANGO_SETTINGS_MODULE ...`): an environment variable the job does not set, config.
    name: 'django test, DJANGO_SETTINGS_MODULE not set',
    type: 'config',
    cause: /ImproperlyConfigured: Requested setting \w+, but settings are not configured/,
    needs: ['python3-django'],
    files: { 'calc/__init__.py': '', 'calc/tests.py': DJANGO_TEST },
    run: 'python3 -m django test calc',
  },
  {
    // A test raising ImproperlyConfigured from the project's code: the traceback is in unittest's report under
    // `ERROR: test_x (`, the test failed (django-improperly-configured's unlessAfter).
    name: 'django test, a test raising ImproperlyConfigured',
    prints: /^django\.core\.exceptions\.ImproperlyConfigured: FEATURE_FLAG/,
    type: 'test',
    cause: /ERROR: test_reads_flag|ImproperlyConfigured: FEATURE_FLAG/,
    needs: ['python3-django'],
    files: { ...DJANGO_FILES, 'calc/tests.py': DJANGO_RAISES },
    run: 'python3 manage.py test',
  },
  {
    name: 'python -m doctest, a wrong example',
    type: 'test',
    cause: /^Failed example:|^Expected:|\*\*\*Test Failed\*\*\* 1 failures/,
    needs: PY,
    files: { 'calc.py': DOCTEST },
    run: 'python3 -m doctest calc.py',
  },
  {
    // doctest.testmod() prints its summary and returns: a script that does not check the count exits 0 and the
    // step goes on, to fail elsewhere (git's fetch here, typed git on main).
    name: 'doctest.testmod() in a script that exits 0, then git cannot reach its remote',
    prints: /^\*\*\*Test Failed\*\*\* 1 failures?\.$/,
    type: 'git',
    cause: /unable to access 'http:\/\/127\.0\.0\.1:9\/app\.git\/'/,
    needs: [...PY, 'git'],
    files: {
      'calc.py': `${DOCTEST}\n\nif __name__ == "__main__":\n    import doctest\n\n    doctest.testmod()\n`,
    },
    run: 'python3 calc.py\ngit ls-remote http://127.0.0.1:9/app.git',
    left: {
      type: 'test',
      causeShown: false,
      why: "doctest-failed's summary outranks git's later line: lastWord would not help (weigh.ts wentPast lets no git line go past a refusal, git's CAUSES holding config), and a later network, build or lint failure already wins. Not retried either way; a mend is weigh.ts's, left",
    },
  },
  {
    name: 'hypothesis, a falsifying example',
    type: 'test',
    cause:
      /Falsifying example: test_abs_is_small|assert 10 < 10|AssertionError|FAILED test_abs\.py::test_abs_is_small/,
    needs: ['python3-hypothesis', 'python3-pytest'],
    files: { 'test_abs.py': HYPOTHESIS },
    run: 'python3 -m pytest -p no:cacheprovider test_abs.py',
  },
  {
    name: 'pytest-xdist, a failing test on a worker',
    type: 'test',
    cause:
      /FAILED test_calc\.py::test_adds|assert \(1 \+ 1\) == 3|assert 2 == 3|^test_calc\.py:2: AssertionError$/,
    needs: ['python3-xdist'],
    files: { 'test_calc.py': PYTEST_FAIL },
    run: 'python3 -m pytest -p no:cacheprovider -n 2',
  },
  {
    // A test that kills its worker: xdist reports `node down: Not properly terminated` and the test as failed
    // (xdist/dsession.py worker_errordown, handle_crashitem: "worker 'gw0' crashed while running ..."). The test
    // crashed; nothing outside the job killed it (no OOM line): TAXONOMY's test.
    name: 'pytest-xdist, a test killing its worker',
    type: 'test',
    cause:
      /crashed while running 'test_crash\.py::test_crashes'|node down: Not properly terminated|FAILED test_crash\.py::test_crashes/,
    needs: ['python3-xdist'],
    files: { 'test_crash.py': PYTEST_KILLS_WORKER },
    run: 'python3 -m pytest -p no:cacheprovider -n 2',
  },
  {
    name: "a test printing pip's `Could not find a version` and failing",
    prints: /^ERROR: Could not find a version that satisfies the requirement leftpad==9\.9/,
    type: 'test',
    cause: /AssertionError: 'installed' != 'missing'|FAIL: test_reports_missing/,
    needs: PY,
    files: { 'test_tool.py': PRINTS_PIP },
    run: 'python3 -m unittest',
    left: {
      type: 'dependency',
      causeShown: false,
      why: "unittest prints a test's own output inline, before any header of its (`FAIL: ...` comes after the run), so nothing on the line or before it says it is the program's; deps-resolve's line outweighs the test's. Not retried (dependency), but typed wrong: a structural mend (a line between unittest's dots and its `FAIL:` block is the program's), left for the scanner's owner",
    },
  },
  {
    name: 'a test raising ConnectionResetError',
    prints: /ConnectionResetError: \[Errno 104\]/,
    type: 'test',
    cause: /ConnectionResetError: \[Errno 104\] Connection reset by peer|ERROR: test_fetch/,
    needs: PY,
    files: { 'test_client.py': RAISES_RESET },
    run: 'python3 -m unittest',
  },
  // timeout
  {
    // pytest-timeout's signal method fails the one test (`Failed: Timeout >1.0s`, pytest_timeout.py
    // timeout_sigalrm) and the run goes on: a test over its own limit reported as failed, TAXONOMY's test.
    name: 'pytest-timeout (signal), a test over its limit',
    type: 'test',
    cause: /Failed: Timeout >1\.0s|FAILED test_slow\.py::test_slow/,
    needs: ['python3-pytest_timeout'],
    files: { 'test_slow.py': PYTEST_SLEEPS },
    run: 'python3 -m pytest -p no:cacheprovider --timeout=1 --timeout-method=signal',
  },
  {
    // The signal method with another thread running prints `+++ Timeout +++` around the stacks, then fails the one
    // test and goes on: test (pytest-timeout-run-aborted is lastWord; the failed test after it decides).
    name: 'pytest-timeout (signal, a thread running), a test over its limit',
    prints: /^\+{3,} Timeout \+{3,}$/,
    type: 'test',
    cause: /Failed: Timeout >1\.0s|FAILED test_slow\.py::test_slow/,
    needs: ['python3-pytest_timeout'],
    files: { 'test_slow.py': PYTEST_SLEEPS_THREADED },
    run: 'python3 -m pytest -p no:cacheprovider --timeout=1 --timeout-method=signal',
  },
  {
    // The thread method dumps every stack under `+++ Timeout +++` and ends the whole process with os._exit(1)
    // (pytest_timeout.py timeout_timer): the harness aborting the run, TAXONOMY's timeout.
    name: 'pytest-timeout (thread), the run aborted',
    type: 'timeout',
    cause: /\+{5,} Timeout \+{5,}/,
    needs: ['python3-pytest_timeout'],
    files: { 'test_slow.py': PYTEST_SLEEPS },
    run: 'python3 -m pytest -p no:cacheprovider --timeout=1 --timeout-method=thread',
  },
  // quality-gate
  {
    name: 'coverage report --fail-under=90',
    type: 'quality-gate',
    cause: /Coverage failure: total of \d+ is less than fail-under=90/,
    needs: ['python3-coverage', 'python3-pytest'],
    files: { 'pad.py': PAD, 'test_pad.py': PAD_TEST },
    run: 'python3 -m coverage run -m pytest -q -p no:cacheprovider\npython3 -m coverage report --fail-under=90',
  },
  {
    // `poetry lock --check` (poetry/console/commands/lock.py): a lockfile up-to-date check, TAXONOMY's quality-gate.
    name: 'poetry lock --check, the lock out of date',
    type: 'quality-gate',
    cause: /poetry\.lock is not consistent with pyproject\.toml/,
    needs: ['poetry'],
    files: POETRY_FILES,
    setup: POETRY_SETUP,
    server: status(404, 'Not Found'),
    run: 'poetry lock --check',
  },
  // dependency
  {
    // An installed package's module imports a name another installed package lacks (d1217's form: pytest's short
    // traceback of a test module that failed to import, the last frame in site-packages): a version conflict.
    name: 'pytest, an installed package imports a name another installed package lacks',
    type: 'dependency',
    cause:
      /^E\s+ImportError: cannot import name 'post_init_field_info' from 'sqlm\._compat' \(.*site-packages\/sqlm\/_compat\.py\)$/,
    files: { 'tests/test_admin.py': testModule('from amis import Field') },
    ...PYTEST_IN_VENV,
  },
  {
    name: "python, an installed package imports a name another installed package lacks (CPython's traceback)",
    type: 'dependency',
    cause: /^ImportError: cannot import name 'post_init_field_info' from 'sqlm\._compat'/,
    needs: PIP,
    venv: true,
    run: `"$PY_VENV/bin/python" -c 'import amis'`,
  },
  {
    name: "pip's resolver, two requirements that conflict",
    type: 'dependency',
    cause: /ResolutionImpossible|Cannot install alpha==1\.0 and beta==1\.0|conflicting dependencies/,
    needs: PIP,
    wheels: true,
    setup: COPY_WHEELS,
    run: 'python3 -m pip install --no-index --find-links wheels --target vendor alpha==1.0 beta==1.0',
  },
  {
    // pip's hash check (pip/_internal/exceptions.py HashMismatch, HashErrors): a pinned hash that does not match
    // the file is a requirements file to update (or a package tampered with), not a download to retry.
    name: 'pip --require-hashes, a hash that does not match',
    type: 'dependency',
    cause: /DO NOT MATCH THE HASHES|Expected sha256 0{64}/,
    needs: PIP,
    files: { 'requirements.txt': `shared==1.0 --hash=sha256:${'0'.repeat(64)}\n` },
    wheels: true,
    setup: COPY_WHEELS,
    run: 'python3 -m pip install --no-index --find-links wheels --target vendor --require-hashes -r requirements.txt',
  },
  {
    name: 'poetry install, the lock names a package the source lacks',
    type: 'dependency',
    cause: /Unable to find installation candidates for leftpad \(1\.0\.0\)/,
    needs: ['poetry'],
    files: POETRY_FILES,
    setup: POETRY_SETUP,
    server: status(404, 'Not Found'),
    run: 'poetry install --no-root',
  },
  {
    // tox 3 (tox/interpreters, tox/venv.py): the configured interpreter is not on the machine, with
    // skip_missing_interpreters false. The job's environment lacks what its configuration names (a
    // setup-python that does not install it): config, as an unsupported tool version requested.
    name: 'tox, an interpreter that is not installed',
    type: 'config',
    cause: /InterpreterNotFound: python2\.7/,
    needs: ['tox'],
    files: {
      'tox.ini': tox(false),
      'test_ok.py':
        'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_ok(self):\n        pass\n',
    },
    run: 'tox -e py27',
  },
  // config
  {
    name: 'poetry run, a script that does not exist',
    type: 'config',
    cause: /Command not found: nope/,
    needs: ['poetry'],
    files: POETRY_FILES,
    setup: POETRY_SETUP,
    server: status(404, 'Not Found'),
    run: 'poetry run nope',
  },
  {
    name: 'poetry install, no pyproject.toml up to the root',
    type: 'config',
    cause: /Poetry could not find a pyproject\.toml file in /,
    needs: ['poetry'],
    files: {},
    run: 'poetry install --no-interaction',
  },
  {
    // A key no Poetry knows in a [[tool.poetry.source]] (as `priority` is to Poetry before 1.5): the schema refuses it.
    name: 'poetry install, a source key this Poetry does not know',
    type: 'config',
    cause: /^The Poetry configuration is invalid:$/,
    needs: ['poetry'],
    files: {
      ...POETRY_FILES,
      'pyproject.toml': POETRY_PYPROJECT.replace('default = true', 'prority = "primary"'),
    },
    setup: POETRY_SETUP,
    server: status(404, 'Not Found'),
    run: 'poetry install --no-interaction',
  },
  {
    name: 'tox -e, an environment not defined',
    type: 'config',
    cause: /unknown environment 'nope'/,
    needs: ['tox'],
    files: { 'tox.ini': tox(false) },
    run: 'tox -e nope',
  },
  {
    name: 'tox, tox.ini that does not parse',
    type: 'config',
    cause: /ParseError: .*tox\.ini:\d+: unexpected value continuation/,
    needs: ['tox'],
    files: { 'tox.ini': '[tox\nenvlist = py3\n' },
    run: 'tox',
  },
  {
    // tox 3 with no configuration where it runs (a wrong working directory); tox 4 assumes an empty tox.ini
    name: 'tox -e, no tox.ini, setup.cfg or pyproject.toml',
    type: 'config',
    cause: /tox config file \(either .+\) not found/,
    needs: ['tox'],
    run: 'tox -e py312',
  },
  {
    // tox 3 packages the project before its environments (no skipsdist): where it runs there is no setup.py or
    // pyproject.toml (a wrong working directory, or a project never made installable)
    name: 'tox, no setup.py or pyproject.toml to package',
    type: 'config',
    cause: /^(?:ERROR: )?No pyproject\.toml or setup\.py file found\. The expected locations are:$/,
    needs: ['tox'],
    files: { 'tox.ini': '[tox]\nenvlist = py3\n\n[testenv]\ncommands = python -m unittest -v\n' },
    run: 'tox -e py3',
  },
  // transient
  {
    name: 'poetry install, the source answering 503',
    type: 'network',
    cause: /503|Service Unavailable/,
    needs: ['poetry'],
    files: POETRY_FILES,
    setup: POETRY_SETUP,
    server: status(503, 'Service Unavailable'),
    run: 'poetry install --no-root',
  },
  // look-alikes: the wording printed, the step fails for another cause
  {
    name: 'tox, a missing interpreter skipped, then a failing test',
    prints: /SKIPPED: +py27: InterpreterNotFound: python2\.7/,
    type: 'test',
    cause: /AssertionError: 2 != 3|FAIL: test_adds/,
    needs: ['tox'],
    files: { 'tox.ini': tox(true), 'test_calc.py': UNITTEST_FAIL },
    run: 'tox',
  },
  {
    name: "pip's failure swallowed (an optional install, || true), then a failing test",
    prints:
      /^ERROR: Could not find a version that satisfies the requirement leftpad \(from versions: none\)$/,
    type: 'test',
    cause: /AssertionError: 2 != 3|FAIL: test_adds/,
    needs: PIP,
    files: { 'test_calc.py': UNITTEST_FAIL },
    // The source drops each connection unanswered (pip retries once, then finds no version).
    server: dropConnection,
    run: 'python3 -m pip install --retries 1 --timeout 5 --index-url "$PY_SOURCE/simple" --target vendor leftpad || true\npython3 -m unittest',
    left: {
      type: 'dependency',
      causeShown: false,
      why: "pip gave up on the dropped connection after its retry and said `Could not find a version` (`from versions: none`); `|| true` swallowed it and a later test failed. Where pip's failure was swallowed shows only in the script, not the log; a rule that read failed tests after it over it would outrank the real case (a failed install, then the tests failing on the missing package). Not retried; left",
    },
  },
  {
    // The project's own test imports the name the installed package lacks: the code's (a collection error), not
    // a conflict between installed packages (installed-imports.ts reads the frame above the error).
    name: "pytest, the project's own test imports a name an installed package lacks",
    type: 'test',
    cause: /ImportError: cannot import name 'post_init_field_info'|ERROR tests\/test_own\.py/,
    files: { 'tests/test_own.py': testModule('from sqlm._compat import post_init_field_info') },
    ...PYTEST_IN_VENV,
  },
  {
    // An installed package importing its own module's missing name (d0603's form, torch importing torch's).
    name: 'pytest, an installed package imports a name its own module lacks',
    type: 'test',
    cause: /ImportError: cannot import name 'missing_impl'|ERROR tests\/test_self\.py/,
    files: { 'tests/test_self.py': testModule('import selfimp') },
    ...PYTEST_IN_VENV,
  },
];
