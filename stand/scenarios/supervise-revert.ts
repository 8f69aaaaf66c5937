/**
 * Story 3 of the supervisor: a test failure on the default branch whose parent was green. The supervisor
 * first asks for a confirming re-run; when the failure comes back, it clones the default branch, reverts
 * the culprit (against parent 1 for a merge commit), pushes `ci-recovery/revert-<sha12>` and opens a draft
 * PR with the rollback record. A third supervisor run for the same event changes nothing.
 *
 * Variants (story 4) where no revert may happen: a revert commit, an opt-out marker, a conflict, the
 * kill-switch label applied by a writer (a reader's label is ignored), the daily cap; and a culprit that
 * also changed a workflow file, which GITHUB_TOKEN may not push (the stand's remote refuses it as GitHub
 * does), unless the supervisor was given a token with the workflows permission (`workflow-file-granted`).
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import type { FakePull } from '../services/github-api.js';
import type { Stand } from '../services/stand.js';
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  startNextAttempt,
  type SupervisorRun,
} from './supervise-stand.js';

export type RevertVariant =
  | 'plain'
  | 'merge'
  | 'revert-commit'
  | 'opt-out'
  | 'conflict'
  | 'kill-switch'
  | 'kill-switch-by-reader'
  | 'kill-switch-unchecked'
  | 'daily-cap'
  | 'push'
  | 'push-protected'
  | 'prs-not-allowed'
  | 'no-drafts'
  | 'workflow-file'
  | 'workflow-file-granted';

export interface RevertStory {
  variant: RevertVariant;
  parent: string;
  culprit: string;
  runId: number;
  /** Every supervisor run, in order (confirming re-run, revert, repeat). */
  supervisors: SupervisorRun[];
  /** The draft revert PR, if any. */
  revertPr?: FakePull;
  branch: string;
  /** Sha of the revert branch on the remote, if pushed. */
  branchSha?: string;
  /** `git diff <main> <branch>` and `git diff <culprit> <culprit>^1` on the remote. */
  branchDiff?: string;
  inverseDiff?: string;
  /** Parents of the revert commit, and the tip of main it was made on. */
  revertParents?: string[];
  mainTip: string;
  reruns: number;
  /** Sticky comments on the culprit's PR. */
  comments: string[];
}

let serial = 0;

