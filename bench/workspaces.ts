/**
 * The workspaces bench/checkpoint.ts measures, seeded so every run writes the same bytes: a tree like
 * node_modules plus build output, and a mixed workspace unlike it (a monorepo's sources, images, data,
 * objects and a few MB-sized binaries), and the 1 % change an incremental checkpoint is timed after.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';

const MiB = 1024 * 1024;

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded pseudo-random bytes, fast (AES-CTR keystream). */
function randomBytesSeeded(seed: string, n: number): Buffer {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16);
  const c = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  return c.update(Buffer.alloc(n));
}

const WORDS = (
  'const let var function return if else for while import export from default class extends new this ' +
  'module require exports async await true false null undefined typeof instanceof object string number ' +
  'value index length push map filter reduce options config result error callback promise resolve reject'
).split(' ');

function textFile(r: () => number, size: number): string {
  const lines: string[] = [];
  let n = 0;
  while (n < size) {
    const words = 3 + Math.floor(r() * 9);
    let line = '  '.repeat(Math.floor(r() * 4));
    for (let i = 0; i < words; i++)
      line +=
        WORDS[Math.floor(r() * WORDS.length)]! + (r() < 0.2 ? '(' + Math.floor(r() * 1000) + ');' : ' ');
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n').slice(0, size);
}

/** Build-output-like bytes: mostly repeated/structured blocks, about a third incompressible. */
function binaryFile(seed: string, size: number): Buffer {
  const r = rng(Number.parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16));
  const noise = randomBytesSeeded(seed, size);
  const out = Buffer.allocUnsafe(size);
  const block = 64 * 1024;
  const dict = randomBytesSeeded(`${seed}-dict`, 16 * 1024);
  for (let off = 0; off < size; off += block) {
    const len = Math.min(block, size - off);
    if (r() < 0.35) noise.copy(out, off, off, off + len);
    else {
      // Repeating 16 KiB patterns with sparse changes, like code sections and tables.
      for (let i = 0; i < len; i++)
        out[off + i] = dict[(i + off) % dict.length]! ^ (r() < 0.02 ? Math.floor(r() * 256) : 0);
    }
  }
  return out;
}

export interface Workspace {
  dir: string;
  files: string[];
  bytes: number;
}

export async function generateNodeModules(
  dir: string,
  seed: number,
  targetBytes: number,
  fileCount: number,
): Promise<Workspace> {
  const r = rng(seed);
  const files: string[] = [];
  let bytes = 0;
  const binaries = Math.max(4, Math.round(fileCount / 650));
  const textCount = fileCount - binaries;
  const textBudget = targetBytes * 0.27;
  const meanText = textBudget / textCount;
  let pkg = 0;
  let inPkg = 0;
  for (let i = 0; i < textCount; i++) {
    if (inPkg === 0) {
      pkg++;
      inPkg = 10 + Math.floor(r() * 40);
    }
    inPkg--;
    const sub = r() < 0.5 ? 'lib' : r() < 0.5 ? 'dist' : 'src/util';
    const rel = `node_modules/pkg-${pkg}/${sub}/f${i}.${r() < 0.8 ? 'js' : r() < 0.5 ? 'json' : 'md'}`;
    // Skewed sizes: most small, a few tens of KB.
    const size = Math.max(60, Math.round(meanText * -Math.log(1 - r() * 0.999)));
    await mkdir(path.join(dir, path.dirname(rel)), { recursive: true });
    await writeFile(path.join(dir, rel), textFile(r, size));
    files.push(rel);
    bytes += size;
    if (i % 997 === 0) await writeFile(path.join(dir, `node_modules/pkg-${pkg}/.npmignore`), 'test\n');
  }
  const binBudget = targetBytes - bytes;
  await mkdir(path.join(dir, 'build/out'), { recursive: true });
  for (let b = 0; b < binaries; b++) {
    const size = Math.round((binBudget / binaries) * (0.5 + r()));
    const rel = `build/out/artifact-${b}.bin`;
    await writeFile(path.join(dir, rel), binaryFile(`${seed}-${b}`, size));
    files.push(rel);
    bytes += size;
  }
  return { dir, files, bytes };
}

