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

/** Whether a call the service received is of `method` for the artifact `name`. */
const callOf =
  (method: string, name: string) =>
  (c: { method: string; body: unknown }): boolean =>
    c.method === method && (c.body as { name?: string } | undefined)?.name === name;

/** The position of a call of `method` for the artifact `name` in the order the service received them. */
const arrival = (method: string, name: string): number =>
  stand.results.arrivals.findIndex(callOf(method, name));

/** A save's checkpoint, or the error it failed with. */
const settled = <T>(saving: Promise<{ value: T }>): Promise<T | Error> =>
  saving.then(
    (r) => r.value,
    (e: unknown) => e as Error,
  );

test("the manifest's artifact is created while the archive's uploads; the checkpoint restores", async () => {
  const ws = workspace('ws');
  const store = await openStore('artifact');
  const { value: saved } = await quietly(() =>
    saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'early', meta }),
  );
  // Claimed after the archive's name, and before the archive is finalized: not one round trip at the end.
  const manifestCreated = arrival('CreateArtifact', 'early.manifest.json');
  expect(manifestCreated).toBeGreaterThan(arrival('CreateArtifact', 'early.tar.zst'));
  expect(manifestCreated).toBeLessThan(arrival('FinalizeArtifact', 'early.tar.zst'));
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

test('two saves of one name at once (matrix legs): the one that claims the archive claims the manifest, and saves', async () => {
  const first = workspace('ws-leg-0');
  const second = workspace('ws-leg-1');
  writeFileSync(path.join(second, 'dist', 'leg.txt'), 'second\n');
  // The first save's archive claim is held until the second save finalizes something: the order a loaded
  // runner can give. Claiming both names at once, the first leg took the manifest's meanwhile, the second
  // the archive's, and neither saved (CI, matrix-same-name, 2026-12-04).
  const held = stand.results.holdUntil('CreateArtifact', 'FinalizeArtifact', 60_000);
  const one = settled(
    quietly(async () =>
      saveCheckpoint({
        store: await openStore('artifact'),
        workspace: first,
        paths: ['.'],
        id: 'race',
        meta,
      }),
    ),
  );
  while (arrival('CreateArtifact', 'race.tar.zst') < 0) await new Promise((r) => setTimeout(r, 10));
  const other = await settled(
    quietly(async () =>
      saveCheckpoint({
        store: await openStore('artifact'),
        workspace: second,
        paths: ['.'],
        id: 'race',
        meta,
      }),
    ),
  );
  const lost = await one;
  expect(held.sent()).toBe(true);
  expect(other).not.toBeInstanceOf(Error);
  expect(lost).toBeInstanceOf(Error);
  expect((lost as Error).message).toMatch(/409|already exists/);
  expect(stand.results.arrivals.filter(callOf('CreateArtifact', 'race.manifest.json'))).toHaveLength(1);

  const dest = path.join(tmp, 'restored-race');
  const { value: restored } = await quietly(async () =>
    restoreCheckpoint({ store: await openStore('artifact'), checkpoint: 'race', dest }),
  );
  expect(restored.restored).toBe(true);
  expect(await treeDigest(dest)).toBe(await treeDigest(second));
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
