/**
 * Config validation against hostile files: the real bundle (`dist/cli.js plan --config FILE`, which loads
 * and validates the file the way main and post do) on a tidy config, 100k unknown keys (~1 MB), 25k (under
 * the size limit), one 50 MB string, and 10k values of the wrong type. Wall time and peak RSS (GNU time's %M) of each run.
 *
 *   npm run build && npm run bench:config [-- CASE]   (BENCH_DIST=DIR: measure another build)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { standNode } from '../stand/services/node24.js';
import { repoRoot } from '../stand/services/paths.js';

// BENCH_DIST: another build to compare with (e.g. a copy of dist/ from before a change).
const bundle = path.join(process.env.BENCH_DIST ?? path.join(repoRoot, 'dist'), 'cli.js');
const TIME = '/usr/bin/time';
/** Run only the cases whose name holds this text. */
const only = process.argv[2];

const cases: Record<string, () => string> = {
  tidy: () => 'budgets:\n  STANDARD:\n    max-attempts: 2\n',
  '100k unknown keys': () => Array.from({ length: 100_000 }, (_, i) => `k${i}: 1\n`).join(''),
  '25k unknown keys': () => Array.from({ length: 25_000 }, (_, i) => `k${i}: 1\n`).join(''),
  '200 KiB string': () => `budgets: "${'x'.repeat(200 * 1024)}"\n`,
  '50 MB string': () => `budgets: "${'x'.repeat(50 * 1024 * 1024)}"\n`,
  '10k wrong types': () =>
    `lanes:\n  docs:\n${Array.from({ length: 10_000 }, (_, i) => `    - {bad: ${i}}\n`).join('')}`,
};

function measure(
  file: string,
): Promise<{ ms: number; rssMiB: number; code: number; firstLine: string; errBytes: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(
      TIME,
      ['-f', 'maxrss=%M', standNode(), bundle, 'plan', '--type', 'test', '--config', file],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // The head holds our message, the tail GNU time's figures; an echoed 50 MB value is not kept.
    let head = '';
    let tail = '';
    let errBytes = 0;
    child.stderr.on('data', (d: Buffer) => {
      errBytes += d.length;
      if (head.length < 4096) head += d.toString();
      tail = (tail + d.toString()).slice(-4096);
    });
    child.on('error', reject);
    child.on('close', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /maxrss=(\d+)/.exec(tail);
      const exit = /Command exited with non-zero status (\d+)/.exec(tail);
      const message = head.split('\n').find((l) => l.startsWith('ci-recovery')) ?? '';
      resolve({
        ms,
        rssMiB: rss ? Number(rss[1]) / 1024 : NaN,
        errBytes,
        code: exit ? Number(exit[1]) : 0,
        firstLine: message.length > 160 ? `${message.slice(0, 160)}... (${message.length} chars)` : message,
      });
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run 'npm run build' first`);
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for the peak RSS`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-config-'));
  console.log('| case | file size | exit | wall | peak RSS | stderr | first error line |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, make] of Object.entries(cases)) {
    if (only && !name.includes(only)) continue;
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.yml`);
    const text = make();
    await writeFile(file, text);
    const r = await measure(file);
    console.log(
      `| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB | ${r.code} | ${(r.ms / 1000).toFixed(2)} s | ${r.rssMiB.toFixed(0)} MiB | ${(r.errBytes / 1024).toFixed(0)} KiB | ${r.firstLine.replace(/\|/g, '\\|')} |`,
    );
  }
}

await main();
