/**
 * The artifact store creates a checkpoint's manifest artifact while the archive uploads, so that the
 * commit at the end of a save waits for one round trip less (a GitHub round trip is 100-300 ms). The
 * manifest is still finalized last: a save that fails before leaves it created, unfinalized and invisible,
 * as a failed upload leaves any name.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { quietly, setEnv } from './stand-helpers.js';
import {
  listCheckpoints,
  openStore,
  restoreCheckpoint,
  saveCheckpoint,
  treeDigest,
} from '../../src/checkpoint/adapters/index.js';

const RUN_ID = 778;
let stand: Stand;
let restoreEnv: () => void;
let tmp: string;

beforeAll(async () => {
  stand = await startStand({ runId: RUN_ID, jobId: 6, runAttempt: 1 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'early-manifest-'));
  restoreEnv = setEnv({ ...stand.env, RUNNER_TEMP: path.join(tmp, 'runner-temp') });
});

afterAll(async () => {
  restoreEnv();
  await stand.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const meta = { job: 'build', runId: String(RUN_ID), attempt: 1, stage: 's' };

function workspace(name: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'dist'), { recursive: true });
  writeFileSync(path.join(ws, 'dist', 'app.js'), 'console.log(1);\n'.repeat(2000));
  return ws;
}

test("the manifest's artifact is created while the archive's uploads; the checkpoint restores", async () => {
  const ws = workspace('ws');
  const store = await openStore('artifact');
  // Each CreateArtifact waits (up to 3 s) for a second one to be in flight beside it.
  stand.results.gather('CreateArtifact', 2, 3_000);
  const { value: saved } = await quietly(() =>
    saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'early', meta }),
  );
  expect(stand.results.peakInFlight.CreateArtifact).toBe(2);
  const finalized = stand.results.artifacts.filter((a) => a.finalized).map((a) => a.name);
  expect(finalized.sort()).toEqual(['early.manifest.json', 'early.tar.zst']);

  const dest = path.join(tmp, 'restored');
  const reader = await openStore('artifact');
  const { value: restored } = await quietly(() =>
    restoreCheckpoint({ store: reader, checkpoint: 'early', dest }),
  );
  expect(restored.restored).toBe(true);
  expect(restored.manifest.archive.sha256).toBe(saved.manifest.archive.sha256);
  expect(await treeDigest(dest)).toBe(await treeDigest(ws));
});

test('a save whose archive is refused leaves its manifest created, unfinalized and unlisted', async () => {
  const ws = workspace('ws-refused');
  const store = await openStore('artifact');
  stand.results.refuseFinalize(1);
  await expect(
    quietly(() => saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'refused', meta })),
  ).rejects.toThrow(/403|refused|Forbidden/i);
  const manifest = stand.results.artifacts.filter((a) => a.name === 'refused.manifest.json');
  expect(manifest.map((a) => a.finalized)).toEqual([false]);
  const reader = await openStore('artifact');
  const { value: listed } = await quietly(() => listCheckpoints(reader, {}));
  expect(listed.map((c) => c.id)).not.toContain('refused');
});
