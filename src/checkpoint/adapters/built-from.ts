/**
 * What a checkpoint's files were built from, which a resume compares with the attempt it restores into.
 *
 * The commit the workspace's clone has checked out (its HEAD), read from `.git` as git does for the
 * common layouts (a detached sha, a loose ref, packed-refs), else from `git rev-parse HEAD`. A save records
 * it; a resume restores only into a workspace at the same commit: actions/checkout with `ref: <branch>`
 * checks out the branch's newest commit on a re-run of the same run, and a build of the old sources
 * restored there would skip the build of the new ones.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const REF = /^refs\/[A-Za-z0-9._/-]+$/;

/** The digest of a matrix leg's values (JobEnv.legValues), as a manifest records them. */
export function legDigest(values: string): string {
  return createHash('sha256').update(values).digest('hex');
}

/** HEAD's commit sha in `workspace`, or undefined where there is no clone (or git cannot tell). */
export async function workspaceHead(workspace: string): Promise<string | undefined> {
  const gitDir = path.join(workspace, '.git');
  // no .git: no clone here (a root outside the workspace), and no git process started to find one above
  if (!(await lstat(gitDir).catch(() => undefined))) return undefined;
  const fromFiles = await headFromFiles(gitDir).catch(
    // a layout the files do not tell (a worktree's .git file, reftable): git itself says, below
    () => undefined,
  );
  if (fromFiles) return fromFiles;
  try {
    const { stdout } = await promisify(execFile)(
      'git',
      ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'],
      {
        cwd: workspace,
        timeout: 10_000,
      },
    );
    const sha = stdout.trim();
    return SHA.test(sha) ? sha : undefined;
  } catch {
    // not a clone, no commit yet, or no git: no commit to record or compare
    return undefined;
  }
}

/** The fast path: a `.git` directory whose HEAD is a sha or a ref in a loose file or packed-refs. */
async function headFromFiles(gitDir: string): Promise<string | undefined> {
  const head = (await readFile(path.join(gitDir, 'HEAD'), 'utf8')).trim();
  if (SHA.test(head)) return head;
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (!ref || !REF.test(ref) || ref.split('/').includes('..')) return undefined;
  const loose = await readFile(path.join(gitDir, ref), 'utf8').then(
    (t) => t.trim(),
    // no loose ref: packed-refs holds it, or git decides below
    () => undefined,
  );
  if (loose !== undefined) return SHA.test(loose) ? loose : undefined;
  const packed = await readFile(path.join(gitDir, 'packed-refs'), 'utf8');
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return undefined;
}
