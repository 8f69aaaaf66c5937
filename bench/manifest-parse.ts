/**
 * How long parseManifest takes on a real manifest: the parse every incremental save pays for its parent's
 * local copy, a keyed path's lookup for its entry, and a restore for the checkpoint it restores.
 *
 *   npx tsx bench/manifest-parse.ts FILE [--runs 40]
 *
 * FILE is a manifest as a store or a local copy holds it, e.g. one saved by
 * `node dist/cli.js checkpoint --name n --paths node_modules --store dir:/tmp/s` (then /tmp/s/n.manifest.json,
 * or the local copy in /tmp/s/.local/). Prints the median and the quartiles over the runs (after two
 * warm-up runs); run it on two revisions, in turns, to compare them.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseManifest } from '../src/checkpoint/core/index.js';
import { median } from './stats.js';

const [file] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--runs');
if (!file) throw new Error('usage: npx tsx bench/manifest-parse.ts FILE [--runs 40]');
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 40;
const text = readFileSync(file, 'utf8');
for (let i = 0; i < 2; i++) parseManifest(text, file);
const times: number[] = [];
let entries = 0;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  entries = parseManifest(text, file).entries.length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const q = (f: number): string => (times[Math.floor(f * (times.length - 1))] ?? 0).toFixed(1);
console.log(
  `parseManifest: ${entries} entries, ${(text.length / 1048576).toFixed(1)} MiB: median ${median(times).toFixed(1)} ms (quartiles ${q(0.25)}-${q(0.75)} ms, ${runs} runs)`,
);
