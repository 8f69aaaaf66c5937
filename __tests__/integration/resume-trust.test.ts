/**
 * A shared `dir:` store can be written by others: anyone who can write it can plant a checkpoint whose
 * manifest claims this run, job and attempt, with every stage complete and files of their own. A resume
 * takes only a checkpoint the run's own records name, with the very manifest they name (issue 42, 1).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openStore,
  resumeFromPreviousAttempt,
  saveCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { RecordingLogger } from '../../src/runner/adapters/logger.js';
import { encodeManifest, parseManifest } from '../../src/checkpoint/index.js';

let tmp: string;
let storeDir: string;
let store: CheckpointStore;
/** What attempt 1's record names: its own checkpoint, with its manifest's digest. */
let named: Map<string, string>;

/** A workspace holding dist/app.js with `content`. */
function workspace(name: string, content: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'dist'), { recursive: true });
  writeFileSync(path.join(ws, 'dist', 'app.js'), content);
  return ws;
}

const claim = { job: 'test', runId: '7', attempt: 1 };

beforeEach(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'resume-trust-'));
  storeDir = path.join(tmp, 'store');
  store = await openStore(`dir:${storeDir}`);
  const own = await saveCheckpoint({
    store,
    workspace: workspace('attempt1', 'built by the run\n'),
    paths: ['.'],
    id: 'own',
    meta: { ...claim, stage: 'build', completedStages: [] },
  });
  named = new Map([['own', own.manifestSha256]]);
  // Another writer of the store, later: every stage complete, its own build output.
  await saveCheckpoint({
    store,
    workspace: workspace('planter', 'planted code\n'),
    paths: ['.'],
    id: 'planted',
    meta: { ...claim, stage: 'deploy', completedStages: ['build', 'test'] },
  });
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const resume = (trusted: Map<string, string>, dest: string) =>
  resumeFromPreviousAttempt({
    store,
    trusted,
    ...claim,
    attempt: 2,
    workspace: dest,
    logger: new RecordingLogger(),
  });

test('the newer planted checkpoint is passed over: the one the run recorded is restored, with its stages', async () => {
  const dest = workspace('attempt2', 'checked out\n');
  const r = await resume(named, dest);
  expect(r).toMatchObject({ resumed: true, resumeFrom: 'own', completedStages: [] });
  expect(r.problems).toEqual([expect.stringMatching(/^planted: no record of this run names it/)]);
  expect(readFileSync(path.join(dest, 'dist', 'app.js'), 'utf8')).toBe('built by the run\n');
});

test('without a record naming anything, nothing is resumed from and the workspace is untouched', async () => {
  const dest = workspace('attempt2', 'checked out\n');
  const r = await resume(new Map(), dest);
  expect(r).toMatchObject({ resumed: false, completedStages: [] });
  expect(readFileSync(path.join(dest, 'dist', 'app.js'), 'utf8')).toBe('checked out\n');
});

test("a recorded checkpoint whose manifest was changed in the store is refused (the record's digest)", async () => {
  const file = path.join(storeDir, 'own.manifest.json');
  const m = parseManifest(readFileSync(file, 'utf8'), file);
  writeFileSync(file, encodeManifest({ ...m, completedStages: ['build', 'test'] }).stored);
  rmSync(path.join(storeDir, 'planted.manifest.json'));
  const dest = workspace('attempt2', 'checked out\n');
  const r = await resume(named, dest);
  expect(r).toMatchObject({ resumed: false, completedStages: [] });
  expect(r.problems).toEqual([
    expect.stringMatching(/^own: its manifest differs from the one this run's record/),
  ]);
  expect(existsSync(path.join(dest, 'dist', 'app.js'))).toBe(true);
  expect(readFileSync(path.join(dest, 'dist', 'app.js'), 'utf8')).toBe('checked out\n');
});

test('a checkpoint whose manifest names stages that are not stage names is refused, and nothing of them is printed', async () => {
  const planted = 'build\n::error title=pwned::planted\n::add-mask::x';
  const odd = await saveCheckpoint({
    store,
    workspace: workspace('odd', 'odd\n'),
    paths: ['.'],
    id: 'odd',
    meta: { ...claim, stage: 'test', completedStages: [planted] },
  });
  const logger = new RecordingLogger();
  const dest = workspace('attempt2', 'checked out\n');
  const r = await resumeFromPreviousAttempt({
    store,
    trusted: new Map([['odd', odd.manifestSha256]]),
    ...claim,
    attempt: 2,
    workspace: dest,
    logger,
  });
  expect(r).toMatchObject({ resumed: false, completedStages: [] });
  expect(r.problems).toEqual([
    expect.stringContaining('odd: its manifest names 1 stage(s) that are not valid stage names'),
    expect.stringContaining('planted: no record'),
    expect.stringContaining('own: no record'),
  ]);
  const said = logger.records.map((l) => l.message).join('\n');
  expect(said).not.toContain('pwned');
  expect(said).not.toMatch(/\n\s*::/);
});
