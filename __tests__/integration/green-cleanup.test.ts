/**
 * A green job's checkpoints deleted through the stand's artifact service (Twirp DeleteArtifact with the
 * job's runtime token, as the artifact client deletes without findBy): only this attempt's own objects go;
 * another job's, another attempt's and a name the user chose stay; a refusal keeps them and says so.
 */
import { afterAll, beforeAll, beforeEach, afterEach, expect, it } from '@jest/globals';
import { dropRunCheckpoints } from '../../src/checkpoint/adapters/artifact-delete.js';
import { uploadArtifactStream } from '../../src/checkpoint/adapters/artifact-upload.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import { trustArtifactName } from '../../src/checkpoint/index.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const RUN = 4600;
const owner = { runId: String(RUN), job: 'build' };
const mine = checkpointId(owner, 'deps', 2, 1);
const earlier = checkpointId(owner, 'deps', 1, 1);
const otherJob = checkpointId({ runId: String(RUN), job: 'lint' }, 'deps', 2, 1);

let stand: Stand;
let savedEnv: NodeJS.ProcessEnv;
const write = process.stdout.write.bind(process.stdout);
beforeAll(async () => {
  stand = await startStand();
  savedEnv = { ...process.env };
  Object.assign(process.env, stand.env);
});
afterAll(async () => {
  process.env = savedEnv;
  await stand?.stop();
});
beforeEach(() => {
  process.stdout.write = (): boolean => true; // the transfer's own log lines
});
afterEach(() => {
  process.stdout.write = write;
});

const asJob = (jobId: number, attempt: number): void =>
  void Object.assign(process.env, stand.jobEnv(RUN, jobId, attempt));
const put = (name: string): Promise<unknown> => uploadArtifactStream(name, Buffer.from(`bytes of ${name}\n`));
const left = (): string[] =>
  stand.results.artifacts
    .filter((a) => a.finalized && a.runId === RUN)
    .map((a) => a.name)
    .sort();

it("deletes this attempt's own checkpoint objects and nothing else", async () => {
  asJob(1, 1);
  await put(`${earlier}.tar.zst`);
  await put(`${earlier}.manifest.json`);
  asJob(2, 2);
  await put(`${otherJob}.tar.zst`);
  asJob(1, 2);
  const ours = [
    `${mine}.tar.zst`,
    `${mine}.manifest.json`,
    `${mine}-root1.tar.zst`,
    `${trustArtifactName('build', 2)}-${mine}`,
  ];
  for (const name of ours) await put(name);
  await put('my-release-build.tar.zst');

  // The records name the earlier attempt's id too (a stage stood on it): passed as the phase would not,
  // the runtime token still cannot reach attempt 1's artifacts.
  const dropped = await dropRunCheckpoints([mine, earlier], { job: 'build', attempt: 2 });
  expect(dropped).toMatchObject({ deleted: 4, kept: 0 });
  expect(dropped.bytes).toBeGreaterThan(0);
  expect(left()).toEqual(
    [
      `${earlier}.manifest.json`,
      `${earlier}.tar.zst`,
      `${otherJob}.tar.zst`,
      'my-release-build.tar.zst',
    ].sort(),
  );
});

it('a refused delete keeps them, with the status the service answered', async () => {
  asJob(3, 1);
  const id = checkpointId({ runId: String(RUN), job: 'test' }, 'deps', 1, 1);
  await put(`${id}.tar.zst`);
  await put(`${id}.manifest.json`);
  stand.results.failNext('DeleteArtifact', { status: 403, code: 'permission_denied', msg: 'not allowed' }, 5);
  const dropped = await dropRunCheckpoints([id], { job: 'test', attempt: 1 });
  expect(dropped).toMatchObject({ deleted: 0, kept: 2, refusal: { status: 403 } });
  expect(dropped.refusal!.message).toMatch(/not allowed/);
  expect(left()).toEqual(expect.arrayContaining([`${id}.tar.zst`, `${id}.manifest.json`]));
});

it('deletes a few at once after the first, and a refusal of the first makes no other call', async () => {
  asJob(5, 1);
  // (the refusals the test above injected and its one call did not use)
  stand.results.failNext('DeleteArtifact', { status: 403, code: 'permission_denied', msg: 'no' }, 0);
  const owner5 = { runId: String(RUN), job: 'pack' };
  const ids = ['deps', 'build', 'test'].map((stage, i) => checkpointId(owner5, stage, 1, i + 1));
  for (const id of ids) for (const suffix of ['.tar.zst', '.manifest.json']) await put(`${id}${suffix}`);
  // A service across the internet: one call after another would take 6 x 250 ms.
  stand.results.delay('DeleteArtifact', 250);
  try {
    const dropped = await dropRunCheckpoints(ids, { job: 'pack', attempt: 1 });
    expect(dropped).toMatchObject({ deleted: 6, kept: 0 });
    expect(stand.results.peakInFlight.DeleteArtifact).toBeGreaterThan(1);
    expect(stand.results.peakInFlight.DeleteArtifact).toBeLessThanOrEqual(4);
    expect(left().filter((n) => ids.some((id) => n.startsWith(id)))).toEqual([]);

    const id = checkpointId(owner5, 'lint', 1, 4);
    for (const suffix of ['.tar.zst', '.manifest.json', '-root1.tar.zst']) await put(`${id}${suffix}`);
    const before = stand.results.calls.filter((c) => c.method === 'DeleteArtifact').length;
    stand.results.failNext('DeleteArtifact', { status: 403, code: 'permission_denied', msg: 'no' }, 1);
    const refused = await dropRunCheckpoints([id], { job: 'pack', attempt: 1 });
    expect(refused).toMatchObject({ deleted: 0, kept: 3, refusal: { status: 403 } });
    expect(stand.results.calls.filter((c) => c.method === 'DeleteArtifact').length - before).toBe(1);
  } finally {
    stand.results.delay('DeleteArtifact', 0);
  }
});
