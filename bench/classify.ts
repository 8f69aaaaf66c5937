/**
 * Classification speed and memory against the bar, in one run:
 *   npm run bench:classify [-- CORPUS_DIR [PAIRS]]
 * The bar: on a 270 MB real log (corpus logs concatenated), at most 2.5x the wall time of
 * `LC_ALL=C grep -E -c -f ../shared/bench/grep-patterns.txt` (66 fixed common failure patterns, so the
 * baseline does not grow with our rules), and a peak RSS under 128 MB. Also measured, without a target: the
 * largest corpus logs and one 50 MB line with no newline. Our side is the real adapter bundled with esbuild and
 * run by plain node in a child process (its peak RSS is its own). Runs come in pairs, ours and grep's
 * interleaved (the order alternating) so a noisy neighbour weighs on both; the figures are medians. Each run's
 * CPU time (bash's `times`) is printed beside its wall time: on a busy machine the wall ratio drifts (node's
 * helper threads get more of the CPUs than single-threaded grep), the CPU ratio does not. Inputs are generated
 * under the system's temporary directory and deleted afterwards.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { WriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { build } from 'esbuild';
import { median } from './stats.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(process.argv[2] ?? path.resolve(repoRoot, '../shared/corpus'));
const patterns = path.resolve(corpus, '../bench/grep-patterns.txt');
const pairs = Number(process.argv[3] ?? 5);
const MB = 1 << 20;
const BIG_MB = 270;
const TARGET_RATIO = 2.5;
const TARGET_RSS_MB = 128;

interface Report {
  ms: number;
  maxRssKB: number;
  type: string;
  rule: string;
}

interface Row {
  name: string;
  mb: number;
  ours: number;
  grep: number;
  oursCpu: number;
  grepCpu: number;
  rssMB: number;
  verdict: string;
}

/** The real adapter, bundled for plain node, reporting its verdict and its own peak RSS. */
async function bundleChild(work: string): Promise<string> {
  const child = path.join(work, 'child.mjs');
  const entry = path.join(work, 'child-entry.ts');
  writeFileSync(
    entry,
    `import { classifyLogFile } from ${JSON.stringify(path.join(repoRoot, 'src/adapters/log-file.ts'))};\n` +
      `const t = performance.now();\nconst v = await classifyLogFile(process.argv[2]);\n` +
      `process.stdout.write(JSON.stringify({ ms: performance.now() - t, maxRssKB: process.resourceUsage().maxRSS, type: v.type, rule: v.rule }) + '\\n');\n`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'error',
  });
  return child;
}

async function write(out: WriteStream, data: Buffer | string): Promise<void> {
  if (!out.write(data)) await new Promise<void>((r) => out.once('drain', () => r()));
}

