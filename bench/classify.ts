/**
 * Classification speed and memory against the practical limit, in one run:
 *   npm run bench:classify [-- CORPUS_DIR]
 * Inputs: the largest corpus logs, a ~500 MB log made by concatenating corpus logs, and one 50 MB line with no
 * newline (generated under .tmp/bench-classify/, deleted afterwards). For each, our streaming classifier
 * (bundled with esbuild and run by plain node in a child process, so its peak RSS is its own) is timed
 * against `LC_ALL=C grep -E -c -f PATTERNS` over the same rule patterns (converted to POSIX ERE).
 * Targets: at most 2x grep's wall time; peak RSS under 128 MB. Also timed against what a user would compare
 * with: `LC_ALL=C grep -F -c -f WORDS` over a plain list of common failure words (no target, for context).
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { build } from 'esbuild';
import { defaultRuleSet } from '../src/core/classify/index.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(process.argv[2] ?? path.resolve(repoRoot, '../shared/corpus'));
const work = path.join(repoRoot, '.tmp/bench-classify');
const MB = 1 << 20;
/** The plain keyword list a user would grep for. */
const FAILURE_WORDS = ['error', 'failed', 'FAIL', 'fatal', 'exception', 'timed out'];

/** A JavaScript RegExp source as POSIX ERE for grep: same alternatives, lookaheads dropped (a superset). */
export function toEre(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      i++;
      const classes: Record<string, [string, string]> = {
        d: ['[0-9]', '0-9'],
        s: ['[[:space:]]', '[:space:]'],
        w: ['[[:alnum:]_]', '[:alnum:]_'],
        S: ['[^[:space:]]', ''],
      };
      const mapped = classes[n];
      if (mapped) out += inClass ? mapped[1] : mapped[0];
      else if (n === 'b') out += '';
      else if (/[1-9]/.test(n)) out += '[0-9]+';
      else out += inClass ? n : `\\${n}`;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
    } else if (c === '(' && source.startsWith('(?!', i)) {
      // Skip the negative lookahead group.
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else if (c === '(' && source.startsWith('(?:', i)) {
      out += '(';
      i += 2;
    } else if (c === '^' || c === '$') {
      // Anchors: grep sees raw lines (timestamps, CR) where our rules see normalized ones.
    } else out += c;
  }
  return out;
}

