/** Main through its ports, no stand: the lane's three sources, resume, and what later steps are told. */
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import type { RunContext } from '../../src/core/event.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { MainSettings } from '../../src/core/prepare.js';
import type { Change } from '../../src/core/lanes.js';
import { main, type MainPorts } from '../../src/phases/main.js';
import { RecordingWorkspaceGit } from '../../src/ports/workspace-git.js';
import { RecordingJobGitHub } from '../../src/ports/job-github.js';
import { RecordingJobFiles } from '../../src/ports/job-files.js';
import { RecordingResume } from '../../src/ports/job-store.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const NOW = new Date('2026-03-04T05:06:07Z');
const env = (attempt = '1') =>
  parseJobEnv(
    {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: attempt,
      GITHUB_JOB: 'build',
      GITHUB_WORKSPACE: '/w',
    },
    { cwd: '/w', tmpdir: '/tmp' },
  );
const settings = (extra: Partial<MainSettings> = {}) => ({
  configPath: '.github/ci-recovery.yml',
  store: 'artifact',
  resume: true,
  comment: 'on-failure' as const,
  summary: 'on-failure' as const,
  jobId: '9',
  ...extra,
});
const pullRequest: RunContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/5/merge',
  sha: 'abc',
  pr: { number: 5, baseRef: 'main', labels: ['ci:heavy'], fromFork: false },
};

function ports(parts: Partial<MainPorts> & { context?: RunContext } = {}) {
  const runner = new RecordingRunner();
  const git = new RecordingWorkspaceGit();
  const resume = new RecordingResume();
  return {
    runner,
    git,
    resume,
    files: new RecordingJobFiles({ ...(parts.context ? { context: parts.context } : {}) }),
    ...parts,
  } as MainPorts & { runner: RecordingRunner; git: RecordingWorkspaceGit; resume: RecordingResume };
}

