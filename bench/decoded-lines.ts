/**
 * Which lines the scanner decodes, and what a cheaper check before decoding could spare:
 *   npm run bench:decoded -- [--rounds=N] LOG...   (plain or .gz; each scanned by its own LogScanner, figures summed)
 * A keyword hit (the automaton over bytes) makes the scanner decode and strip a line (scanner.ts endLine) and
 * the line reader ask it the hit rules' patterns (scan-lines.ts). This counts the lines decoded, those whose
 * matchers are rules alone, those where none of them matched (no hit, no cause recorded): per rule, how often its
 * keyword caused such a wasted decode; and how many of the wasted ones a sound check on the bytes could have
 * skipped: every hit rule's pattern and evidence need a literal (literal-guards.ts, read over all their
 * alternatives, `^` dropped) the line does not hold, on a line that is a cut (no colour code, NUL, `‹` or
 * caret-notation ESC) outside a step header and not read for a cause header's lines. Such a skip would also take
 * the line out of the learned fallback's candidates (scan-result.ts keepRecent): the error-shaped ones are
 * counted. Then the scan's CPU with those lines skipped before decoding (their matchers cleared), with every
 * line rules alone selected and none matched skipped, and with those of them generic-diagnostic did not select
 * skipped, against the scan as it is, in rotating rounds: the most that check, any check of the rules' literals, or
 * one of a second literal could save, before its own cost.
 * Also which kinds of matcher select the decoded lines (a rule's, a command's, the fallback's error-shape words, ...:
 * only the lines rules alone select could be spared by a second literal of their patterns), and how much of the log
 * the automaton reads in its root state (where a block skip, SIMD or other, could step over bytes no keyword starts
 * with): the bytes that leave the root, the share of the log read in it and in runs of 16 bytes or more.
 *
 * It reads the line reader's private state through its prototype, as no product code should: a measurement.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { defaultRuleSet, LogScanner } from '../src/core/classify/index.js';
import { isErrorShaped } from '../src/core/classify/fallback.js';
import { floatingLiterals } from '../src/core/classify/literal-guards.js';
import { ESCAPE, NEWLINE } from '../src/core/classify/keyword-lanes.js';
import { LineReader } from '../src/core/classify/scan-lines.js';
import { alternatives } from '../src/core/classify/split-test.js';
import { median } from './stats.js';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0)
  throw new Error('usage: npm run bench:decoded -- [--rounds=N] LOG... (plain or .gz; 3 rounds unless told)');
const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
const ROUNDS = roundsArg === undefined ? 3 : Number(/^--rounds=(\d+)$/.exec(roundsArg)?.[1]);
if (!(ROUNDS >= 1))
  throw new Error(`bench:decoded: ${roundsArg}: --rounds=N needs a whole number, 1 or more`);
const CHUNK = 256 << 10;

const ruleSet = defaultRuleSet();
const rules = ruleSet.rules;

/** The kinds of the automaton's matchers, in order (rules.ts keywordListsOf), up to the conditions. */
const KINDS = [
  ...rules.map(() => 'rule'),
  ...ruleSet.success.map(() => 'success marker'),
  ...ruleSet.stepEnds.map(() => 'step end'),
  ...ruleSet.commands.map(({ spec }) => `command ${spec.id}`),
  ...['structure marker', 'cause header', 'requirement', 'runner prefix', 'splice', 'error shape'],
];
const kindOf = (m: number): string => KINDS[m] ?? (m >= ruleSet.conditionBase ? 'condition' : `matcher ${m}`);
/** Decoded lines by the set of matcher kinds that selected them (commands by id). */
const selectedBy = new Map<string, number>();

/** Literals every match of `pattern` holds (one of them), its anchored alternatives read as floating ones. */
function needOf(pattern: string, flags: string): string[] | undefined {
  const floating = alternatives(pattern).map((a) => (a.startsWith('^') ? a.slice(1) : a));
  return floatingLiterals(floating.join('|'), flags);
}
const needs = rules.map(({ spec }) => {
  const pattern = needOf(spec.pattern, spec.flags ?? '');
  if (!pattern || !spec.evidence) return pattern;
  const evidence = needOf(spec.evidence, spec.flags ?? '');
  return evidence && [...pattern, ...evidence];
});