/** Wall time of one `LC_ALL=C grep ARGS`, in ms. */
function timeGrep(args: string[]): number {
  const t = performance.now();
  const r = spawnSync('grep', args, { env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8' });
  if (r.status === 2) throw new Error(`grep ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
}

function humanMB(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

async function decompressTo(src: string, dest: string): Promise<void> {
  await pipeline(
    createReadStream(src),
    src.endsWith('.gz') ? createGunzip() : (s: AsyncIterable<Buffer>) => s,
    createWriteStream(dest),
  );
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    // Our side: the real adapter bundled for plain node, reporting its own time and peak RSS.
    const child = path.join(work, 'child.mjs');
    const entry = path.join(work, 'child-entry.ts');
    writeFileSync(
      entry,
      `import { classifyLogFile } from ${JSON.stringify(path.join(repoRoot, 'src/adapters/log-file.ts'))};\n` +
        `const t = performance.now();\nconst v = await classifyLogFile(process.argv[2]);\n` +
        `process.stdout.write(JSON.stringify({ ms: performance.now() - t, maxRssKB: process.resourceUsage().maxRSS, type: v.type, rule: v.rule }));\n`,
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

    const patterns = path.join(work, 'patterns.ere');
    const rules = defaultRuleSet();
    writeFileSync(
      patterns,
      [
        ...rules.rules.map((r) => toEre(r.spec.pattern)),
        ...rules.success.map((s) => toEre(s.spec.pattern)),
        ...rules.stepEnds.map((s) => toEre(s.spec.pattern)),
        ...rules.commands.map((s) => toEre(s.spec.pattern)),
      ].join('\n') + '\n',
    );
    const words = path.join(work, 'words.txt');
    writeFileSync(words, `${FAILURE_WORDS.join('\n')}\n`);
    const check = spawnSync('grep', ['-E', '-c', '-f', patterns, '/dev/null'], { encoding: 'utf8' });
    if (check.status === 2) throw new Error(`grep rejects the converted patterns: ${check.stderr}`);

    // Inputs.
    const logsDir = path.join(corpus, 'dev/logs');
    const all = readdirSync(logsDir).map((name) => path.join(logsDir, name));
    const plain: string[] = [];
    for (const src of all) {
      const dest = path.join(work, path.basename(src).replace(/\.gz$/, ''));
      await decompressTo(src, dest);
      plain.push(dest);
    }
    plain.sort((a, b) => statSync(b).size - statSync(a).size);
    const largest = plain.slice(0, 4);
    const big = path.join(work, 'concat-500mb.log');
    {
      const out = createWriteStream(big);
      let written = 0;
      outer: for (;;) {
        for (const f of plain) {
          for await (const chunk of createReadStream(f, { highWaterMark: 4 * MB })) {
            if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
          }
          written += statSync(f).size;
          if (written >= 500 * MB) break outer;
        }
      }
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
    }
    const oneLine = path.join(work, 'one-line-50mb.log');
    {
      const out = createWriteStream(oneLine);
      out.write('[ERROR] No space left on device ');
      const block = Buffer.alloc(MB, 'abcdefghij');
      for (let i = 0; i < 50; i++)
        if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
      await new Promise<void>((resolve) => out.end(resolve));
    }
    // Warm the page cache so both sides read from memory.
    for (const f of [...largest, big, oneLine])
      spawnSync('cat', [f], { stdio: ['ignore', 'ignore', 'ignore'] });

    const rows: string[][] = [
      ['input', 'MB', 'ours ms', 'grep ms', 'ratio', 'words ms', 'ratio', 'ours RSS MB', 'verdict'],
    ];
    let worstRatio = 0;
    let worstWords = 0;
    let worstRss = 0;
    for (const f of [...largest, big, oneLine]) {
      const best = (run: () => number): number => Math.min(run(), run(), run());
      let report: { ms: number; maxRssKB: number; type: string; rule: string } = {
        ms: 0,
        maxRssKB: 0,
        type: '',
        rule: '',
      };
      const ours = best(() => {
        const t = performance.now();
        const r = spawnSync(process.execPath, [child, f], { encoding: 'utf8', maxBuffer: 1 << 20 });
        const ms = performance.now() - t;
        if (r.status !== 0) throw new Error(`classifier failed on ${f}: ${r.stderr}`);
        report = JSON.parse(r.stdout) as typeof report;
        return ms;
      });
      const grep = best(() => timeGrep(['-E', '-c', '-f', patterns, f]));
      const plainWords = best(() => timeGrep(['-F', '-c', '-f', words, f]));
      const ratio = ours / grep;
      worstRatio = Math.max(worstRatio, ratio);
      worstWords = Math.max(worstWords, ours / plainWords);
      worstRss = Math.max(worstRss, report.maxRssKB / 1024);
      rows.push([
        path.basename(f),
        humanMB(statSync(f).size),
        ours.toFixed(0),
        grep.toFixed(0),
        ratio.toFixed(2),
        plainWords.toFixed(0),
        (ours / plainWords).toFixed(2),
        (report.maxRssKB / 1024).toFixed(1),
        `${report.type} (${report.rule})`,
      ]);
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    process.stdout.write(
      `Classifier vs LC_ALL=C grep -E -c -f (${rules.rules.length + rules.success.length + rules.stepEnds.length + rules.commands.length} patterns) and vs LC_ALL=C grep -F -c -f (words: ${FAILURE_WORDS.join(', ')}), wall time incl. process start, best of 3\n\n`,
    );
    for (const row of rows)
      process.stdout.write(
        row
          .map((cell, i) =>
            i === 0 || i === 8 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
          )
          .join('  ') + '\n',
      );
    process.stdout.write(
      `\nWorst ratio ours/grep: ${worstRatio.toFixed(2)} (target <= 2.00)\nWorst ratio ours/plain word list: ${worstWords.toFixed(2)} (no target; what a user compares with)\nPeak RSS of ours: ${worstRss.toFixed(1)} MB (target < 128 MB)\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Run only as a script, so toEre can be imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
