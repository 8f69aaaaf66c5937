/**
 * What main's read of the change costs on a pull request checked out as actions/checkout does by default
 * (a depth-1 fetch of refs/pull/N/merge, no base branch): git's one diff is refused, and git then searched for
 * the base (a fetch of it, a fetch deepening the clone, a dozen processes) although the API lists the PR's
 * files. Each round makes two fresh such clones of a local origin (file://: a real remote's fetches take
 * longer) and reads the change in each, as main did (`search`) and as it does where the API listed the files
 * before git's one diff was refused (`skip`: `enough` already aborted; an answer that comes later ends the
 * search where it is), alternating which goes first; prints each side's median wall time, git processes and the
 * paired differences.
 *
 *   npx tsx bench/pr-shallow-change.ts [--rounds 8]
 */
import { execFileSync } from 'node:child_process';
import cp from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { median, sideOrder } from './stats.js';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@e',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@e',
};
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env }).trim();

/** An origin with 200 commits on main, a 20-commit branch and its merge as refs/pull/1/merge. */
function origin(root: string): string {
  const work = path.join(root, 'work');
  mkdirSync(work);
  git(work, 'init', '-q', '-b', 'main');
  const commit = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    writeFileSync(path.join(work, file), text);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', file);
  };
  for (let i = 0; i < 150; i++) commit(`src/m${i % 10}.ts`, `export const a = ${i};\n`);
  git(work, 'checkout', '-q', '-b', 'feature');
  for (let i = 0; i < 20; i++) commit('docs/guide.md', `# Guide ${i}\n`);
  git(work, 'checkout', '-q', 'main');
  for (let i = 0; i < 50; i++) commit(`src/n${i % 10}.ts`, `export const b = ${i};\n`);
  git(work, 'checkout', '-q', '--detach');
  git(work, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
  git(work, 'update-ref', 'refs/pull/1/merge', 'HEAD');
  const bare = path.join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', work, bare);
  git(bare, 'fetch', '-q', work, '+refs/pull/1/merge:refs/pull/1/merge');
  return bare;
}

/** actions/checkout's default for a pull_request event. */
function checkout(root: string, bare: string, name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir);
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${bare}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(dir, 'checkout', '-q', '--force', 'refs/remotes/pull/1/merge');
  return dir;
}

let spawned = 0;
const spawn = cp.spawn;
(cp as { spawn: typeof cp.spawn }).spawn = ((...args: Parameters<typeof cp.spawn>) => {
  spawned++;
  return spawn(...args);
}) as typeof cp.spawn;
syncBuiltinESMExports();
const { gitChange } = await import('../src/adapters/changed-files.js');

const argv = process.argv.slice(2);
const rounds = Number(argv[argv.indexOf('--rounds') + 1] || 8);
const root = mkdtempSync(path.join(os.tmpdir(), 'pr-shallow-'));
try {
  const bare = origin(root);
  const sides = [
    { name: 'skip', enough: AbortSignal.abort() },
    { name: 'search', enough: undefined },
  ];
  const ms: number[][] = [[], []];
  const procs: number[][] = [[], []];
  console.log(
    `load: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (let round = 1; round <= rounds; round++) {
    for (const i of sideOrder(2, round)) {
      const side = sides[i]!;
      const dir = checkout(root, bare, `r${round}-${side.name}`);
      spawned = 0;
      const t0 = performance.now();
      const change = await gitChange(dir, 'main', side.enough ? { enough: side.enough } : {});
      ms[i]!.push(Math.round(performance.now() - t0));
      procs[i]!.push(spawned);
      if (round === 1) console.log(`${side.name}: ${JSON.stringify(change)}`);
    }
  }
  for (const [i, side] of sides.entries())
    console.log(
      `${side.name}: median ${median(ms[i]!)} ms (${ms[i]!.join(', ')}), git processes ${median(procs[i]!)}`,
    );
  const d = ms[0]!.map((x, k) => x - ms[1]![k]!);
  console.log(`skip - search, paired: median ${median(d)} ms (${d.join(', ')})`);
  console.log(
    `load at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
