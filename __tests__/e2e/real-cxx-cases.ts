/**
 * C and C++ build systems' real failures (issue 68: gcc, g++'s link, make and pkg-config are in real-build-cases.ts;
 * CMake, CTest, Ninja, Meson, autotools, cppcheck, valgrind and the sanitizers were never run), for
 * classify-real-cxx.test.ts. Each case is a `run:` step in a temporary project (`real-env-run.ts` runEnvCase,
 * `bash -e {0}`), HOME in that project, offline. `type` is TAXONOMY.md's label; `cause` matches the line that states
 * the cause (the compiler's error, the missing package, the failed test's output), never the echo, ninja's `build
 * stopped`, make's `*** [...] Error 1` or a tally where a cause line exists. `passes` marks a look-alike: the step
 * succeeds and must not be typed a failure. The tools print what they print on this machine (Debian's cmake 3.25,
 * meson 1.0, autoconf 2.71, cppcheck 2.10, valgrind 3.19, gcc 12): `cause` names the stable words only.
 *
 * Decisions (TAXONOMY.md): a CMakeLists' own FATAL_ERROR, an unknown command and a cache made by another generator
 * are `config` (the project's configuration refuses the job); a package find_package, pkg_check_modules, meson's
 * dependency() or configure's AC_CHECK_LIB / PKG_CHECK_MODULES cannot find is `dependency`; -Werror is `build` (the
 * corpus labels pandoc's `Failing due to -Werror.` and erlang/otp's `warnings being treated as errors` build, d0184,
 * d0451, d0359); a test binary that crashes under ctest (SegFault, a sanitizer's report, valgrind's errors) is
 * `test` ("test crashed"); a ctest test stopped at its time limit (`--timeout`, the TIMEOUT property) is `test`:
 * ctest reports it as one of its failed tests (`The following tests FAILED: 1 - calc (Timeout)`), TAXONOMY's single
 * test exceeding its own per-test limit, and a test that hangs every time must not be retried (another whole limit).
 */
import type { BatteryCase } from './real-battery.js';

const CMAKE = ['cmake', 'gcc'];
const NINJA = ['cmake', 'ninja', 'gcc'];
const MESON = ['meson', 'ninja', 'gcc'];
const CTEST = ['cmake', 'ctest', 'ninja', 'gcc'];
const AUTOCONF = ['autoconf', 'gcc', 'make'];

const PROJECT = 'cmake_minimum_required(VERSION 3.16)\nproject(app C)\n';
const cmakeLists = (...lines: string[]): string => `${PROJECT}${lines.join('\n')}\n`;
const MAIN_OK = '#include <stdio.h>\nint main(void) { puts("ok"); return 0; }\n';
const MAIN_BROKEN = 'int main(void) {\n  int n = 1\n  return n;\n}\n';
/** A CMake project of one test program, `t`, run by ctest. */
const ctestProject = (source: string, extra = ''): Record<string, string> => ({
  'CMakeLists.txt': cmakeLists(
    'enable_testing()',
    `add_executable(t t.c)${extra}`,
    'add_test(NAME calc COMMAND t)',
  ),
  't.c': source,
});
const FAILING_TEST =
  '#include <stdio.h>\nint add(int a, int b) { return a + b; }\n' +
  'int main(void) {\n  if (add(1, 1) != 3) { fprintf(stderr, "calc.c:4: add(1, 1) expected 3, got %d\\n", add(1, 1)); return 1; }\n  return 0;\n}\n';
const CTEST_RUN =
  'cmake -S . -B build -G Ninja\ncmake --build build\nctest --test-dir build --output-on-failure';
const CONFIGURE_AC = (body: string): string =>
  `AC_INIT([app], [1.0])\nAC_PROG_CC\n${body}\nAC_CONFIG_FILES([Makefile])\nAC_OUTPUT\n`;
const MAKEFILE_IN = 'all:\n\t@echo built\n';

