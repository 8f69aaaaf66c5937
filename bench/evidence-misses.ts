/**
 * Lists the labelled failures whose shown line the old judge (evidence-line.ts: as labelled or within NEAR lines)
 * refuses, with the line numbers and the lines between, so they can be sorted by mechanism. In-sample verdicts
 * (every rule, the shipped weights), read fast; `npm run eval:classify` gives the LOPO figure.
 *   npx tsx bench/evidence-misses.ts [--source S] [--figure] [CORPUS_DIR]
 * `--source S` keeps one source (`gha-committed`), `--figure` prints only the counts (old judge, per source).
 */
import path from 'node:path';
import { scanLogFile } from '../src/adapters/log-file.js';
import { classifyScan, defaultRuleSet } from '../src/core/classify/index.js';
import { isSummaryLine } from '../src/core/classify/cause-lines.js';
import { saysNoCause } from '../src/core/classify/shown-line.js';
import { judgeShown, labelledLines, NEAR, strippedLines, TALLY } from './evidence-line.js';
import { logPath, readLabels } from './lopo.js';

const args = process.argv.slice(2);
const at = args.indexOf('--source');
const only = at >= 0 ? args[at + 1] : undefined;
const figureOnly = args.includes('--figure');
const corpus = path.resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--source') ??
    path.resolve(import.meta.dirname, '../../shared/corpus'),
);
const ruleSet = defaultRuleSet();
const counts = new Map<string, [number, number]>();
const mechanisms = new Map<string, number>();
/** A line that sums up or wraps: a tally, a summary, a runner's wrapper, a header over a list. */
const sumsUp = (text: string): boolean =>
  TALLY.test(text) ||
  isSummaryLine(text) ||
  saysNoCause(text) ||
  /^(?:Failed tests|Tests in error):|:$|\bFAILED$|Failed to execute goal|Build (?:failed|completed)|failures? !!!|failed\.$/.test(
    text,
  );
/** Why a shown line misses, in general terms. */
function mechanismOf(shown: string, line: string, label: string): string {
  if (shown === '') return 'nothing shown';
  if (/^The command ".*" exited with|^\$ \S|^\++\S/.test(line)) return 'echo shown';
  if (sumsUp(shown) && !sumsUp(label)) return 'summary or wrapper shown';
  if (sumsUp(label) && !sumsUp(shown)) return 'label is a summary, a cause shown';
  if (sumsUp(label) && sumsUp(shown)) return 'both summaries';
  return 'another line stating a cause';
}
for (const label of readLabels(corpus)) {
  if (label.type === 'pass' || label.type === 'unknown' || label.evidence.trim() === '') continue;
  if (only !== undefined && label.source !== only) continue;
  const file = logPath(corpus, label.id);
  const scan = await scanLogFile(file, ruleSet);
  const verdict = classifyScan(scan.lines > 0 ? scan : undefined, {}, ruleSet);
  const lines = strippedLines(corpus, label.id);
  const shown = judgeShown(lines, label.evidence, verdict);
  if (shown === undefined) continue;
  const ok = shown === 'labelled' || shown === 'near';
  for (const key of ['all', label.source]) {
    const [n, right] = counts.get(key) ?? [0, 0];
    counts.set(key, [n + 1, right + (ok ? 1 : 0)]);
  }
  if (ok || figureOnly) continue;
  const want = labelledLines(lines, label.evidence);
  const line = verdict.evidence?.line ?? 0;
  const mechanism = mechanismOf(
    verdict.evidence?.text ?? '',
    lines[(verdict.evidence?.line ?? 0) - 1] ?? '',
    label.evidence,
  );
  mechanisms.set(mechanism, (mechanisms.get(mechanism) ?? 0) + 1);
  console.log(
    `${label.id} ${label.source} ${verdict.type}/${verdict.rule} (${label.type}) new judge: ${shown}; ${mechanism}`,
  );
  console.log(`  shown ${line}: ${(verdict.evidence?.text ?? '').slice(0, 140)}`);
  console.log(`  label ${want.slice(0, 5).join(',')}: ${label.evidence.slice(0, 140)}`);
  const near = want.reduce((a, b) => (Math.abs(b - line) < Math.abs(a - line) ? b : a), want[0]!);
  if (line > 0 && Math.abs(near - line) <= 40)
    for (let i = Math.min(near, line) - 1; i <= Math.max(near, line) + 1; i++)
      if (i >= 1 && i <= lines.length)
        console.log(
          `    ${i === line ? 'S' : want.includes(i) ? 'L' : ' '}${String(i).padStart(6)} ${lines[i - 1]!.slice(0, 150)}`,
        );
}
for (const [key, n] of [...mechanisms].sort((a, b) => b[1] - a[1]))
  console.log(`miss: ${key.padEnd(36)} ${n}`);
for (const [key, [n, right]] of counts)
  console.log(
    `${key.padEnd(20)} old judge (within ${NEAR}) ${right}/${n} = ${((100 * right) / n).toFixed(1)}%`,
  );
