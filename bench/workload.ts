/**
 * bench:recovery's workload: this repository's sources, lockfile and eleven of its unit suites, which the bench
 * commits into a stand's repository and each job installs, builds and tests there (bench/recovery.ts). Kept
 * apart from the bench so that what only reads the list (bench-workload.test.ts, which checks that the copy
 * holds every file its imports name) imports no stand and none of the bench's build or test commands.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../stand/services/paths.js';

export const TESTS = [
  'ledger',
  'revert',
  'rollback-record',
  'job-env',
  'supervise',
  'report-summary',
  'checkpoint-core',
  'config',
  'plan-artifact',
  'lanes',
  'policy',
].map((t) => `__tests__/unit/${t}.test.ts`);
/** What those tests and the jest config import from outside them. */
const TEST_SUPPORT = [
  '__tests__/cpu-time.ts',
  '__tests__/manifest-fixture.ts',
  '__tests__/node-environment.js',
  '__tests__/sequencer.js',
  '__tests__/serial-link-runtime.cjs',
  '__tests__/sucrase-transform.js',
];

/** The bundler's script the workload copies (read as text here, run only in the stand's copy). */
export const BUNDLER_SCRIPT = 'scripts/build.ts';

/**
 * The bundler's script and the scripts it imports, followed from its imports: a list written by hand missed the
 * build's new scripts twice, and the workload's build then failed in the stand.
 */
export function bundlerScripts(): string[] {
  const found = new Set<string>();
  const follow = (file: string): void => {
    if (found.has(file)) return;
    found.add(file);
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const [, name] of text.matchAll(/^import [^;]*? from '\.\/([\w.-]+)\.js';$/gm))
      follow(`scripts/${name}.ts`);
  };
  follow(BUNDLER_SCRIPT);
  return [...found];
}

/** This repository's sources, lockfile and unit tests: a real code base to install, compile and test. */
export function workloadFiles(): Record<string, string> {
  const listed = execFileSync(
    'git',
    [
      'ls-files',
      'src',
      'rules',
      'schema',
      // What `npm run build` needs: its script and those it imports, the action.yml files and the reference it
      // regenerates (not the repository's other scripts: they import bench/ and stand/).
      ...bundlerScripts(),
      'action.yml',
      ':(glob)*/action.yml',
      'docs/inputs.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      // The bundle's own config (undici's stand-in), which scripts/build.ts hands ncc.
      'tsconfig.bundle.json',
      'jest.config.js',
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const files: Record<string, string> = {};
  for (const file of [...listed.split('\n').filter(Boolean), ...TESTS, ...TEST_SUPPORT])
    files[file] = readFileSync(path.join(repoRoot, file), 'utf8');
  // The repository's jest config also starts the suite's shared Azurite: the workload's unit suites need none.
  files['jest.config.js'] = (files['jest.config.js'] ?? '')
    .split('\n')
    .filter((line) => !/globalSetup|globalTeardown|setupFiles/.test(line))
    .join('\n');
  files['tsconfig.bench.json'] = JSON.stringify({
    extends: './tsconfig.json',
    compilerOptions: { noEmit: false, outDir: 'build', types: ['node'] },
    include: ['src'],
  });
  // The linter of the quality-gate scenario: a real check (tsc's unused-locals rule) over one file.
  files['lint.sh'] = 'npx tsc --noEmit --noUnusedLocals --strict --skipLibCheck --types node "$@"\n';
  // node_modules is what the lockfile makes: kept once per lockfile (checkpoint.keyed), as a team keys
  // actions/cache by hashFiles('package-lock.json'), instead of being packed into every run's checkpoint.
  files['.github/ci-recovery.yml'] = [
    'checkpoint:',
    '  paths: [node_modules, build, dist]',
    '  keyed:',
    '    - { path: node_modules, hash-files: [package-lock.json] }',
    '',
  ].join('\n');
  return files;
}
