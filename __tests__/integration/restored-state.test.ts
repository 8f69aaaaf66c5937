/**
 * A stage restored by main's resume skips itself on the record main keeps of that restore
 * (checkpoint/adapters/restored-state.ts: each restored directory's identity and ctime), without parsing
 * the checkpoint's manifest, and never while a restored file is gone: through the run phase with the real
 * process, checkpoint and restore code and a directory store. Attempt 1 installs a small tree (nested
 * directories, a symlink, an empty directory), checkpoints it before the build, and the build fails;
 * attempt 2 resumes, and its install step (whose command would fail) either skips or runs again.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  defaultManifestCache,
  openStore,
  resumeFromPreviousAttempt,
} from '../../src/checkpoint/adapters/index.js';
import { restoredStateHolds } from '../../src/checkpoint/adapters/restored-state.js';
import { recordsPort } from '../../src/adapters/records.js';
import { processPort, stageCheckpointPort, systemClock } from '../../src/adapters/run-step.js';
import { classify } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseJobEnv, type JobEnv } from '../../src/core/job-env.js';
import type { RunResult, RunSettings } from '../../src/core/run-step.js';
import { runPhase } from '../../src/phases/run.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { runSettings } from '../run-settings.js';
import { trustedIn } from '../trusted.js';

let tmp: string;
let config: Config;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'restored-state-'));
  config = {
    ...DEFAULT_CONFIG,
    // Every stage's checkpoint, however quick the stages (whether one pays: checkpoint-pays tests).
    checkpoint: { ...DEFAULT_CONFIG.checkpoint, store: `dir:${path.join(tmp, 'store')}`, when: 'always' },
  };
});
afterEach(async () => {
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
      HOME: path.join(tmp, 'home'),
    };
  }

  static async start(attempt: number): Promise<Attempt> {
    const ws = path.join(tmp, `ws${attempt}`);
    const rt = path.join(tmp, `rt${attempt}`);
    await mkdir(ws);
    await mkdir(rt);
    return new Attempt(attempt, ws, rt);
  }

  get env(): JobEnv {
    return parseJobEnv(this.vars, { cwd: this.workspace, tmpdir: this.vars.RUNNER_TEMP! });
  }

  get cache(): string {
    return defaultManifestCache(this.env)!;
  }

  async step(over: Partial<RunSettings>): Promise<RunResult> {
    const job = this.env;
    const runner = new RecordingRunner();
    this.runners.push(runner);
    const result = await runPhase(
      runSettings(over),
      job,
      { lane: 'STANDARD', branchKind: 'pr', config, windows: false },
      {
        runner,
        process: processPort({
          tempDir: path.join(job.runnerTemp, 'ci-recovery'),
          env: { PATH: process.env.PATH },
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

  async resume(): Promise<void> {
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
      manifestCache: this.cache,
    });
    expect(r.resumed).toBe(true);
    this.vars.CI_RECOVERY_COMPLETED_STAGES = r.completedStages.join(',');
    this.vars.CI_RECOVERY_RESTORED_STAGES = r.completedStages.join(',');
    this.vars.CI_RECOVERY_RESUMED_FROM = r.resumeFrom!;
    this.vars.CI_RECOVERY_RESUMED_STORE = config.checkpoint.store;
  }

  /** The cache's files of the resumed checkpoint that end with `suffix`. */
  async cached(suffix: string): Promise<string[]> {
    const id = this.vars.CI_RECOVERY_RESUMED_FROM!;
    return (await readdir(this.cache))
      .filter((n) => n.startsWith(`${id}.`) && n.endsWith(suffix))
      .map((n) => path.join(this.cache, n));
  }

  warnings(): string[] {
    return this.runners.flatMap((r) => r.log.messages('warning'));
  }
}

const INSTALL = [
  'mkdir -p deps/a/b deps/empty',
  'echo one > deps/a/b/one.txt',
  'echo two > deps/a/two.txt',
  'ln -s a deps/link',
  'echo top > deps/top.txt',
].join('\n');
/** What a skipped stage would have run: it fails, so a step that runs it is seen. */
const SKIP_OR_FAIL = { stage: 'install', run: 'exit 7', maxAttempts: 1 } as const;

