/**
 * The save before a stage right after a resume, old way (an incremental on the restored checkpoint, with
 * its stat facts) against the new one (the restored checkpoint stands for it), paired by round, on a copy
 * of this repository's node_modules. Prints each pair and the medians.
 *   npx tsx bench/reuse-pair.ts [rounds]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, restoreCheckpoint, saveCheckpoint } from '../src/checkpoint/adapters/index.js';
import { repoRoot } from '../stand/services/paths.js';

const rounds = Number(process.argv[2] ?? 3);
const tmp = mkdtempSync(path.join(process.env.PAIR_TMP ?? os.tmpdir(), 'reuse-pair-'));
try {
  const first = path.join(tmp, 'a1');
  mkdirSync(first);
  // Hard links: the save only reads them (each is reported as a file with other names).
  execFileSync('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(first, 'node_modules')]);
  const store = await openStore(`dir:${path.join(tmp, 'store')}`, { cwd: tmp });
  const meta = { stage: 'test', job: 'build', runId: '7', attempt: 1, completedStages: ['install', 'build'] };
  const resumedId = 'ci-recovery-ckpt-r7-build-a1-test-001';
  await saveCheckpoint({ store, workspace: first, paths: ['node_modules'], id: resumedId, meta });
  const ws = path.join(tmp, 'a2');
  mkdirSync(ws);
  const cache = path.join(tmp, 'manifests');
  const t = performance.now();
  await restoreCheckpoint({
    store,
    checkpoint: resumedId,
    dest: ws,
    workspace: ws,
    manifestCache: cache,
    journalDir: path.join(tmp, 'j'),
  });
  console.log(
    `restore (not compared): ${((performance.now() - t) / 1000).toFixed(2)} s; load ${os.loadavg()[0]?.toFixed(2)}`,
  );
  const base = {
    store,
    workspace: ws,
    paths: ['node_modules'],
    meta: { ...meta, attempt: 2 },
    parent: resumedId,
    manifestCache: cache,
  };
  const olds: number[] = [];
  const news: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let s = performance.now();
    const old = await saveCheckpoint({ ...base, id: `ci-recovery-ckpt-r7-build-a2-test-${100 + i}` });
    olds.push(performance.now() - s);
    s = performance.now();
    const now = await saveCheckpoint({
      ...base,
      id: `ci-recovery-ckpt-r7-build-a2-test-${200 + i}`,
      reuse: resumedId,
    });
    news.push(performance.now() - s);
    console.log(
      `round ${i + 1}: old ${olds[i]!.toFixed(0)} ms (${old.stored} stored), new ${news[i]!.toFixed(0)} ms (reused ${now.reused}); load ${os.loadavg()[0]?.toFixed(2)}`,
    );
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`median: old ${median(olds).toFixed(0)} ms, new ${median(news).toFixed(0)} ms`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
