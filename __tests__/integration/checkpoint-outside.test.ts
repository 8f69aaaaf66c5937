/**
 * Paths outside the workspace (`cache-paths`), through the run phase with the real process, checkpoint
 * and restore code and a directory store: a stage installs into `~/.m2` (HOME is a temp directory), the
 * next stage's checkpoint saves it as a root, attempt 2 starts from an empty workspace and an emptied
 * `~/.m2` at the same place, main's resume restores the workspace, the install step (naming `~/.m2`)
 * restores `~/.m2` and skips itself, and the build
 * finds its packages. When `~/.m2` was not checkpointed, the install stage runs again instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  defaultManifestCache,
  openStore,
  resumeFromPreviousAttempt,
} from '../../src/checkpoint/adapters/index.js';
import { recordsPort } from '../../src/adapters/records.js';
import { processPort, stageCheckpointPort, systemClock } from '../../src/adapters/run-step.js';
import { classify } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import type { RunResult, RunSettings } from '../../src/core/run-step.js';
import { runPhase } from '../../src/phases/run.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { runSettings } from '../run-settings.js';
import { trustedIn } from '../trusted.js';

let tmp: string;
let home: string;
let config: Config;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ckpt-outside-'));
  home = path.join(tmp, 'home');
  await mkdir(home);
  config = {
    ...DEFAULT_CONFIG,
    // Every stage's checkpoint, however quick the stages (whether one pays: checkpoint-pays tests).
    checkpoint: { ...DEFAULT_CONFIG.checkpoint, store: `dir:${path.join(tmp, 'store')}`, when: 'always' },
  };
});
afterEach(async () => {
  // Off a runner a checkpoint's job-wide variables go to this process: they belong to no other test.
  for (const k of Object.keys(process.env)) if (k.startsWith('CI_RECOVERY_')) delete process.env[k];
  await rm(tmp, { recursive: true, force: true });
});

/** One job attempt: its workspace, RUNNER_TEMP, and the job-wide variables its steps leave each other. */
class Attempt {
  readonly vars: Record<string, string>;
  readonly runners: RecordingRunner[] = [];
  constructor(
    readonly attempt: number,
    readonly workspace: string,
    runnerTemp: string,
  ) {
    this.vars = {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_JOB: 'build',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      HOME: home,
    };
  }

  static async start(attempt: number): Promise<Attempt> {
    const ws = path.join(tmp, `ws${attempt}`);
    const rt = path.join(tmp, `rt${attempt}`);
    await mkdir(ws);
    await mkdir(rt);
    return new Attempt(attempt, ws, rt);
  }

  get env() {
    return parseJobEnv(this.vars, { cwd: this.workspace, tmpdir: this.vars.RUNNER_TEMP! });
  }

  /** A `run/` step, with the real ports; its exported variables reach the next step. */
  async step(over: Partial<RunSettings>): Promise<RunResult> {
    const job = this.env;
    const runner = new RecordingRunner();
    this.runners.push(runner);
    const settings = runSettings({ ...over });
    const result = await runPhase(
      settings,
      job,
      { lane: 'STANDARD', branchKind: 'pr', config, windows: false },
      {
        runner,
        process: processPort({
          tempDir: path.join(job.runnerTemp, 'ci-recovery'),
          env: {
            PATH: process.env.PATH,
            HOME: home,
            GITHUB_WORKSPACE: this.workspace,
            GITHUB_RUN_ATTEMPT: String(this.attempt),
          },
          onOutput: () => undefined,
        }),
        checkpoint: stageCheckpointPort({ config, token: '', logger: runner.log, job }),
        records: recordsPort(job),
        classify: (signals) => classify(signals),
        clock: systemClock,
      },
    );
    Object.assign(this.vars, Object.fromEntries(runner.exported));
    return result;
  }