describe('phase main: the lane', () => {
  it('takes the lane input as given, without reading the change', async () => {
    const p = ports({ git: new RecordingWorkspaceGit(new Error('must not be asked')) });
    const prepared = await main(settings({ lane: 'DOCS' }), env(), p, NOW);
    expect(prepared.lane).toEqual({ lane: 'DOCS', reason: "set by the 'lane' input" });
    expect(p.git.bases).toEqual([]);
    expect(p.runner.outputs.get('lane')).toBe('DOCS');
    expect(p.runner.exported.get('CI_RECOVERY_LANE')).toBe('DOCS');
    expect(JSON.parse(p.runner.state.get('lane') ?? '')).toEqual(prepared.lane);
  });

  it('decides from the change against the PR base, with the labels the API and the event give', async () => {
    const github = new RecordingJobGitHub({ change: { labels: ['from-api'] } });
    const p = ports({
      context: pullRequest,
      git: new RecordingWorkspaceGit({ files: ['README.md'], changedLines: 3 }),
      github,
    });
    const prepared = await main(settings(), env(), p, NOW);
    expect(p.git.bases).toEqual(['main']);
    expect(github.asked.pullChange).toEqual([5]);
    // README.md alone is DOCS, but the event's 'ci:heavy' label makes it HEAVY.
    expect(prepared.lane.lane).toBe('HEAVY');
    expect(prepared.lane.reason).toMatch(/ci:heavy/);
  });

  it("asks the API for the pull request's change while git's answer is still due", async () => {
    const github = new RecordingJobGitHub({ change: { labels: ['from-api'] } });
    let apiAskedBeforeGitAnswered: boolean | undefined;
    // git answers only once it is seen whether the API was asked meanwhile (on the next turn at the latest).
    const git = new (class extends RecordingWorkspaceGit {
      override async change(base: string) {
        const answer = super.change(base);
        await new Promise((r) => setImmediate(r));
        apiAskedBeforeGitAnswered = github.asked.pullChange.length > 0;
        return answer;
      }
    })({ files: ['README.md'], changedLines: 3 });
    const prepared = await main(settings(), env(), ports({ context: pullRequest, git, github }), NOW);
    expect(apiAskedBeforeGitAnswered).toBe(true);
    // Both answers still count: git's files (README.md), the API's and the event's labels.
    expect(prepared.lane.lane).toBe('HEAVY');
    expect(github.asked.pullChange).toEqual([5]);
  });

  it("ends git's search for a base its clone lacks once the API has listed the PR's files", async () => {
    const unlabelled: RunContext = { ...pullRequest, pr: { ...pullRequest.pr!, labels: [] } };
    const github = new RecordingJobGitHub({ change: { files: ['docs/a.md'], changedLines: 2, labels: [] } });
    // git's one diff refused (a depth-1 clone of the PR); its search (fetches) would find src/x.ts.
    const git = new RecordingWorkspaceGit(
      { unknownBecause: 'no base here' },
      { files: ['src/x.ts'], changedLines: 1 },
    );
    const prepared = await main(settings(), env(), ports({ context: unlabelled, git, github }), NOW);
    expect(git.searchesEnded).toEqual([true]);
    expect(prepared.lane).toEqual({ lane: 'DOCS', reason: 'all 1 changed files are docs' });
  });

  it("lets git search on where the API's list is not git's: renames, a short list, another base (review)", async () => {
    const unlabelled: RunContext = { ...pullRequest, pr: { ...pullRequest.pr!, labels: [] } };
    const cases: { change: Change; over?: Partial<MainSettings> }[] = [
      // A 3,000-line file moved into docs/: git (no renames) counts 6,000 lines, HEAVY; the API counts none.
      {
        change: {
          files: ['docs/engine.md', 'src/engine.ts'],
          changedLines: 0,
          labels: [],
          notAsGit: '1 renamed file(s): git counts their lines, the API does not',
        },
      },
      {
        change: {
          files: ['docs/a.md'],
          changedLines: 2,
          labels: [],
          notAsGit: 'the API listed 1 of 2 files',
        },
      },
      // The user's base-ref: the API lists the PR against the PR's own base.
      { change: { files: ['docs/a.md'], changedLines: 2, labels: [] }, over: { baseRef: 'release' } },
    ];
    for (const { change, over } of cases) {
      const github = new RecordingJobGitHub({ change });
      const git = new RecordingWorkspaceGit(
        { unknownBecause: 'no base here' },
        { files: ['docs/engine.md', 'src/engine.ts'], changedLines: 6000 },
      );
      const prepared = await main(settings(over), env(), ports({ context: unlabelled, git, github }), NOW);
      expect(git.searchesEnded).toEqual([false]);
      expect(prepared.lane.lane).toBe('HEAVY');
    }
  });

  it('lets git search on when the API did not list the files (past its limit, or refused)', async () => {
    const unlabelled: RunContext = { ...pullRequest, pr: { ...pullRequest.pr!, labels: [] } };
    for (const change of [
      { unknownBecause: 'past 3,000 files', changedLines: 9 },
      { unknownBecause: '403' },
    ]) {
      const github = new RecordingJobGitHub({ change });
      const git = new RecordingWorkspaceGit(
        { unknownBecause: 'no base here' },
        { files: ['docs/a.md'], changedLines: 1 },
      );
      const prepared = await main(settings(), env(), ports({ context: unlabelled, git, github }), NOW);
      expect(git.searchesEnded).toEqual([false]);
      expect(prepared.lane.lane).toBe('DOCS');
    }
  });

  it('a docs-only change is DOCS; the base input wins over the event', async () => {
    const unlabelled: RunContext = { ...pullRequest, pr: { ...pullRequest.pr!, labels: [] } };
    const p = ports({
      context: unlabelled,
      git: new RecordingWorkspaceGit({ files: ['docs/a.md'], changedLines: 1 }),
    });
    const prepared = await main(settings({ baseRef: 'release' }), env(), p, NOW);
    expect(p.git.bases).toEqual(['release']);
    expect(prepared.lane.lane).toBe('DOCS');
  });

  it('falls back to STANDARD with a warning when the change cannot be read at all', async () => {
    const p = ports({
      context: pullRequest,
      git: new RecordingWorkspaceGit(new Error('git is not installed')),
    });
    const prepared = await main(settings(), env(), p, NOW);
    expect(prepared.lane).toEqual({
      lane: 'STANDARD',
      reason: 'the change could not be read (git is not installed)',
    });
    expect(p.runner.log.messages('warning')).toEqual([
      'ci-recovery: lane STANDARD: the change could not be read (git is not installed)',
    ]);
    expect(p.runner.failed).toBeUndefined();
  });
});

