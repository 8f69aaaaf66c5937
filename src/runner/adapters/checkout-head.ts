/**
 * The commit the workspace's clone has checked out (its HEAD), read from `.git` as git does for the common
 * layouts (a detached sha, a loose ref, packed-refs), else from `git rev-parse`. Main reads it once after
 * actions/checkout and leaves it for later steps: a checkpoint records the commit its job started from,
 * and a resume restores only into a job that started from the same one (checkpoint/adapters/resume.ts).
 * The files are opened as planted files may be (regular-file.ts): a FIFO or a link falls back to git.
 */
import { execFile } from 'node:child_process';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { isCommitId } from '../../core/event.js';
import { readRegularFile } from './regular-file.js';

const REF = /^refs\/[A-Za-z0-9._/-]+$/;

/** HEAD's commit sha in `workspace`, or undefined where there is no clone (or git cannot tell). */
export async function workspaceHead(workspace: string): Promise<string | undefined> {
  const gitDir = path.join(workspace, '.git');
  // no .git: no clone here (a root outside the workspace), and no git process started to find one above
  if (!(await lstat(gitDir).catch(() => undefined))) return undefined;
  const fromFiles = await headFromFiles(gitDir).catch(
    // a layout the files do not tell (a worktree's .git file, reftable, a planted FIFO): git says, below
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
    return isCommitId(sha) ? sha : undefined;
  } catch {
    // not a clone, no commit yet, or no git: no commit to record or compare
    return undefined;
  }
}

/** The fast path: a `.git` directory whose HEAD is a sha or a ref in a loose file or packed-refs. */
async function headFromFiles(gitDir: string): Promise<string | undefined> {
  const head = (await readRegularFile(path.join(gitDir, 'HEAD'))).trim();
  if (isCommitId(head)) return head;
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (!ref || !REF.test(ref) || ref.split('/').includes('..')) return undefined;
  const loose = await readRegularFile(path.join(gitDir, ref)).then(
    (t) => t.trim(),
    // no loose ref: packed-refs holds it, or git decides below
    () => undefined,
  );
  if (loose !== undefined) return isCommitId(loose) ? loose : undefined;
  const packed = await readRegularFile(path.join(gitDir, 'packed-refs'));
  for (const line of packed.split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && sha !== undefined && isCommitId(sha)) return sha;
  }
  return undefined;
}
