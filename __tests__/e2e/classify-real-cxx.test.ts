/**
 * Issue 68: C and C++ build systems' real failures, whole steps (`real-cxx-cases.ts`): CMake (configure, find_package,
 * pkg_check_modules, its Ninja and Makefiles builds), CTest, Ninja, Meson, autoconf's configure, cppcheck, valgrind
 * and gcc's sanitizers from Debian, run as a workflow runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e
 * {0}`) and classified as one GitHub Actions step. Each failing case asserts TAXONOMY.md's type, whether the default
 * policy retries it on a pull request (the transient types only), and that the line the verdict shows states the
 * cause (never the echo, ninja's `build stopped: subcommand failed.`, make's `*** [...] Error 1`, the runner's exit
 * line or a tally where a cause line exists). A passing look-alike (`passes`) is the step's log without a failed exit
 * line, the job completed: it must not be typed. HOME (where CMake's user package registry, ~/.cmake, lives) is each
 * case's temporary project; every case is offline. `REAL_CXX_TABLE=1` prints each verdict
 * (`TABLE|case|type|verdict [rule] retried line shown`), `REAL_CXX_LOGS=<dir>` writes each case's job log there. Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the
 * file; elsewhere its cases skip, saying which.
 */
import { CXX_CASES } from './real-cxx-cases.js';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';

/** No color from cmake, ninja, meson or gcc; the compilers Debian installs; no user presets. */
const quiet = (): Record<string, string> => ({
  NO_COLOR: '1',
  CLICOLOR_FORCE: '0',
  GCC_COLORS: '',
  CC: 'gcc',
  CXX: 'g++',
  CMAKE_GENERATOR: '',
  CMAKE_BUILD_PARALLEL_LEVEL: '2',
  MESON_TESTTHREADS: '1',
});

realBattery({
  title: "C and C++ build systems' failures, classified as a GitHub Actions step",
  cases: CXX_CASES,
  run: (c) => runEnvCase(c, quiet),
  name: 'CXX',
  hookMs: 180_000,
  // Two at a time: the machine is shared, and cmake's configure compiles its probes.
  width: 2,
  notShown:
    /^##\[(?:group\]|error\]Process completed with exit code)|^shell: |^ninja: build stopped|\*\*\* \[.*\] Error \d+$/,
});
