/**
 * bench:checkpoint's mixed workspace (bench/workspaces.ts): a shape unlike node_modules, the same bytes on
 * every run (a before/after comparison across runs would otherwise compare different trees), and small
 * when asked (the size is a flag: tests and quick runs use a few hundred files).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateMixed, type Workspace } from '../../bench/workspaces.js';

let tmp: string;
beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-ws-'))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const MiB = 1024 * 1024;

function digest(ws: Workspace): string {
  const h = createHash('sha256');
  for (const f of [...ws.files].sort()) h.update(f).update(readFileSync(path.join(ws.dir, f)));
  return h.digest('hex');
}

test('the mixed workspace has the size asked for, every kind of file, and the same bytes for the same seed', async () => {
  const a = await generateMixed(path.join(tmp, 'a'), 44, 6 * MiB, 400);
  expect(a.files.length).toBe(400);
  const onDisk = a.files.reduce((n, f) => n + statSync(path.join(a.dir, f)).size, 0);
  expect(onDisk).toBe(a.bytes);
  expect(a.bytes).toBeGreaterThan(3 * MiB);
  expect(a.bytes).toBeLessThan(12 * MiB);
  const kinds = new Set(a.files.map((f) => f.split('/')[0]));
  expect([...kinds].sort()).toEqual(['assets', 'build', 'data', 'dist', 'packages']);
  // Many small files, a few big ones: the shape node_modules is not.
  const sizes = a.files.map((f) => statSync(path.join(a.dir, f)).size).sort((x, y) => x - y);
  expect(sizes[Math.floor(sizes.length / 2)]!).toBeLessThan(16 * 1024);
  expect(sizes.at(-1)!).toBeGreaterThanOrEqual(MiB);
  const b = await generateMixed(path.join(tmp, 'b'), 44, 6 * MiB, 400);
  expect(digest(b)).toBe(digest(a));
  const c = await generateMixed(path.join(tmp, 'c'), 45, 6 * MiB, 400);
  expect(digest(c)).not.toBe(digest(a));
});
