/**
 * The run's record of its checkpoints as artifacts on the local stand (Results service + REST fake):
 * attempt 1 uploads it as it saves, attempt 2's main reads it through the REST findBy path. A record whose body
 * claims another job or attempt than its name names nothing; without a token nothing can be known.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import { readTrustRecords, uploadTrustRecord } from '../../src/checkpoint/adapters/trust-records.js';
import { uploadArtifactStream } from '../../src/checkpoint/adapters/artifact-upload.js';
import { trustArtifactName, type TrustRecord } from '../../src/checkpoint/index.js';

const RUN_ID = 778;
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: RUN_ID, jobId: 6, runAttempt: 1 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'trust-records-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const D = (c: string): string => c.repeat(64);
const record = (job: string, attempt: number, id: string): TrustRecord => ({
  format: 'ci-recovery-checkpoints/1',
  runId: String(RUN_ID),
  job,
  attempt,
  checkpoints: [{ id, manifestSha256: D('a') }],
});
const place = (attempt: number, token = stand.token) => ({
  token,
  runId: String(RUN_ID),
  owner: 'octo-org',
  repo: 'demo',
  job: 'build',
  attempt,
});

test('attempt 2 reads what attempt 1 recorded, and nothing a mislabelled record claims', async () => {
  await quietly(() => uploadTrustRecord(record('build', 1, 'own')));
  // Another job of the run uploads a record under this job's name for attempt 2... claiming attempt 1.
  await quietly(() =>
    uploadArtifactStream(
      trustArtifactName('build', 2),
      Buffer.from(JSON.stringify(record('build', 1, 'mislabelled'))),
    ),
  );
  await quietly(() => uploadTrustRecord(record('lint', 1, 'other-job')));

  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 6, 3);
  const { value: named } = await quietly(() => readTrustRecords(place(3)));
  expect(named).toEqual({ trusted: new Map([['own', D('a')]]) });
});

test('a record whose finalize is refused goes under a fresh name, and the next attempt still reads it', async () => {
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 7, 1);
  stand.results.refuseFinalize(1);
  await quietly(() => uploadTrustRecord(record('docs', 1, 'refused-once'), undefined, 'refused-once'));
  const name = `${trustArtifactName('docs', 1)}-refused-once`;
  const kept = stand.results.artifacts.filter((a) => a.name.startsWith(name));
  expect(kept.map((a) => [a.name, a.finalized])).toEqual([
    [name, false],
    [`${name}-r1`, true],
  ]);
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 7, 2);
  const { value: named } = await quietly(() => readTrustRecords({ ...place(2), job: 'docs' }));
  expect(named).toEqual({ trusted: new Map([['refused-once', D('a')]]) });
});

test('without a token the records cannot be read, and that is said, not guessed', async () => {
  const named = await readTrustRecords(place(2, ''));
  expect('unreadable' in named && named.unreadable).toMatch(/no token to read the run's artifacts/);
});

test("a checkpoint saved into a dir: store is named in the run's artifacts at once: a runner lost before post leaves its record", async () => {
  const { realWorkspace } = await import('../../src/checkpoint/adapters/workspace.js');
  const { openStore } = await import('../../src/checkpoint/adapters/open.js');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'build'), { recursive: true });
  writeFileSync(path.join(ws, 'build', 'app.js'), 'app\n');
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 6, 1);
  const store = await openStore(`dir:${path.join(tmp, 'shared-store')}`, { runId: String(RUN_ID), cwd: ws });
  const { value: saved } = await quietly(() =>
    realWorkspace.save({
      store,
      workspace: ws,
      paths: ['build'],
      id: 'saved-at-once',
      meta: { stage: 'build', job: 'deploy', runId: String(RUN_ID), attempt: 1 },
    }),
  );
  // No post ran: attempt 2 still finds the checkpoint named, with its manifest's digest.
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 6, 2);
  const { value: named } = await quietly(() => readTrustRecords({ ...place(2), job: 'deploy' }));
  expect(named).toEqual({
    trusted: new Map([['saved-at-once', 'manifestSha256' in saved ? saved.manifestSha256 : '']]),
  });
  // The run's own artifacts need no record: a checkpoint there is named by being there.
  expect((await quietly(() => readTrustRecords({ ...place(2), job: 'nobody' }))).value).toEqual({
    trusted: new Map(),
  });
});

test('a checkpoint whose record the service refuses is stored, and said to be one no re-run resumes from', async () => {
  const { realWorkspace } = await import('../../src/checkpoint/adapters/workspace.js');
  const { openStore } = await import('../../src/checkpoint/adapters/open.js');
  const { RecordingLogger } = await import('../../src/runner/adapters/logger.js');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  const ws = path.join(tmp, 'ws-unrecorded');
  mkdirSync(path.join(ws, 'build'), { recursive: true });
  writeFileSync(path.join(ws, 'build', 'app.js'), 'app\n');
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 8, 1);
  const store = await openStore(`dir:${path.join(tmp, 'shared-store')}`, { runId: String(RUN_ID), cwd: ws });
  stand.results.failNext('CreateArtifact', { status: 403, code: 'permission_denied', msg: 'nope' });
  const logger = new RecordingLogger();
  const saved = await realWorkspace.save({
    store,
    workspace: ws,
    paths: ['build'],
    id: 'stored-unrecorded',
    meta: { stage: 'build', job: 'package', runId: String(RUN_ID), attempt: 1 },
    logger,
  });
  expect(saved.reused).toBeUndefined();
  expect(saved.manifest.id).toBe('stored-unrecorded');
  expect(logger.messages('warning').join('\n')).toMatch(/could not record checkpoint stored-unrecorded/);
  // What the run/ step reads to leave it out of the stages a later checkpoint is weighed against.
  expect('unrecorded' in saved && saved.unrecorded).toBe(true);
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 8, 2);
  const { value: named } = await quietly(() => readTrustRecords({ ...place(2), job: 'package' }));
  expect(named).toEqual({ trusted: new Map() });
});
