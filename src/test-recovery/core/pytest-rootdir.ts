/**
 * pytest's node ids are relative to its rootdir (`--rootdir`, the directory of the config `-c` names, or of the
 * ini file it found above its paths), and so is its JUnit report's `classname` (`tests.test_a`). Its console
 * names a test from the directory it ran in (`FAILED proj/tests/test_a.py::test_x`), and so does a re-run's
 * node id. Where the two differ, a report's test is re-keyed as the console shows it, so that its re-run selects
 * it and the re-run's console names it as the step's key: `pytest --rootdir proj --junitxml=junit.xml
 * proj/tests` once re-ran `tests/test_a.py::test_x` from the step's directory (`file or directory not found`),
 * and a flaky test stayed red. Pure.
 * https://docs.pytest.org/en/stable/reference/customize.html#finding-the-rootdir
 */
import { testKey, type TestId } from '../../core/test-identity.js';
import { plainLines } from './console.js';

/**
 * The rootdir pytest's header names: after `platform linux -- Python 3.11.2, pytest-7.2.1, ...` and before its
 * `collected 2 items` (plugins' lines between), `rootdir: /abs/dir`, then `, configfile: ...` up to pytest 7,
 * nothing from pytest 8. Undefined when the output shows none (`-q`, a header cut off) or two that differ (two
 * runs, or a test printing a header of its own).
 */
export function pytestRootdir(output: string): string | undefined {
  const roots = new Set<string>();
  let header = false;
  for (const line of plainLines(output)) {
    if (/^platform \S+ -- Python \S+, pytest-/.test(line)) header = true;
    else if (/^(?:collect|=)/.test(line)) header = false;
    const m = /^rootdir: (\/.*?)(?:, (?:inifile|configfile|testpaths): .*)?$/.exec(line);
    if (m && header) roots.add(m[1]!.replace(/\/+$/, ''));
  }
  return roots.size === 1 ? [...roots][0] : undefined;
}

/**
 * A pytest report's test whose file is relative to `rootdir` with that file relative to `cwd` (the step's
 * directory), as pytest's console and a re-run's node id name it. A rootdir below `cwd` is put before the file;
 * a `cwd` below the rootdir is taken off the file's start where the file is there. Any other (a rootdir beside
 * `cwd`, a file outside the rootdir) is left as read: its re-run may find no test, and its failure stands.
 */
export function fromRootdir(id: TestId, rootdir: string | undefined, cwd: string): TestId {
  const dir = cwd.replace(/\/+$/, '');
  if (id.runner !== 'pytest' || rootdir === undefined || rootdir === dir || id.suite === '') return id;
  if (id.suite.startsWith('/') || id.suite.split('/').includes('..')) return id;
  if (rootdir.startsWith(`${dir}/`)) return { ...id, suite: `${rootdir.slice(dir.length + 1)}/${id.suite}` };
  if (dir.startsWith(`${rootdir}/`)) {
    const below = `${dir.slice(rootdir.length + 1)}/`;
    if (id.suite.startsWith(below)) return { ...id, suite: id.suite.slice(below.length) };
  }
  return id;
}

/**
 * The rootdir to re-key the report's failed tests from, only where the console agrees: none of them is named
 * there as the report names it, and one is as re-keyed (pytest's short summary, `FAILED proj/tests/...`). The
 * header's rootdir is where pytest ran after a `cd proj` too, where the report's names already are the
 * console's: re-keying them from the step's directory would send the re-run to a file it cannot find.
 */
export function agreedRootdir(
  failed: readonly TestId[],
  rootdir: string | undefined,
  cwd: string,
  consoleFailed: readonly TestId[],
): string | undefined {
  if (rootdir === undefined) return undefined;
  const shown = new Set(consoleFailed.filter((t) => t.runner === 'pytest').map(testKey));
  if (failed.some((t) => shown.has(testKey(t)))) return undefined;
  return failed.some((t) => shown.has(testKey(fromRootdir(t, rootdir, cwd)))) ? rootdir : undefined;
}
