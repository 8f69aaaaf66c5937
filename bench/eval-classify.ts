/**
 * Measures the classifier the way a user meets it: on a project it has never seen. Headline: the
 * leave-one-project-out (LOPO) table (see bench/lopo.ts). Then, for comparison, in-sample accuracy, precision
 * per confidence level, recall and precision of the transient types, the recovery decision on the predicted
 * type against the labelled one (pull request, STANDARD, attempt 1), high-confidence claims on pass logs, the
 * LOPO confusion table and each rule's computed evidence. `--errors` lists each LOPO miss and each miss of the
 * GitHub Actions whole job logs of 2025-26 held out together. `--save FILE` writes
 * each log's verdicts (LOPO and held out by source) as JSON; `--baseline FILE` reads such a file of an earlier
 * run and counts, per source, the verdicts that moved from right to wrong and from wrong to right. The line each
 * LOPO verdict shows is judged against the labelled decisive line (evidence-line.ts; `--errors` lists the misses).
 *   npm run eval:classify [-- [--errors] [--save FILE] [--baseline FILE] [CORPUS_DIR]]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAILURE_TYPES } from '../src/core/types.js';
import { evaluate, summarize } from './lopo.js';
import { shownLines, shownReport } from './evidence-line.js';
import type { Ablation, Outcome } from './lopo.js';

export { logPath, parseCsv, readLabels } from './lopo.js';

const pct = (n: number, d: number): string => `${n}/${d} = ${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

function confusion(outcomes: Outcome[]): string {
  const columns = [...FAILURE_TYPES] as string[];
  const rows = ['pass', ...FAILURE_TYPES.filter((t) => t !== 'unknown'), 'unknown'];
  const table = new Map<string, Map<string, number>>();
  for (const { label, lopo } of outcomes) {
    const row = table.get(label.type) ?? new Map<string, number>();
    row.set(lopo.type, (row.get(lopo.type) ?? 0) + 1);
    table.set(label.type, row);
  }
  const w = 8;
  const lines = [
    `${'label \\ got'.padEnd(16)}${columns.map((c) => c.slice(0, 7).padStart(w)).join('')}${'total'.padStart(w)}`,
  ];
  for (const type of rows) {
    const row = table.get(type);
    if (!row) continue;
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    lines.push(
      `${type.padEnd(16)}${columns.map((c) => String(row.get(c) ?? '.').padStart(w)).join('')}${String(total).padStart(w)}`,
    );
  }
  return lines.join('\n');
}

/** Recall per labelled failure type, and its macro average (types with at least one failure, unknown aside). */
export function recallPerType(outcomes: Outcome[]): {
  perType: Map<string, [number, number]>;
  macro: number;
} {
  const perType = new Map<string, [number, number]>();
  for (const { label, lopo } of outcomes) {
    if (label.type === 'pass' || label.type === 'unknown') continue;
    const [right, total] = perType.get(label.type) ?? [0, 0];
    perType.set(label.type, [right + (lopo.type === label.type ? 1 : 0), total + 1]);
  }
  const rates = [...perType.values()].map(([right, total]) => right / total);
  return { perType, macro: rates.reduce((a, b) => a + b, 0) / Math.max(1, rates.length) };
}

/** Passing logs given a claim above low confidence. */
function passClaims(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter(
    (o) => o.label.type === 'pass' && o.lopo.type !== 'unknown' && o.lopo.confidence !== 'low',
  );
}

/** One log's verdicts as a run saw them (`--save`): its label, and the LOPO and held-out-by-source verdicts. */
export interface SavedVerdict {
  source: string;
  label: string;
  /** `type/confidence` */
  lopo: string;
  /** `type/confidence`, the log's source held out */
  bySource: string;
}

const verdictText = (c: { type: string; confidence: string }): string => `${c.type}/${c.confidence}`;

/** Each log's verdicts, keyed by id: what `--save` writes and `--baseline` reads. */
export function savedVerdicts(outcomes: Outcome[], bySource: Outcome[]): Record<string, SavedVerdict> {
  const held = new Map(bySource.map((o) => [o.label.id, verdictText(o.lopo)]));
  const out: Record<string, SavedVerdict> = {};
  for (const { label, lopo } of outcomes)
    out[label.id] = {
      source: label.source,
      label: label.type,
      lopo: verdictText(lopo),
      bySource: held.get(label.id) ?? 'unknown/low',
    };
  return out;
}

/** A verdict is right when it names the labelled type; on a passing log, when it claims nothing above low. */
export function verdictRight(label: string, verdict: string): boolean {
  const [type, confidence] = verdict.split('/');
  if (label === 'pass') return type === 'unknown' || confidence === 'low';
  return type === label;
}

