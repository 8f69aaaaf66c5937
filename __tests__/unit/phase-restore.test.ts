/** The restore phase through in-memory ports: misses, lookups, dry runs and the choice of checkpoint. */
import type { CheckpointInputs, JobContext } from '../../src/checkpoint/index.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { checkpointPhase } from '../../src/phases/checkpoint.js';
import {
  restorePhase,
  type RestoreInputs,
  type RestorePorts,
  type RunCheckpoints,
} from '../../src/phases/restore.js';
import { RUN_ARTIFACTS, trustedByRecords, trustRecordOf } from '../../src/checkpoint/index.js';
import { RecordingRecords } from '../../src/ports/records.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { MemoryStore } from '../../src/checkpoint/index.js';
import { MemoryWorkspace } from '../../src/checkpoint/index.js';
import { encodeManifest } from '../../src/checkpoint/index.js';

const env = parseJobEnv(
  { GITHUB_JOB: 'build', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKSPACE: '/ws' },
  { cwd: '/ws', tmpdir: '/tmp' },
);

function world(files: Record<string, string> = { 'src/a.txt': 'a', 'src/b.txt': 'b' }) {
  const store = new MemoryStore();
  const ports = {
    runner: new RecordingRunner(),
    workspace: new MemoryWorkspace(files),
    records: new RecordingRecords(),
    config: () => Promise.resolve({ store: 'artifact', paths: [], retentionDays: 5 }),
    openStore: (_spec: string, _ctx: JobContext) => Promise.resolve(store),
    // The run's artifacts: every checkpoint of the store is the run's (a test below trusts records only).
    checkpointsOfRun: (): Promise<RunCheckpoints> => Promise.resolve({ trusted: RUN_ARTIFACTS }),
    now: () => new Date('2026-01-01T00:00:00Z'),
  } satisfies RestorePorts;
  return { store, ports };
}

/** Saves the workspace's `src` as checkpoint `name` of this job. */
async function save(
  w: ReturnType<typeof world>,
  name: string,
  records: RecordingRecords = w.ports.records,
): Promise<void> {
  const read = (seen: Partial<CheckpointInputs>): CheckpointInputs =>
    Object.assign(seen, {
      paths: ['src'],
      ifNoFilesFound: 'error' as const,
      stage: 'build',
      name,
      store: '',
      full: false,
      exclude: [],
      token: '',
    });
  const r = await checkpointPhase(read, env, { ...w.ports, records, runner: new RecordingRunner() });
  expect(r.outcome).toBe('success');
}

const inputs =
  (over: Partial<RestoreInputs> = {}) =>
  (): RestoreInputs => ({
    failOnMiss: true,
    lookupOnly: false,
    store: '',
    token: '',
    name: '',
    paths: [],
    dryRun: false,
    dest: '',
    destOutsideWorkspace: false,
    ...over,
  });

test('a miss fails the step with fail-on-miss: true', async () => {
  const { ports } = world();
  expect(await restorePhase(inputs(), env, ports)).toMatchObject({ outcome: 'failure', failed: true });
  expect(ports.runner.log.records.filter((r) => r.level === 'error')).toEqual([
    {
      level: 'error',
      message:
        "ci-recovery: restore failed: No checkpoint of job 'build' in run 7 in store 'artifact': save one with the checkpoint/ action first, or set 'name'.",
      where: { title: 'ci-recovery: restore refused' },
    },
  ]);
  expect(Object.fromEntries(ports.runner.outputs)).toEqual({ found: 'false' });
  expect(ports.records.written[0]).toMatchObject({
    kind: 'restore',
    step: 'restore latest',
    outcome: 'failure',
  });
});

test('a miss only warns with fail-on-miss: false, and the step succeeds', async () => {
  const { ports } = world();
  const r = await restorePhase(inputs({ failOnMiss: false, name: 'nothing-here' }), env, ports);
  expect(r).toMatchObject({ outcome: 'success', failed: false, outputs: { found: 'false' } });
  expect(ports.runner.log.messages('warning')).toEqual([
    expect.stringMatching(
      /^ci-recovery: restore of nothing-here failed: no checkpoint named 'nothing-here'.*\('fail-on-miss: false': the job goes on\)\.$/,
    ),
  ]);
  expect(ports.runner.log.messages('error')).toEqual([]);
  expect(ports.records.written[0]).toMatchObject({ step: 'restore nothing-here', outcome: 'success' });
});

