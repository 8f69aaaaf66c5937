/**
 * A bare git repository standing in for `https://github.com/<owner>/<repo>`: seeded with the commits a
 * test gives, and reached through `url.<bare>.insteadOf` passed as GIT_CONFIG_* env, so clones, fetches
 * and pushes of the GitHub URL land here with no network.
 */
import { execFile } from 'node:child_process';
import { appendFile, chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface SeedCommit {
  message: string;
  /** Files to write (path -> content) or delete (path -> null), relative to the repository root. */
  files: Record<string, string | null>;
  /** Branch to commit on (created from the current commit if new). Default: the default branch. */
  branch?: string;
  author?: { name: string; email: string };
}

export interface GitCommitInfo {
  sha: string;
  parents: string[];
  subject: string;
  body: string;
  author: string;
}

export interface GitRemote {
  /** owner/repo */
  repo: string;
  bareDir: string;
  /** https://github.com/<owner>/<repo> */
  url: string;
  /** GIT_CONFIG_COUNT/KEY_n/VALUE_n that send the GitHub URL to the bare repository. */
  env: Record<string, string>;
  /** Shas of the seed commits, in order. */
  seeded: string[];
  /** All refs of the bare repository: refs/heads/main -> sha. */
  refs(): Promise<Record<string, string>>;
  /** Sha of a ref (branch, tag or sha), or undefined if it does not exist. */
  revParse(ref: string): Promise<string | undefined>;
  /** Commits reachable from ref, newest first. */
  log(ref?: string, max?: number): Promise<GitCommitInfo[]>;
  /** Content of a file at a ref, or undefined. */
  show(ref: string, file: string): Promise<string | undefined>;
  git(args: string[], cwd?: string): Promise<string>;
  /** Lets pushes authenticated with `token` create or update workflow files (the `workflows` permission). */
  grantWorkflows(token: string): Promise<void>;
  remove(): Promise<void>;
}

/**
 * GitHub refuses a push that creates or updates a file under `.github/workflows/` unless the token has the
 * `workflows` permission, which GITHUB_TOKEN never has (PLATFORM.md section 3). The pusher's auth header
 * reaches the hook through the local transport's environment (GIT_CONFIG_VALUE_n, http.extraheader); a push
 * without a token stands for a person's, which may change workflows.
 */
const WORKFLOWS_HOOK = `#!/bin/sh
granted=$(dirname "$0")/../workflows-tokens
auth=$(env | sed -n 's/^GIT_CONFIG_VALUE_[0-9]*=AUTHORIZATION: basic //p' | head -n 1 | base64 -d 2>/dev/null)
token=\${auth#x-access-token:}
[ -z "$token" ] && exit 0
[ -f "$granted" ] && grep -qxF "$token" "$granted" && exit 0
zero=0000000000000000000000000000000000000000
while read old new ref; do
  [ "$new" = "$zero" ] && continue
  if [ "$old" = "$zero" ]; then files=$(git log --format= --name-only "$new" --not --all -- .github/workflows/)
  else files=$(git log --format= --name-only "$old..$new" -- .github/workflows/); fi
  file=$(printf '%s\n' "$files" | sed '/^$/d' | head -n 1)
  if [ -n "$file" ]; then
    echo "refusing to allow a GitHub App to create or update workflow \\\`$file\\\` without \\\`workflows\\\` permission" >&2
    exit 1
  fi
done
`;

const IDENTITY = { name: 'Seed Author', email: 'seed@example.com' };

export function insteadOfEnv(repo: string, bareDir: string): Record<string, string> {
  const url = `https://github.com/${repo}`;
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: `url.${bareDir}.insteadOf`,
    GIT_CONFIG_VALUE_0: url,
    GIT_CONFIG_KEY_1: `url.${bareDir}.insteadOf`,
    GIT_CONFIG_VALUE_1: `${url}.git`,
  };
}

export async function createGitRemote({
  repo,
  commits = [],
  defaultBranch = 'main',
  root,
}: {
  repo: string;
  commits?: SeedCommit[];
  defaultBranch?: string;
  /** Parent directory (default: a fresh temp dir). */
  root?: string;
}): Promise<GitRemote> {
  const base = root ?? (await mkdtemp(path.join(os.tmpdir(), 'git-remote-')));
  const bareDir = path.join(base, 'remote', repo.replace('/', '__'));
  const seedDir = path.join(base, 'seed');
  await mkdir(bareDir, { recursive: true });
  const git = async (args: string[], cwd = bareDir, env: Record<string, string> = {}): Promise<string> => {
    const { stdout } = await exec('git', args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  };
  await git(['init', '--bare', '--quiet', '--initial-branch', defaultBranch]);

  const seeded: string[] = [];
  if (commits.length > 0) {
    await mkdir(seedDir, { recursive: true });
    await git(['init', '--quiet', '--initial-branch', defaultBranch], seedDir);
    let time = Date.UTC(2026, 0, 1) / 1000;
    for (const commit of commits) {
      const branch = commit.branch ?? defaultBranch;
      const current = (await git(['symbolic-ref', '--short', 'HEAD'], seedDir)).trim();
      if (branch !== current) await git(['checkout', '--quiet', '-B', branch], seedDir);
      for (const [file, content] of Object.entries(commit.files)) {
        const target = path.join(seedDir, file);
        if (content === null) await rm(target, { force: true });
        else {
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, content);
        }
      }
      const who = commit.author ?? IDENTITY;
      const date = `${time} +0000`;
      time += 60;
      await git(['add', '-A'], seedDir);
      await git(['commit', '--quiet', '--allow-empty', '-m', commit.message], seedDir, {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      });
      seeded.push((await git(['rev-parse', 'HEAD'], seedDir)).trim());
    }
    await git(['push', '--quiet', '--all', bareDir], seedDir);
    await rm(seedDir, { recursive: true, force: true });
  }

  // After seeding: the seed commits are the repository's history, not a push from a job.
  await writeFile(path.join(bareDir, 'hooks', 'pre-receive'), WORKFLOWS_HOOK);
  await chmod(path.join(bareDir, 'hooks', 'pre-receive'), 0o755);

  const remote: GitRemote = {
    repo,
    bareDir,
    url: `https://github.com/${repo}`,
    env: insteadOfEnv(repo, bareDir),
    seeded,
    async refs() {
      const out = await git(['for-each-ref', '--format=%(refname) %(objectname)']);
      return Object.fromEntries(
        out
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' ') as [string, string]),
      );
    },
    async revParse(ref) {
      try {
        return (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim() || undefined;
      } catch {
        return undefined;
      }
    },
    async log(ref = 'HEAD', max = 50) {
      const out = await git(['log', `--max-count=${max}`, '--format=%H%x1f%P%x1f%s%x1f%b%x1f%an%x1e', ref]);
      return out
        .split('\x1e')
        .map((r) => r.trim())
        .filter(Boolean)
        .map((r) => {
          const [sha = '', parents = '', subject = '', body = '', author = ''] = r.split('\x1f');
          return { sha, parents: parents.split(' ').filter(Boolean), subject, body: body.trim(), author };
        });
    },
    async show(ref, file) {
      try {
        return await git(['show', `${ref}:${file}`]);
      } catch {
        return undefined;
      }
    },
    git: (args, cwd) => git(args, cwd),
    grantWorkflows: (token) => appendFile(path.join(bareDir, 'workflows-tokens'), `${token}\n`),
    remove: () => rm(root ? bareDir : base, { recursive: true, force: true }),
  };
  return remote;
}