async function close(out: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** The corpus logs, decompressed, largest first. */
async function plainLogs(work: string): Promise<string[]> {
  const logsDir = path.join(corpus, 'dev/logs');
  const plain: string[] = [];
  for (const name of readdirSync(logsDir).sort()) {
    const src = path.join(logsDir, name);
    const dest = path.join(work, name.replace(/\.gz$/, ''));
    await pipeline(
      createReadStream(src),
      src.endsWith('.gz') ? createGunzip() : (s: AsyncIterable<Buffer>) => s,
      createWriteStream(dest),
    );
    plain.push(dest);
  }
  return plain.sort((a, b) => statSync(b).size - statSync(a).size);
}

/** A real log of `mb` MB: corpus logs end to end (in id order, repeated as needed), cut at a line end. */
async function concatenated(work: string, logs: string[], mb: number): Promise<string> {
  const big = path.join(work, `concat-${mb}mb.log`);
  const out = createWriteStream(big);
  const ordered = [...logs].sort();
  let written = 0;
  for (let i = 0; written < mb * MB; i = (i + 1) % ordered.length) {
    for await (const chunk of createReadStream(ordered[i] ?? '', { highWaterMark: 4 * MB })) {
      await write(out, chunk as Buffer);
      written += (chunk as Buffer).length;
    }
    await write(out, '\n');
    written += 1;
  }
  await close(out);
  return big;
}

async function oneLine(work: string): Promise<string> {
  const file = path.join(work, 'one-line-50mb.log');
  const out = createWriteStream(file);
  await write(out, '[ERROR] No space left on device ');
  const block = Buffer.alloc(MB, 'abcdefghij');
  for (let i = 0; i < 50; i++) await write(out, block);
  await close(out);
  return file;
}

/** One timed run; also its CPU time (user + system, all threads), which a busy machine does not inflate. */
interface Run {
  ms: number;
  cpuMs: number;
  stdout: string;
  status: number | null;
  stderr: string;
}

/**
 * Runs a command under bash, whose `times` gives the command's CPU time (both sides pay the same wrapper). Its
 * output is captured through a pipe, not sent to /dev/null, where grep would stop at the first match.
 */
function timed(command: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const t = performance.now();
  const r = spawnSync('bash', ['-c', '"$@"; status=$?; times; exit $status', 'bench', ...command], {
    env,
    encoding: 'utf8',
    maxBuffer: MB,
  });
  const ms = performance.now() - t;
  const lines = r.stdout.trimEnd().split('\n');
  const children = lines.pop() ?? '';
  lines.pop(); // the shell's own times
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  const cpuMs = 1000 * seconds.reduce((a, b) => a + b, 0);
  return { ms, cpuMs, stdout: lines.join('\n'), status: r.status, stderr: r.stderr };
}

function runOurs(child: string, file: string): [Run, Report] {
  const r = timed([process.execPath, child, file]);
  if (r.status !== 0) throw new Error(`classifier failed on ${file}: ${r.stderr}`);
  return [r, JSON.parse(r.stdout) as Report];
}

function runGrep(file: string): Run {
  const r = timed(['grep', '-E', '-c', '-f', patterns, file], { ...process.env, LC_ALL: 'C' });
  if (r.status === 2) throw new Error(`grep -E -c -f ${patterns} ${file} failed: ${r.stderr}`);
  return r;
}

/** `n` pairs, ours and grep's interleaved, the order alternating; medians of each side. */
function measure(child: string, file: string, n: number): Row {
  const ours: Run[] = [];
  const grep: Run[] = [];
  let rssKB = 0;
  let report: Report | undefined;
  for (let i = 0; i < n; i++) {
    const oursFirst = i % 2 === 0;
    if (!oursFirst) grep.push(runGrep(file));
    const [run, r] = runOurs(child, file);
    ours.push(run);
    rssKB = Math.max(rssKB, r.maxRssKB);
    report = r;
    if (oursFirst) grep.push(runGrep(file));
  }
  return {
    name: path.basename(file),
    mb: statSync(file).size / MB,
    ours: median(ours.map((r) => r.ms)),
    grep: median(grep.map((r) => r.ms)),
    oursCpu: median(ours.map((r) => r.cpuMs)),
    grepCpu: median(grep.map((r) => r.cpuMs)),
    rssMB: rssKB / 1024,
    verdict: `${report?.type} (${report?.rule})`,
  };
}

function print(rows: Row[], big: Row): void {
  const table = [
    ['input', 'MB', 'ours ms', 'grep ms', 'ratio', 'ours CPU', 'grep CPU', 'ratio', 'ours RSS MB', 'verdict'],
    ...rows.map((r) => [
      r.name,
      r.mb.toFixed(1),
      r.ours.toFixed(0),
      r.grep.toFixed(0),
      (r.ours / r.grep).toFixed(2),
      r.oursCpu.toFixed(0),
      r.grepCpu.toFixed(0),
      (r.oursCpu / r.grepCpu).toFixed(2),
      r.rssMB.toFixed(1),
      r.verdict,
    ]),
  ];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  const pad = (cell: string, i: number): string =>
    i === 0 || i === 9 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  process.stdout.write(
    `Classifier (node ${process.version}, whole adapter in a child process) vs LC_ALL=C grep -E -c -f ${path.relative(repoRoot, patterns)}; wall time incl. process start, and CPU time (user + system, ms); medians of ${pairs} interleaved pairs; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs\n\n`,
  );
  for (const row of table) process.stdout.write(`${row.map(pad).join('  ')}\n`);
  const ratio = big.ours / big.grep;
  const cpuRatio = big.oursCpu / big.grepCpu;
  const rss = Math.max(...rows.map((r) => r.rssMB));
  process.stdout.write(
    `\nRatio ours/grep on the ${BIG_MB} MB log: ${ratio.toFixed(2)} (target <= ${TARGET_RATIO.toFixed(2)}) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}\n` +
      `CPU time ratio on the ${BIG_MB} MB log: ${cpuRatio.toFixed(2)} (the wall ratio an idle machine would show; a busy one favours the multi-threaded side)\n` +
      `Peak RSS of ours: ${rss.toFixed(1)} MB (target < ${TARGET_RSS_MB} MB) ${rss < TARGET_RSS_MB ? 'OK' : 'OVER'}\n`,
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-classify-'));
  try {
    const child = await bundleChild(work);
    const logs = await plainLogs(work);
    const big = await concatenated(work, logs, BIG_MB);
    const inputs = [...logs.slice(0, 4), await oneLine(work)];
    // Warm the page cache so both sides read from memory.
    for (const f of [big, ...inputs]) spawnSync('cat', [f], { stdio: ['ignore', 'ignore', 'ignore'] });
    const headline = measure(child, big, pairs);
    const rows = [...inputs.map((f) => measure(child, f, pairs)), headline];
    print(rows, headline);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