describe('phase main: resume', () => {
  it('does not resume on a first attempt', async () => {
    const p = ports();
    const prepared = await main(settings(), env('1'), p, NOW);
    expect(p.resume.asked).toEqual([]);
    expect(prepared.resumed).toEqual({ resumed: false, completedStages: [] });
    expect(p.runner.outputs.get('resumed')).toBe('false');
  });

  it('skips the resume before checkout, with the warning, and restores nothing', async () => {
    const resume = new RecordingResume({ problem: 'the workspace /w is not a clone of o/r yet' });
    const p = ports({ resume });
    const prepared = await main(settings(), env('2'), p, NOW);
    expect(resume.asked).toEqual([]);
    expect(prepared.resumed.resumed).toBe(false);
    expect(p.runner.log.messages('warning')).toContain(
      'ci-recovery: not resuming: the workspace /w is not a clone of o/r yet',
    );
    expect(p.runner.exported.get('CI_RECOVERY_COMPLETED_STAGES')).toBe('');
    expect(p.runner.exported.has('CI_RECOVERY_RESUMED_FROM')).toBe(false);
  });

  it("restores the previous attempt's checkpoint of this job and tells later steps", async () => {
    const resume = new RecordingResume({
      resumed: {
        resumed: true,
        resumeFrom: 'ck-1',
        store: 'artifact',
        completedStages: ['deps', 'build'],
        stageDurations: { deps: 90_000, build: 150_000 },
      },
    });
    const p = ports({ resume });
    await main(settings(), env('3'), p, NOW);
    expect(resume.asked).toEqual([{ runId: '77', attempt: 3, job: 'build' }]);
    expect(Object.fromEntries(p.runner.outputs)).toMatchObject({
      attempt: '3',
      resumed: 'true',
      'resume-from': 'ck-1',
      'checkpoint-id': 'ck-1',
      'completed-stages': 'deps,build',
      'config-file': '',
    });
    expect(Object.fromEntries(p.runner.exported)).toEqual({
      CI_RECOVERY_LANE: 'STANDARD',
      // The config goes by a file (one environment string is at most 128 KiB on Linux).
      CI_RECOVERY_CONFIG_FILE: '/tmp/rt/ci-recovery/effective-config.json',
      CI_RECOVERY_COMPLETED_STAGES: 'deps,build',
      // Only these may be skipped: a stage completed in this attempt never skips a later step of its name.
      CI_RECOVERY_RESTORED_STAGES: 'deps,build',
      // How long they took in the earlier attempt, for post's "time saved".
      CI_RECOVERY_STAGE_DURATIONS: '{"deps":90000,"build":150000}',
      CI_RECOVERY_LAST_CHECKPOINT: 'ck-1',
      CI_RECOVERY_RESUMED_FROM: 'ck-1',
      // The next checkpoint chains onto ck-1 only in the store ck-1 came from.
      CI_RECOVERY_LAST_CHECKPOINT_STORE: 'artifact',
      // A run/ step naming cache-paths restores them from the same checkpoint, in the same store.
      CI_RECOVERY_RESUMED_STORE: 'artifact',
    });
  });

  it("hands the resume only what the run's records name", async () => {
    const trusted = new Map([['ck-1', 'c'.repeat(64)]]);
    const resume = new RecordingResume({ named: { trusted } });
    await main(settings(), env('2'), ports({ resume }), NOW);
    expect(resume.trustedBy).toEqual([trusted]);
  });

  it("resumes from nothing, saying so in one line, when the run's records cannot be read", async () => {
    const resume = new RecordingResume({
      named: { unreadable: "there is no token to read the run's artifacts with" },
      resumed: { resumed: true, resumeFrom: 'planted', completedStages: ['build', 'test'] },
    });
    const p = ports({ resume });
    const prepared = await main(settings(), env('2'), p, NOW);
    expect(resume.asked).toEqual([]);
    expect(prepared.resumed).toEqual({ resumed: false, completedStages: [] });
    const said = p.runner.log.messages('warning').filter((m) => m.includes('not resuming'));
    expect(said).toEqual([expect.stringContaining('there is no token to read the run')]);
    expect(said[0]).toContain('never resumed from');
    expect(p.runner.outputs.get('completed-stages')).toBe('');
  });

  it('does not resume when the resume input is off', async () => {
    const p = ports();
    await main(settings({ resume: false }), env('2'), p, NOW);
    expect(p.resume.asked).toEqual([]);
  });
});

