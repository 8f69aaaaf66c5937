/** The checkpoint phase through in-memory ports: no disk, no runner, no network. */
import type { CheckpointInputs, JobContext } from '../../src/checkpoint/index.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { LAST_CHECKPOINT_ENV, LAST_CHECKPOINT_STORE_ENV } from '../../src/core/state-keys.js';
import { checkpointPhase, type CheckpointPorts } from '../../src/phases/checkpoint.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { MemoryStore } from '../../src/checkpoint/index.js';
import { MemoryWorkspace } from '../../src/checkpoint/index.js';
import { manifestDigest } from '../../src/checkpoint/adapters/digest.js';

const env = parseJobEnv(
  {
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '7',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_WORKSPACE: '/ws',
    RUNNER_TEMP: '/rt',
  },
  { cwd: '/ws', tmpdir: '/tmp' },
);

function world(files: Record<string, string> = { 'src/a.txt': 'a', 'src/b.txt': 'b', 'README.md': 'r' }) {
  const store = new MemoryStore();
  const opened: { spec: string; ctx: JobContext; retentionDays?: number }[] = [];
  const ports = {
    runner: new RecordingRunner(),
    workspace: new MemoryWorkspace(files),
    records: new RecordingRecords(),
    config: () => Promise.resolve({ store: 'artifact', paths: [], retentionDays: 5 }),
    openStore: (spec: string, ctx: JobContext, _token: string, retentionDays?: number) => {
      opened.push({ spec, ctx, ...(retentionDays ? { retentionDays } : {}) });
      return Promise.resolve(store);
    },
    now: () => new Date('2026-01-01T00:00:00Z'),
  } satisfies CheckpointPorts;
  return { store, opened, ports };
}

const inputs =
  (over: Partial<CheckpointInputs> = {}) =>
  (seen: Partial<CheckpointInputs>): CheckpointInputs =>
    Object.assign(seen, {
      paths: ['src'],
      ifNoFilesFound: 'warn' as const,
      stage: 'build',
      name: '',
      store: '',
      full: false,
      exclude: [],
      includeHidden: false,
      token: 't',
      ...over,
    });

test("saves the job's checkpoint, chains the next one onto it, and writes its outputs and record", async () => {
  const { store, opened, ports } = world();
  const r = await checkpointPhase(inputs(), env, ports);
  const id = 'ci-recovery-ckpt-r7-build-a2-build-001';
  expect(r).toMatchObject({ outcome: 'success', failed: false });
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatchObject({ spec: 'artifact', ctx: { job: 'build', runId: '7' }, retentionDays: 5 });
  expect(Object.fromEntries(ports.runner.outputs)).toMatchObject({
    'checkpoint-id': id,
    kind: 'full',
    incremental: 'false',
    files: '2',
    bytes: '2',
  });
  expect(ports.runner.exported.get(LAST_CHECKPOINT_ENV)).toBe(id);
  const saved = await store.getManifest(id);
  expect(saved.entries.map((e) => e.path)).toEqual(['src/a.txt', 'src/b.txt']);
  expect(saved).toMatchObject({ stage: 'build', job: 'build', runId: '7', attempt: 2 });
  expect(ports.records.written).toEqual([
    expect.objectContaining({
      kind: 'checkpoint',
      step: 'checkpoint build',
      outcome: 'success',
      checkpointId: id,
      // What post names in the run's record, so that a re-run trusts this checkpoint (and no planted one).
      checkpointDigest: manifestDigest(saved),
    }),
  ]);
  expect(ports.runner.log.messages('warning')).toEqual([]);
});

test.each([
  ['warn', 'warning', false],
  ['error', 'error', true],
  ['ignore', 'info', false],
] as const)('paths that match nothing with if-no-files-found: %s', async (mode, level, failed) => {
  const { store, ports } = world();
  const r = await checkpointPhase(inputs({ paths: ['missing', 'gone/*'], ifNoFilesFound: mode }), env, ports);
  expect(r).toMatchObject({ outcome: 'failure', failed });
  const said = ports.runner.log.records.filter((l) =>
    l.message.includes("no checkpoint saved for stage 'build'"),
  );
  expect(said.map((l) => l.level)).toEqual([level]);
  expect(said[0]!.message).toContain("No files match the checkpoint paths 'missing', 'gone/*' in /ws");
  // Nothing was saved, chained or output but an empty id.
  expect(store.calls).toEqual([]);
  expect(ports.workspace.calls).toEqual([]);
  expect(ports.runner.exported.size).toBe(0);
  expect(Object.fromEntries(ports.runner.outputs)).toEqual({ 'checkpoint-id': '' });
  // Only `error` fails the step; a warning's record says so, so post does not call the job failed.
  expect(ports.records.written[0]).toMatchObject({
    outcome: 'failure',
    outputs: { 'checkpoint-id': '' },
    stepFailed: failed,
  });
});

test('a bad input or a failing store only warns, naming the stage read before it', async () => {
  const { ports } = world();
  const bad = (seen: Partial<CheckpointInputs>): CheckpointInputs => {
    seen.ifNoFilesFound = 'error';
    seen.stage = 'deps';
    throw new Error("Input 'retention-days' must be a whole number from 1 to 90, got 'x'.");
  };
  expect(await checkpointPhase(bad, env, ports)).toMatchObject({ outcome: 'failure', failed: false });
  expect(ports.runner.log.messages('warning')).toEqual([
    "ci-recovery: no checkpoint saved for stage 'deps': Input 'retention-days' must be a whole number from 1 to 90, got 'x'. The job goes on without it.",
  ]);

  const broken = world();
  broken.ports.openStore = () => Promise.reject(new Error('disk full'));
  expect(await checkpointPhase(inputs({ ifNoFilesFound: 'error' }), env, broken.ports)).toMatchObject({
    failed: false,
  });
  expect(broken.ports.runner.log.messages('warning')[0]).toMatch(
    /stage 'build': disk full\. The job goes on/,
  );
});

