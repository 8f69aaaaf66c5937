/**
 * Leave-one-project-out evaluation of the classifier over the labelled corpus. Every rule's positive examples
 * are computed, not listed: the corpus logs whose label is the rule's type and on which the rule fires, and the
 * files of corpus/tools whose type (tools.csv) is the rule's. When project P is scored, every rule whose
 * positive examples all come from P is left out, since nothing but P's own logs justified it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scanLogFile } from '../src/adapters/log-file.js';
import {
  classifyScan,
  compileLexicon,
  compileRules,
  evidencePieces,
  examplesOf,
  measureWeights,
  resolveHit,
  validateRuleFile,
} from '../src/core/classify/index.js';
import type {
  CompiledRuleSet,
  Lexicon,
  LexiconFile,
  Piece,
  RuleFile,
  ScanResult,
  Weights,
} from '../src/core/classify/index.js';
import { lexiconFile } from '../src/core/classify/context.js';
import { decide } from '../src/core/policy.js';
import type { Classification, FailureType, Strategy } from '../src/core/types.js';
import ruleData from '../rules/log-rules.json' with { type: 'json' };
import type { FallbackModel } from '../src/core/classify/fallback.js';
import type { FallbackCounts } from '../src/core/classify/fallback-train.js';
import { countLines, modelFromCounts, withoutLines } from '../src/core/classify/fallback-train.js';
import type { SourcedLine } from './fallback-data.js';
import { fallbackLines } from './fallback-data.js';

/** A labelled corpus log. */
export interface Label {
  id: string;
  source: string;
  type: string;
  confidence: string;
  evidence: string;
  project: string;
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

function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return rows.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

export function readLabels(corpus: string): Label[] {
  return readCsv(path.join(corpus, 'dev/labels.csv')).map((r) => ({
    id: r.id ?? '',
    source: r.source ?? '',
    type: r.type ?? '',
    confidence: r.confidence ?? '',
    evidence: r.evidence ?? '',
    project: r.project ?? '',
  }));
}

export function logPath(corpus: string, id: string): string {
  const plain = path.join(corpus, 'dev/logs', `${id}.log`);
  return existsSync(plain) ? plain : `${plain}.gz`;
}

/** A tool output sample of corpus/tools and the types its report may mean ("build or quality-gate"). */
export interface ToolSample {
  tool: string;
  file: string;
  types: string[];
}

export function readToolSamples(corpus: string): ToolSample[] {
  return readCsv(path.join(corpus, 'tools/tools.csv')).map((r) => ({
    tool: r.tool ?? '',
    file: path.join(corpus, 'tools', r.file ?? ''),
    types: (r.type_when_it_fails_a_job ?? '').match(/[a-z-]+(?=\s|$|\()/g) ?? [],
  }));
}

/**
 * Where a rule's positive examples come from: labelled logs (with their project), tool samples, and the lines
 * the tool itself publishes (examples.published), which come from no project of the corpus.
 */
export interface RuleEvidence {
  logs: { id: string; project: string }[];
  tools: string[];
  published?: string[];
}

export interface Scanned {
  label: Label;
  scan: ScanResult;
  verdict: Classification;
}

/** The evidence of every rule, computed by running all the rules over the corpus. */
export function ruleEvidence(
  file: RuleFile,
  scanned: Scanned[],
  tools: { sample: ToolSample; scan: ScanResult }[],
): Map<string, RuleEvidence> {
  const evidence = new Map<string, RuleEvidence>(file.rules.map((r) => [r.id, { logs: [], tools: [] }]));
  file.rules.forEach((rule, index) => {
    const own = evidence.get(rule.id) as RuleEvidence;
    for (const { label, scan } of scanned) {
      if ((scan.counts[index] ?? 0) > 0 && label.type === rule.type)
        own.logs.push({ id: label.id, project: label.project });
    }
    for (const { sample, scan } of tools) {
      if ((scan.counts[index] ?? 0) > 0 && sample.types.includes(rule.type)) own.tools.push(sample.tool);
    }
    // Proven by classify-rules.test.ts to match: the tool's own text, whatever the corpus holds.
    own.published = (examplesOf(rule).published ?? []).map((p) => p.from);
  });
  return evidence;
}

/**
 * The evidence of every lexicon entry (`tool:eslint`, `task:lint`): the labelled logs of its type where one of
 * the commands of the failed step resolves to it, the tools.csv rows that name the tool with its type, and the
 * command lines the tool documents (tool-lexicon.json `published`), which come from no project of the corpus.
 */
export function lexiconEvidence(
  lexicon: Lexicon,
  scanned: Scanned[],
  samples: ToolSample[],
  published: LexiconFile['published'] = {},
): Map<string, RuleEvidence> {
  const evidence = new Map<string, RuleEvidence>();
  const add = (entry: string): RuleEvidence => {
    let e = evidence.get(entry);
    if (!e) evidence.set(entry, (e = { logs: [], tools: [] }));
    return e;
  };
  for (const { label, scan } of scanned) {
    const context = scan.command;
    if (!context) continue;
    const entries = new Set<string>();
    for (const hit of [...context.failed, ...context.ran, ...(context.step ? [context.step] : [])]) {
      const found = resolveHit(hit, lexicon);
      if (found && found[1] === label.type) entries.add(found[0]);
    }
    for (const entry of entries) add(entry).logs.push({ id: label.id, project: label.project });
  }
  for (const sample of samples) {
    const type = lexicon.tools.get(sample.tool);
    if (type && sample.types.includes(type)) add(`tool:${sample.tool}`).tools.push(sample.tool);
  }
  // Proven by classify-context.test.ts to resolve to the entry: the tool's own documentation of its command.
  for (const [entry, lines] of Object.entries(published)) add(entry).published = lines.map((p) => p.from);
  return evidence;
}

/** Rules whose positive examples all come from `project` (none from another project, a tool sample or a tool's published text). */
export function onlyFrom(evidence: Map<string, RuleEvidence>, project: string): Set<string> {
  return onlyFromLogs(evidence, (l) => l.project === project);
}

/** Rules whose positive examples are all logs of a held-out group (none from elsewhere or a tool sample). */
export function onlyFromLogs(
  evidence: Map<string, RuleEvidence>,
  held: (log: { id: string; project: string }) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const [id, e] of evidence) {
    const outside = e.tools.length + (e.published?.length ?? 0);
    if (outside === 0 && e.logs.length > 0 && e.logs.every(held)) out.add(id);
  }
  return out;
}

/** The rule file without the given rules. */
export function without(file: RuleFile, drop: Set<string>): RuleFile {
  return { ...file, rules: file.rules.filter((r) => !drop.has(r.id)) };
}

export interface Outcome {
  label: Label;
  inSample: Classification;
  lopo: Classification;
}

export interface Evaluation {
  /** Leave-one-project-out. */
  outcomes: Outcome[];
  /** Leave-one-source-out: each source scored with nothing learnt from it. */
  bySource: Outcome[];
  /** The GitHub Actions logs, scored with nothing learnt from any GitHub Actions log. */
  byGitHubActions: Outcome[];
  /** The whole GitHub Actions job logs of 2025-26 (see isRecentWholeJobLog), scored with nothing learnt from them. */
  byRecentWholeJobs: Outcome[];
  /** Per rule and lexicon entry: what leaving it out changes on logs it was not written from. */
  ablation: Ablation[];
  evidence: Map<string, RuleEvidence>;
  lexicon: Map<string, RuleEvidence>;
  /** Each tools/ sample classified as a whole output (no command): right when its type is one tools.csv gives. */
  tools: { sample: ToolSample; verdict: Classification }[];
  /** Per project: the rules left out when it was scored. */
  leftOut: Map<string, string[]>;
  ms: number;
}

/** A labelled failure's pieces of evidence, as the classifier weighs them (no signals but the log). */
export interface PieceSample {
  id: string;
  label: string;
  project: string;
  source: string;
  pieces: Piece[];
}

/** Labels that are a failure's type: what weights are measured on (pass logs make no claim to weigh). */
function weighable(label: Label): boolean {
  return label.type !== 'pass' && label.type !== 'unknown';
}

export function pieceSamples(scanned: Scanned[], ruleSet: CompiledRuleSet): PieceSample[] {
  return scanned
    .filter(({ label }) => weighable(label))
    .map(({ label, scan }) => ({
      id: label.id,
      label: label.type,
      project: label.project,
      source: label.source,
      pieces: evidencePieces(scan, ruleSet, scan.command),
    }));
}

/** Weights measured on the samples that `keep` accepts (all but the left-out project or source). */
export function weightsWithout(samples: PieceSample[], keep: (s: PieceSample) => boolean): Weights {
  return measureWeights(samples.filter(keep));
}

/** Scans every labelled log once with the full rules. */
export async function scanCorpus(corpus: string, full: CompiledRuleSet): Promise<Scanned[]> {
  const scanned: Scanned[] = [];
  for (const label of readLabels(corpus)) {
    const scan = await scanLogFile(logPath(corpus, label.id), full);
    scanned.push({ label, scan, verdict: classifyScan(scan.lines > 0 ? scan : undefined, {}, full) });
  }
  return scanned;
}

/**
 * What every held-out score needs, computed once: the corpus scanned with the full rules, their pieces and
 * weights, the tool samples, and the evidence of every rule and lexicon entry.
 */
export interface HoldOut {
  words: LexiconFile;
  scanned: Scanned[];
  weighed: PieceSample[];
  full: CompiledRuleSet;
  tools: { sample: ToolSample; scan: ScanResult }[];
  evidence: Map<string, RuleEvidence>;
  lexicon: Map<string, RuleEvidence>;
  /** The learned fallback's training lines (fallback-data.ts): each fold trains on those not held out. */
  lines: SourcedLine[];
  /** Their feature counts: a fold's model is these less the held-out lines' (fallback-train.ts). */
  lineCounts: FallbackCounts;
}

export async function prepareHoldOut(
  corpus: string,
  file: RuleFile = validateRuleFile(ruleData),
  words: LexiconFile = lexiconFile,
): Promise<HoldOut> {
  const fullLexicon = compileLexicon(words);
  const draft = compileRules(file, fullLexicon, {});
  const scans = await scanCorpus(corpus, draft);
  // Weights are measured on the corpus itself: in-sample with all of it, per fold without the fold. A scan
  // does not depend on the weights, only the verdict does.
  const weighed = pieceSamples(scans, draft);
  const lines = fallbackLines(corpus, scans);
  const lineCounts = countLines(lines);
  const full: CompiledRuleSet = {
    ...draft,
    weights: measureWeights(weighed),
    fallback: modelFromCounts(lineCounts),
  };
  const scanned = scans.map((s) => ({
    ...s,
    verdict: classifyScan(s.scan.lines > 0 ? s.scan : undefined, {}, full),
  }));
  const samples = readToolSamples(corpus);
  const tools: { sample: ToolSample; scan: ScanResult }[] = [];
  for (const sample of samples) tools.push({ sample, scan: await scanLogFile(sample.file, full) });
  const evidence = ruleEvidence(file, scanned, tools);
  const lexicon = lexiconEvidence(fullLexicon, scanned, samples, words.published);
  return { words, scanned, weighed, full, tools, evidence, lexicon, lines, lineCounts };
}

/** Classifies every labelled log in-sample and leave-one-project-out. */
export async function evaluate(
  corpus: string,
  file: RuleFile = validateRuleFile(ruleData),
  words: LexiconFile = lexiconFile,
): Promise<Evaluation> {
  const started = performance.now();
  const context = await prepareHoldOut(corpus, file, words);
  return { ...evaluateHeldOut(corpus, context, file), ms: performance.now() - started };
}

/**
 * The evaluation on a corpus already scanned (`prepareHoldOut` with the same rule file). `ablate: false`
 * leaves the ablation out (empty): a fifth of the evaluation's time, for a caller that reads no row of it.
 */
export function evaluateHeldOut(
  corpus: string,
  context: HoldOut,
  file: RuleFile = validateRuleFile(ruleData),
  { ablate: withAblation = true }: { ablate?: boolean } = {},
): Evaluation {
  const started = performance.now();
  const { scanned, full, tools, evidence, lexicon } = context;
  const leftOut = new Map<string, string[]>();
  const outcomes = holdOut(context, (label) => label.project, leftOut);
  const bySource = holdOut(context, (label) => label.source);
  const gha = new Set(scanned.filter(isGitHubActions).map((s) => s.label.id));
  const byGitHubActions = holdOut(context, (label) =>
    gha.has(label.id) ? 'github-actions' : 'other',
  ).filter((o) => gha.has(o.label.id));
  const recent = new Set(
    scanned
      .filter(({ label }) => isRecentWholeJobLog(label, firstTimestampYear(logHead(corpus, label.id))))
      .map((s) => s.label.id),
  );
  const byRecentWholeJobs = holdOut(context, (label) => (recent.has(label.id) ? 'recent' : 'other')).filter(
    (o) => recent.has(o.label.id),
  );
  const ablation = withAblation ? ablate(context, outcomes, file) : [];
  outcomes.sort((a, b) => a.label.id.localeCompare(b.label.id));
  const toolVerdicts = tools.map(({ sample, scan }) => ({ sample, verdict: classifyScan(scan, {}, full) }));
  return {
    outcomes,
    bySource,
    byGitHubActions,
    byRecentWholeJobs,
    ablation,
    evidence,
    lexicon,
    tools: toolVerdicts,
    leftOut,
    ms: performance.now() - started,
  };
}

/** The first 64 KiB of a corpus log's text (gunzipped when stored as .log.gz). */
function logHead(corpus: string, id: string): string {
  const file = logPath(corpus, id);
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).subarray(0, 65536).toString('utf8');
}

