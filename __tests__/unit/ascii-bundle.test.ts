/**
 * scripts/ascii-bundle.ts: dist/'s JavaScript as ASCII, the same program. Each case is run before and after
 * its escape in a fresh context and must give the same values.
 */
import { runInNewContext } from 'node:vm';
import { asciiScript } from '../../scripts/ascii-bundle.js';

const run = (code: string): unknown => runInNewContext(`(() => { ${code} })()`);

describe('asciiScript', () => {
  const cases: Array<[string, string]> = [
    ['a string and a comment', '// le journal ‹coupé›\nreturn \'café ‹›\' + "…";'],
    ['a JSON.parse literal (as ncc writes the rules)', `return JSON.parse('{"a":"✗ failed","b":"µs"}').a;`],
    [
      'a regular expression, with and without u',
      'return [/[‹›]/.test("x›"), /✖|❌/u.test("❌"), /^💥$/u.test("💥")];',
    ],
    ['an astral character in a string', "return '🤔'.length + ':' + '🤔'.codePointAt(0);"],
    ['an untagged template', 'const x = 1; return `→ ${x} ←`;'],
    ['a tagged template keeps its raw text', 'return String.raw`(?:s|ms|µs)\\b`;'],
    ['a name', 'const café = 2; return café * 2;'],
    ['a no-break space between tokens', 'const o = null; return (o ||\u00a0{});'],
    ['a no-break space in a string', "return 'a\u00a0b'.length;"],
    ['an escaped backslash before one', "return ['\\\\é', /\\\\é/.test('\\\\é')];"],
    ['a backslash before one in a comment', '// C:\\é\nreturn 1;'],
  ];

  test.each(cases)('%s: the same values, in ASCII where it can be', (_name, code) => {
    const ascii = asciiScript('case.js', code);
    expect(run(ascii)).toEqual(run(code));
    const left = [...ascii].filter((c) => c.charCodeAt(0) > 0x7f);
    if (code.includes('String.raw')) expect(left).toEqual(['µ']);
    else if (code.includes('||\u00a0')) expect(left).toEqual(['\u00a0']);
    else expect(left).toEqual([]);
  });

  test('an ASCII script is returned as it is', () => {
    const code = "return 'plain';";
    expect(asciiScript('case.js', code)).toBe(code);
  });

  test('an astral character in a name, which no escape can stand for, stops the build', () => {
    expect(() => asciiScript('case.js', 'const 𝒳 = 1; return 𝒳;')).toThrow(/does not parse/);
  });

  test('a non-ASCII character after a backslash stops the build', () => {
    expect(() => asciiScript('case.js', "return '\\‹';")).toThrow(/after a backslash/);
  });
});
