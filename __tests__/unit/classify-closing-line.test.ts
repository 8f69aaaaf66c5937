/**
 * The line shown is the first that states the cause (issue 68, item 4): a build tool's closing line over the
 * subcommands that failed (ninja's, cargo's, rustc's) and mocha's tally state none; the output above the closing
 * line, or the list under the tally, does. Each log below is in the tool's published output form.
 */
import { classify } from '../../src/core/classify/index.js';
import { closedCause, isClosingLine, saysNoCause } from '../../src/core/classify/shown-line.js';
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

  // GNU make's word on a recipe whose command is not there (src/job.c: `*** [target] Error 127`), under the word of
  // whoever looked for it: make itself, for a recipe without shell syntax (`make: gcc-13: No such file or
  // directory`, as GNU make 4.3 prints it here), a shell for one with it (dash's `/bin/sh: 1: gcc-13: not found`),
  // and a sub-make's, under its parent's `Error 2`.
  const makes: { run: string; cause: string; lines: string[]; closing: string }[] = [
    {
      run: 'make',
      cause: 'make: gcc-13: No such file or directory',
      lines: ['gcc-13 -o main main.c', 'make: gcc-13: No such file or directory'],
      closing: 'make: *** [Makefile:2: all] Error 127',
    },
    {
      run: 'make',
      cause: '/bin/sh: 1: gcc-13: not found',
      lines: ['gcc-13 -o main main.c && echo built', '/bin/sh: 1: gcc-13: not found'],
      closing: 'make: *** [Makefile:2: all] Error 127',
    },
    {
      run: 'make build',
      cause: 'make[1]: protoc: No such file or directory',
      lines: [
        'make -C sub',
        "make[1]: Entering directory '/home/runner/work/app/app/sub'",
        'protoc --go_out=. api.proto',
        'make[1]: protoc: No such file or directory',
        'make[1]: *** [Makefile:2: all] Error 127',
        "make[1]: Leaving directory '/home/runner/work/app/app/sub'",
        'make: *** [Makefile:2: build] Error 2',
      ],
      closing: 'make[1]: *** [Makefile:2: all] Error 127',
    },
  ];
  test.each(makes)(
    "make's `Error 127` under `$run` shows the word that the command is not there ($cause)",
    ({ run, cause, lines, closing }) => {
      const output = lines.includes(closing) ? lines : [...lines, closing];
      const verdict = classify({ log: failedRunLog(run, output) });
      expect(verdict.type).toBe('config');
      expect(verdict.evidence?.text).toBe(cause);
      expect(isClosingLine(closing)).toBe(true);
    },
  );

  test('the closing lines are a wrapper, the lines above them are not', () => {
    for (const line of [
      'ninja: build stopped: subcommand failed.',
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
    // ninja's header over a failed edge, and TestNG's over a failed test, end a block; they are not closing lines
    // (the reviewer's findings 2 and 3): where nothing else was said they are shown.
    for (const line of [
      'FAILED: [code=1] CMakeFiles/app.dir/main.cpp.o ',
      'FAILED: CMakeFiles/app.dir/main.cpp.o ',
      'FAILED: com.example.LoginTest.testLogin',
    ]) {
      expect(isClosingLine(line)).toBe(false);
      expect(saysNoCause(line)).toBe(false);
    }
  });
});

/**
 * ninja's output around a failed edge (ninja-build/ninja src/status_printer.cc BuildEdgeFinished): the status line
 * `[%f/%t] description` (NINJA_STATUS's default) as an edge finishes, then for a failed one `FAILED: ` and its
 * outputs, its command on the next line, the command's output; src/build.cc `ninja: build stopped: subcommand
 * failed.` at the end. A generator's complaint no rule knows is what the failed edge said.
 */
