import picomatch from 'picomatch';
import {
  compilesGlobs,
  decideLane as decideWith,
  DEFAULT_LANE_RULES,
  globList as globListWith,
  requiredText,
} from '../../src/core/lanes.js';
import type { Change, LaneRules } from '../../src/core/lanes.js';

const rules: LaneRules = DEFAULT_LANE_RULES;
/** With picomatch, as main passes it whenever `compilesGlobs` says a glob is compiled. */
const decideLane = (change: Change, r: LaneRules) => decideWith(change, r, picomatch);
const globList = (globs: readonly string[]) => globListWith(globs, picomatch);

test('DOCS only when every changed file is docs', () => {
  expect(decideLane({ files: ['README.md', 'docs/setup/intro.rst'] }, rules)).toEqual({
    lane: 'DOCS',
    reason: 'all 2 changed files are docs',
  });
  expect(decideLane({ files: ['README.md', 'src/index.ts'] }, rules)).toEqual({
    lane: 'STANDARD',
    reason: 'src/index.ts is not docs',
  });
});

test('HEAVY when any file matches a heavy glob, even among docs', () => {
  expect(decideLane({ files: ['README.md', 'packages/web/package-lock.json'] }, rules)).toEqual({
    lane: 'HEAVY',
    reason: "packages/web/package-lock.json matches heavy glob '**/package-lock.json'",
  });
  expect(decideLane({ files: ['.github/workflows/ci.yml'] }, rules).lane).toBe('HEAVY');
  expect(decideLane({ files: ['db/migrate/20240101_add.rb'] }, rules).lane).toBe('HEAVY');
});

test('HEAVY on a heavy label or a diff over the threshold', () => {
  expect(decideLane({ files: ['README.md'], labels: ['CI:Heavy'] }, rules)).toEqual({
    lane: 'HEAVY',
    reason: "label 'ci:heavy'",
  });
  expect(decideLane({ files: ['src/a.ts'], changedLines: 2001 }, rules)).toEqual({
    lane: 'HEAVY',
    reason: '2001 changed lines (over 2000)',
  });
  expect(decideLane({ files: ['src/a.ts'], changedLines: 2000 }, rules).lane).toBe('STANDARD');
});

test('STANDARD when the files cannot be known or nothing changed; a docs label decides only then', () => {
  expect(decideLane({}, rules)).toEqual({ lane: 'STANDARD', reason: 'changed files unknown' });
  expect(decideLane({ files: [] }, rules)).toEqual({ lane: 'STANDARD', reason: 'no changed files' });
  expect(decideLane({ labels: ['ci:docs'] }, rules)).toEqual({
    lane: 'DOCS',
    reason: "label 'ci:docs' (changed files unknown)",
  });
  expect(decideLane({ files: ['src/a.ts'], labels: ['ci:docs'] }, rules).lane).toBe('STANDARD');
});

test('a negated glob excludes what the others include; it never adds (dorny/paths-filter#97)', () => {
  const docs = globList(['**/*.md', '!CHANGELOG.md', '!**/generated/**']);
  expect(docs('guide/intro.md')).toBe('**/*.md');
  expect(docs('CHANGELOG.md')).toBeUndefined();
  expect(docs('pkg/CHANGELOG.md')).toBeUndefined();
  expect(docs('generated/api.md')).toBeUndefined();
  // With OR semantics '!CHANGELOG.md' would match every other file, src/main.c included.
  expect(docs('src/main.c')).toBeUndefined();
  const custom: LaneRules = { ...rules, docs: ['**/*.md', '!CHANGELOG.md'] };
  expect(decideLane({ files: ['README.md', 'CHANGELOG.md'] }, custom).lane).toBe('STANDARD');
  expect(decideLane({ files: ['README.md', 'docs/a.md'] }, custom).lane).toBe('DOCS');
});

test('globs without a slash match base names at any depth; dotfiles and Windows separators count', () => {
  const list = globList(['*.txt', 'Makefile']);
  expect(list('a/b/notes.txt')).toBe('*.txt');
  expect(list('sub\\dir\\Makefile')).toBe('Makefile');
  expect(globList(['.github/**'])('.github/workflows/ci.yml')).toBe('.github/**');
  // requirements files are dependencies, not docs, by default.
  expect(decideLane({ files: ['requirements-dev.txt'] }, rules).lane).toBe('HEAVY');
  expect(decideLane({ files: ['notes.txt'] }, rules).lane).toBe('DOCS');
});

