/**
 * Recovery plans through the real @actions/artifact client on the local stand: jobs upload them during the
 * run (Twirp + Azurite), the supervisor downloads them after the run through the REST findBy path.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { buildPlan, type PlanInput } from '../../src/core/plan-artifact.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { repoRoot } from '../../stand/services/paths.js';

type PlanAdapter = typeof import('../../src/adapters/plan-artifact.js');

const RUN = 4100;
const REPO = { owner: 'octo-org', repo: 'demo' };
let stand: Stand;
let work: string;
let adapter: PlanAdapter;
/**
 * What @actions/artifact printed with console.error: its Octokit logs each failed request there, with a
 * console.error it binds when it loads (no logger can be passed). Every test drains what it expects.
 */
const consoleErrors: string[] = [];
let savedEnv: NodeJS.ProcessEnv;
const write = process.stdout.write.bind(process.stdout);

const input = (jobKey: string, attempt: number, over: Partial<PlanInput> = {}): PlanInput => ({
  repo: 'octo-org/demo',
  runId: RUN,
  attempt,
  job: jobKey.split(' ')[0]!,
  jobKey,
  jobId: 5000 + attempt,
  lane: 'HEAVY',
  conclusion: 'failure',
  failedSteps: [
    {
      name: 'integration tests',
      stage: 'itest',
      source: 'record',
      exitCode: 124,
      classification: {
        type: 'timeout',
        confidence: 'high',
        retryable: true,
        rule: 'exit-124',
        evidence: { line: 88, text: 'Terminated after 30m' },
      },
      decision: {
        strategy: 'resume',
        rule: 'heavy-timeout-resume',
        reason: 'a timeout in a HEAVY job resumes from its checkpoint',
      },
    },
  ],
  completedStages: ['deps', 'build'],
  checkpoints: [{ id: `ckpt-build-a${attempt}`, stage: 'build', attempt }],
  headSha: 'abcdef0123456789abcdef0123456789abcdef01',
  ...over,
});

beforeAll(async () => {
  stand = await startStand();
  work = await mkdtemp(path.join(os.tmpdir(), 'plan-artifact-'));
  savedEnv = { ...process.env };
  // @actions/github reads GITHUB_API_URL when it loads: set the stand's env first, then load the adapter.
  Object.assign(process.env, stand.env, { RUNNER_TEMP: work });
  jest
    .spyOn(console, 'error')
    .mockImplementation((...args: unknown[]) => void consoleErrors.push(args.map(String).join(' ')));
  adapter = await import('../../src/adapters/plan-artifact.js');
});
afterAll(async () => {
  jest.restoreAllMocks();
  process.env = savedEnv;
  await stand?.stop();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  // The artifact client logs through @actions/core: keep its output out of the test log.
  process.stdout.write = (): boolean => true;
});
afterEach(() => {
  process.stdout.write = write;
  expect(consoleErrors.splice(0)).toEqual([]);
});

/** Act as job `jobId` of attempt `attempt` of the run (its own runtime token). */
function asJob(jobId: number, attempt: number): void {
  Object.assign(process.env, stand.jobEnv(RUN, jobId, attempt));
}

/**
 * Post's own port uploads `plan` in a process of its own (as a failed job's post does, its head start
 * first); answers what it logged and which modules of `@actions/artifact` that process loaded (CommonJS
 * modules imported from ESM land in require.cache too).
 */
