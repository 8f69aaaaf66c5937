/**
 * A success marker's, step end's or command's pattern is run only on a line starting with its literal head
 * (pattern-shape.ts literalHead): the head must be a prefix of every string the pattern matches, or a line
 * would lose its command or marker.
 */
import { literalHead } from '../../src/core/classify/pattern-shape.js';
import { defaultRuleSet } from '../../src/core/classify/index.js';

describe('literalHead', () => {
  test.each([
    ['^> (?:@[\\w.-]+/)?[\\w.-]+@\\S+ (?<cmd>[\\w:.-]+)$', '> '],
    ['^##\\[group\\]Run (?<cmd>.+)$', '##[group]Run '],
    ['^\\$ (?<cmd>\\S.*)$', '$ '],
    ['^(?!\\+\\+\\+ (?:b/|/dev/null))\\+{1,3} (?<cmd>.+)$', '+'],
    ['^(?!at )[\\w.@/-]+ x', ''],
    ['^abc', 'abc'],
    ['^ab?c', 'a'],
    ['^ab*c', 'a'],
    ['^ab+c', 'ab'],
    ['^ab{2}c', 'ab'],
    ['^ab{0,2}c', 'a'],
    ['^ab{0}c', 'a'],
    // A minimum written with leading zeros is still none: `b{00}` matches 'ac'.
    ['^ab{00}c', 'a'],
    ['^ab{000,2}c', 'a'],
    ['^ab{01}c', 'ab'],
    ['^ab\\dc', 'ab'],
    ['^a\\bc', 'a'],
    ['^a.c', 'a'],
    ['^a[bc]', 'a'],
    ['^a(?:b|c)', 'a'],
    ['^abc|def', ''],
    ['^(?:abc)|def', ''],
    ['^a[|]b', 'a'],
    ['^a\\|b', 'a|b'],
    ['abc', ''],
    ['\\^abc', ''],
  ])('%s starts every match with %j', (pattern, head) => {
    expect(literalHead(pattern)).toBe(head);
  });

  test('a repeat whose minimum is written with zeros may be none: its match need not hold the character', () => {
    for (const [pattern, line] of [
      ['^ab{00}c', 'ac'],
      ['^ab{000,2}c', 'ac'],
    ] as const) {
      expect(new RegExp(pattern).test(line)).toBe(true);
      expect([pattern, line.startsWith(literalHead(pattern))]).toEqual([pattern, true]);
    }
  });

  test("no match of a shipped pattern starts otherwise: each pattern's head, and lines it reads", () => {
    const rules = defaultRuleSet();
    const heads = Object.fromEntries(
      [...rules.commands, ...rules.stepEnds, ...rules.success].map((p) => [p.spec.id, p.head]),
    );
    expect(heads).toMatchObject({
      'npm-script': '> ',
      'npm-script-command': '> ',
      'gradle-task': '> Task ',
      'shell-trace': '+',
      'gha-step-failed': '##[error]Process completed with exit code ',
      'maven-goal': '',
    });
    const lines = [
      '> my-app@1.0.0 test',
      '> jest --ci',
      '> Task :app:compileJava FAILED',
      '+ npm ci',
      '++ make test',
      '$ npm test',
      '##[group]Run npm test',
      '##[error]Process completed with exit code 1.',
      'The command "npm test" exited with 1.',
      '[INFO] BUILD SUCCESS',
      'BUILD SUCCESSFUL in 12s',
      'npm ERR! my-app@1.0.0 test: `jest`',
    ];
    let matched = 0;
    for (const p of [...rules.commands, ...rules.stepEnds, ...rules.success])
      for (const line of lines) {
        if (!p.re.test(line)) continue;
        matched++;
        expect([p.spec.id, line.startsWith(p.head)]).toEqual([p.spec.id, true]);
      }
    expect(matched).toBeGreaterThanOrEqual(lines.length);
  });
});
