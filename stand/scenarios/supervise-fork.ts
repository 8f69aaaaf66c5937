/**
 * Story 5 of the supervisor: a pull request from a fork. Its job had a read-only token, so it could not
 * comment; it uploaded its recovery plan instead. The supervisor finds the PR by head sha (the run's
 * `pull_requests` is empty for forks), reads the plan, and writes the sticky comment with the job's section
 * and its own. The PR's code (a script that would leave a marker file) is never checked out or run.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildPlan } from '../../src/core/plan-artifact.js';
import { uploadPlan } from '../../src/adapters/plan-artifact.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { errorBody } from '../services/github-api.js';
import type { Stand } from '../services/stand.js';
import {
  corpusLog,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  type SupervisorRun,
} from './supervise-stand.js';

export const FORK = 'outsider/demo-fork';

export interface ForkStory {
  prNumber: number;
  headSha: string;
  supervisor: SupervisorRun;
  /** Sticky comments on the PR. */
  comments: string[];
  /** The marker the PR's script would have written, had anything run it. */
  markerExists: boolean;
  /** Files of the PR found anywhere under the supervisor's workspace and runner temp. */
  prFilesSeen: string[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export async function runForkStory(stand: Stand): Promise<ForkStory> {
  const marker = path.join(stand.root, 'pr-code-ran');
  const prNumber = 40 + Math.floor(Math.random() * 1000);
  // The fork's commit reaches the base repository only as refs/pull/N/head, as on GitHub.
  const headSha = await landCommit(stand, {
    message: 'Add a helpful script',
    files: {
      'scripts/fork-evil.sh': `#!/bin/sh\ntouch ${marker}\n`,
      'package.json': `{"scripts":{"postinstall":"sh scripts/fork-evil.sh"}}\n`,
    },
    ref: `refs/pull/${prNumber}/head`,
  });
  stand.github.addPull({
    repo: stand.repo,
    number: prNumber,
    head: { ref: 'patch-1', sha: headSha },
    title: 'Helpful script',
    user: 'outsider',
    headRepo: FORK,
  });
  const run = seedRun(stand, {
    sha: headSha,
    branch: 'patch-1',
    event: 'pull_request',
    pullRequests: [],
    jobs: [{ name: 'unit', conclusion: 'failure', log: corpusLog(LOGS.test), failedStep: 'Run tests' }],
  });
  // GitHub shows the fork as the run's head repository.
  stand.github.route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', (req, api) => {
    const found = api.run(Number(req.params.run_id));
    if (!found || found.repo !== req.repo) return { status: 404, body: errorBody(404, 'Not Found') };
    const body = api.runObject(found);
    if (found.id === run.id) {
      const head = body.head_repository as Record<string, unknown>;
      body.head_repository = {
        ...head,
        id: 999_001,
        name: 'demo-fork',
        full_name: FORK,
        owner: api.userObject('outsider'),
        html_url: `https://github.com/${FORK}`,
      };
    }
    return { status: 200, body };
  });

  // The fork job's post could not comment (read-only token); it left its plan as an artifact.
  const jobId = stand.github.state.jobs.find((j) => j.runId === run.id)?.id;
  await withEnv(stand.jobEnv(run.id, jobId ?? 1, 1), () =>
    uploadPlan(
      buildPlan({
        repo: stand.repo,
        runId: run.id,
        attempt: 1,
        job: 'unit',
        ...(jobId !== undefined ? { jobId } : {}),
        lane: 'STANDARD',
        laneReason: 'source files changed, no heavy globs matched',
        conclusion: 'failure',
        failedSteps: [
          {
            name: 'Run tests',
            stage: 'test',
            source: 'record',
            conclusion: 'failure',
            exitCode: 1,
            classification: {
              type: 'test',
              confidence: 'high',
              retryable: false,
              rule: 'go-test-failed',
              evidence: {
                line: 589,
                text: 'FAIL\tgithub.com/ethereum/go-ethereum/whisper/whisperv6\t26.451s',
              },
            },
            decision: {
              strategy: 'manual',
              rule: 'deterministic-pr-manual',
              reason: 'a test failure on a pull request is caused by the change: it is not retried, fix it',
            },
          },
        ],
        completedStages: [],
        checkpoints: [],
        prNumber,
        headSha,
        branch: 'patch-1',
      }),
      new RecordingLogger(),
    ),
  );

  const supervisor = await runSupervisor(stand, { runId: run.id, runAttempt: 1, config: NO_BACKOFF_CONFIG });
  const seen = [
    ...(await walk(supervisor.job.runnerTemp)),
    ...(await walk(path.dirname(supervisor.job.eventPath))),
  ];
  return {
    prNumber,
    headSha,
    supervisor,
    comments: stand.github.state.comments
      .filter((c) => c.issueNumber === prNumber && c.body.includes('<!-- ci-recovery:sticky -->'))
      .map((c) => c.body),
    markerExists: existsSync(marker),
    prFilesSeen: seen.filter((f) => f.endsWith('fork-evil.sh') || f.endsWith('package.json')),
  };
}

/** Runs `fn` with these variables set (the artifact client reads them), then restores the environment. */
/**
 * Runs `fn` in this process as a step of the fork's job: with the job's environment, and with the
 * toolkit's stdout (its `::debug::` and `::add-mask::` workflow commands, which the runner would consume)
 * kept out of the test's output.
 */
async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  const write = process.stdout.write.bind(process.stdout);
  Object.assign(process.env, env);
  process.stdout.write = (): boolean => true;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
