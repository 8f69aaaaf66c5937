/**
 * The walk's exclusion test skips the expressions of globs that can only match a name starting with '.'
 * (scan.ts onlyDotNames) for every other path. That shortcut must change no verdict: each glob it takes
 * for a dot-name glob is checked against picomatch on paths whose last name does not start with '.', and
 * the walk's matcher is checked against picomatch itself, ancestors included, on the globs a save uses.
 * The restore's matcher that keeps each directory's verdict (treeExcluder) must give the walk's, in any order.
 */
import picomatch from 'picomatch';
import {
  excluder,
  HIDDEN_EXCLUDE,
  hiddenBelow,
  onlyDotNames,
  saveExclusions,
  secretsBelow,
  treeExcluder,
} from '../../src/checkpoint/adapters/scan.js';

/** Globs a save makes (defaults, hidden, secrets, below named roots) and globs a user writes. */
const GLOBS = [
  ...saveExclusions(['.'], [], false),
  ...saveExclusions(['src', 'node_modules/x', '.venv', 'a b/c'], [], false),
  ...hiddenBelow(['.next/cache', 'packages/a/node_modules']),
  ...secretsBelow(['.npmrc', 'app']),
  ...HIDDEN_EXCLUDE,
  '*.log',
  '**/.cache',
  '.cache/**',
  '{a,b}/.x',
  '{a/.x,b}',
  '{.a,b}',
  '+(x/).y',
  '!(.z)',
  '!**/.env',
  '.env*',
  '[.]x',
  '.[a-z]*',
  '@(.a|b)',
  '**/.?',
  'dist/.*/**',
  'a/**/.b*',
  '.\\*x',
];

/** Paths of every kind: dot names and not, at every depth, in and out of node_modules, with odd characters. */
function paths(): string[] {
  const names = [
    'a',
    'b',
    'x',
    '.x',
    '.y',
    'y',
    '.z',
    'z',
    '.env',
    '.env.local',
    'env',
    '.npmrc',
    'npmrc',
    '.git',
    'git',
    '.cache',
    'cache',
    '.next',
    'node_modules',
    '.bin',
    'bin',
    'dist',
    '.a',
    '.b',
    'b.y',
    '.ci-recovery',
    'src',
    'a b',
    'c',
    '.venv',
    '+(x',
    ').y',
    'app',
    'packages',
    '.?',
    'q',
    '.*x',
    '*x',
    '.netrc',
    '.git-credentials',
    '.pypirc',
  ];
  const out = new Set<string>();
  for (const n of names) out.add(n);
  for (const d of names) for (const n of names) out.add(`${d}/${n}`);
  for (const d of [
    'src/x',
    'node_modules',
    '.next/cache',
    '.next/cache/x',
    'a b/c',
    'packages/a/node_modules',
    'x/x',
    'dist/.q',
    'a/b/c',
    '.venv/a',
  ])
    for (const n of names) {
      out.add(`${d}/${n}`);
      out.add(`${d}/${n}/`);
    }
  return [...out];
}

const plain = (glob: string): ((p: string) => boolean) => {
  const re = picomatch.makeRe(glob, { dot: true });
  return (p) => p === glob || re.test(p);
};

const lastNameIsDotted = (p: string): boolean => {
  const parts = p.replace(/\/$/, '').split('/');
  return parts[parts.length - 1]!.startsWith('.');
};

describe('the walk skips dot-name globs for other names', () => {
  const all = paths();

  it('takes the hidden and secret globs for dot-name globs, and user globs only when their last name is a literal dot name', () => {
    expect(HIDDEN_EXCLUDE.every(onlyDotNames)).toBe(true);
    expect(secretsBelow(['.']).every(onlyDotNames)).toBe(true);
    expect(['**/.cache', '{a,b}/.x', '.env*', '**/.?', 'a/**/.b*'].every(onlyDotNames)).toBe(true);
    for (const g of [
      '*.log',
      '.cache/**',
      '{a/.x,b}',
      '{.a,b}',
      '+(x/).y',
      '!(.z)',
      '!**/.env',
      '[.]x',
      '.[a-z]*',
      '@(.a|b)',
      'dist/.*/**',
    ])
      expect([g, onlyDotNames(g)]).toEqual([g, false]);
  });

  it.each(GLOBS.filter(onlyDotNames))('%s matches no path whose last name lacks a leading dot', (glob) => {
    const match = plain(glob);
    const wrong = all.filter((p) => !lastNameIsDotted(p) && match(p) && p !== glob);
    expect(wrong).toEqual([]);
    // The check is real: the glob matches some dotted path here.
    expect(all.some((p) => lastNameIsDotted(p) && match(p))).toBe(true);
  });

  it("gives picomatch's verdict, ancestors included, for every path and every save's globs", () => {
    // (A negated glob leaves out nearly everything: the first set goes without them.)
    const sets = [
      GLOBS.filter((g) => !g.startsWith('!')),
      saveExclusions(['.'], ['*.log', 'dist/.*/**'], false),
      hiddenBelow(['src', '.venv']),
    ];
    for (const globs of sets) {
      const ours = excluder(globs);
      const matchers = globs.map(plain);
      const staging = (p: string): boolean =>
        p.replace(/\/$/, '').split('/').pop()!.startsWith('.ci-recovery-staging-');
      const reference = (p: string): boolean => {
        const parts = p.split('/');
        for (let i = 1; i <= parts.length; i++) {
          const q = parts.slice(0, i).join('/');
          if (staging(q) || matchers.some((m) => m(q))) return true;
        }
        return false;
      };
      const differ = all.filter((p) => ours(p) !== reference(p));
      expect(differ).toEqual([]);
      // Both verdicts occur: the comparison is not all one way.
      expect(new Set(all.map(ours)).size).toBe(2);
    }
  });
});

describe("a restore's plan keeps each directory's verdict", () => {
  it('gives the verdict of excluder for every path, asked in any order, odd spellings included', () => {
    const odd = ['/x', '//.env', 'a//b', 'a//.git/c', 'src/.env/', '.env/a/', 'x/', '', '/'];
    const all = [...paths(), ...odd];
    for (const globs of [GLOBS.filter((g) => !g.startsWith('!')), saveExclusions(['.'], ['*.log'], true)]) {
      const whole = excluder(globs);
      // Deepest first, then shallowest first: a directory's kept verdict must not depend on who asked first.
      const byDepth = (p: string): number => p.split('/').length;
      for (const order of [
        [...all].sort((a, b) => byDepth(b) - byDepth(a)),
        [...all].sort((a, b) => byDepth(a) - byDepth(b)),
      ]) {
        const kept = treeExcluder(globs);
        expect(order.filter((p) => kept(p) !== whole(p))).toEqual([]);
      }
      expect(new Set(all.map(whole)).size).toBe(2);
    }
  });

  it('answers one entry 20,000 levels deep with none of its directories listed (a forged manifest) without running out of stack', () => {
    const deep = `${'a/'.repeat(20_000)}.env`;
    const kept = treeExcluder(saveExclusions(['.'], [], false));
    expect(kept(deep)).toBe(true);
    expect(kept(`${'a/'.repeat(20_000)}b`)).toBe(false);
    expect(kept(`/${'a/'.repeat(3)}.env`)).toBe(true);
  });
});
