/**
 * Runs the classifier over every labelled log of the corpus and prints a confusion table (rows: label,
 * columns: verdict), the accuracy over labelled failures, and the pass logs (negative controls) that got a
 * high-confidence claim. `--errors` lists each miss with the decisive line. Corpus: ../shared/corpus beside
 * the repo, or the directory given as the first non-flag argument.
 *   npm run eval:classify [-- [--errors] [CORPUS_DIR]]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyLogFile } from '../src/adapters/log-file.js';
import { errorMessage } from '../src/core/errors.js';
import { FAILURE_TYPES } from '../src/core/types.js';
import type { Classification } from '../src/core/types.js';

interface Label {
  id: string;
  source: string;
  type: string;
  confidence: string;
  evidence: string;
}

/** RFC 4180 CSV (quoted fields, doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f !== ''));
}

export function readLabels(corpus: string): Label[] {
  const [header, ...rows] = parseCsv(readFileSync(path.join(corpus, 'dev/labels.csv'), 'utf8'));
  if (!header) throw new Error('labels.csv is empty');
  const col = (name: string): number => header.indexOf(name);
  return rows.map((r) => ({
    id: r[col('id')] ?? '',
    source: r[col('source')] ?? '',
    type: r[col('type')] ?? '',
    confidence: r[col('confidence')] ?? '',
    evidence: r[col('evidence')] ?? '',
  }));
}

export function logPath(corpus: string, id: string): string {
  const plain = path.join(corpus, 'dev/logs', `${id}.log`);
  return existsSync(plain) ? plain : `${plain}.gz`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const corpus = path.resolve(
    args.find((a) => !a.startsWith('--')) ?? path.resolve(import.meta.dirname, '../../shared/corpus'),
  );
  const labels = readLabels(corpus);
  const columns = [...FAILURE_TYPES] as string[];
  const rows = ['pass', ...FAILURE_TYPES.filter((t) => t !== 'unknown'), 'unknown'];
  const table = new Map<string, Map<string, number>>();
  let failures = 0;
  let correct = 0;
  const passClaims: string[] = [];
  const misses: string[] = [];
  const bySource = new Map<string, { n: number; ok: number }>();
  const started = performance.now();
  for (const label of labels) {
    let verdict: Classification;
    try {
      verdict = await classifyLogFile(logPath(corpus, label.id));
    } catch (error) {
      misses.push(`${label.id} ERROR ${errorMessage(error)}`);
      continue;
    }
    const row = table.get(label.type) ?? new Map<string, number>();
    row.set(verdict.type, (row.get(verdict.type) ?? 0) + 1);
    table.set(label.type, row);
    if (label.type === 'pass') {
      if (verdict.type !== 'unknown' && verdict.confidence === 'high') {
        passClaims.push(
          `${label.id} claimed ${verdict.type} (${verdict.rule}) at line ${verdict.evidence?.line}: ${verdict.evidence?.text.slice(0, 120)}`,
        );
      }
      continue;
    }
    failures++;
    const source = bySource.get(label.source) ?? { n: 0, ok: 0 };
    source.n++;
    if (verdict.type === label.type) {
      correct++;
      source.ok++;
    } else {
      misses.push(
        `${label.id} ${label.source} label=${label.type} got=${verdict.type}/${verdict.confidence} rule=${verdict.rule}` +
          `\n    got line ${verdict.evidence?.line ?? '-'}: ${(verdict.evidence?.text ?? '').slice(0, 160)}` +
          `\n    label: ${label.evidence.slice(0, 160)}`,
      );
    }
    bySource.set(label.source, source);
  }
  const elapsed = performance.now() - started;
  const short = (t: string): string => t.slice(0, 7);
  const width = 8;
  const lines = [
    `${'label \\ got'.padEnd(16)}${columns.map((c) => short(c).padStart(width)).join('')}${'total'.padStart(width)}`,
  ];
  for (const type of rows) {
    const row = table.get(type);
    if (!row) continue;
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    lines.push(
      `${type.padEnd(16)}${columns.map((c) => String(row.get(c) ?? '.').padStart(width)).join('')}${String(total).padStart(width)}`,
    );
  }
  process.stdout.write(
    `Confusion table over ${labels.length} labelled logs in ${corpus}/dev\n\n${lines.join('\n')}\n\n`,
  );
  process.stdout.write(
    `Failures typed correctly: ${correct}/${failures} = ${((100 * correct) / Math.max(1, failures)).toFixed(1)}% (target >= 90%)\n`,
  );
  for (const [source, s] of bySource)
    process.stdout.write(`  ${source.padEnd(12)} ${s.ok}/${s.n} = ${((100 * s.ok) / s.n).toFixed(1)}%\n`);
  const passes = labels.filter((l) => l.type === 'pass').length;
  process.stdout.write(`Pass logs with a high-confidence claim: ${passClaims.length}/${passes} (target 0)\n`);
  for (const claim of passClaims) process.stdout.write(`  ${claim}\n`);
  process.stdout.write(`Time: ${(elapsed / 1000).toFixed(2)} s\n`);
  if (showErrors) process.stdout.write(`\nMisses:\n${misses.join('\n')}\n`);
}

// Run only as a script: the fixtures test and the benchmark import the corpus helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