async function uploadInOwnProcess(plan: object): Promise<{ loaded: string[]; warnings: string[] }> {
  const src = (file: string): string => pathToFileURL(path.join(repoRoot, 'src', file)).href;
  const script = `
    import { createRequire } from 'node:module';
    const { jobStorePort } = await import(${JSON.stringify(src('adapters/job-store-port.ts'))});
    const { RecordingLogger } = await import(${JSON.stringify(src('runner/adapters/logger.ts'))});
    const log = new RecordingLogger();
    const store = jobStorePort({ runnerTemp: process.env.RUNNER_TEMP }, log);
    store.preparePlan();
    await store.uploadPlan(JSON.parse(process.env.PLAN));
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((m) => m.includes('@actions/artifact'));
    process.stdout.write('\\n' + JSON.stringify({ loaded, warnings: log.messages('warning') }));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: '', PLAN: JSON.stringify(plan) } },
  );
  // The last line: the runner's commands (the signed URL's mask) come before it.
  return JSON.parse(stdout.split('\n').at(-1)!) as { loaded: string[]; warnings: string[] };
}

describe('recovery plan artifacts', () => {
  it("post's upload loads no artifact client: the engine's uploader puts it where the supervisor reads it", async () => {
    // A run of its own: the other cases list every plan of theirs.
    const run = RUN + 1;
    Object.assign(process.env, stand.jobEnv(run, 7, 1));
    const plan = buildPlan(input('light', 1, { runId: run }));
    const { loaded, warnings } = await uploadInOwnProcess(plan);
    expect(warnings).toEqual([]);
    expect(loaded).toEqual([]);
    const stored = stand.results.artifacts.find((a) => a.name === 'ci-recovery-plan-light-a1');
    expect(stored?.finalized).toBe(true);
    const { plans, problems } = await adapter.downloadPlans({
      token: stand.token,
      runId: run,
      repo: REPO,
      tempDir: work,
    });
    expect(problems).toEqual([]);
    expect(plans).toEqual([plan]);
  }, 60_000);

  it('uploads per job attempt and downloads every plan of the run through REST', async () => {
    const log = new RecordingLogger();
    asJob(1, 1);
    const a1 = await adapter.uploadPlan(buildPlan(input('itest', 1)), log);
    expect(a1).toMatchObject({ uploaded: true, name: 'ci-recovery-plan-itest-a1' });
    asJob(2, 1);
    const m1 = await adapter.uploadPlan(
      buildPlan(input('unit (ubuntu, 20)', 1, { conclusion: 'success', failedSteps: [] })),
      log,
    );
    expect(m1).toMatchObject({ uploaded: true, name: 'ci-recovery-plan-unit_ubuntu_20_-a1' });
    asJob(1, 2);
    const a2 = await adapter.uploadPlan(
      buildPlan(input('itest', 2, { completedStages: ['deps', 'build', 'itest'], conclusion: 'success' })),
      log,
    );
    expect(a2).toMatchObject({ uploaded: true, name: 'ci-recovery-plan-itest-a2' });
    expect(log.messages('warning')).toEqual([]);

    // The raw JSON file went up as is (no zip).
    const stored = stand.results.artifacts.find((a) => a.name === 'ci-recovery-plan-itest-a1');
    expect(stored?.finalized).toBe(true);
    expect(stored?.mimeType).not.toBe('application/zip');

    const { plans, problems } = await adapter.downloadPlans({
      token: stand.token,
      runId: RUN,
      repo: REPO,
      logger: log,
      tempDir: work,
    });
    expect(problems).toEqual([]);
    expect(plans.map((p) => `${p.jobKey}#${p.attempt}`)).toEqual([
      'itest#1',
      'itest#2',
      'unit (ubuntu, 20)#1',
    ]);
    expect(plans[0]).toEqual(buildPlan({ ...input('itest', 1), createdAt: plans[0]!.createdAt }));
    expect(adapter.latestPlans(plans).map((p) => `${p.jobKey}#${p.attempt}`)).toEqual([
      'itest#2',
      'unit (ubuntu, 20)#1',
    ]);
    // Through the REST path (findBy), with the token.
    expect(
      stand.github.calls.some(
        (c) => c.route === '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts' && c.token === stand.token,
      ),
    ).toBe(true);
    expect(stand.github.validationErrors).toEqual([]);
  });

  it('skips, with a reason, plans that are corrupt or claim another run; ignores other artifacts', async () => {
    asJob(3, 1);
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const dir = await mkdtemp(path.join(work, 'raw-'));
    await writeFile(path.join(dir, 'ci-recovery-plan-corrupt-a1'), '{"schemaVersion": 1, "repo": 42');
    await client.uploadArtifact('x', [path.join(dir, 'ci-recovery-plan-corrupt-a1')], dir, {
      skipArchive: true,
    });
    await writeFile(path.join(dir, 'coverage-report'), 'not a plan');
    await client.uploadArtifact('x', [path.join(dir, 'coverage-report')], dir, { skipArchive: true });
    const log = new RecordingLogger();
    expect((await adapter.uploadPlan(buildPlan(input('liar', 1, { runId: 999 })), log)).uploaded).toBe(true);

    const { plans, problems } = await adapter.downloadPlans({
      token: stand.token,
      runId: RUN,
      repo: REPO,
      logger: log,
      tempDir: work,
    });
    expect(plans.map((p) => p.jobKey)).not.toContain('liar');
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(
      /'ci-recovery-plan-corrupt-a1' could not be read: recovery plan is not JSON/,
    );
    expect(problems.join('\n')).toMatch(
      /'ci-recovery-plan-liar-a1' says run 999 attempt 1: not this run's, skipped/,
    );
    expect(log.messages('warning')).toHaveLength(2);
  });

  it('upload is best-effort: a refused upload warns and returns uploaded=false', async () => {
    asJob(4, 1);
    stand.results.failNext('CreateArtifact', { status: 403, code: 'permission_denied', msg: 'nope' });
    const log = new RecordingLogger();
    const result = await adapter.uploadPlan(buildPlan(input('refused', 1)), log);
    expect(result).toEqual({ uploaded: false, name: 'ci-recovery-plan-refused-a1' });
    expect(log.messages('warning').join('\n')).toMatch(
      /could not upload the recovery plan 'ci-recovery-plan-refused-a1'/,
    );
  });

  it('a 403 at FinalizeArtifact: the plan goes up again under a fresh name and the supervisor reads it', async () => {
    asJob(6, 1);
    stand.results.refuseFinalize(1);
    const log = new RecordingLogger();
    const plan = buildPlan(input('finalize-refused', 1));
    const result = await adapter.uploadPlan(plan, log);
    expect(result).toMatchObject({ uploaded: true, name: 'ci-recovery-plan-finalize-refused-a1-r1' });
    expect(log.messages('warning')).toEqual([]);
    const { plans } = await adapter.downloadPlans({ token: stand.token, runId: RUN, repo: REPO });
    expect(plans.filter((p) => p.jobKey === 'finalize-refused')).toEqual([plan]);

    // Refused on every fresh name too: bounded, and reported as not uploaded.
    asJob(7, 1);
    stand.results.refuseFinalize(3);
    const again = await adapter.uploadPlan(buildPlan(input('always-refused', 1)), log);
    expect(again).toEqual({ uploaded: false, name: 'ci-recovery-plan-always-refused-a1' });
    expect(log.messages('warning').join('\n')).toMatch(/could not upload the recovery plan .*403/);
  });

  it('a token the API refuses gives no plans and a problem naming actions: read, never a throw', async () => {
    const log = new RecordingLogger();
    const { plans, problems } = await adapter.downloadPlans({
      token: 'ghs_wrong',
      runId: RUN,
      repo: REPO,
      logger: log,
      tempDir: work,
    });
    expect(consoleErrors.splice(0)).toEqual([
      expect.stringMatching(/^GET \/repos\/octo-org\/demo\/actions\/runs\/4100\/artifacts\?.* - 401 /),
    ]);
    expect(plans).toEqual([]);
    expect(problems.join('\n')).toMatch(/could not list the artifacts of run 4100 \(needs `actions: read`\)/);
  });
});