test('lookup-only, found: answers yes and downloads or changes nothing', async () => {
  const w = world();
  await save(w, 'snap');
  w.ports.workspace.files.set('src/a.txt', 'edited');
  w.store.calls.length = 0;
  w.ports.workspace.calls.length = 0;
  const r = await restorePhase(inputs({ lookupOnly: true }), env, w.ports);
  expect(r).toMatchObject({ outcome: 'success', failed: false });
  expect(Object.fromEntries(w.ports.runner.outputs)).toEqual({
    found: 'true',
    'checkpoint-id': 'snap',
    restored: 'false',
    'completed-stages': '',
  });
  expect(w.store.calls.filter((c) => c.startsWith('getArchive'))).toEqual([]);
  expect(w.ports.workspace.calls).toEqual(['checkpointsOfJob build 7', 'lookup snap']);
  expect(w.ports.workspace.files.get('src/a.txt')).toBe('edited');
  expect(w.ports.runner.log.messages('info')).toEqual([
    'Checkpoint snap exists and is complete; nothing was downloaded or changed.',
  ]);
});

test.each([true, false])(
  'lookup-only, not usable (fail-on-miss: %s): a miss, and nothing changes',
  async (failOnMiss) => {
    const w = world();
    await save(w, 'snap');
    await w.store.removeObject('snap.tar.gz');
    w.ports.workspace.files.set('src/a.txt', 'edited');
    const r = await restorePhase(inputs({ lookupOnly: true, name: 'snap', failOnMiss }), env, w.ports);
    expect(r).toMatchObject({ failed: failOnMiss, outcome: failOnMiss ? 'failure' : 'success' });
    const said = w.ports.runner.log.messages(failOnMiss ? 'error' : 'warning');
    expect(said).toEqual([
      expect.stringContaining(
        'restore of snap failed: Checkpoint snap is not usable: archive snap.tar.gz that it needs is missing from the store.',
      ),
    ]);
    expect(Object.fromEntries(w.ports.runner.outputs)).toEqual({ found: 'false' });
    expect(w.ports.workspace.calls.filter((c) => c.startsWith('restore'))).toEqual([]);
    expect(w.ports.workspace.files.get('src/a.txt')).toBe('edited');
  },
);

test('without a name, the newest readable checkpoint is restored when the newest is unreadable', async () => {
  const w = world();
  await save(w, 'older');
  w.ports.workspace.files.set('src/a.txt', 'v2');
  await save(w, 'newer');
  w.store.put('broken.manifest.json', '{ not json');
  w.ports.workspace.files.set('src/a.txt', 'v3');
  w.ports.workspace.files.set('src/c.txt', 'new');

  const r = await restorePhase(inputs(), env, w.ports);
  expect(r).toMatchObject({ outcome: 'success', failed: false });
  expect(w.ports.runner.log.messages('warning')).toEqual([
    expect.stringMatching(/^Checkpoint broken is passed over: /),
  ]);
  expect(Object.fromEntries(w.ports.runner.outputs)).toMatchObject({
    found: 'true',
    'checkpoint-id': 'newer',
    restored: 'true',
    modified: 'src/a.txt',
    deleted: 'src/c.txt',
  });
  expect(Object.fromEntries(w.ports.workspace.files)).toEqual({ 'src/a.txt': 'v2', 'src/b.txt': 'b' });
  expect(w.ports.records.written.at(-1)).toMatchObject({ step: 'restore newer', checkpointId: 'newer' });
});

test("without a name, in a shared store, a newer checkpoint the run's records do not name is passed over", async () => {
  const w = world();
  await save(w, 'mine');
  // Another writer of the store: newer, claiming this job and run, never recorded by this job's steps.
  w.ports.workspace.files.set('src/a.txt', 'planted');
  await save(w, 'planted', new RecordingRecords());
  w.ports.workspace.files.set('src/a.txt', 'edited');
  const place = { runId: '7', job: 'build', attempt: 1 };
  const own = trustRecordOf(w.ports.records.written, place);
  const ports = {
    ...w.ports,
    checkpointsOfRun: () =>
      Promise.resolve({ trusted: trustedByRecords(own ? [own] : [], { ...place, beforeAttempt: 2 }) }),
  };

  const r = await restorePhase(inputs(), env, ports);
  expect(r).toMatchObject({ outcome: 'success', failed: false });
  expect(w.ports.runner.outputs.get('checkpoint-id')).toBe('mine');
  expect(w.ports.workspace.files.get('src/a.txt')).toBe('a');
  expect(w.ports.runner.log.messages('warning')).toEqual([
    expect.stringMatching(/^Checkpoint planted is passed over: no record of this run names it/),
  ]);
});

