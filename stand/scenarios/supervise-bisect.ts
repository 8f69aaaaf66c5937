/**
 * The several-commits story of the supervisor: three commits land on main between two runs, the second
 * breaks the tests. Each supervisor run (the dist bundle on the stand's runner, as the other supervisor
 * stories run it) takes one step of the bisection: a probe branch at a commit and a workflow_dispatch there;
 * the probe run (seeded here as GitHub would run it) brings the supervisor back. The probes find the second
 * commit, and a draft revert of it alone is opened, its record naming the probes.
 */
import { probeRef } from '../../src/core/bisect.js';
import { parseRollbackRecord, type RollbackRecord } from '../../src/core/rollback-record.js';
import type { FakePull } from '../services/github-api.js';
import type { Stand } from '../services/stand.js';
import {
  corpusLog,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SeedJob,
} from './supervise-stand.js';

export interface BisectStory {
  green: string;
  commits: string[];
  /** Per supervisor run: the run it was called for, and what it decided for the job. */
  steps: { calledFor: string; action: string; reason: string }[];
  revertPr?: FakePull;
  record?: RollbackRecord;
  /** The revert branch's parser file: the culprit's change undone, the later commit's kept. */
  revertedFile?: string;
}

const FILE = 'src/parser.js';

export async function runBisectStory(stand: Stand): Promise<BisectStory> {
  const failing: SeedJob[] = [{ name: 'test', conclusion: 'failure', log: corpusLog(LOGS.test) }];
  const passing: SeedJob[] = [{ name: 'test', conclusion: 'success', log: 'ok\n' }];
  const green = await landCommit(stand, {
    message: 'Add parser',
    files: { [FILE]: 'export const sep = ",";\n' },
  });
  seedRun(stand, { sha: green, jobs: passing });
  const commits = [
    await landCommit(stand, { message: 'Docs', files: { 'docs.md': 'a\n' } }),
    await landCommit(stand, { message: 'Speed up parser', files: { [FILE]: 'export const sep = ";";\n' } }),
    await landCommit(stand, { message: 'More docs', files: { 'docs.md': 'b\n' } }),
  ];
  const broken = commits[1]!;
  const head = seedRun(stand, { sha: commits[2]!, jobs: failing });
  const steps: BisectStory['steps'] = [];
  let calledFor = `the failing push run of ${commits[2]!.slice(0, 12)}`;
  let runId = head.id;
  for (let i = 0; i < 5; i++) {
    const run = await runSupervisor(stand, { runId, config: NO_BACKOFF_CONFIG });
    const job = run.decisions[0];
    steps.push({ calledFor, action: job?.action ?? 'nothing', reason: job?.reason ?? '' });
    const dispatch = stand.github.state.dispatches.at(-1);
    if (run.outputs['revert-pr'] || !dispatch || steps.length > stand.github.state.dispatches.length) break;
    // What GitHub does on the dispatch: a run of the workflow on the probe branch.
    const sha = commits.find((c) => probeRef(c) === dispatch.ref)!;
    calledFor = `the probe run of ${sha.slice(0, 12)}`;
    runId = seedRun(stand, {
      sha,
      branch: dispatch.ref,
      event: 'workflow_dispatch',
      jobs: commits.indexOf(sha) >= commits.indexOf(broken) ? failing : passing,
    }).id;
  }
  const branch = `ci-recovery/revert-${broken.slice(0, 12)}`;
  const revertPr = stand.github.state.pulls.find((p) => p.head.ref === branch);
  return {
    green,
    commits,
    steps,
    ...(revertPr ? { revertPr, record: parseRollbackRecord(revertPr.body ?? '') } : {}),
    ...(revertPr ? { revertedFile: await stand.git.show(branch, FILE) } : {}),
  };
}
