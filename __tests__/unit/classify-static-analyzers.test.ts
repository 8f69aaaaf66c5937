/**
 * C and C++ static analyzers print a compiler's `file:line:col: error:` shape; what they report is a lint
 * (quality-gate), not a compile error. Lines are the tools' own output, run on Debian 12 (cppcheck 2.10,
 * clang-tidy 14) as a CI step runs them; the look-alikes are a compiler's own errors, which stay build.
 */
import { classify } from '../../src/core/classify/index.js';
import { failedRunLog } from '../classify-logs.js';

test("cppcheck's findings under --error-exitcode are a quality gate, not a compile error", () => {
  const verdict = classify({
    log: failedRunLog('cppcheck --error-exitcode=1 --enable=warning,style --inline-suppr src/', [
      'Checking src/a.c ...',
      "src/a.c:1:23: error: Array 'a[2]' accessed at index 3, which is out of bounds. [arrayIndexOutOfBounds]",
      'int main(){int a[2]; a[3]=1; return 0;}',
      '                      ^',
      "src/a.c:1:26: style: Variable 'a[3]' is assigned a value that is never used. [unreadVariable]",
      '1/2 files checked 50% done',
      'Checking src/b.c ...',
      'src/b.c:2:24: error: Uninitialized variable: x [uninitvar]',
      '2/2 files checked 100% done',
    ]),
  });
  expect(verdict.type).toBe('quality-gate');
  expect(verdict.rule).toBe('c-static-analyzer-finding');
  expect(verdict.evidence?.text).toContain('[arrayIndexOutOfBounds]');
});

test('a style finding alone fails the step too', () => {
  const verdict = classify({
    log: failedRunLog('cppcheck --error-exitcode=1 --enable=style src/', [
      'Checking src/b.c ...',
      "src/b.c:2:14: style: Variable 'x' is not assigned a value. [unassignedVariable]",
    ]),
  });
  expect(verdict.type).toBe('quality-gate');
});

test("clang-tidy's warnings made errors are a quality gate", () => {
  const verdict = classify({
    log: failedRunLog(
      "clang-tidy src/c.cpp --checks='-*,modernize-use-nullptr,bugprone-*' --warnings-as-errors='*' -- -std=c++17",
      [
        '1234 warnings generated.',
        '/home/runner/work/app/app/src/c.cpp:2:20: error: use nullptr [modernize-use-nullptr,-warnings-as-errors]',
        'int *f(){ int *p = NULL; return p; }',
        '                   ^~~~',
        '                   nullptr',
        'Suppressed 1233 warnings (1232 in non-user code, 1 with check filters).',
        '1 warning treated as error',
      ],
    ),
  });
  expect(verdict.type).toBe('quality-gate');
  expect(verdict.rule).toBe('c-static-analyzer-finding');
});

test("clang-tidy's compiler error stays a build failure", () => {
  // The source does not compile: clang-tidy passes on clang's own error as [clang-diagnostic-error].
  const verdict = classify({
    log: failedRunLog('clang-tidy src/bad.cpp -- -std=c++17', [
      '2 errors generated.',
      'Error while processing /home/runner/work/app/app/src/bad.cpp.',
      "/home/runner/work/app/app/src/bad.cpp:1:13: error: use of undeclared identifier 'undefined_fn' [clang-diagnostic-error]",
      'int main(){ undefined_fn(); int x = ; }',
    ]),
  });
  expect(verdict.type).toBe('build');
});

test("a compiler's errors and -W warnings are not taken for an analyzer's", () => {
  const verdict = classify({
    log: failedRunLog('make', [
      "src/io.c:30:23: warning: unused variable 'FLAG' [-Wunused-const-variable]",
      "src/io.c:41:5: error: implicit declaration of function 'open_all' [-Wimplicit-function-declaration]",
      "src/io.c:52:1: error: expected ';' before '}' token",
      'make: *** [Makefile:12: io.o] Error 1',
    ]),
  });
  expect(verdict.type).toBe('build');
  expect(verdict.rule).not.toBe('c-static-analyzer-finding');
});

test("cppcheck's information lines fail nothing: a later compile error decides", () => {
  const verdict = classify({
    log: failedRunLog('cppcheck --enable=information src/ && make', [
      'nofile:0:0: information: Active checkers: 106/592 (use --checkers-report=<filename> to see details) [checkersReport]',
      'src/a.h:3:0: information: Include file: <zlib.h> not found. Please note: Cppcheck does not need standard library headers to get proper results. [missingIncludeSystem]',
      "src/io.c:52:1: error: expected ';' before '}' token",
      'make: *** [Makefile:12: io.o] Error 1',
    ]),
  });
  expect(verdict.type).toBe('build');
});