describe("ninja's failed edge, not the lines around it", () => {
  const stopped = 'ninja: build stopped: subcommand failed.';
  const shown = (output: string[], run = 'cmake --build build'): string | undefined =>
    classify({ log: failedRunLog(run, output) }).evidence?.text;

  test("an earlier edge's status line above the header is not the failed edge's output", () => {
    const cause = 'gen.py: template version.h.in is invalid';
    const output = [
      '[1/9] Building CXX object CMakeFiles/app.dir/src/errors.cc.o',
      '[2/9] Generating version.h',
      'FAILED: gen/version.h ',
      'cd /w/build && python3 /w/gen.py version.h.in',
      cause,
      stopped,
    ];
    expect(classify({ log: failedRunLog('cmake --build build', output) }).type).toBe('build');
    expect(shown(output)).toBe(cause);
  });

  test("the failed edge's command line, under its header, is not its output", () => {
    const cause = 'gen.py: template version.h.in is invalid';
    expect(
      shown([
        '[2/9] Generating version.h',
        'FAILED: gen/version.h ',
        'cd /w/build && python3 /w/gen.py --errors-as-warnings version.h.in',
        cause,
        stopped,
      ]),
    ).toBe(cause);
  });

  test('with two failed edges (`ninja -k 0`) the first edge says what failed', () => {
    const cause = 'gen.py: template a.h.in is invalid';
    expect(
      shown(
        [
          'FAILED: gen/a.h ',
          'python3 /w/gen.py a.h.in',
          cause,
          ...Array.from(
            { length: 20 },
            (_, i) => `[${i + 3}/40] Building C object CMakeFiles/x.dir/x${i}.c.o`,
          ),
          'FAILED: gen/b.h ',
          'python3 /w/gen.py b.h.in',
          'gen.py: template b.h.in is invalid',
          stopped,
        ],
        'ninja -k 0 -C build',
      ),
    ).toBe(cause);
  });

  test('a failed edge that said nothing error-shaped shows its header, not the echo (no `build stopped`)', () => {
    // The step ends under the edge's output (its log cut there): the header is the line that names what failed.
    expect(
      shown(
        [
          '[1/9] Building CXX object a/b.cc.o',
          '[2/9] Generating foo.h',
          'FAILED: gen/foo.h ',
          'cd /w && python3 gen.py',
          'template x.tmpl: bad',
        ],
        'ninja -C build',
      ),
    ).toBe('FAILED: gen/foo.h');
  });

  test("a refusal the step went on past is not shown for cargo's closing line (weigh.ts pastAt)", () => {
    // weigh.ts wentPast dropped a refusal up to line 3 (the script ran on past it: bash without -e, The Set
    // Builtin); the line shown never comes from it, as toldLine reads the tail. Under ninja's closing line it
    // does not hold: see the next test.
    const refusal = { line: 3, text: './ci.sh: line 3: sccache: command not found' };
    const closing = { line: 5, text: 'error: could not compile `app` (bin "app") due to 1 previous error' };
    expect(closedCause([refusal, closing], closing)).toEqual(refusal);
    expect(closedCause([refusal, closing], closing, 3)).toBeUndefined();
  });

  test("a refusal in the failed edge's own output is what it printed (ninja's structure, not pastAt)", () => {
    // The pytorch form of the first test, read the other way round: dash's `not found` under the header is the
    // failed edge's output, though wentPast reads ninja's closing line as a later cause; a refusal above the
    // header is another command's and is not shown.
    const cause = '/bin/sh: 1: CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS-NOTFOUND: not found';
    expect(
      shown([
        './ci.sh: line 3: sccache: command not found',
        '[1276/3874] Scanning /src/format.cc for CXX dependencies',
        // As the corpus' pytorch log writes ninja 1.12's `[code=127]` (d0302).
        'FAILED: ‹code=127› fmt.dir/src/format.cc.o.ddi ',
        '"CMAKE_CXX_COMPILER_CLANG_SCAN_DEPS-NOTFOUND" -format=p1689 -- /usr/bin/clang++ -c /src/format.cc',
        cause,
        stopped,
      ]),
    ).toBe(cause);
  });
});

describe("TestNG's `FAILED: name` is what it was before", () => {
  test('the failed test line shows, not a frame of its stack (it is no closing line)', () => {
    // TestNG's verbose listener prints `FAILED: <class>.<method>` above the assertion's stack (testng-core
    // VerboseReporter.logTestResult).
    expect(
      classify({
        log: failedRunLog('mvn test', [
          'warning: something missing in config',
          'FAILED: com.example.LoginTest.testLogin',
          'java.lang.AssertionError: expected [true] but found [false]',
          '\tat org.testng.Assert.fail(Assert.java:99)',
        ]),
      }).evidence?.text,
    ).toBe('FAILED: com.example.LoginTest.testLogin');
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
