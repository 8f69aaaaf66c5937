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
