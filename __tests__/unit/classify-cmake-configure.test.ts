/**
 * A project's own configure-time check (`message(FATAL_ERROR ...)` in a CMakeLists.txt) refusing the job's
 * environment is config (rule cmake-configure-check-failed), where CMake's own commands failing keep their types:
 * a package find_package did not find is a dependency, a source file add_executable did not find a build, and a
 * `cmake -P` script's message (a test driver) is no configure check. The output is CMake 3.25.1's, run here on
 * small projects (Kitware/CMake Source/cmMessenger.cxx DisplayMessage prints it); only the paths are shortened.
 */
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, ruleFires } from '../classify-logs.js';

const detected = [
  '-- The C compiler identification is GNU 12.2.0',
  '-- Detecting C compiler ABI info',
  '-- Detecting C compiler ABI info - done',
  '-- Check for working C compiler: /usr/bin/cc - skipped',
  '-- Detecting C compile features',
  '-- Detecting C compile features - done',
];
const incomplete = [
  '',
  '',
  '-- Configuring incomplete, errors occurred!',
  'See also "/home/runner/work/app/app/build/CMakeFiles/CMakeOutput.log".',
];

describe("a project's configure check in a CMakeLists.txt (rule cmake-configure-check-failed)", () => {
  test('message(FATAL_ERROR) in a subdirectory CMakeLists.txt while configuring is config, not a build', () => {
    const header = 'CMake Error at tests/CMakeLists.txt:3 (message):';
    const log = failedRunLog('cmake -S . -B build -DBUILD_TESTS=ON', [
      ...detected,
      header,
      '  BUILD_TESTS=ON requires pytest for the selected Python interpreter',
      ...incomplete,
    ]);
    const result = classify({ log });
    expect(result.type).toBe('config');
    expect(result.rule).toBe('cmake-configure-check-failed');
    expect(result.evidence?.text).toBe(header);
  });

  test('in the top-level CMakeLists.txt, and under an absolute path, too', () => {
    const rules = defaultRuleSet();
    expect(
      ruleFires(rules, 'cmake-configure-check-failed', 'CMake Error at CMakeLists.txt:5 (message):'),
    ).toBe(true);
    const absolute = 'CMake Error at /home/runner/work/app/app/third_party/x/CMakeLists.txt:40 (message):';
    expect(ruleFires(rules, 'cmake-configure-check-failed', absolute)).toBe(true);
    expect(
      ruleFires(
        rules,
        'cmake-configure-check-failed',
        'CMake Error at D:\\a\\app\\app\\CMakeLists.txt:7 (message):',
      ),
    ).toBe(true);
  });

  test("find_package's own failure stays a missing package (deps-native), not config", () => {
    const log = failedRunLog('cmake -S . -B build', [
      ...detected,
      'CMake Error at CMakeLists.txt:3 (find_package):',
      '  By not providing "FindQt6.cmake" in CMAKE_MODULE_PATH this project has',
      '  asked CMake to find a package configuration file provided by "Qt6", but',
      '  CMake did not find one.',
      '',
      '  Could not find a package configuration file provided by "Qt6" with any of',
      '  the following names:',
      '',
      '    Qt6Config.cmake',
      '    qt6-config.cmake',
      '',
      '  Add the installation prefix of "Qt6" to CMAKE_PREFIX_PATH or set "Qt6_DIR"',
      '  to a directory containing one of the above files.  If "Qt6" provides a',
      '  separate development package or SDK, be sure it has been installed.',
      ...incomplete,
    ]);
    const result = classify({ log });
    expect(result.type).toBe('dependency');
    expect(result.rule).toBe('deps-native');
  });

  test("a cmake -P script's message (a test driver's) and a Find module's are not the project's configure check", () => {
    const rules = defaultRuleSet();
    expect(
      ruleFires(rules, 'cmake-configure-check-failed', 'CMake Error at cmake/RunTests.cmake:3 (message):'),
    ).toBe(false);
    const fphsa =
      'CMake Error at /usr/share/cmake-3.25/Modules/FindPackageHandleStandardArgs.cmake:230 (message):';
    expect(ruleFires(rules, 'cmake-configure-check-failed', fphsa)).toBe(false);
    const log = failedRunLog('cmake -P cmake/RunTests.cmake', [
      'CMake Error at cmake/RunTests.cmake:3 (message):',
      '  functional tests failed with error: 1',
      '',
    ]);
    expect(classify({ log }).rule).not.toBe('cmake-configure-check-failed');
  });

  test("CMake's own command failing in a CMakeLists.txt (add_executable) is not the project's check", () => {
    const line = 'CMake Error at CMakeLists.txt:4 (add_executable):';
    expect(ruleFires(defaultRuleSet(), 'cmake-configure-check-failed', line)).toBe(false);
    expect(ruleFires(defaultRuleSet(), 'build-tool', line)).toBe(true);
  });
});