/**
 * The year of a log's first ISO-8601 UTC timestamp (the GitHub Actions runner stamps every line
 * `2025-10-11T05:34:29.5171291Z`), wherever it stands on the line (`gh run view --log` puts job and step first).
 */
export function firstTimestampYear(text: string): number | undefined {
  const m = /\b(20\d\d)-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d(?:\.\d+)?Z/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * A whole GitHub Actions job log of 2025-26, the kind a user's job leaves: labels.csv has no date column, so
 * a log of the gha-committed source (whole job logs that projects committed) whose runner timestamps say 2025
 * or later. ghalogs' whole job logs are of 2023 and all pass.
 */
export function isRecentWholeJobLog(label: Pick<Label, 'source'>, year: number | undefined): boolean {
  return label.source === 'gha-committed' && year !== undefined && year >= 2025;
}

/**
 * GitHub Actions logs: the sources made of them (pytorch's excerpts, the whole job logs projects committed,
 * GHALogs) and any other log in either of the runner's formats: its own job log (`github`) or the one
 * `gh run view --log` prints (`github-cli`, 48 of the 65 gha-committed logs and two of cidiff's).
 */
const GITHUB_ACTIONS_SOURCES: ReadonlySet<string> = new Set(['pytorch', 'gha-committed', 'ghalogs']);
function isGitHubActions({ label, scan }: Scanned): boolean {
  const format = scan.structure?.format;
  return GITHUB_ACTIONS_SOURCES.has(label.source) || format === 'github' || format === 'github-cli';
}

/** The pieces to leave out when the logs `ids` are held out: rules and lexicon entries only they justified. */
function heldOutPieces({ evidence, lexicon }: HoldOut, ids: ReadonlySet<string>): string[] {
  const held = (log: { id: string }): boolean => ids.has(log.id);
  return [
    ...[...onlyFromLogs(evidence, held)].map((id) => `rule:${id}`),
    ...[...onlyFromLogs(lexicon, held)].map((entry) => `command:${entry}`),
  ];
}

/** Per-fold fallback models, by the ids a fold holds out: the ablation scores the same folds again. */
const foldModels = new Map<string, FallbackModel>();

/**
 * The rules that score `group` with nothing learnt from it: without the pieces only its logs justify, with
 * weights measured on the other groups' logs alone. `drop` names what was left out.
 */
export function heldOutRuleSet(
  context: HoldOut,
  groupOf: (label: Label) => string,
  group: string,
): { drop: string[]; ruleSet: CompiledRuleSet } {
  const ids = new Set(context.scanned.filter((s) => groupOf(s.label) === group).map((s) => s.label.id));
  const drop = heldOutPieces(context, ids);
  const weights = weightsWithout(context.weighed, (w) => !ids.has(w.id));
  // The fallback learns nothing from the held-out logs either: a model per fold (the same folds, the same model).
  const key = [...ids].sort().join(' ');
  let fallback = foldModels.get(key);
  if (!fallback) {
    const held = context.lines.filter((l) => ids.has(l.id));
    fallback = modelFromCounts(withoutLines(context.lineCounts, held));
    foldModels.set(key, fallback);
  }
  return { drop, ruleSet: { ...withoutPieces(context, drop, weights), fallback } };
}

/**
 * Scores each group (a project, a source) with nothing learnt from it: the rules and lexicon entries only its
 * logs justify are left out, and the weights are measured on the other groups' logs alone.
 */
function holdOut(
  context: HoldOut,
  groupOf: (label: Label) => string,
  leftOut?: Map<string, string[]>,
): Outcome[] {
  const { scanned } = context;
  const groupOfId = new Map(scanned.map((s) => [s.label.id, groupOf(s.label)]));
  const outcomes: Outcome[] = [];
  for (const group of new Set(groupOfId.values())) {
    const { drop, ruleSet } = heldOutRuleSet(context, groupOf, group);
    leftOut?.set(
      group,
      drop.map((key) => key.replace(/^(?:rule|command):/, '')),
    );
    for (const { label, verdict, scan } of scanned) {
      if (groupOfId.get(label.id) !== group) continue;
      const lopo = classifyScan(scan.lines > 0 ? scan : undefined, {}, ruleSet);
      outcomes.push({ label, inSample: verdict, lopo });
    }
  }
  return outcomes.sort((a, b) => a.label.id.localeCompare(b.label.id));
}

/** The full rules with the given pieces left out (rules by `drop`, lexicon entries from the lexicon). */
function withoutPieces({ full, words }: HoldOut, drop: string[], weights: Weights): CompiledRuleSet {
  const entries = drop.filter((key) => key.startsWith('command:')).map((key) => key.slice('command:'.length));
  const lexicon = entries.length ? compileLexicon(words, new Set(entries)) : full.lexicon;
  return { ...full, lexicon, weights, drop: new Set(drop) };
}

/** What leaving out one rule or lexicon entry changes, on the logs it was not written from. */
export interface Ablation {
  key: string;
  /** Passing logs whose failed step (or whole log) it fires in. */
  passFires: number;
  /** LOPO verdicts that change without it, on logs not among its examples; and how many of those were right. */
  changed: number;
  wasRight: number;
  becomesRight: number;
}

function ablate(context: HoldOut, outcomes: Outcome[], file: RuleFile): Ablation[] {
  const { scanned } = context;
  const full = context.full;
  const examples = new Map(
    file.rules.map((r) => [`rule:${r.id}`, new Set(examplesOf(r).positive.map((e) => e.log))]),
  );
  const keys = new Set<string>();
  for (const { label, scan } of scanned) {
    for (const piece of evidencePieces(scan, full, scan.command)) keys.add(piece.key);
    void label;
  }
  const lopoOf = new Map(outcomes.map((o) => [o.label.id, o.lopo]));
  const foldWeights = new Map<string, CompiledRuleSet>();
  for (const project of new Set(scanned.map((s) => s.label.project)))
    foldWeights.set(project, heldOutRuleSet(context, (label) => label.project, project).ruleSet);
  const rows: Ablation[] = [];
  const keysOf = new Map(
    scanned.map(({ label, scan }) => {
      const base = foldWeights.get(label.project) as CompiledRuleSet;
      return [label.id, new Set(evidencePieces(scan, base, scan.command).map((p) => p.key))];
    }),
  );
  for (const key of [...keys].sort()) {
    const row: Ablation = { key, passFires: 0, changed: 0, wasRight: 0, becomesRight: 0 };
    const withoutKey = new Map<string, CompiledRuleSet>();
    for (const { label, scan } of scanned) {
      const base = foldWeights.get(label.project) as CompiledRuleSet;
      if (!keysOf.get(label.id)?.has(key)) continue;
      if (label.type === 'pass') row.passFires++;
      if (examples.get(key)?.has(label.id)) continue;
      const before = lopoOf.get(label.id);
      let reduced = withoutKey.get(label.project);
      if (!reduced) {
        reduced = {
          ...withoutPieces(context, [...(base.drop ?? []), key], base.weights),
          fallback: base.fallback,
        };
        withoutKey.set(label.project, reduced);
      }
      const after = classifyScan(scan, {}, reduced);
      if (!before || (after.type === before.type && after.confidence === before.confidence)) continue;
      row.changed++;
      if (before.type === label.type) row.wasRight++;
      if (after.type === label.type) row.becomesRight++;
    }
    rows.push(row);
  }
  return rows;
}

/** Labels the retry exists for: the cause is outside the change. */
export const TRANSIENT_LABELS: readonly string[] = ['network', 'timeout', 'infrastructure'];
export const DETERMINISTIC_LABELS: readonly string[] = [
  'test',
  'build',
  'quality-gate',
  'dependency',
  'config',
];

/** The strategy the default policy takes on a pull request, STANDARD lane, first attempt. */
export function prStrategy(
  type: string,
  confidence: Classification['confidence'] = 'high',
  retryable?: boolean,
): Strategy {
  return decide({
    type: type as FailureType,
    lane: 'STANDARD',
    branchKind: 'pr',
    attempt: 1,
    confidence,
    ...(retryable === undefined ? {} : { retryable }),
  }).strategy;
}

export interface Summary {
  failures: number;
  lopoRight: number;
  inSampleRight: number;
  passHighClaims: Outcome[];
  precision: Record<'high' | 'medium' | 'low', { claims: number; right: number }>;
  transient: { labelled: number; retried: number; predicted: number; predictedRight: number };
  deterministic: { labelled: number; retried: number };
  decisions: { same: number; table: Map<string, number> };
}

export function summarize(outcomes: Outcome[]): Summary {
  const s: Summary = {
    failures: 0,
    lopoRight: 0,
    inSampleRight: 0,
    passHighClaims: [],
    precision: {
      high: { claims: 0, right: 0 },
      medium: { claims: 0, right: 0 },
      low: { claims: 0, right: 0 },
    },
    transient: { labelled: 0, retried: 0, predicted: 0, predictedRight: 0 },
    deterministic: { labelled: 0, retried: 0 },
    decisions: { same: 0, table: new Map() },
  };
  for (const o of outcomes) {
    const { label, lopo } = o;
    const pass = label.type === 'pass';
    if (lopo.type !== 'unknown') {
      const level = s.precision[lopo.confidence];
      level.claims++;
      if (lopo.type === label.type) level.right++;
    }
    if (pass) {
      if (lopo.type !== 'unknown' && lopo.confidence === 'high') s.passHighClaims.push(o);
      continue;
    }
    s.failures++;
    if (lopo.type === label.type) s.lopoRight++;
    if (o.inSample.type === label.type) s.inSampleRight++;
    const predicted = prStrategy(lopo.type, lopo.confidence, lopo.retryable);
    const retried = predicted === 'retry' || predicted === 'resume';
    const labelled = prStrategy(label.type);
    if (TRANSIENT_LABELS.includes(label.type)) {
      s.transient.labelled++;
      if (retried) s.transient.retried++;
    }
    if (TRANSIENT_LABELS.includes(lopo.type) || (lopo.type === 'git' && lopo.retryable)) {
      s.transient.predicted++;
      if (TRANSIENT_LABELS.includes(label.type)) s.transient.predictedRight++;
    }
    if (DETERMINISTIC_LABELS.includes(label.type)) {
      s.deterministic.labelled++;
      if (retried) s.deterministic.retried++;
    }
    if (predicted === labelled) s.decisions.same++;
    const key = `${labelled} -> ${predicted}`;
    s.decisions.table.set(key, (s.decisions.table.get(key) ?? 0) + 1);
  }
  return s;
}
