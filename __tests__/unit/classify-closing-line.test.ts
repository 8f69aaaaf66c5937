/**
 * The line shown is the first that states the cause (issue 68, item 4): a build tool's closing line over the
 * subcommands that failed (ninja's, cargo's, rustc's) and mocha's tally state none; the output above the closing
 * line, or the list under the tally, does. Each log below is in the tool's published output form.
 */
import { classify } from '../../src/core/classify/index.js';
import { isClosingLine, saysNoCause } from '../../src/core/classify/shown-line.js';
import { failedRunLog } from '../classify-logs.js';

describe('a closing line is not the line shown', () => {
  test("ninja's `build stopped: subcommand failed.` shows what the failed edge's command printed", () => {
    // ninja src/status_printer.cc BuildEdgeFinished: `FAILED: ` (with `[code=N] ` since 1.12) and the edge's
    // outputs, then its command, then its output; src/build.cc: `build stopped: subcommand failed.` at the end.
    // The command's own line: dash's word that a program is not there (the CMake variable left unset).
    const cause = '/bin/sh: 1: CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS-NOTFOUND: not found';
    const log = failedRunLog('cmake --build build', [
      '[1276/3874] Scanning /src/third_party/fmt/src/format.cc for CXX dependencies',
      'FAILED: [code=127] third_party/fmt/CMakeFiles/fmt.dir/src/format.cc.o.ddi ',
      '"CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS-NOTFOUND" -format=p1689 -- /usr/bin/clang++ -c /src/format.cc',
      cause,
      '[1277/3874] Linking CXX static library lib/libtensorpipe_cuda.a',
      '[1278/3874] Building CXX object c10/cuda/CMakeFiles/c10_cuda.dir/driver_api.cpp.o',
      'ninja: build stopped: subcommand failed.',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence?.text).toBe(cause);
  });

  test("cargo's `Could not compile` (before 1.40) shows rustc's first error above it", () => {
    // A Travis job whose script runs cargo (travis-build: the echo `$ x`, then `The command "x" exited with 101.`):
    // rustc's diagnostic without a code, its location and source lines, rustc's `error: aborting due to previous
    // error`, then cargo 1.3x's `error: Could not compile `x`.`, `warning: build failed, waiting for other jobs to
    // finish...` and `error: build failed` (rust-lang/cargo src/cargo/core/compiler/job_queue.rs).
    const cause = 'error: local variables in const fn are unstable';
    const log = [
      '$ ci/script.sh',
      '   Compiling percent-encoding v2.0.0',
      cause,
      '  --> /home/travis/.cargo/registry/src/github.com-1ecc6299db9ec823/percent-encoding-2.0.0/lib.rs:72:13',
      '   |',
      '72 |         let chunk = self.mask[byte as usize / BITS_PER_CHUNK];',
      '   |             ^^^^^',
      '',
      'error: aborting due to previous error',
      '',
      'error: Could not compile `percent-encoding`.',
      'warning: build failed, waiting for other jobs to finish...',
      'error: build failed',
      'The command "ci/script.sh" exited with 101.',
      '',
      'Done. Your build exited with 1.',
    ].join('\n');
    const verdict = classify({ log });
    expect(verdict.type).toBe('build');
    expect(verdict.evidence?.text).toBe(cause);
  });

  test('the closing lines are a wrapper, the lines above them are not', () => {
    for (const line of [
      'ninja: build stopped: subcommand failed.',
      'FAILED: [code=1] CMakeFiles/app.dir/main.cpp.o ',
      'FAILED: CMakeFiles/app.dir/main.cpp.o ',
      'error: Could not compile `percent-encoding`.',
      'error: could not compile `app` (bin "app") due to 2 previous errors',
      'error: aborting due to previous error',
      'error: aborting due to 3 previous errors; 1 warning emitted',
    ]) {
      expect(isClosingLine(line)).toBe(true);
      expect(saysNoCause(line)).toBe(true);
    }
    for (const line of [
      'error: local variables in const fn are unstable',
      'error[E0425]: cannot find value `x` in this scope',
      'FAILED: test_x (tests.test_app.AppTest)',
      'FAILED (failures=1)',
    ])
      expect(isClosingLine(line)).toBe(false);
  });
});

describe("mocha's tally heads its list", () => {
  test('a first failure whose first title is empty (`1)` alone) still shows its message, not the tally', () => {
    // mochajs/mocha lib/reporters/base.js list(): `  %s) %s:` with the test's title path, each further title on
    // its own line, indented; a root suite titled '' (TypeScript's harness) leaves `1)` alone on its line.
    const message = 'Error: The baseline file inferTypes1.types has changed.';
    const log = failedRunLog('npx mocha', [
      '  65874 passing (11m)',
      '  3 failing',
      '',
      '  1) ',
      '',
      '       conformance tests',
      '         conformance tests for tests/cases/conformance/types/conditional/inferTypes1.ts',
      '           Correct type/symbol baselines for tests/cases/conformance/types/conditional/inferTypes1.ts:',
      `     ${message}`,
      '      at writeComparison (src/harness/harness.ts:1724:23)',
    ]);
    const verdict = classify({ log });
    expect(verdict.type).toBe('test');
    expect(verdict.evidence?.text).toBe(message);
  });
});
