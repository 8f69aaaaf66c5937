/**
 * stripLine looks for a tab and for `] ` once per line, not on each pass (normalize.ts TAB_GUARD, ANT_GUARD):
 * the prefixes that need them are still taken off wherever they stand among the others, and a line without
 * them keeps what it has.
 */
import { stripLine, stripLineCut } from '../../src/core/classify/normalize.js';

const stamp = '2026-01-01T10:00:00.0000000Z ';

test.each([
  [`build\tTest\t${stamp}    [javac] Foo.java:3: error: x`, 'Foo.java:3: error: x'],
  [`[task 2026-01-01T10:00:00.000Z] build\tTest\t${stamp}ok`, 'ok'],
  [`${stamp}[task 2026-01-01T10:00:00.000Z] 12:00:00     INFO -     [junit] Tests run: 3`, 'Tests run: 3'],
  [`#=MATCH=# ${stamp}\u001b[31m    [javac] a\u001b[0m`, 'a'],
  [`${stamp}a\tb] c`, 'a\tb] c'],
  [`${stamp}[checkstyle] kept`, '[checkstyle] kept'],
])('%j is read as %j', (raw, text) => {
  expect(stripLine(raw)).toBe(text);
});

test('a cut stays a cut: nothing but prefixes taken off', () => {
  expect(stripLineCut(`build\tTest\t${stamp}    [javac] Foo.java:3: error: x`)).toEqual({
    text: 'Foo.java:3: error: x',
    cut: true,
  });
});