/** Attempt 1 installs, checkpoints `deps` before the build, and the build fails; attempt 2 resumes. */
async function resumedSecondAttempt(): Promise<Attempt> {
  const a1 = await Attempt.start(1);
  expect((await a1.step({ stage: 'install', run: INSTALL })).success).toBe(true);
  const build = await a1.step({ stage: 'build', run: 'exit 1', checkpointPaths: ['deps'], maxAttempts: 1 });
  expect(build.success).toBe(false);
  const a2 = await Attempt.start(2);
  await a2.resume();
  expect(existsSync(path.join(a2.workspace, 'deps/a/b/one.txt'))).toBe(true);
  return a2;
}

test("main keeps a record of its restore, and the completed stage skips on it alone, without the checkpoint's manifest", async () => {
  const a2 = await resumedSecondAttempt();
  expect(await a2.cached('.restored.json')).toHaveLength(1);
  expect(await restoredStateHolds(a2.cache, a2.vars.CI_RECOVERY_RESUMED_FROM!, a2.workspace)).toBe(true);
  // Without the local manifest the full check cannot tell (and runs the stage again): the record can.
  for (const file of await a2.cached('.manifest.json')) await rm(file);
  const install = await a2.step(SKIP_OR_FAIL);
  expect(install).toMatchObject({ skipped: true, success: true });
  expect(a2.warnings()).toEqual([]);
});

describe('a restored entry gone since: the stage runs again, as the full check says', () => {
  it('a file deep in a restored directory removed', async () => {
    const a2 = await resumedSecondAttempt();
    await rm(path.join(a2.workspace, 'deps/a/b/one.txt'));
    expect(await restoredStateHolds(a2.cache, a2.vars.CI_RECOVERY_RESUMED_FROM!, a2.workspace)).toBe(false);
    const install = await a2.step(SKIP_OR_FAIL);
    expect(install.skipped).toBe(false);
    expect(a2.warnings().join('\n')).toMatch(/are no longer in the workspace \(deps\/a\/b\/one\.txt\)/);
  });

  it('a file replaced by a directory of the same name', async () => {
    const a2 = await resumedSecondAttempt();
    await rm(path.join(a2.workspace, 'deps/a/two.txt'));
    await mkdir(path.join(a2.workspace, 'deps/a/two.txt'));
    expect((await a2.step(SKIP_OR_FAIL)).skipped).toBe(false);
    expect(a2.warnings().join('\n')).toMatch(/\(deps\/a\/two\.txt\)/);
  });

  it('the whole tree removed and made again by other means (new directories, one file short)', async () => {
    const a2 = await resumedSecondAttempt();
    await rm(path.join(a2.workspace, 'deps'), { recursive: true });
    await mkdir(path.join(a2.workspace, 'deps/a/b'), { recursive: true });
    expect(await restoredStateHolds(a2.cache, a2.vars.CI_RECOVERY_RESUMED_FROM!, a2.workspace)).toBe(false);
    expect((await a2.step(SKIP_OR_FAIL)).skipped).toBe(false);
  });
});

describe('what the record cannot prove goes to the full check, which still lets a complete stage skip', () => {
  it('a file added into a restored directory (its ctime moved)', async () => {
    const a2 = await resumedSecondAttempt();
    await writeFile(path.join(a2.workspace, 'deps/a/b/new.txt'), 'added by a later step\n');
    expect(await restoredStateHolds(a2.cache, a2.vars.CI_RECOVERY_RESUMED_FROM!, a2.workspace)).toBe(false);
    expect(await a2.step(SKIP_OR_FAIL)).toMatchObject({ skipped: true, success: true });
    expect(a2.warnings()).toEqual([]);
  });

  it('a record that does not parse, or names paths that climb out', async () => {
    const a2 = await resumedSecondAttempt();
    const [record] = await a2.cached('.restored.json');
    await writeFile(record!, '{"format":1,"dirs":[["../../etc","1","2","3"]]');
    expect(await restoredStateHolds(a2.cache, a2.vars.CI_RECOVERY_RESUMED_FROM!, a2.workspace)).toBe(false);
    expect(await a2.step(SKIP_OR_FAIL)).toMatchObject({ skipped: true, success: true });
  });
});

test('a step that fills paths outside the workspace is not proved by the record: its roots are checked', async () => {
  const a2 = await resumedSecondAttempt();
  for (const file of await a2.cached('.manifest.json')) await rm(file);
  // The record holds, but ~/.m2 is this stage's too: without the manifest it cannot be told, so it runs.
  const install = await a2.step({ ...SKIP_OR_FAIL, cachePaths: ['~/.m2'] });
  expect(install.skipped).toBe(false);
});
