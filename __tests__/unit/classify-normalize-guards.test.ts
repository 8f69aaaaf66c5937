/**
 * stripLine looks for a tab and for `] ` once per line, not on each pass (normalize.ts TAB_GUARD, ANT_GUARD):
 * the prefixes that need them are still taken off wherever they stand among the others, and a line without
 * them keeps what it has.
 */
import { stripVTControlCharacters } from 'node:util';
import { hasSpecial, searchSpecial, stripLine, stripLineCut } from '../../src/core/classify/normalize.js';

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

/**
 * stripLineCut as it was before its fast paths (one search for CR, ESC, CSI, NUL and `‹`; guards skipped by a
 * line's first character): what it returns for any line is what this returns.
 */
function reference(raw: string, keepIndent = false): { text: string; cut: boolean } {
  let line = raw.length > 2000 ? raw.slice(0, 2000) : raw;
  let cut = true;
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.includes('\r')) {
    const parts = line.split('\r').filter((p) => p.trim() !== '');
    line = parts[parts.length - 1] ?? '';
  }
  if (line.includes('\u001b') || line.includes('\u009b')) {
    line = stripVTControlCharacters(line);
    cut = false;
  }
  if (line.includes('\0')) {
    line = line.replace(/\0+/g, ' ');
    cut = false;
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = line;
    for (const [prefix, guard] of PREFIXES) if (guard(line)) line = line.replace(prefix, '');
    if (line === before) break;
  }
  if (line.includes('\u2039')) {
    line = line.replace(/[\u2039\u203a]/g, '');
    cut = false;
  }
  return { text: keepIndent ? line.trimEnd() : line.trim(), cut };
}