test('without a name, a store holding only checkpoints the run did not record is a miss that says why', async () => {
  const w = world();
  await save(w, 'planted', new RecordingRecords());
  const ports = {
    ...w.ports,
    checkpointsOfRun: () =>
      Promise.resolve({
        trusted: new Map<string, string>(),
        note: 'the checkpoints of earlier attempts are not known: no token',
      }),
  };
  const r = await restorePhase(inputs(), env, ports);
  expect(r).toMatchObject({ outcome: 'failure', failed: true });
  expect(w.ports.runner.log.messages('error')).toEqual([
    expect.stringContaining(
      "No checkpoint of job 'build' in run 7 in store 'artifact' (the checkpoints of earlier attempts are not known: no token)",
    ),
  ]);
});

test('a dry run lists what would change and changes nothing', async () => {
  const w = world();
  await save(w, 'snap');
  w.ports.workspace.files.set('src/b.txt', 'edited');
  w.ports.workspace.files.delete('src/a.txt');
  const r = await restorePhase(inputs({ name: 'snap', dryRun: true }), env, w.ports);
  expect(r.outputs).toMatchObject({
    restored: 'false',
    changed: '2',
    added: 'src/a.txt',
    modified: 'src/b.txt',
  });
  expect(w.ports.runner.log.messages('info')).toEqual([
    '+ src/a.txt',
    '~ src/b.txt',
    'Dry run of snap: 1 to add, 1 to modify, 0 to delete; nothing changed.',
  ]);
  expect(w.ports.workspace.files.get('src/b.txt')).toBe('edited');
  expect(w.ports.workspace.files.has('src/a.txt')).toBe(false);
});

test("a checkpoint found but not downloaded says found: 'true', restored: 'false', and fails the step", async () => {
  const w = world();
  await save(w, 'snap');
  w.ports.workspace.files.set('src/a.txt', 'edited');
  // The download breaks half-way (a reset connection): not a miss, the checkpoint is there.
  w.store.getArchive = () => Promise.reject(new Error('read ECONNRESET'));
  const r = await restorePhase(inputs({ failOnMiss: false }), env, w.ports);
  expect(r).toMatchObject({ outcome: 'failure', failed: true });
  expect(Object.fromEntries(w.ports.runner.outputs)).toEqual({
    found: 'true',
    'checkpoint-id': 'snap',
    restored: 'false',
  });
  expect(w.ports.runner.log.messages('error')).toEqual([
    expect.stringContaining('restore of snap failed: read ECONNRESET'),
  ]);
  expect(w.ports.workspace.files.get('src/a.txt')).toBe('edited');
});

test("a planted object's name reaches the log only inert, and the newest good checkpoint is taken", async () => {
  const w = world();
  await save(w, 'c1');
  const m = await w.store.getManifest('c1');
  // Anyone who can write a dir: store can name a file so: a manifest's id refuses it, its name stays.
  const id = 'c2\n::error title=x::planted';
  await w.store.putManifest(id, encodeManifest({ ...m, id }).stored);
  const r = await restorePhase(inputs({ lookupOnly: true }), env, w.ports);
  expect(r.outcome).toBe('success');
  expect(w.ports.runner.outputs.get('checkpoint-id')).toBe('c1');
  expect(w.ports.runner.log.messages('warning')).toEqual([
    expect.stringMatching(/^Checkpoint c2\\n::error title=x::planted is passed over: /),
  ]);
  const said = w.ports.runner.log.records.map((l) => l.message).join('\n');
  expect(said).not.toMatch(/\n::/);
});

test("the completed-stages output carries only a manifest's valid stage names", async () => {
  const w = world();
  await save(w, 'c1');
  const m = await w.store.getManifest('c1');
  const stages = ['deps', 'lint,deploy', 'x\n::error::y', 'build'];
  w.store.put('c1.manifest.json', encodeManifest({ ...m, completedStages: stages }).stored);
  for (const lookupOnly of [true, false]) {
    const r = await restorePhase(inputs({ name: 'c1', lookupOnly }), env, w.ports);
    expect(r.outcome).toBe('success');
    expect(w.ports.runner.outputs.get('completed-stages')).toBe('deps,build');
  }
});
