/**
 * Why each leave-one-project-out miss happens, by cause: reads each missed log's structure, where the label's
 * evidence line is, which rules match it, and the weighed pieces under LOPO. Prints one block per miss and a
 * suggested bucket (a: the wrong step; b: no rule on the decisive line; c: outweighed; d: dropped under LOPO).
 *   npx tsx bench/miss-causes.ts [CORPUS_DIR]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { classifyScan, evidencePieces, normalizeLine, weightOf } from '../src/core/classify/index.js';
import { heldOutRuleSet, logPath, prepareHoldOut } from './lopo.js';

const corpus = path.resolve(process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/corpus'));
const context = await prepareHoldOut(corpus);
const { scanned, full } = context;

function readLines(id: string): string[] {
  let bytes = readFileSync(logPath(corpus, id));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return bytes.toString('utf8').split('\n');
}

const counts = new Map<string, number>();
for (const project of [...new Set(scanned.map((s) => s.label.project))].sort()) {
  const mine = scanned.filter((s) => s.label.project === project);
  const { drop, ruleSet } = heldOutRuleSet(context, (label) => label.project, project);
  const { weights } = ruleSet;
  for (const { label, scan } of mine) {
    if (label.type === 'pass') continue;
    const lopo = classifyScan(scan.lines > 0 ? scan : undefined, {}, ruleSet);
    if (lopo.type === label.type) continue;
    const lines = readLines(label.id);
    const want = label.evidence.trim();
    const at: number[] = [];
    if (want)
      lines.forEach((l, i) => {
        if (normalizeLine(l).includes(want.slice(0, 80)) && at.length < 3) at.push(i + 1);
      });
    const step = scan.firstFailedStep;
    const steps = scan.structure?.steps ?? [];
    const inStep = step ? at.filter((n) => n >= step.from && n <= step.to) : at;
    const matching = at.length
      ? full.rules
          .filter((r) => r.re.test(normalizeLine(lines[(at[0] ?? 1) - 1] ?? '')))
          .map((r) => `${r.spec.id}:${r.spec.type}${drop.includes(`rule:${r.spec.id}`) ? '(dropped)' : ''}`)
      : [];
    const pieces = evidencePieces(scan, ruleSet, scan.command)
      .map((p) => ({ p, w: weightOf(p, weights) }))
      .sort((a, b) => b.w - a.w);
    const fullPieces = evidencePieces(scan, { ...full, drop: new Set() }, scan.command);
    const hasLabel = pieces.some(({ p }) => p.type === label.type);
    const fullHasLabel = fullPieces.some((p) => p.type === label.type);
    let bucket: string;
    if (at.length && step && inStep.length === 0) bucket = 'a';
    else if (hasLabel) bucket = 'c';
    else if (fullHasLabel) bucket = 'd';
    else bucket = 'b';
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    const out = [
      `=== ${label.id} ${project} ${label.source} label=${label.type} got=${lopo.type}/${lopo.confidence} rule=${lopo.rule} bucket~${bucket}`,
      `  format=${scan.structure?.format} steps=${steps.length} outcome=${scan.structure?.outcome} lines=${scan.lines} failed=${step ? `${step.step?.name?.slice(0, 60)} [${step.from}-${step.to}] kind=${step.step?.kind} exit=${step.step?.exitCode}` : '-'}`,
      `  label line(s) ${at.join(',') || '?'} in step: ${inStep.length > 0} : ${want.slice(0, 140)}`,
      `  rules on label line: ${matching.join(' ') || '-'}`,
      `  got line ${lopo.evidence?.line}: ${(lopo.evidence?.text ?? '').slice(0, 140)}`,
      `  pieces: ${pieces
        .slice(0, 8)
        .map(({ p, w }) => `${p.key}=${p.type}:${w.toFixed(2)}@${p.evidence.line}`)
        .join(' ')}`,
      `  command: ${JSON.stringify(scan.command?.failed.map((h) => h.text.slice(0, 50)))} ran=${JSON.stringify(scan.command?.ran.slice(-3).map((h) => h.text.slice(0, 50)))} step=${scan.command?.step?.text.slice(0, 60)}`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
process.stdout.write(`buckets: ${JSON.stringify([...counts])}\n`);
