/**
 * Python's and the shell's own linters and Python's packaging, as a project's CI runs them (issue 68), for
 * classify-real-lint.test.ts: flake8, mypy, pylint, black, isort, yamllint, shellcheck, `bash -n`, often several
 * in one `run:` (`make lint`, a pre-commit-like chain), the look-alikes that are not a finding (a linter that
 * refuses its own config, a linter not installed, a finding printed before a test fails) and `pip wheel` over a
 * broken project. Each is a `run:` step in a temporary project (`real-env-run.ts` runEnvCase, HOME in it; every
 * linter's cache goes under HOME or is switched off), offline. `type` is TAXONOMY.md's; `cause` matches the line
 * that states the cause: the first finding, never the tool's summary (`Found N errors`, `would be reformatted`,
 * `Your code has been rated`), `make: ***` or the echo. The tools print what they print on this machine (Debian
 * bookworm's flake8 5.0.4, mypy 1.0.1, pylint 2.16.2, black 23.1.0, isort 5.6.4, yamllint 1.29.0, shellcheck 0.9.0):
 * `cause` names the cause's stable words only.
 */
import type { FailureType } from '../../src/core/types.js';
import type { EnvCase } from './real-env-cases.js';

export interface LintCase extends EnvCase {
  /**
   * A miss this battery found and left, with why no rule of the tool's own words mends it: the verdict it gets,
   * asserted so that a change that mends it is seen.
   */
  left?: { type: FailureType; causeShown: boolean; why: string };
}

/** Two modules with flake8's, pylint's and mypy's findings: an unused import, a str returned as int. */
const APP = {
  'app/__init__.py': '',
  'app/core.py': 'import os\n\n\ndef size(name: str) -> int:\n    return name\n',
  'app/util.py': 'def twice(n: int) -> int:\n    return n * 2\n\n\nx: int = twice("3")\n',
};
/** Clean for flake8, black and isort: a chain that gets past them to the tool that fails. */
const CLEAN = { 'ok.py': '"""Fine."""\n\n\ndef one() -> int:\n    """Return one."""\n    return 1\n' };
/** Caches off or in the project: mypy's .mypy_cache is in the project (cwd), pylint's under HOME. */
const MYPY = 'mypy --no-incremental';
const PIP_OWN_ONLY = { PIP_CONFIG_FILE: '/dev/null', PIP_FIND_LINKS: '' };
const SCRIPT = '#!/bin/bash\nfor f in $(ls *.txt); do\n  cp $f /tmp/backup/\ndone\n';