  /** Main's resume of the previous attempt: the workspace checkpoint (a run/ step restores its roots). */
  async resume(): Promise<void> {
    const job = this.env;
    const store = await openStore(config.checkpoint.store, { runId: '9', cwd: this.workspace });
    const runner = new RecordingRunner();
    this.runners.push(runner);
    const r = await resumeFromPreviousAttempt({
      store,
      trusted: await trustedIn(store),
      runId: '9',
      attempt: this.attempt,
      job: 'build',
      workspace: this.workspace,
      logger: runner.log,
      manifestCache: defaultManifestCache(job)!,
    });
    expect(r.resumed).toBe(true);
    this.vars.CI_RECOVERY_COMPLETED_STAGES = r.completedStages.join(',');
    this.vars.CI_RECOVERY_RESTORED_STAGES = r.completedStages.join(',');
    this.vars.CI_RECOVERY_RESUMED_FROM = r.resumeFrom!;
    this.vars.CI_RECOVERY_RESUMED_STORE = config.checkpoint.store;
  }

  warnings(): string[] {
    return this.runners.flatMap((r) => r.log.messages('warning'));
  }
}

const INSTALL = [
  'mkdir -p ~/.m2/repository/org/lib',
  'echo "lib 1.0 installed in attempt $GITHUB_RUN_ATTEMPT" > ~/.m2/repository/org/lib/lib.jar',
  'echo "<project/>" > pom.xml',
].join('\n');
// The build needs the installed package: it fails without ~/.m2.
const BUILD = 'cat ~/.m2/repository/org/lib/lib.jar && cat pom.xml > built.txt';
const m2 = (): string => path.join(home, '.m2');

/**
 * Attempt 1: install (filling ~/.m2), the stages of `more` that pass, then the build's checkpoint, then the
 * build fails.
 */
async function failedFirstAttempt(more: Partial<RunSettings>[] = []): Promise<Attempt> {
  const a1 = await Attempt.start(1);
  expect((await a1.step({ stage: 'install', run: INSTALL, cachePaths: ['~/.m2'] })).success).toBe(true);
  for (const step of more) expect((await a1.step(step)).success).toBe(true);
  const build = await a1.step({
    stage: 'build',
    run: 'exit 1',
    checkpointPaths: ['pom.xml'],
    maxAttempts: 1,
  });
  expect(build.success).toBe(false);
  return a1;
}

test('a stage that installed into ~/.m2 resumes: ~/.m2 comes back to the same place, the later stage succeeds', async () => {
  await failedFirstAttempt();
  // A fresh runner: an empty workspace, and the same HOME without ~/.m2.
  await rm(m2(), { recursive: true });
  const a2 = await Attempt.start(2);
  await a2.resume();
  // Main restores the workspace only: what lies outside it goes back when a step names it.
  expect(existsSync(m2())).toBe(false);
  // The install would fail if it ran: it restores ~/.m2 from the checkpoint and skips itself.
  const install = await a2.step({ stage: 'install', run: 'exit 7', cachePaths: ['~/.m2'] });
  expect(install).toMatchObject({ skipped: true, success: true });
  expect(readFileSync(path.join(m2(), 'repository/org/lib/lib.jar'), 'utf8')).toBe(
    'lib 1.0 installed in attempt 1\n',
  );
  const build = await a2.step({ stage: 'build', run: BUILD });
  expect(build.success).toBe(true);
  expect(await readFile(path.join(a2.workspace, 'built.txt'), 'utf8')).toBe('<project/>\n');
  expect(a2.warnings()).toEqual([]);
});

test('when ~/.m2 was not checkpointed (reached through a link), the install stage runs again instead of skipping', async () => {
  // Attempt 1's ~/.m2 is a link to elsewhere: a root is never saved through a link.
  const elsewhere = path.join(tmp, 'elsewhere');
  await mkdir(elsewhere);
  await symlink(elsewhere, m2());
  const a1 = await failedFirstAttempt();
  expect(a1.warnings()).toEqual([
    expect.stringMatching(
      /~\/\.m2 not checkpointed \(.*is a symbolic link.*\): stage\(s\) install run again/,
    ),
  ]);
  await rm(m2());
  const a2 = await Attempt.start(2);
  await a2.resume();
  expect(existsSync(m2())).toBe(false);
  const install = await a2.step({ stage: 'install', run: INSTALL, cachePaths: ['~/.m2'] });
  expect(install).toMatchObject({ skipped: false, success: true });
  expect(a2.warnings()).toEqual([
    "ci-recovery: stage 'install' fills ~/.m2, which the checkpoint did not bring back: it runs again.",
  ]);
  expect((await a2.step({ stage: 'build', run: BUILD })).success).toBe(true);
  expect(readFileSync(path.join(m2(), 'repository/org/lib/lib.jar'), 'utf8')).toBe(
    'lib 1.0 installed in attempt 2\n',
  );
});