describe('phase main: state for post', () => {
  it('records its own start for post (no stage of ours runs at set-up), and the settings without the job id', async () => {
    const p = ports();
    const prepared = await main(settings({ comment: 'never' }), env(), p, NOW);
    expect(prepared.start.startedAt).toBe(NOW.toISOString());
    expect(JSON.parse(p.runner.state.get('job-start') ?? '')).toMatchObject({
      startedAt: NOW.toISOString(),
      jobId: '9',
      identity: 'build',
    });
    expect(JSON.parse(p.runner.state.get('settings') ?? '')).toEqual({
      configPath: '.github/ci-recovery.yml',
      store: 'artifact',
      resume: true,
      comment: 'never',
      summary: 'on-failure',
    });
    expect(p.runner.log.messages('info')).toContain(
      "ci-recovery: job build (checkpoints as 'build') of run 77, attempt 1",
    );
  });

  it('a bad config throws (the entry fails the step); the default path also takes the .yaml spelling', async () => {
    const files = new RecordingJobFiles({ config: new Error('ci.yml:1:1: unknown key') });
    await expect(main(settings({ configPath: 'ci.yml' }), env(), ports({ files }), NOW)).rejects.toThrow(
      'unknown key',
    );
    expect(files.configsAsked).toEqual(['ci.yml']);
    const defaults = new RecordingJobFiles();
    await main(settings(), env(), ports({ files: defaults }), NOW);
    expect(defaults.configsAsked).toEqual([undefined]);
  });

  it('hands the effective config to later steps by a file, never in one environment variable', async () => {
    const files = new RecordingJobFiles();
    const p = ports({ files });
    await main(settings(), env(), p, NOW);
    expect(files.saved).toEqual(DEFAULT_CONFIG);
    expect(p.runner.exported.get('CI_RECOVERY_CONFIG_FILE')).toBe(
      '/tmp/rt/ci-recovery/effective-config.json',
    );
    expect([...p.runner.exported.values()].every((v) => v.length < 1024)).toBe(true);
    // Saving fails: a warning, no path exported, and later steps read the config file again.
    const failing = ports({ files: new RecordingJobFiles({ failSave: new Error('ENOSPC: no space left') }) });
    await main(settings(), env(), failing, NOW);
    expect(failing.runner.exported.has('CI_RECOVERY_CONFIG_FILE')).toBe(false);
    expect(failing.runner.log.messages('warning')).toEqual([
      expect.stringContaining('could not save the effective config for later steps (ENOSPC: no space left)'),
    ]);
  });
});

describe('phase main: text from a manifest', () => {
  it('refuses completed stage names that are not stage names: never printed, never in an output', async () => {
    const planted = 'build\n::error title=x::planted\n::add-mask::ghs_x';
    const resume = new RecordingResume({
      resumed: {
        resumed: true,
        resumeFrom: 'ck-1',
        completedStages: [planted, 'test', 'lint,deploy'],
        stageDurations: { [planted]: 1, test: 2_000 },
      },
    });
    const p = ports({ resume });
    await main(settings(), env('2'), p, NOW);
    expect(p.runner.outputs.get('completed-stages')).toBe('test');
    expect(p.runner.exported.get('CI_RECOVERY_COMPLETED_STAGES')).toBe('test');
    expect(p.runner.exported.get('CI_RECOVERY_RESTORED_STAGES')).toBe('test');
    expect(p.runner.exported.get('CI_RECOVERY_STAGE_DURATIONS')).toBe('{"test":2000}');
    const logged = p.runner.log.records.map((r) => r.message).join('\n');
    expect(logged).not.toContain('::error');
    expect(logged).not.toContain('add-mask');
    expect(p.runner.log.messages('warning')).toEqual([
      expect.stringMatching(/^ci-recovery: 2 completed stage name\(s\) .* refused \(not printed\)/),
    ]);
  });
});
