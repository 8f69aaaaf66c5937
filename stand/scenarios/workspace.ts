/** Workspaces for scenarios: a real clone of the stand's git remote, as actions/checkout leaves it. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Stand } from '../services/stand.js';

const exec = promisify(execFile);

/** Clones the stand's repository at `ref` into a fresh directory and writes `files` over it (uncommitted). */
export async function checkout(
  stand: Stand,
  ref = 'main',
  files: Record<string, string> = {},
): Promise<string> {
  const dir = await mkdtemp(path.join(stand.root, 'workspace-'));
  const env = { ...process.env, ...stand.git.env };
  await exec('git', ['clone', '--quiet', '--no-single-branch', stand.git.url, dir], { env });
  await exec('git', ['checkout', '--quiet', ref], { cwd: dir, env });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

/** A `pull_request` event as GitHub sends it, in the parts ci-recovery reads: from `head` into `main`. */
export interface PullRequestEvent {
  name: 'pull_request';
  payload: Record<string, unknown>;
}

/**
 * The event of pull request `number` in `repo`, from branch `head.ref` at `head.sha` (of `head.repo`, a fork's,
 * when given) into `main` at `base`.
 */
export function pullRequestEvent(o: {
  repo: string;
  number: number;
  base: string;
  head: { ref: string; sha?: string; repo?: string };
}): PullRequestEvent {
  const { repo, number, base, head } = o;
  return {
    name: 'pull_request',
    payload: {
      number,
      repository: { default_branch: 'main', full_name: repo },
      pull_request: {
        number,
        base: { ref: 'main', sha: base, repo: { full_name: repo } },
        head: { ref: head.ref, sha: head.sha ?? base, repo: { full_name: head.repo ?? repo } },
        labels: [],
      },
    },
  };
}
