/**
 * The line a verdict shows, against the decisive line the labeller recorded (labels.csv `evidence`: the
 * line's text, as the log shows it once CI prefixes are stripped). A shown line counts as the labelled one when
 * it holds the labelled text (or the labelled text holds it; numbers aside: the same message about another
 * address or count states the same cause), and as a line of the same cause when it is within
 * NEAR lines of a line that holds the labelled text (a compiler's error and its location line, a test's name and
 * its assertion). Only failures whose labelled text is found in their log are measured.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stripLine } from '../src/core/classify/normalize.js';
import type { Classification } from '../src/core/types.js';
import type { Label } from './lopo.js';
import { logPath } from './lopo.js';

/** Lines around a labelled one that state the same cause (the measure: within 3 lines). */
export const NEAR = 3;

export interface ShownLine {
  id: string;
  source: string;
  /** as labelled (holds the text), near it (same cause), or elsewhere */
  shown: 'labelled' | 'near' | 'elsewhere';
  text: string;
  label: string;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
/** The same message with other numbers (an address, a count, a line number) states the same cause. */
const shape = (text: string): string => squash(text).replace(/\d+/g, '#');

/** The 1-based lines of `log` that hold the labelled text (numbers aside). */
export function labelledLines(lines: readonly string[], evidence: string): number[] {
  const want = shape(evidence);
  const out: number[] = [];
  if (want.length === 0) return out;
  lines.forEach((line, i) => {
    if (shape(line).includes(want)) out.push(i + 1);
  });
  return out;
}

/** How one verdict's shown line stands to the labelled one; undefined when the label's text is not in the log. */
export function judgeShown(
  lines: readonly string[],
  evidence: string,
  verdict: Pick<Classification, 'evidence'>,
): ShownLine['shown'] | undefined {
  const at = labelledLines(lines, evidence);
  if (at.length === 0) return undefined;
  const shown = verdict.evidence;
  if (!shown || shown.line <= 0) return 'elsewhere';
  const text = shape(shown.text);
  const want = shape(evidence);
  if (at.includes(shown.line) || (text.length >= 8 && (text.includes(want) || want.includes(text))))
    return 'labelled';
  return at.some((l) => Math.abs(l - shown.line) <= NEAR) ? 'near' : 'elsewhere';
}

/** The corpus log's lines, stripped as the rules read them. */
export function strippedLines(corpus: string, id: string): string[] {
  const file = logPath(corpus, id);
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return text.split('\n').map(stripLine);
}

/** Every labelled failure's shown line, judged (failures whose labelled text the log holds). */
export function shownLines(
  corpus: string,
  outcomes: readonly { label: Label; lopo: Classification }[],
): ShownLine[] {
  const out: ShownLine[] = [];
  for (const { label, lopo } of outcomes) {
    if (label.type === 'pass' || label.type === 'unknown' || label.evidence.trim() === '') continue;
    const shown = judgeShown(strippedLines(corpus, label.id), label.evidence, lopo);
    if (shown === undefined) continue;
    out.push({
      id: label.id,
      source: label.source,
      shown,
      text: lopo.evidence?.text ?? '',
      label: label.evidence,
    });
  }
  return out;
}

/** The figure's lines: all sources, then GitHub Actions whole-job logs, and with `errors` each line shown elsewhere. */
export function shownReport(rows: readonly ShownLine[], errors: boolean): string[] {
  const figure = (name: string, sel: readonly ShownLine[]): string => {
    const ok = sel.filter((r) => r.shown !== 'elsewhere').length;
    const labelled = sel.filter((r) => r.shown === 'labelled').length;
    return `  ${name.padEnd(28)} ${ok}/${sel.length} = ${((100 * ok) / Math.max(1, sel.length)).toFixed(1)}% (as labelled ${labelled}, within ${NEAR} lines ${ok - labelled})`;
  };
  const out = [
    `The line shown (LOPO verdicts) against the labelled decisive line, failures whose labelled text is in the log (target >= 90%):`,
    figure('all sources', rows),
    figure(
      'gha-committed',
      rows.filter((r) => r.source === 'gha-committed'),
    ),
  ];
  if (errors)
    for (const r of rows.filter((row) => row.shown === 'elsewhere'))
      out.push(`    ${r.id} shown: ${r.text.slice(0, 110)}\n          label: ${r.label.slice(0, 110)}`);
  return out;
}
