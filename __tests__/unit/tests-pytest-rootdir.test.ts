/**
 * pytest's report names a test's file from its rootdir, its console (and a re-run's node id) from the directory
 * it ran in: fromRootdir re-keys a report's test as the console names it, from the rootdir its header shows
 * (e2e: run-tests-pytest-rootdir). Where the header is missing or ambiguous, or the rootdir is beside the step's
 * directory, the id is left as read: its re-run may find nothing and its failure stands (never another test).
 */
import type { TestId } from '../../src/core/test-identity.js';
import { agreedRootdir, fromRootdir, pytestRootdir } from '../../src/test-recovery/index.js';

const id: TestId = { runner: 'pytest', suite: 'tests/test_a.py', name: 'test_x' };

describe('pytestRootdir', () => {
  it.each([
    [
      'pytest 7',
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w/proj, configfile: pytest.ini, testpaths: tests\nplugins: cov',
      '/w/proj',
    ],
    [
      'pytest 8',
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w/proj\nconfigfile: pytest.ini\n',
      '/w/proj',
    ],
    [
      'coloured, trailing slash',
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\n\u001b[1mrootdir: /w/proj/\u001b[0m\n',
      '/w/proj',
    ],
    ['no header (-q)', '.F\nFAILED tests/test_a.py::test_x\n', undefined],
    [
      'two runs, two rootdirs',
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w/a\n...\nplatform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w/b\n',
      undefined,
    ],
    [
      'two runs, one rootdir',
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w/a\n...\nplatform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w/a\n',
      '/w/a',
    ],
    [
      'a relative path is no header of pytest',
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: proj\n',
      undefined,
    ],
    ['a line no header is before', 'rootdir: /w/proj\n', undefined],
    [
      "a test's output after the header is not read",
      'platform linux -- Python 3.11.2, pytest-7.2.1, pluggy-1.0.0\nrootdir: /w\ncollected 1 item\n\nrootdir: /w/proj\n',
      '/w',
    ],
    [
      "plugins' lines between (pytest 9, pytest-benchmark)",
      'platform linux -- Python 3.11.7, pytest-9.0.3, pluggy-1.6.0\nbenchmark: 5.2.3 (defaults: timer=x)\nrootdir: /w/p\nconfigfile: pytest.ini\ncollected 1 item\n',
      '/w/p',
    ],
  ])('%s', (_what, output, root) => {
    expect(pytestRootdir(output)).toBe(root);
  });
});

describe('fromRootdir', () => {
  it('a rootdir below the step directory goes before the file', () => {
    expect(fromRootdir(id, '/w/proj', '/w')).toEqual({ ...id, suite: 'proj/tests/test_a.py' });
    expect(fromRootdir(id, '/w/a/b', '/w/')).toEqual({ ...id, suite: 'a/b/tests/test_a.py' });
  });

  it('a step directory below the rootdir comes off the file where the file is there', () => {
    const inProj = { ...id, suite: 'proj/tests/test_a.py' };
    expect(fromRootdir(inProj, '/w', '/w/proj')).toEqual(id);
    // A file outside the step's directory keeps its path: no other file's test is selected.
    expect(fromRootdir(id, '/w', '/w/proj')).toEqual(id);
  });

  it.each([
    ['the same directory', '/w', '/w'],
    ['no rootdir shown', undefined, '/w'],
    ['a rootdir beside the step directory', '/w/other', '/w/proj'],
    ['a prefix that is no directory of it', '/w/projx', '/w/proj'],
  ])('%s: left as read', (_what, root, cwd) => {
    expect(fromRootdir(id, root, cwd)).toEqual(id);
  });

  it("another runner's id, an empty or climbing file: left as read", () => {
    const jest: TestId = { runner: 'jest', suite: 'a.test.js', name: 'works' };
    expect(fromRootdir(jest, '/w/proj', '/w')).toEqual(jest);
    for (const suite of ['', '../tests/test_a.py', '/abs/test_a.py'])
      expect(fromRootdir({ ...id, suite }, '/w/proj', '/w')).toEqual({ ...id, suite });
  });

  it('keeps the parameters', () => {
    const param = { ...id, params: '1-2' };
    expect(fromRootdir(param, '/w/proj', '/w')).toEqual({ ...param, suite: 'proj/tests/test_a.py' });
  });
});

describe('agreedRootdir', () => {
  const shown = (suite: string): TestId[] => [{ runner: 'pytest', suite, name: 'test_x' }];
  it('re-keys where the console names the test as re-keyed (`--rootdir proj proj/tests`)', () => {
    expect(agreedRootdir([id], '/w/proj', '/w', shown('proj/tests/test_a.py'))).toBe('/w/proj');
  });
  it('does not where the console names it as the report does (`cd proj && pytest`: the rootdir is where it ran)', () => {
    expect(agreedRootdir([id], '/w/proj', '/w', shown('tests/test_a.py'))).toBeUndefined();
  });
  it('does not where the console names it neither way, or shows no rootdir', () => {
    expect(agreedRootdir([id], '/w/proj', '/w', [])).toBeUndefined();
    expect(agreedRootdir([id], undefined, '/w', shown('proj/tests/test_a.py'))).toBeUndefined();
  });
});