const year = '(?:(?:(?:[^\\x00-\\x7F]|\\?){1,6})?\\d{4}|[^\\x00-\\x7F]\\?\\d{3})';
const digit = (line: string): boolean => /^\d/.test(line);
const PREFIXES: [RegExp, (line: string) => boolean][] = [
  [/^#=MATCH=# ?/, (l) => l.startsWith('#')],
  [new RegExp(`^[^\\t\\n]{0,200}\\t[^\\t\\n]{0,200}\\t(?=${year}-\\d\\d-\\d\\dT)`), (l) => l.includes('\t')],
  [
    new RegExp(`^${year}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z ?`),
    (l) =>
      digit(l) ||
      ((l.charCodeAt(0) >= 0x80 || l.startsWith('?')) && new RegExp(`^${year}-\\d\\d-\\d\\dT`).test(l)),
  ],
  [/^\[(?:task|taskcluster|vcs|setup|fetches)(?:[: ][^\]]{0,40})?\] ?/, (l) => l.startsWith('[')],
  [/^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?\] ?/, (l) => l.startsWith('[')],
  [/^\d\d:\d\d:\d\d(?:\.\d+)? +(?:(?:INFO|WARNING|ERROR|CRITICAL|FATAL|DEBUG) +- +)?/, digit],
  [/^#\d+ \d+\.\d{1,3} /, (l) => l.startsWith('#')],
  [/^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /, digit],
  [
    /^\s*\[(?:(?:ant|artifact|ivy|jacoco):[\w-]+|javac|junit|junitreport|java|exec|apply|echo|copy|move|mkdir|delete|jar|war|ear|zip|unzip|tar|untar|get|javadoc|native2ascii|scalac|groovyc|kotlinc|pmd|findbugs|spotbugs|cobertura|testng|xslt|rmic|sshexec|antcall|subant|concat|sql)\] /,
    (l) => l.includes('] ') && /^\s*\[[a-z]/.test(l),
  ],
];

test('its fast paths change nothing: every mix of prefixes, colour codes, CRs, NULs and marks reads as before', () => {
  const heads = [
    '',
    '#=MATCH=# ',
    stamp,
    `build\tTest\t${stamp}`,
    '[task 2026-01-01T10:00:00.000Z] ',
    '[2026-01-01T10:00:00.000Z] ',
    '12:00:00     INFO - ',
    '#8 1.234 ',
    '12.34 ',
    '    [javac] ',
    '\u00a0[junit] ',
    '\t[ant:checkstyle] ',
    `\u00ef\u00bb\u00bf${stamp}`,
    `\u9518?026-01-01T10:00:00.0000000Z `,
    `???${stamp}`,
    '\u001b[32m',
    '\r',
  ];
  const bodies = [
    'error: x',
    '\u001b[31mred\u001b[0m',
    'a\rb',
    'progress 10%\r\rdone',
    '\0\0x',
    '\u2039m\u203a y',
    'x] y',
    '  spaced  ',
    '\u203a alone',
    '[checkstyle] kept',
    '\u009b1mCSI',
  ];
  const tails = ['', '\r', ' \r', '\r\r', '\t'];
  let lines = 0;
  const differ: unknown[] = [];
  for (const a of heads)
    for (const b of heads)
      for (const body of bodies)
        for (const tail of tails) {
          const raw = a + b + body + tail;
          lines++;
          for (const indent of [false, true]) {
            const [now, was] = [stripLineCut(raw, indent), reference(raw, indent)];
            if (now.text !== was.text || now.cut !== was.cut) differ.push({ raw, indent, now, was });
          }
        }
  expect(differ).toEqual([]);
  expect(lines).toBe(heads.length ** 2 * bodies.length * tails.length);
});

/**
 * gh's job and step columns are taken off when each is at most 200 characters (normalize.ts stripColumns: its
 * regex leaves the bound out and the columns' lengths are checked after): at the bound and past it, on either
 * column, and where the text after them holds tabs of its own.
 */
test.each([
  ['a'.repeat(200), 'Test', true],
  ['a'.repeat(201), 'Test', false],
  ['build', 'b'.repeat(200), true],
  ['build', 'b'.repeat(201), false],
  ['', '', true],
])('columns of %#: %s chars and %s chars taken off: %s', (job, step, off) => {
  // The third's text holds columns of its own: a later pass takes them off too.
  for (const [text, read] of [
    ['error: x', 'error: x'],
    ['a\tb\tc', 'a\tb\tc'],
    [`x\ty\t${stamp}z`, 'z'],
  ]) {
    const raw = `${job}\t${step}\t${stamp}${text}`;
    expect(stripLine(raw)).toBe(off ? read : raw.trim());
    expect(stripLine(raw)).toBe(reference(raw).text);
  }
});

/**
 * Each character that makes a line special (normalize.ts hasSpecial: a regex under Node 24, string searches
 * under Node 20) is found wherever it stands, alone on its line: a search missing one leaves it in the text.
 */
test.each([
  [`${stamp}50%\r${stamp}100% done`, '100% done', true],
  [`${stamp}a \u001b[31mred\u001b[0m b`, 'a red b', false],
  [`${stamp}a \u009b31mred b`, 'a red b', false],
  [`${stamp}a\0\0b`, 'a b', false],
  [`${stamp}a ^[[36;1mcyan^[[0m b`, 'a cyan b', false],
  [`${stamp}a \u2039matched\u203a b`, 'a matched b', false],
])('a line holding its special character once: %j is read as %j', (raw, text, cut) => {
  expect(stripLineCut(raw)).toEqual({ text, cut });
});

test("Node 20's string searches and the regex tell the same lines special", () => {
  const specials = ['\r', '\u001b', '\u009b', '\0', '\u2039', '^'];
  const plain = ['', 'a', `${stamp}npm ERR! code E404`, '\u203a \u00e9 \t ~ [ ]'];
  for (const line of plain)
    expect([line, searchSpecial(line), hasSpecial(line)]).toEqual([line, false, false]);
  for (const c of specials)
    for (const line of [c, `a${c}`, `${stamp}x ${c} y`])
      expect([line, searchSpecial(line), hasSpecial(line)]).toEqual([line, true, true]);
});