export const CXX_CASES: BatteryCase[] = [
  // config
  {
    name: 'cmake -S . -B build, no CMakeLists.txt',
    type: 'config',
    needs: ['cmake'],
    run: 'cmake -S . -B build',
    files: { 'README.md': '# app\n' },
    cause: /does not appear to contain CMakeLists\.txt/,
  },
  {
    name: "a CMakeLists' own message(FATAL_ERROR)",
    type: 'config',
    needs: CMAKE,
    run: 'cmake -S . -B build',
    files: {
      'CMakeLists.txt': cmakeLists(
        'if(NOT DEFINED APP_BACKEND)',
        '  message(FATAL_ERROR "APP_BACKEND is not set: pass -DAPP_BACKEND=sqlite or -DAPP_BACKEND=postgres")',
        'endif()',
      ),
    },
    cause: /APP_BACKEND is not set|CMake Error at CMakeLists\.txt:\d+ \(message\)/,
  },
  {
    name: 'a CMakeLists calling an unknown command',
    type: 'config',
    needs: CMAKE,
    run: 'cmake -S . -B build',
    files: { 'CMakeLists.txt': cmakeLists('add_leftpad_library(app main.c)') },
    cause: /Unknown CMake command "add_leftpad_library"/,
  },
  {
    name: 'a build dir configured with another generator',
    type: 'config',
    needs: NINJA,
    setup: 'cmake -S . -B build -G "Unix Makefiles" >/dev/null',
    run: 'cmake -S . -B build -G Ninja',
    files: { 'CMakeLists.txt': cmakeLists('add_executable(app main.c)'), 'main.c': MAIN_OK },
    cause: /Does not match the generator used previously/,
  },
  {
    name: 'cmake --build of a build dir never configured',
    type: 'config',
    needs: ['cmake'],
    run: 'mkdir -p build\ncmake --build build',
    files: { 'CMakeLists.txt': cmakeLists('add_executable(app main.c)'), 'main.c': MAIN_OK },
    cause: /could not load cache|Error: .*build.* is not a directory/,
  },
  {
    name: 'meson setup with an unknown option',
    type: 'config',
    needs: MESON,
    run: 'meson setup build -Dnope=1',
    files: { 'meson.build': "project('app', 'c')\nexecutable('app', 'main.c')\n", 'main.c': MAIN_OK },
    cause: /Unknown options?: "?nope/,
  },
  {
    name: 'cmake with an argument it does not know',
    type: 'config',
    needs: CMAKE,
    run: 'cmake -S . -B build --presett=ci',
    files: { 'CMakeLists.txt': cmakeLists('add_executable(app main.c)'), 'main.c': MAIN_OK },
    cause: /CMake Error: Unknown argument --presett=ci/,
  },
  {
    name: './configure --enable-nope under --enable-option-checking=fatal',
    type: 'config',
    needs: AUTOCONF,
    setup: 'autoconf',
    run: './configure --enable-option-checking=fatal --enable-nope',
    files: { 'configure.ac': CONFIGURE_AC(''), 'Makefile.in': MAKEFILE_IN },
    cause: /unrecognized options?: --enable-nope/,
  },
  // dependency
  {
    name: 'find_package(REQUIRED), no config file (config mode)',
    type: 'dependency',
    needs: CMAKE,
    run: 'cmake -S . -B build',
    files: { 'CMakeLists.txt': cmakeLists('find_package(Leftpad REQUIRED)') },
    cause:
      /Could not find a package configuration file provided by "Leftpad"|By not providing "FindLeftpad\.cmake"/,
  },
  {
    name: "find_package(REQUIRED), the project's Find module fails (module mode)",
    type: 'dependency',
    needs: CMAKE,
    run: 'cmake -S . -B build',
    files: {
      'CMakeLists.txt': cmakeLists(
        'list(APPEND CMAKE_MODULE_PATH "${CMAKE_SOURCE_DIR}/cmake")',
        'find_package(Leftpad REQUIRED)',
      ),
      'cmake/FindLeftpad.cmake':
        'find_path(LEFTPAD_INCLUDE_DIR leftpad.h)\nfind_library(LEFTPAD_LIBRARY leftpad)\n' +
        'include(FindPackageHandleStandardArgs)\n' +
        'find_package_handle_standard_args(Leftpad REQUIRED_VARS LEFTPAD_LIBRARY LEFTPAD_INCLUDE_DIR)\n',
    },
    cause: /Could NOT find Leftpad \(missing: /,
  },
  {
    name: 'pkg_check_modules(REQUIRED), a module not installed',
    type: 'dependency',
    needs: [...CMAKE, 'pkg-config'],
    run: 'cmake -S . -B build',
    files: {
      'CMakeLists.txt': cmakeLists(
        'find_package(PkgConfig REQUIRED)',
        'pkg_check_modules(LEFTPAD REQUIRED leftpad>=1.2)',
      ),
    },
    cause: /A required package was not found/,
  },
  {
    name: "meson, dependency('leftpad') not found",
    type: 'dependency',
    needs: [...MESON, 'pkg-config'],
    run: 'meson setup build',
    files: {
      'meson.build':
        "project('app', 'c')\ndep = dependency('leftpad')\nexecutable('app', 'main.c', dependencies: dep)\n",
      'main.c': MAIN_OK,
    },
    cause: /Dependency "leftpad" not found/,
  },
  {
    name: "./configure, AC_CHECK_LIB's library missing (AC_MSG_ERROR)",
    type: 'dependency',
    needs: AUTOCONF,
    setup: 'autoconf',
    run: './configure',
    files: {
      'configure.ac': CONFIGURE_AC(
        'AC_CHECK_LIB([leftpad], [leftpad_pad], [], [AC_MSG_ERROR([libleftpad is required: install libleftpad-dev])])',
      ),
      'Makefile.in': MAKEFILE_IN,
    },
    cause: /configure: error: libleftpad is required/,
    left: {
      type: 'build',
      causeShown: true,
      why: "AC_MSG_ERROR's text is the project's own (autoconf general.m4: `configure: error: ` and whatever configure.ac says): a library, a compiler, a header or a bad option read alike, and the corpus labels `configure: error:` build (d0029, d0404: `C compiler cannot create executables`), so build-tool's build stands; the line shown is right",
    },
  },
  {
    name: "./configure, PKG_CHECK_MODULES' package missing",
    type: 'dependency',
    needs: [...AUTOCONF, 'aclocal', 'pkg-config'],
    // aclocal copies pkg-config's pkg.m4 (PKG_CHECK_MODULES) into aclocal.m4, as autoreconf does.
    setup: 'aclocal && autoconf',
    run: './configure',
    files: {
      'configure.ac': CONFIGURE_AC('PKG_PROG_PKG_CONFIG\nPKG_CHECK_MODULES([LEFTPAD], [leftpad >= 1.2])'),
      'Makefile.in': MAKEFILE_IN,
    },
    cause:
      /Package requirements \(leftpad >= 1\.2\) were not met|No package 'leftpad' found|Package 'leftpad',? .*not found/,
  },
  {
    name: "cmake --build, a library's header not installed",
    type: 'dependency',
    needs: NINJA,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build',
    files: {
      'CMakeLists.txt': cmakeLists('add_executable(app main.c)'),
      'main.c': '#include <leftpad/leftpad.h>\nint main(void) { return 0; }\n',
    },
    cause: /fatal error: leftpad\/leftpad\.h: No such file or directory/,
    left: {
      type: 'build',
      causeShown: true,
      why: "as real-build's `gcc, a header not installed`: gcc's `fatal error: x.h: No such file or directory` is the same for the project's own header and a library's (gcc libcpp/files.cc open_file_failed)",
    },
  },
  // build
  {
    name: 'cmake --build (Ninja), a compile error',
    type: 'build',
    needs: NINJA,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build',
    files: { 'CMakeLists.txt': cmakeLists('add_executable(app main.c)'), 'main.c': MAIN_BROKEN },
    cause: /main\.c:\d+:\d+: error: /,
  },
  {
    name: 'cmake --build (Unix Makefiles), a compile error',
    type: 'build',
    needs: CMAKE.concat('make'),
    run: 'cmake -S . -B build -G "Unix Makefiles"\ncmake --build build',
    files: { 'CMakeLists.txt': cmakeLists('add_executable(app main.c)'), 'main.c': MAIN_BROKEN },
    cause: /main\.c:\d+:\d+: error: /,
  },
  {
    name: 'cmake --build (Ninja), a link error',
    type: 'build',
    needs: NINJA,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build',
    files: {
      'CMakeLists.txt': cmakeLists('add_executable(app main.c)'),
      'main.c': 'int pad(int n);\nint main(void) { return pad(3); }\n',
    },
    cause: /undefined reference to `pad'/,
  },
  {
    name: 'cmake --build (Ninja), -Werror',
    type: 'build',
    needs: NINJA,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build',
    files: {
      'CMakeLists.txt': cmakeLists('add_compile_options(-Wall -Werror)', 'add_executable(app main.c)'),
      'main.c': 'int main(void) {\n  int unused = 1;\n  return 0;\n}\n',
    },
    cause: /main\.c:\d+:\d+: error: unused variable .*\[-Werror/,
  },
  {
    name: 'cmake --build under UBSan, the code generator it built aborts',
    type: 'build',
    needs: NINJA,
    run:
      'cmake -S . -B build -G Ninja -DCMAKE_C_FLAGS="-fsanitize=undefined -fno-sanitize-recover=undefined"\n' +
      'cmake --build build',
    files: {
      'CMakeLists.txt': cmakeLists(
        'add_executable(gen gen.c)',
        'add_custom_command(OUTPUT k.h COMMAND gen ${CMAKE_BINARY_DIR}/k.h DEPENDS gen)',
        'add_executable(app main.c k.h)',
        'target_include_directories(app PRIVATE ${CMAKE_BINARY_DIR})',
      ),
      'gen.c':
        '#include <stdio.h>\nint shift(int n, int by) { return n << by; }\nint main(int argc, char **argv) {\n' +
        '  FILE *f = fopen(argv[1], "w");\n  fprintf(f, "#define K %d\\n", shift(1, 30 + argc));\n  fclose(f);\n  return 0;\n}\n',
      'main.c': '#include "k.h"\nint main(void) { return K; }\n',
    },
    cause: /gen\.c:\d+:\d+: runtime error: shift exponent 32/,
    left: {
      type: 'test',
      causeShown: true,
      why: "memcheck-sanitizer-error reads UBSan's `runtime error:` as a test's crash wherever the step ends on it, and here a code generator the build runs aborts (TAXONOMY build: code generation); a test binary run by a script (`./test_shift`) and a generator run by ninja print the same line, and only the failing command (ninja's `FAILED: k.h`, make's target) tells them apart, which no rule's words do: main typed this build (build-tool) under Ninja and quality-gate under Makefiles",
    },
  },
  {
    name: 'meson compile, a compile error',
    type: 'build',
    needs: MESON,
    run: 'meson setup build\nmeson compile -C build',
    files: { 'meson.build': "project('app', 'c')\nexecutable('app', 'main.c')\n", 'main.c': MAIN_BROKEN },
    cause: /main\.c:\d+:\d+: error: /,
  },
  // test
  {
    name: 'ctest --output-on-failure, a failing test',
    type: 'test',
    needs: CTEST,
    run: CTEST_RUN,
    files: ctestProject(FAILING_TEST),
    cause: /add\(1, 1\) expected 3, got 2|\d+ - calc \(Failed\)|Test +#1: calc .*\*\*\*Failed/,
  },
  {
    name: 'ctest, a test that segfaults',
    type: 'test',
    needs: CTEST,
    run: CTEST_RUN,
    files: ctestProject('int main(void) {\n  volatile int *p = 0;\n  return *p;\n}\n'),
    cause: /\*\*\*Exception: SegFault|calc \(SEGFAULT\)/,
  },
  {
    name: "ctest --timeout, a test killed at ctest's limit",
    type: 'test',
    needs: CTEST,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build\nctest --test-dir build --output-on-failure --timeout 1',
    files: ctestProject('#include <unistd.h>\nint main(void) { sleep(30); return 0; }\n'),
    cause: /\*\*\*Timeout|calc \(Timeout\)/,
  },
  {
    name: 'ctest --timeout, a test that hangs beside a test that fails',
    type: 'test',
    needs: CTEST,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build\nctest --test-dir build --output-on-failure --timeout 1',
    files: {
      'CMakeLists.txt': cmakeLists(
        'enable_testing()',
        'add_executable(t t.c)',
        'add_executable(f f.c)',
        'add_test(NAME hang COMMAND t)',
        'add_test(NAME calc COMMAND f)',
      ),
      't.c': '#include <unistd.h>\nint main(void) { sleep(30); return 0; }\n',
      'f.c': FAILING_TEST,
    },
    cause: /Test +#\d: (?:hang|calc) .*\*\*\*(?:Timeout|Failed)|\d+ - (?:hang|calc) \((?:Timeout|Failed)\)/,
  },
  {
    name: "ctest, a failing test that prints a configure error and CMake's wording",
    type: 'test',
    needs: CTEST,
    run: CTEST_RUN,
    files: ctestProject(
      '#include <stdio.h>\nint main(void) {\n  puts("configure: error: libleftpad is required");\n' +
        '  puts("CMake Error: The source directory \\"/x\\" does not appear to contain CMakeLists.txt.");\n' +
        '  puts("Could not find a package configuration file provided by \\"Leftpad\\"");\n  return 1;\n}\n',
    ),
    cause: /\d+ - calc \(Failed\)|Test +#1: calc .*\*\*\*Failed|The following tests FAILED/,
  },
  {
    name: 'ctest -j2, a failing test that prints a network error, beside a passing one',
    type: 'test',
    needs: CTEST,
    run: 'cmake -S . -B build -G Ninja\ncmake --build build\nctest --test-dir build --output-on-failure -j2',
    files: {
      'CMakeLists.txt': cmakeLists(
        'enable_testing()',
        'add_executable(t t.c)',
        'add_executable(ok ok.c)',
        'add_test(NAME fetch COMMAND t)',
        'add_test(NAME parse COMMAND ok)',
      ),
      't.c':
        '#include <stdio.h>\nint main(void) {\n  puts("curl: (6) Could not resolve host: mirror.example.invalid");\n' +
        '  puts("fetch.c:9: expected the client to fall back to its cache");\n  return 1;\n}\n',
      'ok.c': MAIN_OK,
    },
    cause: /\d+ - fetch \(Failed\)|Test +#1: fetch .*\*\*\*Failed|The following tests FAILED/,
  },
  {
    name: 'meson test, a failing test',
    type: 'test',
    needs: MESON,
    run: 'meson setup build\nmeson test -C build --print-errorlogs',
    files: {
      'meson.build': "project('app', 'c')\ntest('calc', executable('t', 't.c'))\n",
      't.c': FAILING_TEST,
    },
    cause: /add\(1, 1\) expected 3, got 2|calc +FAIL/,
  },
  {
    name: 'meson test --print-errorlogs, a failing test that prints a network error',
    type: 'test',
    needs: MESON,
    run: 'meson setup build\nmeson test -C build --print-errorlogs',
    files: {
      'meson.build': "project('app', 'c')\ntest('fetch', executable('t', 't.c'))\n",
      't.c':
        '#include <stdio.h>\nint main(void) {\n  puts("curl: (6) Could not resolve host: mirror.example.invalid");\n' +
        '  fprintf(stderr, "fetch.c:9: expected the client to fall back to its cache\\n");\n  return 1;\n}\n',
    },
    cause: /fetch +FAIL/,
  },
  {
    name: 'ASan, a heap-buffer-overflow in a test under ctest',
    type: 'test',
    needs: CTEST,
    run: CTEST_RUN,
    files: ctestProject(
      '#include <stdlib.h>\nint main(void) {\n  int *a = malloc(4 * sizeof *a);\n  int n = a[4];\n  free(a);\n  return n;\n}\n',
      '\ntarget_compile_options(t PRIVATE -fsanitize=address -g)\ntarget_link_options(t PRIVATE -fsanitize=address)',
    ),
    cause: /ERROR: AddressSanitizer: heap-buffer-overflow/,
    left: {
      type: 'test',
      causeShown: false,
      why: "the type is right; mozilla-harness reads ASan's `ERROR: AddressSanitizer:` line, but within the type `test` the verdict shows the best-weighed rule's line (weigh.ts: test-harness's measured weight is above mozilla-harness's), ctest's `Test #1: calc ...***Failed`, which names the test, not the overflow: a change of weigh.ts's evidence choice, not a rule",
    },
  },
  {
    name: 'UBSan with -fno-sanitize-recover, a test binary',
    type: 'test',
    needs: ['gcc'],
    run: 'gcc -fsanitize=undefined -fno-sanitize-recover=undefined -g -o test_shift test_shift.c\n./test_shift',
    files: {
      'test_shift.c':
        '#include <stdio.h>\nint shift(int n, int by) { return n << by; }\nint main(int argc, char **argv) {\n  (void)argv;\n  printf("%d\\n", shift(1, 31 + argc));\n  return 0;\n}\n',
    },
    cause: /runtime error: shift exponent 32 is too large/,
  },
  {
    name: 'valgrind --error-exitcode=1, an invalid read in a test',
    type: 'test',
    needs: ['valgrind', 'gcc'],
    run: 'gcc -g -O0 -o test_read test_read.c\nvalgrind --error-exitcode=1 --leak-check=no ./test_read',
    files: {
      'test_read.c':
        '#include <stdlib.h>\n#include <stdio.h>\nint main(void) {\n  int *a = malloc(4 * sizeof *a);\n  for (int i = 0; i < 4; i++) a[i] = i;\n  printf("%d\\n", a[4]);\n  free(a);\n  return 0;\n}\n',
    },
    cause: /Invalid read of size 4/,
  },
  // quality-gate
  {
    name: 'cppcheck --error-exitcode=1, findings',
    type: 'quality-gate',
    needs: ['cppcheck'],
    run: 'cppcheck --error-exitcode=1 --enable=warning --quiet src',
    files: { 'src/main.c': 'int main(void) {\n  int a[4];\n  a[4] = 1;\n  return a[0];\n}\n' },
    cause:
      /main\.c:\d+:\d+: error: Array 'a\[4\]' accessed at index 4, which is out of bounds\. \[arrayIndexOutOfBounds\]/,
  },
  // passing look-alikes
  {
    name: './configure printing `checking for ... no`, and succeeding',
    type: 'unknown',
    passes: true,
    needs: AUTOCONF,
    setup: 'autoconf',
    run: './configure\nmake',
    files: {
      'configure.ac': CONFIGURE_AC('AC_CHECK_LIB([leftpad], [leftpad_pad])\nAC_CHECK_HEADERS([leftpad.h])'),
      'Makefile.in': MAKEFILE_IN,
    },
    cause: /checking for leftpad_pad in -lleftpad\.\.\. no/,
  },
  {
    name: 'valgrind without --error-exitcode: an invalid read reported, the step passes',
    type: 'unknown',
    passes: true,
    needs: ['valgrind', 'gcc'],
    run: 'gcc -g -O0 -o test_read test_read.c\nvalgrind --leak-check=no ./test_read',
    files: {
      'test_read.c':
        '#include <stdlib.h>\n#include <stdio.h>\nint main(void) {\n  int *a = malloc(4 * sizeof *a);\n  for (int i = 0; i < 4; i++) a[i] = i;\n  printf("%d\\n", a[4]);\n  free(a);\n  return 0;\n}\n',
    },
    cause: /Invalid read of size 4/,
  },
  {
    name: 'meson test, a should_fail test failing as expected (EXPECTEDFAIL)',
    type: 'unknown',
    passes: true,
    needs: MESON,
    run: 'meson setup build\nmeson test -C build --print-errorlogs',
    files: {
      'meson.build': "project('app', 'c')\ntest('calc', executable('t', 't.c'), should_fail: true)\n",
      't.c': FAILING_TEST,
    },
    cause: /calc +EXPECTEDFAIL/,
  },
  {
    name: 'ctest, all passing, a test named fail_on_overflow',
    type: 'unknown',
    passes: true,
    needs: CTEST,
    run: CTEST_RUN,
    files: {
      'CMakeLists.txt': cmakeLists(
        'enable_testing()',
        'add_executable(t t.c)',
        'add_test(NAME fail_on_overflow COMMAND t)',
        'add_test(NAME error_paths COMMAND t)',
      ),
      't.c': MAIN_OK,
    },
    cause: /100% tests passed, 0 tests failed out of 2/,
  },
];
