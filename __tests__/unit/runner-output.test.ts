/**
 * The batteries' runner: a step's output as the GitHub Actions runner writes it to the job log
 * (`e2e/runner-output.ts`), each expectation read off actions/runner's ActionCommandManager.cs, ActionCommand.cs and
 * ExecutionContext.cs.
 */
import { describe, expect, test } from '@jest/globals';
import { runnerOutput } from '../e2e/runner-output.js';
import { setupMatchers } from '../e2e/setup-matchers.js';

describe('a step output as the runner writes it', () => {
  test('an annotation is the ##[error] line of its message, its escaped newlines lines of the same record', () => {
    expect(
      runnerOutput([
        ' Tests  1 failed (1)',
        '::error file=/w/a.test.js,title=a.test.js > adds,line=2,column=36::AssertionError: expected 2 to be 3%0A%0A- 3%0A+ 2%0A',
      ]),
    ).toEqual([' Tests  1 failed (1)', '##[error]AssertionError: expected 2 to be 3\n\n- 3\n+ 2\n']);
  });

  test('warning and notice keep their tags; an annotation with no message writes nothing', () => {
    expect(runnerOutput(['::warning::slow', '::notice title=x::done', '::error file=a.js::'])).toEqual([
      '##[warning]slow',
      '##[notice]done',
    ]);
  });

  test('the data is unescaped in the runner order: %25 last, so %250A stays the text %0A', () => {
    expect(runnerOutput(['::error::100%25 of %250A%0D'])).toEqual(['##[error]100% of %0A\r']);
  });

  test('a message is cut at 4,096 characters', () => {
    const [record] = runnerOutput([`::error::${'x'.repeat(5000)}`]);
    expect(record).toBe(`##[error]${'x'.repeat(4096)}`);
  });

  test('groups are the runner tags; debug, add-mask, echo and set-output write nothing', () => {
    expect(
      runnerOutput([
        '  ::group::Resolution step',
        '::debug::hidden',
        '::add-mask::s3cret',
        '::echo::on',
        '::set-output name=a::b',
        '::endgroup::',
      ]),
    ).toEqual(['##[group]Resolution step', '##[endgroup]']);
  });

  test('a command name is matched without case; an unknown command, or text before it, is printed as it is', () => {
    expect(runnerOutput(['::ERROR::loud', '::frobnicate::x', 'see ::error::here', 'a::b'])).toEqual([
      '##[error]loud',
      '::frobnicate::x',
      'see ::error::here',
      'a::b',
    ]);
  });

  test('the legacy form is read anywhere in the line, its data unescaped with ] and ;', () => {
    expect(runnerOutput(['prefix ##[warning]semi%3Bcolon %5D', '##[nosuch]x'])).toEqual([
      '##[warning]semi;colon ]',
      '##[nosuch]x',
    ]);
  });

  test('stop-commands prints what follows as it is until its token, itself printed', () => {
    expect(
      runnerOutput([
        '::stop-commands::pause1',
        '::error::not an annotation',
        '::PAUSE1::',
        '::error::an annotation',
      ]),
    ).toEqual([
      '::stop-commands::pause1',
      '::error::not an annotation',
      '::PAUSE1::',
      '##[error]an annotation',
    ]);
  });

  test("a carriage return ends a line, as .NET's ReadLine reads the output: a progress meter's updates are lines", () => {
    expect(
      runnerOutput(['  0  1024    0     0\r100  1024  100  1024', 'crlf\r', 'two\r\rends', 'curl: (22) 404']),
    ).toEqual(['  0  1024    0     0', '100  1024  100  1024', 'crlf', 'two', '', 'ends', 'curl: (22) 404']);
  });

  describe("under the setup actions' problem matchers", () => {
    const node = setupMatchers(['node']);

    test("tsc's diagnostic is the ##[error] line of the line itself; its info is not an issue", () => {
      expect(
        runnerOutput(
          [
            "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
            'src/a.ts(4,1): info TS1: x',
          ],
          node,
        ),
      ).toEqual([
        "##[error]src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
        'src/a.ts(4,1): info TS1: x',
      ]);
    });

    test("eslint's stylish report: the file line printed, each problem under it an issue of its severity, until a line breaks the loop", () => {
      expect(
        runnerOutput(
          [
            '/w/src/a.js',
            "  1:7  error    'x' is assigned a value but never used  no-unused-vars",
            '  2:1  warning  Unexpected console statement            no-console',
            '',
            '  3:1  error  not under a file any more  semi',
            '✖ 2 problems (1 error, 1 warning)',
          ],
          node,
        ),
      ).toEqual([
        '/w/src/a.js',
        "##[error]  1:7  error    'x' is assigned a value but never used  no-unused-vars",
        '##[warning]  2:1  warning  Unexpected console statement            no-console',
        '',
        '  3:1  error  not under a file any more  semi',
        '✖ 2 problems (1 error, 1 warning)',
      ]);
    });

    test("setup-go's matcher takes a compiler's line; go test's own `file.go:12: msg` has no column and is printed", () => {
      expect(
        runnerOutput(
          ['./main.go:3:2: undefined: missing', '    calc_test.go:9: got 2, want 3'],
          setupMatchers(['go']),
        ),
      ).toEqual(['##[error]./main.go:3:2: undefined: missing', '    calc_test.go:9: got 2, want 3']);
    });

    test("setup-python's matcher needs the frame and a `raise X('msg')` under it", () => {
      const py = setupMatchers(['python']);
      expect(
        runnerOutput(['  File "/w/a.py", line 3, in <module>', "    raise ValueError('bad input')"], py),
      ).toEqual(['  File "/w/a.py", line 3, in <module>', "##[error]    raise ValueError('bad input')"]);
      expect(runnerOutput(['  File "/w/a.py", line 3, in <module>', '    x = 1 / 0'], py)).toEqual([
        '  File "/w/a.py", line 3, in <module>',
        '    x = 1 / 0',
      ]);
    });

    test("the runner's colour strip matches NUL and `33[`, never an escape: colour inside the words keeps a line from matching", () => {
      const coloured = '\u001b[96msrc/a.ts\u001b[0m(3,7): \u001b[91merror\u001b[0m TS2322: x';
      expect(runnerOutput([coloured], node)).toEqual([coloured]);
      expect(runnerOutput(['src/a.ts(3,7): error TS2322: x\u000033[0m'], node)).toEqual([
        '##[error]src/a.ts(3,7): error TS2322: x',
      ]);
    });

    test('a workflow command is processed before any matcher sees it', () => {
      expect(runnerOutput(['::error::src/a.ts(3,7): error TS2322: x'], node)).toEqual([
        '##[error]src/a.ts(3,7): error TS2322: x',
      ]);
    });
  });
});
