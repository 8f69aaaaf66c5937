/**
 * Issue 68: git failing as CI jobs make it fail, whole steps (`real-git-cases.ts`): pushes the remote refuses (its
 * history, its tag, its pre-receive hook, a shallow clone's), a detached HEAD or a branch with no upstream, commits
 * with no identity or nothing to commit, merge, rebase, cherry-pick and patch conflicts, a shallow clone asked for
 * history it lacks, a checkout owned by another uid, refs and pathspecs that do not exist, submodules, and a host on
 * this machine (`git http-backend` behind `node:http`, `git-http.ts`) answering 401/404/5xx or cutting the pack
 * short. Each case runs as a workflow runs a `run:` step (`real-env-run.ts` runEnvCase, `bash -e {0}`) and is
 * classified as one GitHub Actions step: TAXONOMY.md's type, retried only if transient, the line shown stating the
 * cause (never the echo, the runner's exit line or git's `hint:` advice where a cause line exists). A passing
 * look-alike (`passes`) is classified inside a job whose later step fails saying nothing (`passedThenFailed`): it
 * must give `unknown`, not retried. HOME (git's global config) is each case's project; every case is offline.
 * `REAL_GIT_TABLE=1` prints each verdict, `REAL_GIT_LOGS=<dir>` writes each case's job log there. Under
 * CI_RECOVERY_REQUIRE_RUNNERS=1 a missing git fails the file; elsewhere its cases skip, saying which.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Handler } from './misbehaving-server.js';
import { serve } from './misbehaving-server.js';
import { realBattery } from './real-battery.js';
import { runEnvCase } from './real-env-run.js';
import type { GitCase } from './real-git-cases.js';
import { GIT_CASES, TEMPLATES } from './real-git-cases.js';
import type { StepRun } from './real-steps.js';
import { tempProject } from './real-steps.js';

/** Where makeTemplates made the shared repositories (real-git-cases.ts TEMPLATES) a case's setup copies. */
let templates = '';
/** English messages, no pager, no credential helper, no advice on a detached HEAD. */
const quiet = (): Record<string, string> => ({
  LC_ALL: 'C.UTF-8',
  LANGUAGE: '',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TEMPLATES: templates,
});

/** Makes each of real-git-cases.ts's TEMPLATES once, in its own directory (its HOME, so its global config). */
async function makeTemplates(): Promise<void> {
  templates = tempProject();
  await Promise.all(
    Object.entries(TEMPLATES).map(([name, script]) => {
      const dir = path.join(templates, name);
      mkdirSync(dir);
      const env = { ...process.env, ...quiet(), HOME: dir, XDG_CONFIG_HOME: path.join(dir, '.config') };
      return promisify(execFile)('bash', ['-ec', script], { cwd: dir, env });
    }),
  );
}

/**
 * Runs a case, with its server (if any) on this machine for as long as the step runs: the server is up before the
 * project is made, and serves that project once runEnvCase names it.
 */
async function runGitCase(c: GitCase): Promise<StepRun> {
  const make = c.server;
  if (!make) return runEnvCase(c, quiet);
  let handler: Handler = (_req, res) => res.writeHead(500).end();
  const server = await serve((req, res) => handler(req, res));
  try {
    return await runEnvCase(c, (dir) => {
      handler = make(dir);
      return { ...quiet(), REMOTE_URL: server.url };
    });
  } finally {
    await server.close();
  }
}

realBattery({
  title: 'git failing as CI jobs make it fail, classified as a GitHub Actions step',
  cases: GIT_CASES,
  run: runGitCase,
  name: 'GIT',
  hookMs: 180_000,
  width: 2,
  notShown: /^##\[(?:group\]|error\]Process completed with exit code)|^shell: |^hint: /,
  before: makeTemplates,
});
