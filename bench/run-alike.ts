/**
 * run/ against the job log on the corpus: for every failed GitHub Actions log whose first failed step is a `run:`
 * step, that step's own output (the lines between its header and its exit line, runner timestamps off), its
 * script and its exit status are classified as run/ hands them over (phases/run-classify.ts: `wholeStep`), and
 * compared with the whole job log's verdict and with the label:
 *   npx tsx bench/run-alike.ts [CORPUS_DIR] [--list]
 * A run/ user wraps the step's command; where the two verdicts differ, run/ would retry or not where the job log's
 * reading would not. (The job log also holds the steps before; run/'s output is the command's alone.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { classify, defaultRuleSet, scanText } from '../src/core/classify/index.js';
import { decide } from '../src/core/policy.js';
import type { Classification } from '../src/core/types.js';
import { logPath, readLabels } from './lopo.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const corpus = path.resolve(
  args.find((a) => !a.startsWith('--')) ?? path.resolve(import.meta.dirname, '../../shared/corpus'),
);
const ruleSet = defaultRuleSet();

const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** The runner's cyan on a multi-line script's header lines. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
const EXIT = /^##\[error\]Process completed with exit code (\d+)\.$/;

/** The failed `run:` step's script, output and status, or undefined where the log shows none. */
function failedRunStep(
  lines: string[],
  from: number,
  to: number,
): { script: string; output: string[]; exit: number } | undefined {
  // Lines are 1-based in a scan; the step's header is its first line.
  const step = lines.slice(from - 1, to).map((l) => l.replace(TIMESTAMP, ''));
  const header = step.findIndex((l) => l.startsWith('##[group]Run '));
  if (header < 0) return undefined;
  const shell = step.findIndex((l, i) => i > header && /^shell: /.test(l));
  const end = step.findIndex((l, i) => i > header && l === '##[endgroup]');
  if (shell < 0 || end < 0) return undefined;
  const first = (step[header] ?? '').slice('##[group]Run '.length);
  const body = step.slice(header + 1, shell).map((l) => l.replace(ANSI, ''));
  const script = body.length > 1 ? body.join('\n') : first;
  const exitAt = step.findIndex((l, i) => i > end && EXIT.test(l));
  if (exitAt < 0) return undefined;
  const exit = Number(EXIT.exec(step[exitAt] ?? '')?.[1]);
  return { script, output: step.slice(end + 1, exitAt), exit };
}

const retried = (v: Classification): boolean =>
  decide({ type: v.type, lane: 'STANDARD', branchKind: 'pr', attempt: 1, confidence: v.confidence })
    .strategy === 'retry';

let steps = 0;
let sameType = 0;
let sameRetry = 0;
let jobRight = 0;
let runRight = 0;
const moved: string[] = [];
for (const label of readLabels(corpus)) {
  if (label.type === '' || label.type === 'pass') continue;
  const file = logPath(corpus, label.id);
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const scan = scanText(text, ruleSet);
  const failed = scan.firstFailedStep;
  if (!failed || scan.structure?.format !== 'github') continue;
  const step = failedRunStep(text.split('\n'), failed.from, failed.to);
  if (!step) continue;
  steps++;
  const job = classify({ log: text });
  const own = classify({
    log: step.output.join('\n'),
    command: step.script,
    stage: 'ci',
    step: 'ci',
    conclusion: 'failure',
    exitCode: step.exit,
    wholeStep: true,
  });
  if (job.type === own.type) sameType++;
  if (retried(job) === retried(own)) sameRetry++;
  if (job.type === label.type) jobRight++;
  if (own.type === label.type) runRight++;
  if (job.type !== own.type || retried(job) !== retried(own))
    moved.push(
      `${label.id} ${label.source} label ${label.type}: job ${job.type} [${job.rule}] retried ${retried(job)}; run/ ${own.type} [${own.rule}] retried ${retried(own)}: ${(own.evidence?.text ?? '').slice(0, 100)}`,
    );
}
const pct = (n: number): string => `${n}/${steps} = ${((100 * n) / Math.max(steps, 1)).toFixed(1)}%`;
console.log(`failed run: steps of GitHub Actions logs, classified as run/ reads them: ${steps}`);
console.log(
  `  same type as the job log: ${pct(sameType)}; same retry decision (PR, STANDARD, attempt 1): ${pct(sameRetry)}`,
);
console.log(`  typed as labelled: job log ${pct(jobRight)}, run/ ${pct(runRight)}`);
if (list) for (const m of moved) console.log(`  ${m}`);
