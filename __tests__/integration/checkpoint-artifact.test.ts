/**
 * The artifact store on the local stand (Azurite + Results service + GitHub REST fake) with the real
 * @actions/artifact client: attempt 1 saves a full and an incremental checkpoint as raw artifacts; attempt
 * 2 (a new runtime token for the same run) finds them through the REST findBy path and resumes from the
 * newest, byte-equal with modes and symlinks.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import {
  listCheckpoints,
  openStore,
  resumeFromPreviousAttempt,
  saveCheckpoint,
  treeDigest,
  validateCheckpoint,
} from '../../src/checkpoint/adapters/index.js';
import { manifestDigest } from '../../src/checkpoint/adapters/digest.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { trustedIn } from '../trusted.js';

const RUN_ID = 777;
const JOB = 'build';
const OWNER = { runId: String(RUN_ID), job: JOB };
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: RUN_ID, jobId: 5, runAttempt: 1 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-artifact-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const ctx = (): Parameters<typeof openStore>[1] => ({
  token: stand.token,
  runId: String(RUN_ID),
  owner: 'octo-org',
  repo: 'demo',
});

test('attempt 2 resumes from attempt 1 through the REST path, byte-equal with modes and symlinks', async () => {
  const ws = path.join(tmp, 'ws1');
  mkdirSync(path.join(ws, 'dist/empty'), { recursive: true });
  writeFileSync(path.join(ws, 'dist/app.js'), 'console.log(1);\n'.repeat(5000));
  writeFileSync(path.join(ws, '.cache'), 'dot');
  writeFileSync(path.join(ws, 'tool.sh'), '#!/bin/sh\n');
  chmodSync(path.join(ws, 'tool.sh'), 0o750);
  symlinkSync('dist/app.js', path.join(ws, 'main.js'));
  const old = new Date(Date.now() - 3600_000);
  for (const f of ['dist/app.js', '.cache', 'tool.sh']) utimesSync(path.join(ws, f), old, old);

  const meta = { job: JOB, runId: String(RUN_ID), attempt: 1 };
  const store1 = await openStore('artifact', ctx());
  const first = checkpointId(OWNER, 'build', 1, 1);
  const second = checkpointId(OWNER, 'test', 1, 2);
  await quietly(() =>
    saveCheckpoint({
      store: store1,
      includeHidden: true, // the tree's dotfiles are part of what round-trips
      workspace: ws,
      paths: ['.'],
      id: first,
      meta: { ...meta, stage: 'build', completedStages: ['setup'] },
    }),
  );
  writeFileSync(path.join(ws, 'dist/report.txt'), 'tests ran');
  const { value: inc } = await quietly(() =>
    saveCheckpoint({
      store: store1,
      includeHidden: true,
      workspace: ws,
      paths: ['.'],
      id: second,
      parent: first,
      meta: { ...meta, stage: 'test', completedStages: ['setup', 'build'] },
    }),
  );
  expect(inc.manifest.changed).toEqual(['dist/report.txt']);
  // One raw (not zipped) artifact per object, named after it.
  const names = stand.results.artifacts.filter((a) => a.finalized).map((a) => a.name);
  expect(names).toEqual(
    expect.arrayContaining([
      `${first}.tar.zst`,
      `${first}.manifest.json`,
      `${second}.tar.zst`,
      `${second}.manifest.json`,
    ]),
  );
  const wanted = await treeDigest(ws);

  // Attempt 2: a fresh runner, a new runtime token for attempt 2 of the same run.
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 5, 2);
  const ws2 = path.join(tmp, 'ws2');
  mkdirSync(ws2);
  writeFileSync(path.join(ws2, 'checked-out.txt'), 'fresh checkout leftovers');
  const store2 = await openStore('artifact', ctx());
  const trusted2 = await trustedIn(store2);
  const logger = new RecordingLogger();
  const { value: resumed } = await quietly(() =>
    resumeFromPreviousAttempt({
      store: store2,
      trusted: trusted2,
      runId: String(RUN_ID),
      attempt: 2,
      job: JOB,
      workspace: ws2,
      logger,
    }),
  );
  const { cost, ...rest } = resumed as typeof resumed & { cost?: { ms: number; bytes: number } };
  expect(rest).toEqual({
    resumed: true,
    resumeFrom: second,
    completedStages: ['setup', 'build'],
    stageDurations: {},
  });
  // what the checkpoint resumed from cost when it was saved, from its manifest (the resumed job's summary)
  expect(cost?.bytes).toBeGreaterThan(0);
  expect(cost?.ms).toBeGreaterThanOrEqual(0);
  expect(await treeDigest(ws2)).toBe(wanted);
  expect(readFileSync(path.join(ws2, 'dist/report.txt'), 'utf8')).toBe('tests ran');
  const routes = stand.github.calls.map((c) => `${c.method} ${c.route ?? c.path} ${c.status}`);
  expect(routes).toContain('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts 200');

  const { value: listed } = await quietly(() => listCheckpoints(store2, { job: JOB }));
  expect(listed.map((c) => c.id)).toEqual([first, second]);
  const { value: valid } = await quietly(() => validateCheckpoint(store2, second));
  expect(valid.ok).toBe(true);
});

test('a tampered artifact is refused (the archive digest check) and resume falls back to an older good checkpoint', async () => {
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 5, 2);
  const newest = checkpointId(OWNER, 'test', 1, 2);
  const record = stand.results.artifacts.find((a) => a.name === `${newest}.tar.zst`)!;
  const { BlobServiceClient } = await import('@azure/storage-blob');
  const service = BlobServiceClient.fromConnectionString(stand.azurite.connectionString);
  const { ARTIFACT_CONTAINER } = await import('../../stand/services/results-service.js');
  const blob = service.getContainerClient(ARTIFACT_CONTAINER).getBlockBlobClient(record.blobName);
  const bytes = await blob.downloadToBuffer();
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0xff, bytes.length - 10);
  await blob.uploadData(bytes);

  const ws3 = path.join(tmp, 'ws3');
  mkdirSync(ws3);
  const store = await openStore('artifact', ctx());
  const logger = new RecordingLogger();
  const { value: resumed } = await quietly(async () =>
    resumeFromPreviousAttempt({
      store,
      trusted: await trustedIn(store),
      runId: String(RUN_ID),
      attempt: 2,
      job: JOB,
      workspace: ws3,
      logger,
    }),
  );
  expect(resumed.resumed).toBe(true);
  expect(resumed.resumeFrom).toBe(checkpointId(OWNER, 'build', 1, 1));
  expect(resumed.completedStages).toEqual(['setup']);
  expect(resumed.problems?.[0]).toMatch(/corrupt|tampered|digest/);
  expect(logger.messages('warning').join('\n')).toContain(newest);
});

test('a checkpoint never outlives its parent: a child kept 30 days on a parent kept 1 day expires with it', async () => {
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 5, 3);
  const ws = path.join(tmp, 'ws-retention');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'a.txt'), 'a\n');
  utimesSync(path.join(ws, 'a.txt'), new Date(2020, 0, 1), new Date(2020, 0, 1));
  const meta = { job: JOB, runId: String(RUN_ID), attempt: 3, stage: 's' };
  const short = await openStore('artifact', { ...ctx(), retentionDays: 1 });
  const { value: parent } = await quietly(() =>
    saveCheckpoint({ store: short, workspace: ws, paths: ['.'], id: 'ret-parent', meta }),
  );
  writeFileSync(path.join(ws, 'b.txt'), 'b\n');
  const long = await openStore('artifact', { ...ctx(), retentionDays: 30 });
  const logger = new RecordingLogger();
  const { value: child } = await quietly(() =>
    saveCheckpoint({
      store: long,
      workspace: ws,
      paths: ['.'],
      id: 'ret-child',
      meta,
      parent: parent.manifest,
      logger,
    }),
  );
  expect(child.manifest.kind).toBe('incremental');
  const expiry = (name: string): number =>
    stand.results.artifacts.find((a) => a.name === name && a.finalized)!.expiresAt!.getTime();
  const parentEnds = expiry('ret-parent.tar.zst');
  expect(parentEnds - Date.now()).toBeGreaterThan(23 * 3600_000);
  for (const name of ['ret-child.tar.zst', 'ret-child.manifest.json'])
    expect(expiry(name)).toBeLessThanOrEqual(parentEnds);
  expect(Date.parse(child.manifest.expiresAt!)).toBeLessThanOrEqual(parentEnds);
  expect(logger.records.map((r) => r.message).join('\n')).toContain(
    "Checkpoint ret-child expires with its parent 'ret-parent'",
  );
});

test("a save's manifest digest is the upload's own, and the digest of the manifest the store holds", async () => {
  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 5, 4);
  const ws = path.join(tmp, 'ws-digest');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'a.txt'), 'a\n');
  const store = await openStore('artifact', ctx());
  const meta = { job: JOB, runId: String(RUN_ID), attempt: 4, stage: 's' };
  const { value: saved } = await quietly(() =>
    saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'digest-once', meta }),
  );
  const sent = stand.results.artifacts.find((a) => a.name === 'digest-once.manifest.json' && a.finalized);
  expect(sent?.digest).toBe(`sha256:${saved.manifestSha256}`);
  expect(manifestDigest(await store.getManifest('digest-once'))).toBe(saved.manifestSha256);
  // The store answers with the digest its upload computed, which the save takes instead of hashing again.
  const bytes = Buffer.from('{"not":"parsed by the upload"}');
  await expect(quietly(() => store.putManifest('digest-raw', bytes))).resolves.toMatchObject({
    value: createHash('sha256').update(bytes).digest('hex'),
  });
});
