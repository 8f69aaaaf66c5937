/**
 * A transient 403 at FinalizeArtifact (issue 45: 7), on the stand: the blob is written, the service refuses
 * to finalize it, the artifact client does not retry a 403, and the name stays reserved (a second upload
 * under it meets 409). The checkpoint/ step's save is retried under a fresh name of the same form, bounded,
 * and a re-run attempt resumes from it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import { openStore, resumeFromPreviousAttempt, treeDigest } from '../../src/checkpoint/adapters/index.js';
import { uploadArtifactStream } from '../../src/checkpoint/adapters/artifact-upload.js';
import { realWorkspace } from '../../src/checkpoint/adapters/workspace.js';
import { checkpointId } from '../../src/checkpoint/index.js';
import { saveStageCheckpoint, type JobContext } from '../../src/checkpoint/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import { trustedIn } from '../trusted.js';

const RUN_ID = 4507;
const JOB = 'build';
const OWNER = { runId: String(RUN_ID), job: JOB };
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: RUN_ID, jobId: 7, runAttempt: 1 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-finalize-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const storeCtx = (): Parameters<typeof openStore>[1] => ({
  token: stand.token,
  runId: String(RUN_ID),
  owner: 'octo-org',
  repo: 'demo',
});

function workspace(name: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'dist'), { recursive: true });
  writeFileSync(path.join(ws, 'dist/app.js'), 'console.log(1);\n'.repeat(2000));
  return ws;
}

function jobContext(ws: string, attempt = 1): JobContext {
  return {
    job: JOB,
    runId: String(RUN_ID),
    attempt,
    workspace: ws,
    completedStages: ['setup'],
    manifestCache: path.join(tmp, `manifests-${path.basename(ws)}`),
  };
}

const finalized = (name: string): boolean | undefined =>
  stand.results.artifacts.find((a) => a.name === name)?.finalized;

test('the stand keeps a refused name reserved: the same upload again meets 409, as the service answers', async () => {
  stand.results.refuseFinalize(1);
  const upload = (): Promise<unknown> => uploadArtifactStream('refused-once.txt', Buffer.from('bytes\n'));
  await expect(quietly(upload)).rejects.toThrow(/\(403\) Forbidden: Error from intermediary.*stays reserved/);
  expect(finalized('refused-once.txt')).toBe(false);
  await expect(quietly(upload)).rejects.toThrow(/\(409\).*already exists/);
});

test('a refused finalize is saved again under a fresh name, said in one line, and a re-run resumes from it', async () => {
  const ws = workspace('ws1');
  const wanted = await treeDigest(ws);
  const store = await openStore('artifact', storeCtx());
  const runner = new RecordingRunner();
  stand.results.refuseFinalize(1);
  const { value: saved } = await quietly(() =>
    saveStageCheckpoint(
      { store, ctx: jobContext(ws), stage: 'build', paths: ['dist'] },
      { runner, workspace: realWorkspace },
    ),
  );
  const first = checkpointId(OWNER, 'build', 1, 1);
  const fresh = checkpointId(OWNER, 'build', 1, 1001);
  expect(saved.manifest.id).toBe(fresh);
  expect(finalized(`${first}.tar.zst`)).toBe(false); // written, refused, its name reserved
  expect(finalized(`${fresh}.tar.zst`)).toBe(true);
  expect(finalized(`${fresh}.manifest.json`)).toBe(true);
  const warnings = runner.log.messages('warning');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(
    new RegExp(
      `refused to finalize '${first}\\.tar\\.zst'.*saving the checkpoint again as ${fresh} \\(1 of 2\\)`,
    ),
  );
  expect(warnings[0]).not.toContain('\n');
  // The next checkpoint of the job chains onto the name that was kept.
  expect(runner.exported.get('CI_RECOVERY_LAST_CHECKPOINT')).toBe(fresh);

  process.env.ACTIONS_RUNTIME_TOKEN = stand.newJobToken(RUN_ID, 7, 2);
  const ws2 = path.join(tmp, 'ws1-rerun');
  mkdirSync(ws2);
  const store2 = await openStore('artifact', storeCtx());
  const { value: resumed } = await quietly(async () =>
    resumeFromPreviousAttempt({
      store: store2,
      trusted: await trustedIn(store2),
      runId: String(RUN_ID),
      attempt: 2,
      job: JOB,
      workspace: ws2,
      logger: new RecordingLogger(),
    }),
  );
  expect(resumed).toMatchObject({ resumed: true, resumeFrom: fresh });
  expect(await treeDigest(ws2)).toBe(wanted);
  process.env.ACTIONS_RUNTIME_TOKEN = stand.env.ACTIONS_RUNTIME_TOKEN;
});

test('bounded: after two fresh names are refused too, the save fails and says so', async () => {
  const ws = workspace('ws-bounded');
  const store = await openStore('artifact', storeCtx());
  stand.results.refuseFinalize(3);
  const save = saveStageCheckpoint(
    { store, ctx: { ...jobContext(ws), job: 'bounded' }, stage: 'build', paths: ['dist'] },
    { runner: new RecordingRunner(), workspace: realWorkspace },
  );
  await expect(quietly(() => save)).rejects.toThrow(
    /\(403\).*not saved again: 2 fresh names were refused too/,
  );
  stand.results.refuseFinalize(0);
});

test("a checkpoint the 'name' input named is not renamed: a restore asks for that name", async () => {
  const ws = workspace('ws-named');
  const store = await openStore('artifact', storeCtx());
  stand.results.refuseFinalize(1);
  const save = saveStageCheckpoint(
    { store, ctx: jobContext(ws), stage: 'build', paths: ['dist'], name: 'release-build' },
    { runner: new RecordingRunner(), workspace: realWorkspace },
  );
  await expect(quietly(() => save)).rejects.toThrow(/not saved again: the 'name' input chose it/);
});
