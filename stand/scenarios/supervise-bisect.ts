/**
 * The several-commits story of the supervisor: three commits land on main between two runs, the second
 * breaks the tests. The supervisor (the dist bundle on the stand's runner) has the job's GITHUB_TOKEN, as
 * most callers do: the person's push brings it the failing run; each probe it dispatches runs, but GitHub
 * sends no `workflow_run` for a run dispatched with that token, so every later step comes from the
 * scheduled sweep (supervise-reconcile.ts drives GitHub's clock). The probes find the second commit, and a
 * draft revert of it alone is opened, its record naming the probes; no probe branch is left.
 */
import { parseRollbackRecord, type RollbackRecord } from '../../src/supervise/core/rollback-record.js';
import type { FakePull } from '../services/github-api.js';
import type { Stand } from '../services/stand.js';
import { bisectThroughGitHub } from './supervise-reconcile.js';

export interface BisectStory {
  green: string;
  commits: string[];
  /** Per supervisor run: what woke it, and what it decided for the job. */
  steps: { calledFor: string; action: string; reason: string }[];
  revertPr?: FakePull;
  record?: RollbackRecord;
  /** The revert branch's parser file: the culprit's change undone, the later commit's kept. */
  revertedFile?: string;
  probeBranchesLeft: string[];
}

export async function runBisectStory(stand: Stand): Promise<BisectStory> {
  const story = await bisectThroughGitHub(stand, 'github-token');
  const steps = story.wakes.map((w) => {
    const job = w.supervisor.decisions[0];
    return {
      calledFor: w.by === 'event' ? `the completion of run ${w.runId ?? '?'}` : 'the scheduled sweep',
      action: job?.action ?? 'nothing',
      reason: job?.reason ?? 'nothing pending',
    };
  });
  const branch = `ci-recovery/revert-${story.broken.slice(0, 12)}`;
  const revertPr = stand.github.state.pulls.find((p) => p.head.ref === branch);
  return {
    green: story.green,
    commits: story.commits,
    steps,
    probeBranchesLeft: story.probeBranchesLeft,
    ...(revertPr ? { revertPr, record: parseRollbackRecord(revertPr.body ?? '') } : {}),
    ...(revertPr ? { revertedFile: await stand.git.show(branch, 'src/parser.js') } : {}),
  };
}