export async function runRevertStory(stand: Stand, variant: RevertVariant = 'plain'): Promise<RevertStory> {
  serial += 1;
  // A story of its own: no rollback an earlier story left in the ledger waits for its verdict in this one
  // (a pushed revert of another story is on the shared default branch, and its supervisor would judge it).
  stand.results.forgetCaches();
  const file = `src/parser-${serial}.js`;
  const good = `export function parse(s) {\n  return s.split(',').map(Number);\n}\n`;
  const parent = await landCommit(stand, { message: `Add parser ${serial}`, files: { [file]: good } });
  seedRun(stand, { sha: parent, jobs: [{ name: 'test', conclusion: 'success', log: 'ok\n' }] });

  const bad = `export function parse(s) {\n  return s.split(';').map(Number);\n}\n`;
  const message =
    variant === 'revert-commit'
      ? `Revert "Add parser ${serial}"\n\nThis reverts commit ${parent}.`
      : variant === 'opt-out'
        ? `Speed up parser ${serial}\n\nNO-AUTO-REVERT: the migration cannot be undone.`
        : `Speed up parser ${serial}`;
  const touchesWorkflow = variant === 'workflow-file' || variant === 'workflow-file-granted';
  const workflowFile = `.github/workflows/parser-${serial}.yml`;
  const culprit = await landCommit(stand, {
    message,
    files: {
      [file]: bad,
      ...(touchesWorkflow ? { [workflowFile]: 'on: push\njobs: {}\n# parser speed-up\n' } : {}),
    },
    merge: variant === 'merge',
    author: 'Alice',
  });
  const pr = stand.github.addPull({
    repo: stand.repo,
    head: { ref: `speedup-${serial}`, sha: culprit },
    title: message.split('\n')[0] ?? message,
    state: 'closed',
    merged: true,
    mergeCommitSha: culprit,
    commits: [culprit],
    user: 'alice',
  });
  if (variant === 'kill-switch-unchecked') {
    // A writer's label, and GitHub does not answer who they are: the kill switch must still hold.
    stand.github.setPermission(stand.repo, 'maintainer', 'write');
    stand.github.addLabel(stand.repo, pr.number, 'ci-recovery:no-revert', 'maintainer');
    stand.github.fail('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', 403, {
      message: 'Resource not accessible by integration',
    });
  }
  if (variant === 'kill-switch' || variant === 'kill-switch-by-reader') {
    const actor = variant === 'kill-switch' ? 'maintainer' : 'drive-by';
    stand.github.setPermission(stand.repo, actor, variant === 'kill-switch' ? 'write' : 'read');
    stand.github.addLabel(stand.repo, pr.number, 'ci-recovery:no-revert', actor);
  }
  if (variant === 'conflict') {
    // Main moved on and changed the same line: the revert cannot apply.
    await landCommit(stand, {
      message: `Tune parser ${serial}`,
      files: { [file]: bad.replace("';'", '/[;,]/') },
    });
  }
  if (variant === 'daily-cap') {
    // The supervisor's own revert of earlier today (opened by its token).
    stand.github.addPull({
      repo: stand.repo,
      user: 'github-actions[bot]',
      head: { ref: 'ci-recovery/revert-0123456789ab', sha: parent },
      title: 'Revert "x" (ci-recovery)',
      draft: true,
    });
  }
  // Stories share a stand, so reverts of earlier stories count today: only the daily-cap story sets a low cap.
  const revertConfig = `revert:\n  daily-cap: ${variant === 'daily-cap' ? 1 : 100}\n${variant === 'push' || variant === 'push-protected' ? '  mode: push\n' : ''}`;
  const config = NO_BACKOFF_CONFIG + revertConfig;
  const unprotect = variant === 'push-protected' ? await protectMain(stand) : undefined;
  // The repository setting "Allow GitHub Actions to create and approve pull requests" is off.
  if (variant === 'prs-not-allowed')
    stand.github.addRepo(stand.repo, { actionsCanCreatePullRequests: false });
  // A private repository on GitHub Free or Pro: no draft pull requests.
  if (variant === 'no-drafts') stand.github.addRepo(stand.repo, { private: true, draftPullRequests: false });

  const run = seedRun(stand, {
    sha: culprit,
    jobs: [{ name: 'test', conclusion: 'failure', log: corpusLog(LOGS.test), failedStep: 'go test ./...' }],
  });
  const supervisors: SupervisorRun[] = [];
  if (variant === 'workflow-file-granted') await stand.git.grantWorkflows(stand.token);
  const extra = variant === 'workflow-file-granted' ? { with: { 'token-can-push-workflows': 'true' } } : {};
  supervisors.push(await runSupervisor(stand, { runId: run.id, runAttempt: 1, config, ...extra }));
  if (supervisors[0]?.outputs.rerun === 'requested') {
    startNextAttempt(stand, run.id);
    finishAttempt(stand, run.id, [
      { name: 'test', conclusion: 'failure', log: corpusLog(LOGS.test), failedStep: 'go test ./...' },
    ]);
    supervisors.push(await runSupervisor(stand, { runId: run.id, runAttempt: 2, config, ...extra }));
    // The same event delivered again: nothing new may happen.
    supervisors.push(await runSupervisor(stand, { runId: run.id, runAttempt: 2, config, ...extra }));
  }

  const branch = `ci-recovery/revert-${culprit.slice(0, 12)}`;
  const story: RevertStory = {
    variant,
    parent,
    culprit,
    runId: run.id,
    supervisors,
    branch,
    mainTip: (await stand.git.revParse('refs/heads/main')) ?? '',
    reruns: stand.github.state.reruns.filter((r) => r.runId === run.id).length,
    comments: stand.github.state.comments
      .filter((c) => c.issueNumber === pr.number && c.body.includes('<!-- ci-recovery:sticky -->'))
      .map((c) => c.body),
  };
  const revertPr = stand.github.state.pulls.find((p) => p.head.ref === branch);
  if (revertPr) story.revertPr = revertPr;
  await unprotect?.();
  if (variant === 'kill-switch-unchecked') stand.github.clearFailures();
  if (variant === 'prs-not-allowed') stand.github.addRepo(stand.repo, { actionsCanCreatePullRequests: true });
  if (variant === 'no-drafts') stand.github.addRepo(stand.repo, { private: false, draftPullRequests: true });
  // Push mode commits the revert to main itself; PR mode leaves it on the revert branch.
  const revertSha = variant === 'push' ? story.mainTip : await stand.git.revParse(`refs/heads/${branch}`);
  if (revertSha) {
    story.branchSha = revertSha;
    const [log] = await stand.git.log(revertSha, 1);
    story.revertParents = log?.parents ?? [];
    const base = story.revertParents[0] ?? '';
    story.branchDiff = await stand.git.git(['diff', base, revertSha]);
    story.inverseDiff = await stand.git.git(['diff', culprit, `${culprit}^1`]);
  }
  return story;
}

/** Branch protection on main, as GitHub's pre-receive hook answers it; returns what lifts it. */
async function protectMain(stand: Stand): Promise<() => Promise<void>> {
  const hook = `${stand.git.bareDir}/hooks/pre-receive`;
  const before = await readFile(hook, 'utf8');
  await writeFile(
    hook,
    '#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = refs/heads/main ]; then\n    echo "remote: error: GH006: Protected branch update failed for refs/heads/main." >&2\n    exit 1\n  fi\ndone\n',
  );
  await chmod(hook, 0o755);
  return () => writeFile(hook, before);
}