test('fail-on-error: a failing store or a bad input after it fails the step, with the reason', async () => {
  const broken = world();
  broken.ports.openStore = () => Promise.reject(new Error('disk full'));
  const r = await checkpointPhase(inputs({ failOnError: true }), env, broken.ports);
  expect(r).toMatchObject({ outcome: 'failure', failed: true });
  expect(broken.ports.runner.log.messages('error')).toEqual([
    "ci-recovery: no checkpoint saved for stage 'build': disk full ('fail-on-error: true').",
  ]);
  expect(broken.ports.records.written[0]).toMatchObject({ outcome: 'failure', stepFailed: true });

  const { ports } = world();
  const bad = (seen: Partial<CheckpointInputs>): CheckpointInputs => {
    seen.failOnError = true;
    seen.stage = 'deps';
    throw new Error("Input 'retention-days' must be a whole number from 1 to 90, got 'x'.");
  };
  expect(await checkpointPhase(bad, env, ports)).toMatchObject({ failed: true });
  expect(ports.runner.log.messages('warning')).toEqual([]);
});

test('paths that match nothing beside ones that do are named; a record that cannot be written warns', async () => {
  const { ports } = world();
  const failing = { ...ports, records: new RecordingRecords(new Error('read-only')) };
  const r = await checkpointPhase(inputs({ paths: ['src', 'nope'], name: 'mine' }), env, failing);
  expect(r).toMatchObject({ outcome: 'success', outputs: { 'checkpoint-id': 'mine' } });
  expect(ports.runner.log.messages('warning')).toEqual([
    'Checkpoint paths that match nothing: nope.',
    'Could not write the step record for post: read-only',
  ]);
});

describe('the parent of an incremental checkpoint', () => {
  const after = (store?: string) =>
    parseJobEnv(
      {
        GITHUB_JOB: 'build',
        GITHUB_RUN_ID: '7',
        GITHUB_WORKSPACE: '/ws',
        RUNNER_TEMP: '/rt',
        CI_RECOVERY_LAST_CHECKPOINT: 'ci-recovery-ckpt-r7-build-a1-deps-001',
        ...(store ? { CI_RECOVERY_LAST_CHECKPOINT_STORE: store } : {}),
      },
      { cwd: '/ws', tmpdir: '/tmp' },
    );

  test("is the job's last checkpoint when it is in the same store, and the store is passed on", async () => {
    const { ports } = world();
    await checkpointPhase(inputs(), after('memory:'), ports);
    expect(ports.workspace.calls).toEqual([
      expect.stringMatching(
        /^save ci-recovery-ckpt-r7-build-a1-build-001 on ci-recovery-ckpt-r7-build-a1-deps-001$/,
      ),
    ]);
    expect(ports.runner.exported.get(LAST_CHECKPOINT_STORE_ENV)).toBe('memory:');
  });

  test('is none when the last checkpoint is in another store: that store alone could not restore it', async () => {
    const { ports } = world();
    await checkpointPhase(inputs(), after('dir:/elsewhere'), ports);
    expect(ports.workspace.calls).toEqual(['save ci-recovery-ckpt-r7-build-a1-build-001']);
  });
});

test("records the completed stages' durations in the manifest, for what a resume from it saves", async () => {
  const { store, ports } = world();
  const withStages = parseJobEnv(
    {
      GITHUB_JOB: 'build',
      GITHUB_RUN_ID: '7',
      GITHUB_WORKSPACE: '/ws',
      CI_RECOVERY_COMPLETED_STAGES: 'deps,compile',
      // A duration of a stage not completed (here: one a failed step never finished) is not carried.
      CI_RECOVERY_STAGE_DURATIONS: '{"deps":90000,"compile":150000,"lint":1000}',
    },
    { cwd: '/ws', tmpdir: '/tmp' },
  );
  await checkpointPhase(inputs(), withStages, ports);
  const saved = await store.getManifest('ci-recovery-ckpt-r7-build-a1-build-001');
  expect(saved.completedStages).toEqual(['deps', 'compile']);
  expect(saved.stageDurations).toEqual({ deps: 90_000, compile: 150_000 });
});

test("hands the config's keyed paths to the save", async () => {
  const { ports } = world();
  const keyed = [{ path: 'node_modules', hashFiles: ['package-lock.json'] }];
  const saves: unknown[] = [];
  const save = ports.workspace.save.bind(ports.workspace);
  ports.workspace.save = (opts) => (saves.push(opts.keyed), save(opts));
  ports.config = () => Promise.resolve({ store: 'artifact', paths: [], retentionDays: 5, keyed });
  await checkpointPhase(inputs(), env, ports);
  expect(saves).toEqual([keyed]);
});

test('a stage input that is not a stage name saves nothing, and is said and recorded only inert', async () => {
  const { store, ports } = world();
  const r = await checkpointPhase(inputs({ stage: 'build\n::error::x' }), env, ports);
  expect(r).toMatchObject({ outcome: 'failure', failed: false });
  expect(await store.objects()).toEqual([]);
  expect(ports.runner.log.messages('warning')).toEqual([
    expect.stringMatching(
      /^ci-recovery: no checkpoint saved for stage 'build\\n::error::x': Input 'stage' 'build\\n::error::x' is not a valid stage name/,
    ),
  ]);
  expect(ports.records.written[0]).toMatchObject({ stage: 'build\\n::error::x' });
});
