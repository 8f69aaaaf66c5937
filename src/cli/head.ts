/** The commit and branch a CLI checkpoint records (the manifest's `commit` and `branch`: shown, never trusted). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { JobEnv } from '../core/job-env.js';

/**
 * Whether git would find a repository for `dir`: a `.git` (a checkout's directory, or the file a worktree
 * or submodule has) in it or a folder above it. A repository named only by GIT_DIR is not looked for.
 */
export function inGitCheckout(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return true;
    if (path.dirname(at) === at) return false;
  }
}

/**
 * The job's commit and branch on a runner. Off one, git is asked (its client loaded only then), but only
 * inside a checkout: elsewhere its two processes (about 0.2 s of a small incremental save) could only
 * answer "not a repository", and the fields, which nothing reads back, are left out as they were then.
 */
export async function checkpointHead(
  env: Pick<JobEnv, 'sha' | 'refName'>,
  cwd: string,
): Promise<{ commit?: string; branch?: string }> {
  if (env.sha) return { commit: env.sha, ...(env.refName ? { branch: env.refName } : {}) };
  if (!inGitCheckout(cwd)) return {};
  return (await import('../adapters/changed-files.js')).gitHead(cwd);
}
