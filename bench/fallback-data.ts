/**
 * The learned fallback's training lines (src/core/classify/fallback-train.ts): each labelled failure's decisive
 * evidence line (dev/labels.csv `evidence`, normalized as the scanner normalizes a log line), and the lines of
 * the tools' own output (tools/, the first type tools.csv gives, at most TOOL_LINES per tool so no one tool
 * outweighs the logs), and as `unknown` the error-shaped lines (fallback.ts isErrorShaped) that the scanner
 * kept of passing jobs' logs: what a line that decided nothing looks like. Sorted by id, so the same corpus
 * gives the same model.
 */
import { readFileSync } from 'node:fs';
import { stripLine } from '../src/core/classify/normalize.js';
import type { TrainingLine } from '../src/core/classify/fallback-train.js';
import { FALLBACK_CLASSES } from '../src/core/classify/fallback-train.js';
import type { ScanResult } from '../src/core/classify/index.js';
import type { FailureType } from '../src/core/types.js';
import type { Label } from './lopo.js';
import { readLabels, readToolSamples } from './lopo.js';

/** A training line with where it came from: tool lines have no project or source of the labelled logs. */
export interface SourcedLine extends TrainingLine {
  id: string;
  project: string;
  source: string;
}

const TOOL_LINES = 20;

export function fallbackLines(
  corpus: string,
  scanned: readonly { label: Label; scan: ScanResult }[],
): SourcedLine[] {
  const lines: SourcedLine[] = [];
  for (const { label, scan } of scanned) {
    if (label.type !== 'pass') continue;
    for (const { text } of scan.tail ?? [])
      lines.push({ id: label.id, project: label.project, source: label.source, text, type: 'unknown' });
  }
  for (const label of readLabels(corpus)) {
    const type = label.type as FailureType;
    if (type === 'unknown') continue;
    const text = stripLine(label.evidence);
    if (!FALLBACK_CLASSES.includes(type) || !text) continue;
    lines.push({ id: label.id, project: label.project, source: label.source, text, type });
  }
  for (const sample of readToolSamples(corpus)) {
    const type = sample.types[0] as FailureType | undefined;
    if (!type || !FALLBACK_CLASSES.includes(type)) continue;
    const own = readFileSync(sample.file, 'utf8')
      .split('\n')
      .map(stripLine)
      .filter((t) => t !== '')
      .slice(0, TOOL_LINES);
    for (const text of own)
      lines.push({
        id: `tools:${sample.tool}`,
        project: `tools:${sample.tool}`,
        source: 'tools',
        text,
        type,
      });
  }
  return lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