/** Changes `fraction` of the files (seeded): appends to text files, flips a block in binaries. */
export async function mutate(ws: Workspace, fraction: number, seed: number): Promise<number> {
  const r = rng(seed);
  let n = 0;
  for (const rel of ws.files) {
    if (r() >= fraction) continue;
    const fh = await open(path.join(ws.dir, rel), 'r+');
    try {
      const { size } = await fh.stat();
      await fh.write(Buffer.from(`/* changed ${seed} */`), 0, undefined, Math.floor(size / 2));
    } finally {
      await fh.close();
    }
    n++;
  }
  return n;
}

/** Writes `count` files of the kind `write` makes, sizes drawn around `budget / count` (seeded). */
async function writeMany(
  dir: string,
  ws: Workspace,
  r: () => number,
  count: number,
  budget: number,
  spread: [number, number],
  name: (i: number) => string,
  write: (rel: string, size: number) => Buffer | string,
): Promise<void> {
  const mean = budget / Math.max(1, count);
  for (let i = 0; i < count; i++) {
    // Skewed sizes within [spread]: most below the mean, a few well above it.
    const size = Math.round(Math.min(spread[1], Math.max(spread[0], mean * -Math.log(1 - r() * 0.999))));
    const rel = name(i);
    await mkdir(path.join(dir, path.dirname(rel)), { recursive: true });
    const data = write(rel, size);
    await writeFile(path.join(dir, rel), data);
    ws.files.push(rel);
    // What was written (a text can end a line short of the size drawn).
    ws.bytes += Buffer.byteLength(data);
  }
}

/**
 * A workspace unlike node_modules, about `fileCount` files and `targetBytes` bytes: many small sources
 * and docs (text), images (incompressible), data files (text, up to MBs), object files (partly
 * compressible) and a few MB-sized build outputs; in a few hundred directories of mixed depth.
 */
export async function generateMixed(
  dir: string,
  seed: number,
  targetBytes: number,
  fileCount: number,
): Promise<Workspace> {
  const r = rng(seed);
  const ws: Workspace = { dir, files: [], bytes: 0 };
  const n = (share: number, least: number): number => Math.max(least, Math.round(fileCount * share));
  const [big, data, images, objects] = [n(0.001, 2), n(0.004, 2), n(0.075, 4), n(0.07, 4)];
  const texts = Math.max(10, fileCount - big - data - images - objects);
  const text = (_rel: string, size: number): string => textFile(r, size);
  const packages = Math.max(2, Math.round(texts / 120));
  await writeMany(
    dir,
    ws,
    r,
    texts,
    targetBytes * 0.17,
    [40, 64 * 1024],
    (i) => {
      const p = i % packages;
      const depth = ['src', 'src/lib', 'src/lib/internal', 'test', 'docs'][Math.floor(r() * 5)]!;
      return `packages/p${p}/${depth}/m${i}.${depth === 'docs' ? 'md' : r() < 0.9 ? 'ts' : 'json'}`;
    },
    text,
  );
  await writeMany(
    dir,
    ws,
    r,
    data,
    targetBytes * 0.08,
    [64 * 1024, 4 * MiB],
    (i) => `data/set-${i}.csv`,
    text,
  );
  await writeMany(
    dir,
    ws,
    r,
    images,
    targetBytes * 0.3,
    [2 * 1024, 1 * MiB],
    (i) => {
      return `assets/img/${i % 16}/image-${i}.png`;
    },
    (rel, size) => randomBytesSeeded(`${seed}-${rel}`, size),
  );
  await writeMany(
    dir,
    ws,
    r,
    objects,
    targetBytes * 0.15,
    [4 * 1024, 2 * MiB],
    (i) => {
      return `build/obj/${i % 24}/unit-${i}.o`;
    },
    (rel, size) => binaryFile(`${seed}-${rel}`, size),
  );
  await writeMany(
    dir,
    ws,
    r,
    big,
    targetBytes * 0.3,
    [1 * MiB, 64 * MiB],
    (i) => `dist/bundle-${i}.bin`,
    (rel, size) => binaryFile(`${seed}-${rel}`, size),
  );
  return ws;
}
