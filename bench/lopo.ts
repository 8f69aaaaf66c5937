/**
 * Leave-one-project-out evaluation of the classifier over the labelled corpus. Every rule's positive examples
 * are computed, not listed: the corpus logs whose label is the rule's type and on which the rule fires, and the
 * files of corpus/tools whose type (tools.csv) is the rule's. When project P is scored, every rule whose
 * positive examples all come from P is left out, since nothing but P's own logs justified it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scanLogFile } from '../src/adapters/log-file.js';
import {
  classifyScan,
  compileLexicon,
  compileRules,
  resolveCommandText,
  validateRuleFile,
} from '../src/core/classify/index.js';
import type {
  CompiledRuleSet,
  Lexicon,
  LexiconFile,
  RuleFile,
  ScanResult,
} from '../src/core/classify/index.js';
import { lexiconFile } from '../src/core/classify/context.js';
import { decide } from '../src/core/policy.js';
import type { Classification, FailureType, Strategy } from '../src/core/types.js';
import ruleData from '../rules/log-rules.json' with { type: 'json' };

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

/** Where a rule's positive examples come from: labelled logs (with their project) and tool samples. */
export interface RuleEvidence {
  logs: { id: string; project: string }[];
  tools: string[];
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
  });
  return evidence;
}

/**
 * The evidence of every lexicon entry (`tool:eslint`, `task:lint`): the labelled logs of its type where one of
 * the commands of the failed step resolves to it, and the tools.csv rows that name the tool with its type.
 */
export function lexiconEvidence(
  lexicon: Lexicon,
  scanned: Scanned[],
  samples: ToolSample[],
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
      const found = resolveCommandText(hit.text, lexicon);
      if (found && found[1] === label.type) entries.add(found[0]);
    }
    for (const entry of entries) add(entry).logs.push({ id: label.id, project: label.project });
  }
  for (const sample of samples) {
    const type = lexicon.tools.get(sample.tool);
    if (type && sample.types.includes(type)) add(`tool:${sample.tool}`).tools.push(sample.tool);
  }
  return evidence;
}

/** Rules whose positive examples all come from `project` (none from another project or a tool sample). */
export function onlyFrom(evidence: Map<string, RuleEvidence>, project: string): Set<string> {
  const out = new Set<string>();
  for (const [id, e] of evidence) {
    if (e.tools.length === 0 && e.logs.length > 0 && e.logs.every((l) => l.project === project)) out.add(id);
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
  outcomes: Outcome[];
  evidence: Map<string, RuleEvidence>;
  lexicon: Map<string, RuleEvidence>;
  /** Each tools/ sample classified as a whole output (no command): right when its type is one tools.csv gives. */
  tools: { sample: ToolSample; verdict: Classification }[];
  /** Per project: the rules left out when it was scored. */
  leftOut: Map<string, string[]>;
  ms: number;
}

/** Classifies every labelled log in-sample and leave-one-project-out. */
export async function evaluate(
  corpus: string,
  file: RuleFile = validateRuleFile(ruleData),
  words: LexiconFile = lexiconFile,
): Promise<Evaluation> {
  const started = performance.now();
  const fullLexicon = compileLexicon(words);
  const full = compileRules(file, fullLexicon);
  const labels = readLabels(corpus);
  const scanned: Scanned[] = [];
  for (const label of labels) {
    const scan = await scanLogFile(logPath(corpus, label.id), full);
    scanned.push({ label, scan, verdict: classifyScan(scan.lines > 0 ? scan : undefined, {}, full) });
  }
  const samples = readToolSamples(corpus);
  const tools: { sample: ToolSample; scan: ScanResult }[] = [];
  for (const sample of samples) tools.push({ sample, scan: await scanLogFile(sample.file, full) });
  const evidence = ruleEvidence(file, scanned, tools);
  const lexicon = lexiconEvidence(fullLexicon, scanned, samples);
  const outcomes: Outcome[] = [];
  const leftOut = new Map<string, string[]>();
  const byProject = new Map<string, Scanned[]>();
  for (const s of scanned) byProject.set(s.label.project, [...(byProject.get(s.label.project) ?? []), s]);
  for (const [project, items] of byProject) {
    const drop = onlyFrom(evidence, project);
    const dropWords = onlyFrom(lexicon, project);
    leftOut.set(project, [...drop, ...dropWords]);
    const ruleSet: CompiledRuleSet =
      drop.size + dropWords.size === 0
        ? full
        : compileRules(without(file, drop), compileLexicon(words, dropWords));
    for (const { label, verdict } of items) {
      let lopo = verdict;
      if (ruleSet !== full) {
        const scan = await scanLogFile(logPath(corpus, label.id), ruleSet);
        lopo = classifyScan(scan.lines > 0 ? scan : undefined, {}, ruleSet);
      }
      outcomes.push({ label, inSample: verdict, lopo });
    }
  }
  outcomes.sort((a, b) => a.label.id.localeCompare(b.label.id));
  const toolVerdicts = tools.map(({ sample, scan }) => ({ sample, verdict: classifyScan(scan, {}, full) }));
  return { outcomes, evidence, lexicon, tools: toolVerdicts, leftOut, ms: performance.now() - started };
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
