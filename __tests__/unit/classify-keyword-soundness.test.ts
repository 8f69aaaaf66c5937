/**
 * A rule is asked only of the lines its keywords select, so every line its pattern can match must hold one of
 * them (rules/README.md `keywords`): a pattern that escapes its keywords misses lines silently, and a keyword
 * tightened past what its pattern needs does the same. This proves it for the shipped rule file from the
 * patterns themselves (scripts/keyword-soundness.ts, a walk of each pattern's syntax tree), for every matcher
 * with keywords: the rules' patterns and `evidence`, their conditions, success markers, step ends, commands.
 */
import ruleFile from '../../rules/log-rules.json' with { type: 'json' };
import { parsePattern, unprovenAlternatives } from '../../scripts/keyword-soundness.js';
import { ERROR_SHAPE, ERROR_SHAPE_KEYWORDS } from '../../src/core/classify/fallback.js';

describe('unprovenAlternatives', () => {
  test.each([
    // A literal every match holds, folded as the automaton folds; the keyword may be any part of it.
    ['^(?:ERROR|Error|error|FATAL|fatal)\\b[:!]', ['error:', 'error!', 'fatal:', 'fatal!']],
    ['^(?:ERROR|Error|error|FATAL|fatal)\\b[:!]', ['rror', 'atal']],
    // A group's alternatives are each read with the text around them.
    [
      '(?:[Dd]ownload|[Ff]etch) (?:failed|error).*\\b5\\d\\d',
      ['download failed', 'download error', 'fetch f', 'fetch e'],
    ],
    ['^ERROR (?:5\\d\\d|429|408): ', ['error 5', 'error 429: ', 'error 408: ']],
    // An optional atom: with it and without it.
    ['make(?:\\[\\d+\\])?: \\*\\*\\* .*Error \\d+$', ['make: ***', ']: ***']],
    ['Executed \\d+ tests?, with', ['test, with', 'tests, with']],
    [
      '\\bPackagesNotFound(?:InChannels)?Error\\b',
      ['packagesnotfounderror', 'packagesnotfoundinchannelserror'],
    ],
    // A repeated atom's copies it cannot do without.
    ['^\\S.*[^.]\\.{3,}Failed$', ['...failed']],
    ['^--- FAIL: |^FAIL: Test\\w*', ['--- fail: ', 'fail: test']],
    // A positive lookahead's text is on the line; `(?!)` matches no line at all.
    ['(?=\\S*foobar)\\w+', ['foobar']],
    ['(?!)', ['anything']],
    ['^(?<cmd>docker build) ', ['docker build ']],
  ])('%s: every match holds one of %j', (pattern, keywords) => {
    expect(unprovenAlternatives(pattern, '', keywords)).toEqual([]);
  });

  test.each([
    // A keyword tightened past its pattern: `Error!` holds no `error:`.
    [
      '^(?:ERROR|Error|error|FATAL|fatal)\\b[:!]',
      ['error:', 'fatal:', 'fatal!'],
      ['^(?:ERROR|Error|error|FATAL|fatal)\\b[:!]'],
    ],
    // `make[2]: ***` holds no `make: ***`.
    ['make(?:\\[\\d+\\])?: \\*\\*\\* ', ['make: ***'], ['make(?:\\[\\d+\\])?: \\*\\*\\* ']],
    // `Executed 1 test, with` holds no `tests`.
    ['Executed \\d+ tests?, with', ['tests'], ['Executed \\d+ tests?, with']],
    // A literal across a class wider than a few characters, or digits, is none.
    ['^\\S+\\.[A-Za-z]{1,10}:\\d+', ['.py:'], ['^\\S+\\.[A-Za-z]{1,10}:\\d+']],
    [
      'Timeout \\(\\d+ ?(?:minutes|min|m)\\) exceeded',
      ['min) exceeded'],
      ['Timeout \\(\\d+ ?(?:minutes|min|m)\\) exceeded'],
    ],
    // A negative lookahead's text, an optional atom's and a lookbehind's that is negated say nothing.
    ['(?!foobar)\\w+', ['foobar'], ['(?!foobar)\\w+']],
    ['(?:foobar)?\\w+', ['foobar'], ['(?:foobar)?\\w+']],
    // Each alternative on its own.
    ['foo|ba\\w', ['foo', 'ba'], []],
    ['foo|b\\wr', ['foo', 'br'], ['b\\wr']],
    // Only printable ASCII is literal: the automaton's keywords are.
    ['✖ {3}\\S', ['✖'], ['✖ {3}\\S']],
  ])('%s with %j: unproven %j', (pattern, keywords, unproven) => {
    expect(unprovenAlternatives(pattern, '', keywords)).toEqual(unproven);
  });
});

