/**
 * Writes the classifier's full verdict for every corpus log and every tool sample, one line each, so a change
 * made for speed alone can be checked to leave every output as it was:
 *   npx tsx bench/classify-dump.ts OUT_FILE [CORPUS_DIR]   (then `cmp` two dumps)
 * Each line: the input, its verdict (type, confidence, rule, retryable, evidence line and text, step), and a
 * digest of the whole scan (every rule's first and last hit and count, success line, structure, commands), as
 * read in the adapter's chunks and again in small odd-sized chunks that split lines, colour codes and UTF-8.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scanLogFile } from '../src/adapters/log-file.js';
import { classifyScan, defaultRuleSet, LogScanner } from '../src/core/classify/index.js';
import type { ScanResult } from '../src/core/classify/index.js';
import { logPath, readLabels, readToolSamples } from './lopo.js';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx bench/classify-dump.ts OUT_FILE [CORPUS_DIR]');
const corpus = path.resolve(process.argv[3] ?? path.resolve(import.meta.dirname, '../../shared/corpus'));
const ruleSet = defaultRuleSet();
/** Prime-sized chunks: boundaries fall inside lines, escape sequences and multi-byte characters. */
const SMALL_CHUNK = 4093;

function digest(scan: ScanResult): string {
  return createHash('sha256').update(JSON.stringify(scan)).digest('hex').slice(0, 16);
}

function scanInChunks(file: string): ScanResult {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const scanner = new LogScanner(ruleSet);
  for (let i = 0; i < bytes.length; i += SMALL_CHUNK) scanner.push(bytes.subarray(i, i + SMALL_CHUNK));
  return scanner.end();
}

async function line(name: string, file: string): Promise<string> {
  const scan = await scanLogFile(file, ruleSet);
  const v = classifyScan(scan.lines > 0 ? scan : undefined, {}, ruleSet);
  const small = digest(scanInChunks(file));
  const whole = digest(scan);
  return JSON.stringify({
    name,
    type: v.type,
    confidence: v.confidence,
    rule: v.rule,
    retryable: v.retryable,
    line: v.evidence?.line,
    text: v.evidence?.text,
    step: v.step,
    scan: whole,
    ...(small === whole ? {} : { smallChunks: small }),
  });
}

const lines: string[] = [];
for (const label of readLabels(corpus)) lines.push(await line(label.id, logPath(corpus, label.id)));
for (const sample of readToolSamples(corpus))
  lines.push(await line(`tools/${path.basename(sample.file)}`, sample.file));
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.length} verdicts written to ${out}\n`);