export const LINT_CASES: LintCase[] = [
  // quality-gate: the linter's finding
  {
    name: 'flake8 .',
    type: 'quality-gate',
    cause: /core\.py:1:1: F401 'os' imported but unused/,
    needs: ['flake8'],
    files: APP,
    run: 'flake8 .',
  },
  {
    name: 'flake8 --format=pylint',
    type: 'quality-gate',
    cause: /core\.py:1: \[F401\] 'os' imported but unused/,
    needs: ['flake8'],
    files: APP,
    run: 'flake8 --format=pylint app',
  },
  {
    name: 'flake8 --count --statistics (the summary after the findings)',
    type: 'quality-gate',
    cause: /F401 'os' imported but unused/,
    needs: ['flake8'],
    files: APP,
    run: 'flake8 . --count --statistics --show-source',
  },
  {
    name: 'mypy: the first error, not "Found 2 errors in 2 files"',
    type: 'quality-gate',
    cause: /util\.py:5: error: Argument 1 to "twice" has incompatible type/,
    needs: ['mypy'],
    files: APP,
    run: `${MYPY} app`,
  },
  {
    name: 'mypy --pretty --show-error-codes',
    type: 'quality-gate',
    cause: /util\.py:5: error: Argument 1 to "twice" has incompatible type/,
    needs: ['mypy'],
    files: APP,
    run: `${MYPY} --pretty --show-error-codes app`,
  },
  {
    name: 'pylint messages',
    type: 'quality-gate',
    cause: /core\.py:1:0: W0611: Unused import os|core\.py:\d+:\d+: [CRWEF]\d{4}:/,
    needs: ['pylint'],
    files: APP,
    run: 'pylint app',
  },
  {
    name: 'pylint --fail-under=9 (its score below the threshold)',
    type: 'quality-gate',
    cause: /: [CRWEF]\d{4}: |rated at/,
    needs: ['pylint'],
    files: APP,
    run: 'pylint --disable=all --enable=W0611,C0114,C0116 --fail-under=9 app',
  },
  {
    name: 'pylint --output-format=parseable',
    type: 'quality-gate',
    cause: /core\.py:\d+: \[[CRWEF]\d{4}\([a-z-]+\), /,
    needs: ['pylint'],
    files: APP,
    run: 'pylint --output-format=parseable app',
  },
  {
    name: 'black --check (would reformat)',
    type: 'quality-gate',
    cause: /would reformat .*core\.py/,
    needs: ['black'],
    files: { 'app/core.py': "x = {  'a':1 }\n" },
    run: 'black --check .',
  },
  {
    name: 'isort --check-only --diff',
    type: 'quality-gate',
    cause: /ERROR: .*core\.py Imports are incorrectly sorted/,
    needs: ['isort'],
    files: { 'app/core.py': 'import sys\nimport os\n\nprint(os, sys)\n' },
    run: 'isort --check-only --diff .',
  },
  {
    name: 'isort --settings-path, a path that is not there',
    type: 'config',
    cause: /InvalidSettingsPath: isort was told to use the settings_path: \S*nosuch/,
    needs: ['isort'],
    files: { 'app/core.py': 'import os\n\nprint(os)\n' },
    run: 'isort --check-only --settings-path nosuch/ .',
  },
  {
    name: 'yamllint (standard format)',
    type: 'quality-gate',
    cause: /error\s+duplication of key "name" in mapping|\d+:\d+\s+error\s/,
    needs: ['yamllint'],
    files: { 'ci.yml': '---\nname: a\nname: b\n' },
    run: 'yamllint ci.yml',
  },
  {
    name: 'yamllint -f parsable',
    type: 'quality-gate',
    cause: /ci\.yml:3:1: \[error\] duplication of key/,
    needs: ['yamllint'],
    files: { 'ci.yml': '---\nname: a\nname: b\n' },
    run: 'yamllint -f parsable .',
  },
  {
    name: 'yamllint -c, a configuration file that is not there',
    type: 'config',
    cause: /FileNotFoundError: \[Errno 2\] No such file or directory: '\.yamllint\.ci\.yml'/,
    needs: ['yamllint'],
    files: { 'ci.yml': '---\nname: a\n' },
    run: 'yamllint -c .yamllint.ci.yml .',
  },
  {
    name: 'shellcheck (tty format)',
    type: 'quality-gate',
    cause: /SC2045|SC2086|In deploy\.sh line \d+/,
    needs: ['shellcheck'],
    files: { 'deploy.sh': SCRIPT },
    run: 'shellcheck deploy.sh',
  },
  {
    name: 'shellcheck -f gcc',
    type: 'quality-gate',
    cause: /deploy\.sh:2:\d+: (?:error|warning|note): .*\[SC\d{4}\]/,
    needs: ['shellcheck'],
    files: { 'deploy.sh': SCRIPT },
    run: 'shellcheck -f gcc deploy.sh',
  },
  {
    name: 'shellcheck -f json1',
    type: 'quality-gate',
    cause: /"code":\s*2045|"file":"deploy\.sh"/,
    needs: ['shellcheck'],
    files: { 'deploy.sh': SCRIPT },
    run: 'shellcheck -f json1 deploy.sh',
  },
  {
    // A project's script checked without running it: a checker judging code (TAXONOMY quality-gate), as
    // shellcheck is; the shell's verdict on the step's own script is config (below).
    name: "bash -n on a project's script with a syntax error",
    type: 'quality-gate',
    cause: /scripts\/release\.sh: line \d+: syntax error/,
    needs: ['bash'],
    files: { 'scripts/release.sh': '#!/bin/bash\nif [ -n "$1" ]; then\n  echo "$1"\nfi fi\n' },
    run: 'for f in scripts/*.sh; do bash -n "$f"; done',
    left: {
      type: 'config',
      causeShown: true,
      why: "bash prints the same `<file>: line N: syntax error near unexpected token` for the step's own script, a project's script it runs and one `bash -n` only parses (bminor/bash parse.y report_syntax_error); shell-script-syntax-error reads them all as config, and only the step's script (`bash -n`) and the file's path (not the runner's `_temp/<uuid>.sh`) tell the checker's finding: not done this round",
    },
  },
  {
    name: 'make lint: flake8 then mypy, make: *** after flake8',
    type: 'quality-gate',
    cause: /F401 'os' imported but unused/,
    needs: ['flake8', 'mypy', 'make'],
    files: { ...APP, Makefile: `lint:\n\tflake8 app\n\t${MYPY} app\n` },
    run: 'make lint',
  },
  {
    name: 'a chain: flake8 && mypy && black --check, mypy failing',
    type: 'quality-gate',
    cause: /util\.py:5: error: Argument 1 to "twice" has incompatible type|error: /,
    needs: ['flake8', 'mypy', 'black'],
    files: {
      'app/__init__.py': '',
      'app/util.py': 'def twice(n: int) -> int:\n    return n * 2\n\n\nx: int = twice("3")\n',
    },
    run: `flake8 app && ${MYPY} app && black --check app`,
  },
  {
    name: 'a pre-commit-like script: each check, then exit 1 if any failed',
    type: 'quality-gate',
    cause: /core\.py:\d+:\d+: [EFW]\d{3} /,
    needs: ['flake8', 'black', 'isort'],
    files: { 'app/core.py': "import sys\nimport os\n\nprint(os, sys, {  'a':1 })\n" },
    run: [
      'status=0',
      'for check in "flake8 app" "black --check app" "isort --check-only app"; do',
      '  echo "::group::$check"',
      '  $check || status=1',
      '  echo "::endgroup::"',
      'done',
      'exit $status',
    ].join('\n'),
  },
  // look-alikes: a linter refusing its own config, a linter not installed, a finding before a failing test
  {
    // flake8/plugins/finder.py _check_required_plugins: `required plugins were not installed!` and what is missing.
    name: "flake8, setup.cfg's require-plugins naming a plugin not installed",
    type: 'config',
    cause: /required plugins were not installed|missing: flake8-bugbear/,
    needs: ['flake8'],
    files: { ...CLEAN, 'setup.cfg': '[flake8]\nrequire-plugins = flake8-bugbear\n' },
    run: 'flake8 .',
  },
  {
    name: "flake8 --config, a bad value in the file's option",
    type: 'config',
    cause: /max-line-length|invalid literal for int|ValueError/,
    needs: ['flake8'],
    files: { ...CLEAN, 'lint.cfg': '[flake8]\nmax-line-length = one-hundred\n' },
    run: 'flake8 --config lint.cfg .',
  },
  {
    // mypy.ini that does not parse is reported and passed over (config_parser.py prints `mypy.ini: File contains
    // no section headers.` and mypy exits 0); a plugin it names that does not import stops it (build.py
    // load_plugins_from_config: `Error importing plugin "x": ...`, exit 2).
    name: 'mypy, mypy.ini naming a plugin that does not import',
    type: 'config',
    cause: /mypy\.ini:\d+: error: Error importing plugin "no_such_plugin"/,
    needs: ['mypy'],
    files: { ...CLEAN, 'mypy.ini': '[mypy]\nplugins = no_such_plugin\n' },
    run: `${MYPY} .`,
  },
  {
    name: 'flake8 --config naming a file that is not there',
    type: 'config',
    cause: /The specified config file does not exist: \.flake8/,
    needs: ['flake8'],
    files: CLEAN,
    run: 'flake8 --config .flake8 .',
  },
  {
    name: 'mypy --config-file naming a file that is not there',
    type: 'config',
    cause: /^mypy: error: Cannot find config file 'mypy\.ci\.ini'$/,
    needs: ['mypy'],
    files: CLEAN,
    run: `${MYPY} --config-file mypy.ci.ini .`,
  },
  {
    name: 'mypy given a directory that is not there',
    type: 'config',
    cause: /^mypy: can't read file 'src': No such file or directory$/,
    needs: ['mypy'],
    files: CLEAN,
    run: `${MYPY} src`,
  },
  {
    name: 'pylint --rcfile naming a file that is not there',
    type: 'config',
    cause: /^The config file \.pylintrc\.ci doesn't exist!$/,
    needs: ['pylint'],
    files: APP,
    run: 'pylint --rcfile .pylintrc.ci app',
  },
  {
    // pylint reports an rcfile's unknown option as its own message E0015 and goes on (pylint/lint/pylinter.py):
    // on clean code it exits 0, so where the step fails it failed on the findings beside it (TAXONOMY: what a
    // person fixes first to make the job green).
    name: "pylint, an rcfile's unknown option (E0015) beside findings",
    type: 'quality-gate',
    cause: /core\.py:\d+:\d+: [CRWF]\d{4}: /,
    needs: ['pylint'],
    files: { ...APP, pylintrc: '[MAIN]\nno-such-option=yes\n' },
    run: 'pylint --rcfile=pylintrc app',
  },
  {
    name: 'pylint, an option it does not know',
    type: 'config',
    cause: /[Uu]nrecognized option|no-such-option|unrecognized arguments/,
    needs: ['pylint'],
    files: CLEAN,
    run: 'pylint --no-such-option ok.py',
  },
  {
    name: "yamllint, a config whose rule's option is wrong",
    type: 'config',
    cause: /invalid config/,
    needs: ['yamllint'],
    files: {
      'ci.yml': '---\nname: a\n',
      '.yamllint': 'extends: default\nrules:\n  line-length:\n    max: long\n',
    },
    run: 'yamllint .',
  },
  {
    // The step names a tool the job never installed: TAXONOMY config (a command the config expects is not
    // there); nothing resolved or installed failed, so not dependency.
    name: 'python3 -m flake9 (a linter not installed)',
    type: 'config',
    cause: /No module named flake9/,
    needs: ['python3'],
    files: CLEAN,
    run: 'python3 -m flake9 .',
  },
  {
    name: 'flake8 --exit-zero prints findings, then a test fails',
    type: 'test',
    cause: /FAILED|assert|AssertionError/,
    needs: ['flake8', 'python3-pytest'],
    files: {
      'calc.py': 'import os\n\n\ndef add(a, b):\n    return a - b\n',
      'test_calc.py': 'from calc import add\n\n\ndef test_add():\n    assert add(2, 2) == 4\n',
    },
    run: 'flake8 --exit-zero .\npython3 -m pytest -q -p no:cacheprovider',
  },
  {
    // The shell refuses the workflow's own script before running a line: the job's configuration (TAXONOMY
    // config: invalid CI configuration), not the project's code.
    name: "the step's own script with a syntax error (bash -e {0})",
    type: 'config',
    cause: /syntax error/,
    needs: ['bash'],
    files: CLEAN,
    run: 'if [ -f ok.py ]; then\n  echo found\nfi fi',
  },
  // Python packaging as CI runs it
  {
    name: 'pip wheel, pyproject.toml with an invalid [project] table',
    // The project's own packaging failing inside an install: build (TAXONOMY, issue 68), as published-battery's case.
    type: 'build',
    cause: /project\.dependencies|must be array|configuration error|invalid pyproject/i,
    needs: ['python3-setuptools'],
    files: {
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "app"\nversion = "1.0"\ndependencies = "requests"\n',
      'app/__init__.py': '',
    },
    // Neither the machine's pip.conf nor its PIP_FIND_LINKS (os.devnull: pip loads no config file).
    env: PIP_OWN_ONLY,
    run: 'python3 -m pip wheel . --no-deps --no-build-isolation --no-index -w dist',
  },
  {
    name: 'pip wheel, a C extension that does not compile',
    type: 'build',
    cause: /speed\.c:\d+:\d+: error:/,
    // wheel: an older setuptools (Debian bookworm's 66) builds no wheel without it (`invalid command 'bdist_wheel'`),
    // and pip then stops at the metadata, before gcc runs.
    needs: ['python3-setuptools', 'python3-wheel', 'gcc'],
    files: {
      'setup.py':
        "from setuptools import Extension, setup\n\nsetup(name='app', version='1.0', ext_modules=[Extension('app_speed', ['speed.c'])])\n",
      // No `#include <Python.h>`: without python3-dev (which .ci/run does not install) gcc would stop on the
      // missing header, not on this file's own error.
      'speed.c': 'int fast(void) { return undefined_name; }\n',
    },
    // Neither the machine's pip.conf nor its PIP_FIND_LINKS (os.devnull: pip loads no config file).
    env: PIP_OWN_ONLY,
    run: 'python3 -m pip wheel . --no-deps --no-build-isolation --no-index -w dist',
  },
];