// eslint-disable-next-line no-control-regex
const SPLICING = /[\u001b\u009b\0\u2039]|\^\[\[/;

/** The line reader's fields read here (scan-lines.ts). */
interface ReaderState {
  readsEveryLine: boolean;
  reader: { inHeader: boolean };
  steps: { step: { cause: unknown[] } };
}

const counts = {
  lines: 0,
  decoded: 0,
  decodedChars: 0,
  rulesOnly: 0,
  wasted: 0,
  skippable: 0,
  skippableChars: 0,
};
let skippableShaped = 0;
const wastedBy = new Map<string, number>();
/** Per log, the numbers of the lines a check could skip. */
const skippedLines: number[][] = [];
/**
 * Per log, the numbers of the lines rules alone selected and none matched: the most any check of the rules'
 * literals (a second one of a pattern's, say) could spare, proven or not.
 */
const wastedLines: number[][] = [];
/**
 * The same, less those generic-diagnostic's keywords selected: its patterns hold no literal but the file extension
 * its keywords are, so no second literal could spare them.
 */
const GENERIC = rules.findIndex(({ spec }) => spec.id === 'generic-diagnostic');
const pairableLines: number[][] = [];

// Called on the reader it was taken from (read.call below).
// eslint-disable-next-line @typescript-eslint/unbound-method
const read = LineReader.prototype.read;
function counting(
  this: LineReader,
  text: string,
  end: number,
  line: number,
  matchers: Int32Array,
  count: number,
): void {
  const state = this as unknown as ReaderState;
  counts.decoded++;
  counts.decodedChars += text.length;
  const hit = Array.from(matchers.subarray(0, count));
  const kinds = [...new Set(hit.map(kindOf))].sort().join(' + ') || '(every line read)';
  selectedBy.set(kinds, (selectedBy.get(kinds) ?? 0) + 1);
  const onlyRules = hit.every((m) => m < rules.length);
  const result = (this as unknown as { result: { counts: number[]; cause: unknown[] } }).result;
  const before = hit.map(
    (m) => `${result.counts[m]}/${result.cause[m] !== undefined}/${state.steps.step.cause[m] !== undefined}`,
  );
  const skippable =
    onlyRules &&
    !state.readsEveryLine &&
    !state.reader.inHeader &&
    !SPLICING.test(text) &&
    hit.every((m) => {
      const need = needs[m];
      const lower = text.toLowerCase();
      return need !== undefined && !need.some((l) => lower.includes(l));
    });
  read.call(this, text, end, line, matchers, count);
  if (!onlyRules) return;
  counts.rulesOnly++;
  const after = hit.map(
    (m) => `${result.counts[m]}/${result.cause[m] !== undefined}/${state.steps.step.cause[m] !== undefined}`,
  );
  if (after.join() !== before.join()) {
    if (skippable) throw new Error(`line ${line}: a rule the check would skip matched it`);
    return;
  }
  counts.wasted++;
  wastedLines[wastedLines.length - 1]?.push(line);
  if (!hit.includes(GENERIC)) pairableLines[pairableLines.length - 1]?.push(line);
  for (const m of hit)
    wastedBy.set(rules[m]?.spec.id ?? '', (wastedBy.get(rules[m]?.spec.id ?? '') ?? 0) + 1);
  if (!skippable) return;
  counts.skippable++;
  counts.skippableChars += text.length;
  if (isErrorShaped(text)) skippableShaped++;
  skippedLines[skippedLines.length - 1]?.push(line);
}

const logs = files.map((f) => (f.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f)));

/** Scans a log as the CLI reads it, in chunks; returns its number of lines. */
function scan(log: Buffer): number {
  const scanner = new LogScanner(ruleSet);
  for (let at = 0; at < log.length; at += CHUNK)
    scanner.push(log.subarray(at, Math.min(log.length, at + CHUNK)));
  return scanner.end().lines;
}

LineReader.prototype.read = counting;
for (const log of logs) {
  skippedLines.push([]);
  wastedLines.push([]);
  pairableLines.push([]);
  counts.lines += scan(log);
}
/** Per log, 1 at the number of each line listed. */
const marked = (lists: number[][]): Uint8Array[] =>
  lists.map((numbers) => {
    const marks = new Uint8Array((numbers.at(-1) ?? 0) + 1);
    for (const n of numbers) marks[n] = 1;
    return marks;
  });
const sides = [
  { name: 'as it is', skip: logs.map(() => new Uint8Array(0)), ms: [] as number[] },
  { name: 'the checked ones skipped', skip: marked(skippedLines), ms: [] as number[] },
  { name: 'every line no rule matched skipped', skip: marked(wastedLines), ms: [] as number[] },
  { name: "those not generic-diagnostic's skipped", skip: marked(pairableLines), ms: [] as number[] },
];
LineReader.prototype.read = read;

// The same scans, the lines counted skippable dropped before their decoding (their matchers cleared); both
// sides go through the same wrapper, the scan as it is with nothing marked.
type Scanner = {
  line: number;
  carryBytes: number;
  pendingCount: number;
  pending: Int32Array;
  seen: Uint8Array;
};
type EndLine = (this: Scanner, chunk: Buffer, start: number, end: number) => void;
const proto = LogScanner.prototype as unknown as { endLine: EndLine };
const endLine = proto.endLine;
let skip: Uint8Array = new Uint8Array(0);
proto.endLine = function (this: Scanner, chunk: Buffer, start: number, end: number): void {
  if (skip[this.line] !== 1 || this.carryBytes > 0) return endLine.call(this, chunk, start, end);
  for (let k = 0; k < this.pendingCount; k++) this.seen[this.pending[k] as number] = 0;
  this.pendingCount = 0;
};
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let round = 0; round < ROUNDS; round++) {
  // Each round starts with the next side, so none is always first.
  for (let k = 0; k < sides.length; k++) {
    const side = sides[(round + k) % sides.length] as (typeof sides)[number];
    const start = cpu();
    logs.forEach((log, i) => {
      skip = side.skip[i] as Uint8Array;
      scan(log);
    });
    side.ms.push(cpu() - start);
  }
}
proto.endLine = endLine;

