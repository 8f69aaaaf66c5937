/**
 * The CLI's progress line counts files as well as bytes: every file a save packs and a restore unpacks,
 * with the real tar stream, drawn on a fake terminal with a clock that lets every update through.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DirStore,
  restoreCheckpoint,
  saveCheckpoint,
  type CheckpointStore,
} from '../../src/checkpoint/adapters/index.js';
import { Progress, withArchiveProgress, withFileCounts } from '../../src/cli/progress.js';

let tmp: string;
let ws: string;
let store: CheckpointStore;
const meta = { stage: 'build', job: 'cli', runId: 'local', attempt: 1 };

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ckpt-progress-'));
  ws = path.join(tmp, 'ws');
  mkdirSync(path.join(ws, 'src/deep'), { recursive: true });
  for (let i = 0; i < 7; i++) writeFileSync(path.join(ws, `src/f${i}.txt`), `file ${i}\n`.repeat(100));
  writeFileSync(path.join(ws, 'src/deep/big.bin'), Buffer.alloc(600 * 1024, 7)); // streamed, not read whole
  store = new DirStore(path.join(tmp, 'store'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A progress on a fake terminal whose clock moves 200 ms per look, so that every update is drawn. */
function onTerminal(label: string): { progress: Progress; lines: string[] } {
  let now = 0;
  const lines: string[] = [];
  const sink = { isTTY: true, write: (t: string) => lines.push(t) };
  const progress = new Progress(label, sink, { countFiles: true, now: () => (now += 200) });
  return { progress, lines };
}

const drawn = (lines: string[]): string[] => lines.map((l) => l.replace('\r\x1b[K', '')).filter(Boolean);
const filesIn = (line: string): number => Number(/: (\d+) files, /.exec(line)?.[1]);

test('a save counts each file it packs, a restore each file it writes, with the bytes', async () => {
  const saving = onTerminal('checkpoint');
  await withFileCounts(saving.progress, () =>
    saveCheckpoint({
      store: withArchiveProgress(store, saving.progress),
      workspace: ws,
      paths: ['src'],
      id: 'c1',
      meta,
    }),
  );
  const saved = drawn(saving.lines);
  expect(saved.every((l) => /^checkpoint: \d+ files, \d+(\.\d)? [KM]?i?B, /.test(l))).toBe(true);
  expect(saved.map(filesIn)).toEqual([...saved.map(filesIn)].sort((a, b) => a - b)); // counts only go up
  expect(Math.max(...saved.map(filesIn))).toBe(8);
  expect(saving.lines.at(-1)).toBe('\r\x1b[K'); // cleared at the end

  // Two files differ from the checkpoint: only those are written.
  writeFileSync(path.join(ws, 'src/f1.txt'), 'changed');
  rmSync(path.join(ws, 'src/deep/big.bin'));
  const restoring = onTerminal('restore');
  await withFileCounts(restoring.progress, () =>
    restoreCheckpoint({ store: withArchiveProgress(store, restoring.progress), checkpoint: 'c1', dest: ws }),
  );
  const restored = drawn(restoring.lines);
  expect(Math.max(...restored.map(filesIn))).toBe(2);
  expect(restored.at(-1)).toMatch(/^restore: 2 files, /);
});

test('without a progress nothing is counted, and files packed outside the call are not counted', async () => {
  const { progress, lines } = onTerminal('checkpoint');
  await withFileCounts(undefined, () =>
    saveCheckpoint({ store, workspace: ws, paths: ['src'], id: 'c1', meta }),
  );
  await saveCheckpoint({ store, workspace: ws, paths: ['src'], id: 'c2', meta, full: true });
  progress.add(0, 0);
  expect(drawn(lines)).toEqual(['checkpoint: 0 files, 0 B, 0 B/s']);
});