test('a root removed after its restore (by a later step) is restored again by the next step naming it', async () => {
  // Two stages fill ~/.m2: the install, and a plugin download after it.
  await failedFirstAttempt([{ stage: 'plugins', run: 'true', cachePaths: ['~/.m2'] }]);
  await rm(m2(), { recursive: true });
  const a2 = await Attempt.start(2);
  await a2.resume();
  const install = await a2.step({ stage: 'install', run: 'exit 7', cachePaths: ['~/.m2'] });
  expect(install.skipped).toBe(true);
  // A later step removes it; a stage that needs it and names it restores it again rather than skip blind.
  await rm(path.join(m2(), 'repository'), { recursive: true });
  const plugins = await a2.step({ stage: 'plugins', run: 'exit 7', cachePaths: ['~/.m2'] });
  expect(plugins.skipped).toBe(true);
  expect(existsSync(path.join(m2(), 'repository/org/lib/lib.jar'))).toBe(true);
});

test('a root not named by the step is never restored, and its stage does not skip without it', async () => {
  await failedFirstAttempt();
  await rm(m2(), { recursive: true });
  const a2 = await Attempt.start(2);
  await a2.resume();
  // The same stage, but this step does not name ~/.m2: nothing goes back outside the workspace.
  const install = await a2.step({ stage: 'install', run: INSTALL });
  expect(install.skipped).toBe(false);
  expect(a2.warnings()).toContain('ci-recovery: ~/.m2 was not restored: stage(s) install run again.');
  expect(readFileSync(path.join(m2(), 'repository/org/lib/lib.jar'), 'utf8')).toBe(
    'lib 1.0 installed in attempt 2\n',
  );
});

test('a cache path that is not a named cache fails the step before anything runs, naming the fix', async () => {
  const a1 = await Attempt.start(1);
  for (const bad of ['/', '~', '~/', '/etc/ssl', '~/../x', '~/.cache/*'])
    await expect(a1.step({ stage: 'install', run: 'touch ran', cachePaths: [bad] })).rejects.toThrow(
      /cache-paths: '.*'/,
    );
  expect(existsSync(path.join(a1.workspace, 'ran'))).toBe(false);
});

test("each step restores only its own roots: another stage's root waits for that stage's step", async () => {
  const a1 = await Attempt.start(1);
  await a1.step({ stage: 'install', run: INSTALL, cachePaths: ['~/.m2'] });
  await a1.step({
    stage: 'tools',
    run: 'mkdir -p ~/.tools && echo v1 > ~/.tools/tool',
    cachePaths: ['~/.tools'],
  });
  await a1.step({ stage: 'build', run: 'exit 1', checkpointPaths: ['pom.xml'], maxAttempts: 1 });
  await rm(m2(), { recursive: true });
  await rm(path.join(home, '.tools'), { recursive: true });
  const a2 = await Attempt.start(2);
  await a2.resume();
  expect((await a2.step({ stage: 'install', run: 'exit 7', cachePaths: ['~/.m2'] })).skipped).toBe(true);
  expect(existsSync(path.join(home, '.tools'))).toBe(false);
  expect((await a2.step({ stage: 'tools', run: 'exit 7', cachePaths: ['~/.tools'] })).skipped).toBe(true);
  expect(readFileSync(path.join(home, '.tools/tool'), 'utf8')).toBe('v1\n');
  expect(a2.warnings()).toEqual([]);
});
