/**
 * Issue 68: Python's test runners and packaging tools beyond pytest and the linters, whole steps
 * (`real-python-tools-cases.ts`): unittest, Django's runner, doctest, hypothesis, pytest-xdist, pytest-timeout,
 * coverage, pip's resolver and hash check, poetry and tox from Debian, run as a workflow runs a `run:` step
 * (`real-env-run.ts` runEnvCase, `bash -e {0}`) and classified as one GitHub Actions step. Each case asserts
 * TAXONOMY.md's type, whether the default policy retries it on a pull request, and that the line shown states
 * the cause. HOME, pip's config and cache, poetry's cache and config, tox's work dir are in each case's temporary
 * project; pip is offline (PIP_NO_INDEX) unless the case asks a local `node:http` source ($PY_SOURCE, on this
 * machine's outward address, a port holding no HTTP status a tool might print). `REAL_PYTHON_TOOLS_TABLE=1` prints
 * each verdict (`TABLE|case|type|verdict [rule] retried line shown`). Under CI_RECOVERY_REQUIRE_RUNNERS=1 a
 * missing tool fails the file; elsewhere its cases skip, saying which.
 *
 * What main (1969e60) got wrong here, 12 of 28, and what mends 8 (rules/log-rules.json, each from the Debian
 * package's file): coverage.py's fail-under and pytest-timeout's thread abort were typed test by pytest's name
 * (coverage-py-fail-under, pytest-timeout-run-aborted); doctest and tox's unknown environment were withheld, poetry
 * run's missing command and tox.ini's ParseError unknown, poetry lock --check's stale lock generic
 * (doctest-failed, tox-unknown-environment, poetry-run-command-not-found, iniconfig-parse-error,
 * poetry-lock-check-stale); Django's ImproperlyConfigured was typed test by the command's word
 * (django-improperly-configured). The four left are each case's `left`, with why.
 *
 * The review added one (a passing `doctest.testmod()`'s summary over a later git failure, left: its `why`).
 *
 * Four cases of an `ImportError` under packages pip installed into a venv (installed-imports.ts): main (3a7ff3d3)
 * typed the two imports between installed packages test (pytest's summary) and unknown (CPython's traceback); the
 * two whose importer is the project's test or the package itself stay test.
 *
 * Time (2026-12-02, 2 shared cores): 62 s at load 5 (first run), 83-115 s at load 13-25, most of it poetry, tox
 * and pip starting; the 240 s hook limit is for that load. The resolver's and hash check's wheels are built once
 * (they were built in each case's setup, which blocks the other cases' event loop: ~20 s each at load 17): 90 s
 * at load 12-16 after, 114 s at load 15-17 before.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Handler, Server } from './misbehaving-server.js';
import { serve } from './misbehaving-server.js';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import type { PythonToolCase } from './real-python-tools-cases.js';
import {
  BUILD_WHEELS,
  INSTALL_INTO_VENV,
  INSTALLED_SOURCES,
  PYTHON_TOOL_CASES,
  WHEEL_SOURCES,
} from './real-python-tools-cases.js';
import type { StepRun } from './real-steps.js';
import { tempProject } from './real-steps.js';

/** pip's, poetry's and tox's homes in the project; no machine pip.conf, no prompt, no color. */
const homes = (dir: string, offline: boolean): Record<string, string> => ({
  PIP_CONFIG_FILE: '/dev/null',
  PIP_FIND_LINKS: '',
  PIP_CACHE_DIR: path.join(dir, '.cache/pip'),
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
  ...(offline ? { PIP_NO_INDEX: '1' } : {}),
  POETRY_CACHE_DIR: path.join(dir, '.cache/pypoetry'),
  POETRY_CONFIG_DIR: path.join(dir, '.config/pypoetry'),
  POETRY_VIRTUALENVS_IN_PROJECT: 'true',
  POETRY_NO_INTERACTION: '1',
  TOX_WORK_DIR: path.join(dir, '.tox'),
  PYTHONDONTWRITEBYTECODE: '1',
  NO_COLOR: '1',
});

/** A source whose port holds no 401/403/404/500-504: poetry and pip print the URL beside the status. */
async function serveAwayFromStatusPorts(handler: Handler): Promise<Server> {
  for (;;) {
    const server = await serve(handler);
    if (!/40[134]|50[0-4]/.test(new URL(server.url).port)) return server;
    await server.close();
  }
}

/** `script` run once for the file (pip, offline) in a project of its own holding `sources`; gives `dir/out`. */
async function buildOnce(sources: Record<string, string>, script: string, out: string): Promise<string> {
  const dir = tempProject(sources);
  await promisify(execFile)('bash', ['-ec', script], {
    cwd: dir,
    env: { ...process.env, HOME: dir, ...homes(dir, true) },
    timeout: 300_000,
  });
  return path.join(dir, out);
}
/** The resolver's and the hash check's wheels. */
let wheels: Promise<string> | undefined;
/** The venv of the installed-imports cases (INSTALLED_SOURCES installed). */
let venv: Promise<string> | undefined;

async function runCase(c: PythonToolCase): Promise<StepRun> {
  const shared: Record<string, string> = {
    ...(c.wheels && wheels ? { PY_WHEELS: await wheels } : {}),
    ...(c.venv && venv ? { PY_VENV: await venv } : {}),
  };
  if (!c.server) return runEnvCase(c, (dir) => ({ ...homes(dir, true), ...shared }));
  const server = await serveAwayFromStatusPorts(c.server);
  try {
    return await runEnvCase(c, (dir) => ({
      ...homes(dir, false),
      ...shared,
      PY_SOURCE: server.url.replace(/\/$/, ''),
    }));
  } finally {
    await server.close();
  }
}

realBattery({
  title: "Python's test runners and packaging tools, classified as a GitHub Actions step",
  // A Python job runs actions/setup-python first.
  setup: ['python'],
  cases: PYTHON_TOOL_CASES,
  run: runCase,
  name: 'PYTHON_TOOLS',
  // 241 s at load 15 (a rehearsal's .ci/run beside the README's npm test), with each of four cases running pip in
  // its setup then; the limit only bites on a hang.
  hookMs: 720_000,
  // Three at a time: the machine is shared; python starts in ~0.1 s, tox and poetry in about a second.
  width: 3,
  // The wheels are built beside the first cases (not in a case's setup, which blocks the others' event loop).
  before: (runnable) => {
    if (runnable.some((c) => c.wheels)) {
      wheels = buildOnce(WHEEL_SOURCES, BUILD_WHEELS, 'wheels');
      wheels.catch(() => undefined); // awaited, and thrown, by the cases that copy them
    }
    if (runnable.some((c) => c.venv)) {
      venv = buildOnce(INSTALLED_SOURCES, INSTALL_INTO_VENV, '.venv');
      venv.catch(() => undefined); // awaited, and thrown, by the cases that run it
    }
    return Promise.resolve();
  },
  alsoExpect: (c, r) => {
    if (c.prints)
      expect({
        case: c.name,
        prints: r.lines.some((l) => c.prints?.test(l) ?? false),
        lines: r.lines,
      }).toEqual({
        case: c.name,
        prints: true,
        lines: r.lines,
      });
  },
});