/** Verdicts of one source that moved between two runs. */
export interface Moved {
  source: string;
  /** logs present in both runs */
  logs: number;
  rightToWrong: string[];
  wrongToRight: string[];
  /** wrong before and after, but a different verdict */
  wrongToWrong: string[];
}

/**
 * Per source, the logs whose verdict (`lopo` or `bySource`) moved between a baseline run and this one: right to
 * wrong, wrong to right, or wrong to another wrong. A log's label is this run's (a relabelled log counts by
 * its new label); logs only one run holds are skipped.
 */
export function movedVerdicts(
  baseline: Record<string, SavedVerdict>,
  current: Record<string, SavedVerdict>,
  view: 'lopo' | 'bySource',
): Moved[] {
  const bySource = new Map<string, Moved>();
  for (const [id, now] of Object.entries(current).sort((a, b) => a[0].localeCompare(b[0]))) {
    const before = baseline[id];
    if (!before) continue;
    let moved = bySource.get(now.source);
    if (!moved) {
      moved = { source: now.source, logs: 0, rightToWrong: [], wrongToRight: [], wrongToWrong: [] };
      bySource.set(now.source, moved);
    }
    moved.logs++;
    const wasRight = verdictRight(now.label, before[view]);
    const isRight = verdictRight(now.label, now[view]);
    if (wasRight && !isRight) moved.rightToWrong.push(id);
    else if (!wasRight && isRight) moved.wrongToRight.push(id);
    else if (!wasRight && !isRight && before[view] !== now[view]) moved.wrongToWrong.push(id);
  }
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}

function movedLines(baseline: Record<string, SavedVerdict>, current: Record<string, SavedVerdict>): string[] {
  const out: string[] = [];
  for (const view of ['bySource', 'lopo'] as const) {
    out.push(
      view === 'bySource'
        ? 'Moved verdicts against the baseline, each source held out (right->wrong, wrong->right, wrong->other wrong):'
        : 'Moved verdicts against the baseline, leave-one-project-out:',
    );
    for (const m of movedVerdicts(baseline, current, view)) {
      const ids = (list: string[]): string =>
        list.length ? ` (${list.slice(0, 12).join(' ')}${list.length > 12 ? ' ...' : ''})` : '';
      out.push(
        `  ${m.source.padEnd(16)} logs ${String(m.logs).padStart(4)}  right->wrong ${String(m.rightToWrong.length).padStart(3)}${ids(m.rightToWrong)}` +
          `  wrong->right ${String(m.wrongToRight.length).padStart(3)}${ids(m.wrongToRight)}  wrong->wrong ${m.wrongToWrong.length}${ids(m.wrongToWrong)}`,
      );
    }
  }
  return out;
}

/** One line of held-out figures: typed right, macro recall, transient retried, look-alikes retried, pass claims. */
function heldOutLine(name: string, outcomes: Outcome[]): string {
  const s = summarize(outcomes);
  const { macro } = recallPerType(outcomes);
  const passes = outcomes.filter((o) => o.label.type === 'pass').length;
  const p = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
  return (
    `${name.padEnd(26)}${String(s.failures).padStart(6)}${p(s.lopoRight, s.failures).padStart(8)}` +
    `${p(macro, 1).padStart(8)}${`${s.transient.retried}/${s.transient.labelled}`.padStart(10)}` +
    `${`${s.deterministic.retried}/${s.deterministic.labelled}`.padStart(10)}` +
    `${`${passClaims(outcomes).length}/${passes}`.padStart(8)}`
  );
}