test("a glob's required text is what picomatch reads literally; a glob with other syntax has none", () => {
  expect(requiredText('**/*.gradle.kts')).toEqual(['.gradle.kts']);
  expect(requiredText('**/.github/ISSUE_TEMPLATE/**')).toEqual(['.github', 'ISSUE_TEMPLATE']);
  expect(requiredText('**/docker-compose*.yml')).toEqual(['docker-compose', '.yml']);
  for (const glob of [
    './docs/**',
    'a/../b/*',
    '**/*.{md,mdx}',
    'doc?/**',
    '[Mm]akefile',
    '!(x)/**',
    '+(a)',
    'a\\*b',
    '@(a|b)',
  ])
    expect(requiredText(glob)).toBeUndefined();
});

test('a glob list answers as picomatch does, glob by glob, with the globs compiled only where they can match', () => {
  const extra = [
    '*.txt',
    'Makefile',
    'docs',
    './docs/**',
    './*.md',
    '**/*.{md,mdx}',
    'src/**/[a-c]*.ts',
    'x?z/**',
    '**/a*b*c',
    '*',
  ];
  const globs = [...DEFAULT_LANE_RULES.docs, ...DEFAULT_LANE_RULES.heavy, ...extra].filter(
    (g) => !g.startsWith('!'),
  );
  const names = [
    'README.md',
    'x.mdx',
    'docs',
    'doc',
    'LICENSE',
    'LICENSE-MIT',
    'Cargo.lock',
    'go.sum',
    'abc',
    'a.b.c',
  ];
  const names2 = [
    'requirements-dev.txt',
    'Dockerfile.dev',
    'docker-compose.ci.yml',
    'b.gradle.kts',
    'main.tf',
    '.md',
  ];
  const dirs = [
    '',
    'docs/',
    'doc/',
    '.github/',
    '.github/workflows/',
    '.github/ISSUE_TEMPLATE/',
    'a/b/',
    'xyz/',
  ];
  const dirs2 = [
    'src/',
    'src/lib/',
    'terraform/',
    'infra/x/',
    'db/migrate/',
    'migrations/',
    '.hidden/',
    'a.md/',
  ];
  const files = [...dirs, ...dirs2].flatMap((dir) => [...names, ...names2].map((name) => dir + name));
  for (const glob of globs) {
    const reference = picomatch(glob.includes('/') ? glob : `**/${glob}`, { dot: true, basename: false });
    const ours = globList([glob]);
    for (const file of files)
      expect([glob, file, ours(file) === glob]).toEqual([glob, file, reference(file)]);
  }
  // Every glob of the defaults has a required text: for one changed file, few are compiled.
  for (const glob of [...DEFAULT_LANE_RULES.docs, ...DEFAULT_LANE_RULES.heavy])
    expect(requiredText(glob.replace(/^!/, ''))).not.toBeUndefined();
});

test("compilesGlobs: no compiler is needed for files that hold no glob's required text, and the lane is the same", () => {
  const plain: Change = { files: ['src/index.ts', 'test/math.test.mjs', 'lib\\util.js'] };
  expect(compilesGlobs(plain.files, rules)).toBe(false);
  // Decided without picomatch, as main decides it then: the answer is the one picomatch gives.
  expect(decideWith(plain, rules, undefined)).toEqual(decideLane(plain, rules));
  expect(decideWith({ files: [] }, rules, undefined)).toEqual({
    lane: 'STANDARD',
    reason: 'no changed files',
  });
  expect(compilesGlobs(undefined, rules)).toBe(false);
  // A file that may match some glob (docs, a lock file, a negated glob's text, a Windows path) needs it.
  for (const file of [
    'README.md',
    'pkg/Cargo.lock',
    'requirements.txt',
    '.\\docs\\a.rst',
    'x/CMakeLists.txt',
  ])
    expect([file, compilesGlobs([...(plain.files ?? []), file], rules)]).toEqual([file, true]);
  expect(() => decideWith({ files: ['README.md'] }, rules, undefined)).toThrow(/picomatch was not loaded/);
  // A glob without required text (a class of characters) may match any file: it is always compiled.
  expect(compilesGlobs(['src/a.ts'], { ...rules, docs: ['[ab]/**'] })).toBe(true);
  // compilesGlobs is exact for the rules' globs: no file it passes over is one a glob would test.
  for (const file of ['src/a.ts', 'a/b/c.mjs', 'Makefile.am', 'docsite/x.ts', 'x.tf.bak', 'go.summary'])
    if (!compilesGlobs([file], rules))
      expect(decideWith({ files: [file] }, rules, undefined)).toEqual(decideLane({ files: [file] }, rules));
});