/**
 * The automaton's root state over a log: its bytes that leave it (the root's entry is not itself), the share of
 * the log's bytes that are such, and the share read in the root, in all and in runs of 16 bytes or more. A line
 * feed or ESC goes back to the root here (a colour code's bytes are read as text: an approximation).
 */
function rootReading(log: Buffer): { leaving: number; leavingShare: number; inRoot: number; inRuns: number } {
  const { table, classes } = ruleSet.automaton;
  let leaving = 0;
  const leaves = new Uint8Array(256);
  for (let b = 0; b < 256; b++) {
    if (table[classes[b] as number] === 0) continue;
    leaves[b] = 1;
    leaving++;
  }
  let state = 0;
  let leavingBytes = 0;
  let inRoot = 0;
  let inRuns = 0;
  let run = 0;
  for (const byte of log) {
    leavingBytes += leaves[byte] as number;
    if (state === 0) {
      inRoot++;
      run++;
    } else {
      if (run >= 16) inRuns += run;
      run = 0;
    }
    const entry = table[(state >> 2) + (classes[byte] as number)] as number;
    state = entry >= 0 ? entry : entry === NEWLINE || entry === ESCAPE ? 0 : ~entry;
  }
  if (run >= 16) inRuns += run;
  const share = (n: number): number => n / Math.max(1, log.length);
  return { leaving, leavingShare: share(leavingBytes), inRoot: share(inRoot), inRuns: share(inRuns) };
}

const per = (n: number): string => `${n} (${((100 * n) / counts.decoded).toFixed(1)} % of decoded)`;
console.log(`${process.version}, ${files.length} log(s), ${counts.lines} lines`);
console.log(`decoded: ${counts.decoded} lines, ${counts.decodedChars} characters`);
console.log(`rules alone: ${per(counts.rulesOnly)}; none of them matched: ${per(counts.wasted)}`);
console.log(
  `a literal check could skip: ${per(counts.skippable)}, ${counts.skippableChars} characters ` +
    `(${((100 * counts.skippableChars) / counts.decodedChars).toFixed(1)} %); error-shaped (fallback candidates): ${skippableShaped}`,
);
console.log(
  `of them not selected by generic-diagnostic: ${pairableLines.reduce((n, lines) => n + lines.length, 0)}`,
);
console.log('rules whose keywords made the most decodes no rule matched:');
for (const [id, n] of [...wastedBy].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${n}\t${id}`);
console.log('decoded lines by the matchers that selected them:');
for (const [kinds, n] of [...selectedBy].sort((a, b) => b[1] - a[1]).slice(0, 16))
  console.log(`  ${n}\t${kinds}`);
logs.forEach((log, i) => {
  const r = rootReading(log);
  const pc = (x: number): string => `${(100 * x).toFixed(1)} %`;
  console.log(
    `${files[i]}: ${r.leaving} byte values leave the root state, ${pc(r.leavingShare)} of the bytes; ` +
      `read in the root: ${pc(r.inRoot)}, in runs of 16 bytes or more: ${pc(r.inRuns)}`,
  );
});
console.log(
  `scan CPU, median of ${ROUNDS}: ${sides.map((side) => `${Math.round(median(side.ms))} ms ${side.name}`).join(', ')}`,
);
