/**
 * The batteries' runner: a step's output as the GitHub Actions runner writes it to the job log
 * (`e2e/runner-output.ts`), each expectation read off actions/runner's ActionCommandManager.cs, ActionCommand.cs and
 * ExecutionContext.cs.
 */
import { describe, expect, test } from '@jest/globals';
import { runnerOutput } from '../e2e/runner-output.js';

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
});
