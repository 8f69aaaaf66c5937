/**
 * bench:recovery's workload is this repository's sources and eleven of its unit suites, copied into a stand's
 * workspace (bench/workload.ts workloadFiles). A suite that starts importing a helper the copy lacks turns every
 * job of the bench red with a type error in its build, and every scenario then times a failure (it did, once
 * `config.test.ts` imported `__tests__/cpu-time.ts`, and once the bundler script imported `./pattern-shapes.js`).
 * These tests only read: `git ls-files` and the listed files' text; they run no npm script and write nothing in
 * the checkout (the first test checks it).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUNDLER_SCRIPT, workloadFiles } from '../../bench/workload.js';
import { repoRoot } from '../../stand/services/paths.js';

/** What any write into the checkout would change: git's view and dist/'s newest file time. */
function checkoutState(): { status: string; dist: number } {
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const dir = path.join(repoRoot, 'dist');
  const dist = Math.max(0, ...readdirSync(dir).map((name) => statSync(path.join(dir, name)).mtimeMs));
  return { status, dist };
}

const before = checkoutState();
const files = workloadFiles();

test('reading the workload leaves the checkout as it was: git status and dist/ file times unchanged', () => {
  expect(Object.keys(files)).toContain(BUNDLER_SCRIPT);
  expect(checkoutState()).toEqual(before);
});

/** The workload's file a relative import names, or undefined: `x.js` may be `x.ts` in the sources. */
function resolved(from: string, specifier: string): string | undefined {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return [target, target.replace(/\.js$/, '.ts')].find((name) => name in files);
}

test('every relative import of a copied source, test or build script is in the copy', () => {
  const missing: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (!/\.(?:ts|js)$/.test(name) || !/^(?:src|__tests__|scripts)\//.test(name)) continue;
    // Import and export statements only: a build script's template text may hold one (the entry stubs').
    for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.{1,2}\/[^']+)'/gm))
      if (specifier && !resolved(name, specifier)) missing.push(`${name} imports ${specifier}`);
  }
  expect(missing).toEqual([]);
});

test('every file the copied jest config names under <rootDir> is in the copy', () => {
  const config = files['jest.config.js'] ?? '';
  const named = [...config.matchAll(/<rootDir>\/([\w./-]+\.\w+)/g)].map(([, name]) => name as string);
  expect(named).toContain('__tests__/node-environment.js');
  expect(named.filter((name) => !(name in files))).toEqual([]);
});

test('every config file the copied build script names is in the copy', () => {
  const build = files[BUNDLER_SCRIPT] ?? '';
  const named = [...build.matchAll(/'([\w.-]+\.json)'/g)].map(([, name]) => name as string);
  expect(named).toContain('tsconfig.bundle.json');
  expect(named.filter((name) => !(name in files))).toEqual([]);
});