function ablationLines(rows: Ablation[]): string[] {
  const out = [
    'Per rule and lexicon entry, leaving it out (LOPO weights): verdicts changed on logs it was not written from',
    '(not among its examples), how many of those were right before and after, and passing logs it fires in:',
  ];
  for (const r of [...rows].sort((a, b) => b.changed - a.changed || a.key.localeCompare(b.key))) {
    if (r.changed === 0 && r.passFires === 0) continue;
    out.push(
      `  ${r.key.padEnd(34)} changed ${String(r.changed).padStart(3)}  right before ${String(r.wasRight).padStart(3)}  after ${String(r.becomesRight).padStart(3)}  pass logs ${String(r.passFires).padStart(2)}`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const valueOf = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const save = valueOf('--save');
  const baseline = valueOf('--baseline');
  const values = new Set([save, baseline]);
  const corpus = path.resolve(
    args.find((a) => !a.startsWith('--') && !values.has(a)) ??
      path.resolve(import.meta.dirname, '../../shared/corpus'),
  );
  const {
    outcomes,
    bySource,
    byGitHubActions,
    byRecentWholeJobs,
    ablation,
    evidence,
    lexicon,
    tools,
    leftOut,
    ms,
  } = await evaluate(corpus);
  const s = summarize(outcomes);
  const out: string[] = [];
  const projects = [...new Set(outcomes.map((o) => o.label.project))].sort();
  out.push(
    `Leave-one-project-out over ${outcomes.length} labelled logs of ${projects.length} projects in ${corpus}/dev`,
    `(each project scored without the rules whose positive examples all come from it)`,
    '',
    `${'project'.padEnd(34)}${'fails'.padStart(6)}${'right'.padStart(6)}${'LOPO%'.padStart(7)}${'in-s%'.padStart(7)}${'pass'.padStart(5)}${'p-hi'.padStart(5)}  rules left out`,
  );
  for (const project of projects) {
    const mine = outcomes.filter((o) => o.label.project === project);
    const fails = mine.filter((o) => o.label.type !== 'pass');
    const right = fails.filter((o) => o.lopo.type === o.label.type).length;
    const inRight = fails.filter((o) => o.inSample.type === o.label.type).length;
    const passes = mine.length - fails.length;
    const high = mine.filter(
      (o) => o.label.type === 'pass' && o.lopo.type !== 'unknown' && o.lopo.confidence === 'high',
    ).length;
    const p = (n: number): string => (fails.length ? ((100 * n) / fails.length).toFixed(0) : '-');
    out.push(
      `${project.slice(0, 33).padEnd(34)}${String(fails.length).padStart(6)}${String(right).padStart(6)}${p(right).padStart(7)}${p(inRight).padStart(7)}${String(passes).padStart(5)}${String(high).padStart(5)}  ${(leftOut.get(project) ?? []).join(' ')}`,
    );
  }
  out.push(
    '',
    `LOPO failures typed right: ${pct(s.lopoRight, s.failures)} (target >= 90%)`,
    `In-sample failures typed right (for comparison only): ${pct(s.inSampleRight, s.failures)}`,
    `Recall per type (LOPO): ${[...recallPerType(outcomes).perType]
      .sort((a, b) => b[1][1] - a[1][1])
      .map(([type, [right, total]]) => `${type} ${right}/${total}`)
      .join(', ')}; macro average ${(100 * recallPerType(outcomes).macro).toFixed(1)}% (target >= 75%)`,
    'Precision per confidence level (LOPO; a claim is a verdict other than unknown, pass logs included):',
  );
  for (const level of ['high', 'medium', 'low'] as const) {
    const { claims, right } = s.precision[level];
    out.push(`  ${level.padEnd(7)} ${pct(right, claims)}${level === 'high' ? ' (target >= 97%)' : ''}`);
  }
  out.push(
    `Transient labels (network, timeout, infrastructure) the policy retries on the LOPO verdict: ${pct(s.transient.retried, s.transient.labelled)} (target >= 90%)`,
    `Transient verdicts (network, timeout, infrastructure, retryable git) that are right: ${pct(s.transient.predictedRight, s.transient.predicted)}`,
    `Deterministic labels (test, build, quality-gate, dependency, config) sent to a retry: ${pct(s.deterministic.retried, s.deterministic.labelled)} (target <= 2%)`,
    `Recovery decision (pull request, STANDARD, attempt 1) on the LOPO verdict = on the label: ${pct(s.decisions.same, s.failures)}`,
  );
  for (const [key, n] of [...s.decisions.table].sort((a, b) => b[1] - a[1]))
    out.push(`  labelled -> predicted  ${key.padEnd(20)} ${n}`);
  const passes = outcomes.filter((o) => o.label.type === 'pass').length;
  out.push(`Pass logs claimed with high confidence (LOPO): ${s.passHighClaims.length}/${passes} (target 0)`);
  out.push(`Pass logs claimed above low (LOPO): ${passClaims(outcomes).length}/${passes} (target 0)`);
  for (const { label, lopo } of s.passHighClaims)
    out.push(
      `  ${label.id} ${lopo.type} (${lopo.rule}) line ${lopo.evidence?.line}: ${lopo.evidence?.text.slice(0, 100)}`,
    );
  const toolsRight = tools.filter((t) => t.sample.types.includes(t.verdict.type));
  out.push(
    `Tool output samples of corpus/tools typed right (no command given; in-sample, rules may cite them): ${pct(toolsRight.length, tools.length)}`,
    `  missed: ${tools
      .filter((t) => !toolsRight.includes(t))
      .map((t) => `${t.sample.tool}=${t.verdict.type}`)
      .join(' ')}`,
  );
  out.push(
    '',
    'Held out: each group scored with nothing learnt from it (rules and lexicon entries only its logs justify',
    'left out, weights measured on the other groups). Targets: typed right >= 90%, macro recall >= 75%,',
    'transient retried >= 80%, look-alikes (deterministic labels) retried <= 5%, no pass log above low.',
    '',
    `${'held out'.padEnd(26)}${'fails'.padStart(6)}${'right'.padStart(8)}${'macro'.padStart(8)}${'transient'.padStart(10)}${'lookalike'.padStart(10)}${'pass>lo'.padStart(8)}`,
    heldOutLine('each project', outcomes),
    ...[...new Set(bySource.map((o) => o.label.source))].sort().map((source) =>
      heldOutLine(
        `source ${source}`,
        bySource.filter((o) => o.label.source === source),
      ),
    ),
    heldOutLine('all sources', bySource),
    heldOutLine('GitHub Actions', byGitHubActions),
    heldOutLine('GHA whole jobs 2025-26', byRecentWholeJobs),
    '(GHA whole jobs 2025-26: the gha-committed logs whose runner timestamps say 2025 or later, held out together)',
  );
  out.push('', ...shownReport(shownLines(corpus, outcomes), showErrors));
  const verdicts = savedVerdicts(outcomes, bySource);
  if (save) writeFileSync(save, `${JSON.stringify(verdicts, null, 1)}\n`);
  if (baseline)
    out.push(
      '',
      ...movedLines(JSON.parse(readFileSync(baseline, 'utf8')) as Record<string, SavedVerdict>, verdicts),
    );
  out.push('', 'Confusion table (LOPO verdicts; rows: label)', '', confusion(outcomes), '');
  out.push('Rule evidence (computed: labelled logs of its type it fires on, their projects, tool samples):');
  for (const [id, e] of evidence) {
    const projects = new Set(e.logs.map((l) => l.project));
    const decided = outcomes.filter((o) => o.lopo.rule === id);
    const right = decided.filter((o) => o.lopo.type === o.label.type).length;
    out.push(
      `  ${id.padEnd(26)} logs ${String(e.logs.length).padStart(3)}  projects ${String(projects.size).padStart(2)}  tools ${String(e.tools.length).padStart(2)}  published ${String(e.published?.length ?? 0).padStart(2)}  LOPO precision when decisive ${decided.length ? pct(right, decided.length) : '-'}`,
    );
  }
  out.push(
    "Lexicon entries with evidence (labelled logs whose failed step runs the tool/task, tools.csv rows, the tool's documented command):",
  );
  for (const [entry, e] of [...lexicon].sort((a, b) => b[1].logs.length - a[1].logs.length)) {
    const projects = new Set(e.logs.map((l) => l.project));
    const decided = outcomes.filter((o) => o.lopo.rule === `command:${entry}`);
    const right = decided.filter((o) => o.lopo.type === o.label.type).length;
    out.push(
      `  ${entry.padEnd(26)} logs ${String(e.logs.length).padStart(3)}  projects ${String(projects.size).padStart(2)}  tools ${String(e.tools.length).padStart(2)}  published ${String(e.published?.length ?? 0).padStart(2)}  LOPO precision when decisive ${decided.length ? pct(right, decided.length) : '-'}`,
    );
  }
  const byCommand = outcomes.filter((o) => o.lopo.rule.startsWith('command:'));
  out.push(
    `Verdicts from the failing command's tool (LOPO): ${byCommand.length}, right ${pct(byCommand.filter((o) => o.lopo.type === o.label.type).length, byCommand.length)}`,
  );
  out.push('', ...ablationLines(ablation));
  out.push(`Time: ${(ms / 1000).toFixed(2)} s`);
  if (showErrors)
    out.push(
      ...missLines('LOPO misses:', outcomes),
      ...missLines('GHA whole jobs 2025-26 misses (held out together):', byRecentWholeJobs),
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Each miss of a view (`lopo` is the view's verdict): the verdict, its line, and the label's evidence. */
function missLines(title: string, outcomes: Outcome[]): string[] {
  const out = ['', title];
  for (const { label, lopo } of outcomes) {
    if (lopo.type === label.type || (label.type === 'pass' && lopo.confidence !== 'high')) continue;
    out.push(
      `${label.id} ${label.project} label=${label.type} got=${lopo.type}/${lopo.confidence} rule=${lopo.rule}` +
        `\n    got line ${lopo.evidence?.line ?? '-'}: ${(lopo.evidence?.text ?? '').slice(0, 160)}` +
        `\n    label: ${label.evidence.slice(0, 160)}`,
    );
  }
  return out;
}

// Run only as a script: the tests and the benchmark import the corpus helpers.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
