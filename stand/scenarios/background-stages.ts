/**
 * Two `run/` stages at once, from the real dist/ bundles on the local runner (background steps, as the
 * runner runs them: stand/runner/background.ts). `build` starts in the background and stays in its command
 * until `lint`, started beside it, is done; a `gate` step in between makes sure `build` is past its
 * checkpoint when `lint` starts. After `wait-all`, a third stage `test` runs, and a plain step prints the
 * completed stages `test` exported.
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { readRecords } from '../../src/adapters/records.js';
import { RECORDS_SUBDIR, type StepRecord } from '../../src/core/records.js';
import { runJob, type JobResult } from '../runner/job.js';
import type { Stand } from '../services/stand.js';

export interface BackgroundStagesResult {
  job: JobResult;
  records: StepRecord[];
}

/** Waits up to 30 s for a file the other step makes; fails the step if it never comes. */
const waitFor = (file: string): string =>
  `for i in $(seq 300); do [ -f ${file} ] && break; sleep 0.1; done; test -f ${file}`;

export async function runBackgroundStages(stand: Stand, runId = 4100): Promise<BackgroundStagesResult> {
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const job = await runJob({
    stand,
    workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
    runId,
    jobId: runId * 10,
    jobKey: 'build',
    event,
    steps: [
      { id: 'checkout', uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
      // Every stage's checkpoint, however quick the stages (whether one pays: e2e/checkpoint-pays.test.ts).
      {
        id: 'config',
        run: 'mkdir -p .github && printf "checkpoint:\\n  when: always\\n" > .github/ci-recovery.yml',
      },
      { id: 'recovery', uses: '.' },
      {
        id: 'build',
        uses: 'run',
        background: true,
        with: {
          stage: 'build',
          'checkpoint-paths': 'src',
          run: ['touch .build.started', waitFor('.lint.done'), 'mkdir -p out && echo built > out/app'].join(
            '\n',
          ),
        },
      },
      { id: 'gate', run: waitFor('.build.started') },
      {
        id: 'lint',
        uses: 'run',
        background: true,
        with: { stage: 'lint', 'checkpoint-paths': 'src', run: 'echo clean > lint.txt && touch .lint.done' },
      },
      { name: 'Wait for build and lint', 'wait-all': true },
      { id: 'test', uses: 'run', with: { stage: 'test', run: 'test -f out/app && test -f lint.txt' } },
      { id: 'after', run: 'echo "completed stages: $CI_RECOVERY_COMPLETED_STAGES"' },
    ],
  });
  return { job, records: await readRecords(path.join(job.runnerTemp, RECORDS_SUBDIR)) };
}
