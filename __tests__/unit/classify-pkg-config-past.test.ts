/**
 * Review of h/real-build (finding 1): pkg-config's missing .pc (pkg-config-package-missing) is pkg-config's last
 * word before it exits 1, but an optional check the build goes on past (a Makefile's `$(shell pkg-config --cflags
 * libfoo)`) prints the same lines. A failed test or a network failure after them in the step is what failed it:
 * the rule decides nothing there (weigh.ts wentPast, RuleSpec lastWord). Where nothing follows, it decides.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr } from '../classify-logs.js';

// pkgconf 1.8.1 (Debian's pkg-config), `pkg-config --cflags libfoo` run here: pkgconf/pkgconf libpkgconf/pkg.c
// pkg_report_graph_error.
const PKGCONF = [
  'Package libfoo was not found in the pkg-config search path.',
  "Perhaps you should add the directory containing `libfoo.pc'",
  'to the PKG_CONFIG_PATH environment variable',
  "Package 'libfoo', required by 'virtual:world', not found",
];

describe('pkg-config-package-missing and what the step went on to', () => {
  test('an optional pkg-config check in `make test`, then a failing go test: test, as main says', () => {
    const v = classify({
      log: failedRunLog(
        'make test',
        [
          ...PKGCONF,
          'go test ./...',
          '--- FAIL: TestAdds (0.00s)',
          '    adds_test.go:9: Adds(1, 2) = 4, want 3',
          'FAIL',
          'FAIL\texample.com/app\t0.004s',
          'FAIL',
          'make: *** [Makefile:7: test] Error 1',
        ],
        2,
      ),
    });
    expect(v.type).toBe('test');
    expect(v.rule).not.toBe('pkg-config-package-missing');
    expect(v.evidence?.text).toMatch(/--- FAIL: TestAdds|adds_test\.go:9/);
  });

  test('an optional pkg-config check, then curl cannot resolve its host: network, retried as network', () => {
    const v = classify({
      log: failedRunLog(
        'make fetch',
        [
          ...PKGCONF,
          'curl -fsSL -o vendor/data.tar.gz https://downloads.example.org/data.tar.gz',
          'curl: (6) Could not resolve host: downloads.example.org',
          'make: *** [Makefile:4: fetch] Error 6',
        ],
        2,
      ),
    });
    expect(v.type).toBe('network');
    expect(v.rule).not.toBe('pkg-config-package-missing');
    expect(v.confidence).not.toBe('low');
  });

  test('pkg-config refusing, and the step ends on it: dependency, not retried', () => {
    const v = classify({
      log: failedRunLog('flags=$(pkg-config --cflags --libs libfoo)\ngcc $flags -o app main.c', PKGCONF, 1),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('pkg-config-package-missing');
    expect(retriedOnPr(v)).toBe(false);
  });

  test("cgo's pkg-config failing under `go test`: dependency; go's `[build failed]` is its report, not a later cause", () => {
    // Real go 1.19 output of `go test ./...` on a package with `// #cgo pkg-config: libfoo` (re-review of the mend:
    // a summary went past a lastWord line, and go's beforeTests report turned it into build).
    const v = classify({
      log: failedRunLog(
        'go test ./...',
        [
          '# pkg-config --cflags  -- libfoo',
          ...PKGCONF,
          'pkg-config: exit status 1',
          'FAIL\texample.com/app [build failed]',
          'FAIL',
        ],
        1,
      ),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe('pkg-config-package-missing');
  });

  test("a background job's network failure after pkg-config ended the script: low confidence only, as before lastWord", () => {
    // Re-review: a lastWord line is a refusal a background job's lines may follow (Piece beside), as a config one.
    const v = classify({
      log: failedRunLog(
        './server &\npkg-config --cflags libfoo',
        [...PKGCONF, 'curl: (6) Could not resolve host: api.example.org'],
        1,
      ),
    });
    expect(v.confidence).toBe('low');
  });
});