/** A matcher of the rule file: where it is, its pattern, flags and keywords. */
interface Matcher {
  where: string;
  pattern: string;
  flags?: string;
  keywords: string[];
}

interface Spec {
  id: string;
  pattern: string;
  flags?: string;
  keywords: string[];
  evidence?: string;
  after?: { pattern: string; flags?: string; keywords: string[] };
  unlessAfter?: { pattern: string; flags?: string; keywords: string[] };
}

const file = ruleFile as unknown as { rules: Spec[]; success: Spec[]; stepEnds: Spec[]; commands: Spec[] };

const matchers: Matcher[] = [
  ...file.rules.flatMap((r) => [
    { where: `${r.id} pattern`, pattern: r.pattern, flags: r.flags, keywords: r.keywords },
    ...(r.evidence
      ? [{ where: `${r.id} evidence`, pattern: r.evidence, flags: r.flags, keywords: r.keywords }]
      : []),
    ...(r.after ? [{ where: `${r.id} after`, ...r.after }] : []),
    ...(r.unlessAfter ? [{ where: `${r.id} unlessAfter`, ...r.unlessAfter }] : []),
  ]),
  ...(['success', 'stepEnds', 'commands'] as const).flatMap((kind) =>
    file[kind].map((m) => ({
      where: `${kind} ${m.id} pattern`,
      pattern: m.pattern,
      flags: m.flags,
      keywords: m.keywords,
    })),
  ),
];

/**
 * The alternatives (by index) this walk does not prove, as of the rule file it was written against: some are
 * wider than their keywords (generic-diagnostic's keywords name the extensions it is asked about, of the
 * `\.[A-Za-z]{1,10}` it matches; lint-other's `MD1xx/`), some beyond this
 * reader (a literal behind a non-ASCII character, a class of many letters). Each needs a look before its keywords
 * are changed. The list may only shrink: a new pattern that escapes its keywords fails here, and so does one
 * listed here that is now proven (take it off).
 */
const NOT_PROVEN: Record<string, number[]> = {
  'junit-summary pattern': [12, 13],
  'junit-summary evidence': [3, 4],
  'compiler-error evidence': [13],
  'lint-other pattern': [8, 25],
  'generic-compiler-diagnostic pattern': [0],
  'generic-diagnostic pattern': [0, 1, 2, 3, 4, 5],
  'commitlint-problem pattern': [0],
  'dotenv-linter-warning pattern': [0],
  'npm-own-install-script-failed after': [0],
  'hatchling-metadata-invalid pattern': [0],
  'env-var-missing pattern': [0],
  'commands buildkit-run pattern': [0],
};

describe('the shipped rules: every line a pattern matches holds one of its keywords', () => {
  test('the matchers are all read', () => {
    expect(matchers.length).toBeGreaterThan(file.rules.length);
    for (const key of Object.keys(NOT_PROVEN)) expect(matchers.map((m) => m.where)).toContain(key);
  });

  test.each(matchers.map((m) => [m.where, m] as const))('%s', (where, m) => {
    const alternatives = parsePattern(m.pattern, m.flags).alternatives.map((a) => a.raw);
    const unproven = unprovenAlternatives(m.pattern, m.flags ?? '', m.keywords).map((a) =>
      alternatives.indexOf(a),
    );
    expect({ where, unproven }).toEqual({ where, unproven: NOT_PROVEN[where] ?? [] });
  });
});

describe("the learned fallback's candidates: every error-shaped line holds one of ERROR_SHAPE_KEYWORDS", () => {
  test('proven from ERROR_SHAPE', () => {
    expect(unprovenAlternatives(ERROR_SHAPE.source, ERROR_SHAPE.flags, ERROR_SHAPE_KEYWORDS)).toEqual([]);
  });

  test('a keyword left out is caught (`could not` holds no `couldn`)', () => {
    const fewer = ERROR_SHAPE_KEYWORDS.filter((k) => k !== 'could n');
    expect(unprovenAlternatives(ERROR_SHAPE.source, ERROR_SHAPE.flags, fewer)).toEqual([ERROR_SHAPE.source]);
  });
});
