/**
 * The learned fallback: where no rule is sure (the verdict is `unknown`), the failed step's last error-shaped
 * lines are typed by a naive Bayes model of word and character n-grams, learned from the corpus's labelled
 * evidence lines and the tools' own output (bench/train-fallback.ts writes rules/fallback-model.json). It
 * speaks only where the rules said nothing, never above low, and may say nothing: below FALLBACK_SURE it
 * abstains. The model is decoded on first use, so a job whose rules decide never pays for it. Pure.
 */
import type { Confidence, Evidence, FailureType } from '../types.js';
import { TRANSIENT_TYPES } from '../types.js';

/** Error-shaped lines kept per step: the decisive error block is near the step's end. */
export const TAIL_LINES = 6;

/**
 * An error-shaped line: a word tools use for a failure. A zero count (`0 errors`, `0 failures`) is a
 * summary of success, not a finding.
 */
export const ERROR_SHAPE =
  /\b(?:errors?|exception|fatal|fail(?:ed|ure|s)?|cannot|can't|could ?n[o']t|unable|denied|not found|no such|timed? ?out|refused|killed|unresolved|abort(?:ed)?|panic(?:ked)?|traceback|undefined|invalid|missing|exceeded|unavailable|unreachable|forbidden|unauthori[sz]ed)\b/i;
/**
 * ERROR_SHAPE's literals as the keyword automaton compares them (lower case): every line the shape matches holds
 * one (classify-keyword-soundness.test.ts proves it from the regex). Their matcher makes a line the fallback's
 * candidate whichever rules' keywords select it, so a rule's keywords tightened or widened move no candidate.
 */
export const ERROR_SHAPE_KEYWORDS: readonly string[] = [
  'error',
  'exception',
  'fatal',
  'fail',
  'cannot',
  "can't",
  'couldn',
  'could n',
  'unable',
  'denied',
  'not found',
  'no such',
  'timeout',
  'time out',
  'timedout',
  'timed out',
  'refused',
  'killed',
  'unresolved',
  'abort',
  'panic',
  'traceback',
  'undefined',
  'invalid',
  'missing',
  'exceeded',
  'unavailable',
  'unreachable',
  'forbidden',
  'unauthori',
];
/** A zero count in either order (`0 errors`, `Failed:     0`, `[ FAIL 0 |`): taken out before the shape is asked. */
const ZERO_COUNT =
  /\b0 (?:errors?|failures?|failed|failing)\b|\b(?:errors?|failures?|failed|fail|failing)\s*[:=]?\s*0\b/gi;
/**
 * Lines that only look like errors: a command echoed before it ran (`$ make`, `+ echo ...`), a warning, and
 * Maven's advice after any failure (`[ERROR] Re-run Maven using the -X switch`).
 */
const NOT_A_FINDING =
  /^(?:[$+>] |echo\b|#|\W*warn(?:ing)?\b)|^\[ERROR\] (?:After correcting|Re-run Maven|To see the full|For more information about|-> \[Help|\[Help)/i;

/**
 * A test or suite that passed, as its runner marks it: jest's `PASS src/errors.test.ts` and `✓ handles a network
 * error (3 ms)` (`√` on Windows consoles), mocha's and vitest's `✓`/`✔`, go's `--- PASS: TestX` and `ok  <package>`,
 * TAP's `ok 3 - title`, cargo's `test errors::x ... ok`, pytest's `path::test_error PASSED [ 50%]`. Its words
 * (`errors.test.ts`, `timeout`) name what was tested, not a failure.
 */
const PASSED_TEST =
  /^(?:PASS |[\u2713\u2714\u221a] |--- PASS: |ok \d+ |ok\s+\S+\s+(?:\(cached\)|[\d.]+s)|test \S+ \.\.\. ok$)|\sPASSED(?: +\[ *\d+%\])?$/;

export function isErrorShaped(text: string): boolean {
  // Most lines have no failure word: that test first, and the zero counts taken out only of lines that have one
  // (taking text out cannot add a word).
  if (!ERROR_SHAPE.test(text) || NOT_A_FINDING.test(text) || PASSED_TEST.test(text)) return false;
  const counted = text.replace(ZERO_COUNT, ' ');
  return counted === text || ERROR_SHAPE.test(counted);
}

/** rules/fallback-model.json as written by bench/train-fallback.ts. */
export interface FallbackModelFile {
  why?: string;
  /** Hashed feature space: 2^bits buckets. */
  bits: number;
  classes: FailureType[];
  /** Per class, its log prior (natural log, rounded). */
  prior: number[];
  /** Per bucket and class (bucket-major), -log P(feature | class) * SCALE, rounded and capped at 255, base64. */
  weights: string;
  /** Training lines and where they came from, for the record. */
  lines?: number;
}

/** Quantisation step of the stored log-probabilities: 1/16 nat. */
export const SCALE = 16;

export interface FallbackModel {
  mask: number;
  classes: FailureType[];
  prior: number[];
  /** -log P(bucket | class) * SCALE, bucket-major. */
  cost: Uint8Array;
}

export function decodeModel(file: FallbackModelFile): FallbackModel {
  return {
    mask: (1 << file.bits) - 1,
    classes: file.classes,
    prior: file.prior,
    cost: Uint8Array.from(Buffer.from(file.weights, 'base64')),
  };
}

/**
 * A line's features, hashed: lower-cased words (digits folded to 0, so line numbers and versions weigh
 * alike), word pairs, and each word's character 4-grams (`^unre`, `reso`, ... : a tool's variant wording).
 * Deduplicated: a line is a set of features.
 */
export function lineFeatures(text: string, bits: number): number[] {
  const mask = (1 << bits) - 1;
  const words =
    text
      .toLowerCase()
      .replace(/\d+/g, '0')
      .match(/[a-z_0][a-z0-9_]*|[^\sa-z0-9_]/g) ?? [];
  const out = new Set<number>();
  let previous = '^';
  for (const word of words.slice(0, 60)) {
    out.add(hash(`w ${word}`) & mask);
    out.add(hash(`b ${previous} ${word}`) & mask);
    previous = word;
    if (word.length < 3) continue;
    const padded = `^${word}$`;
    for (let i = 0; i + 4 <= padded.length; i++) out.add(hash(`c ${padded.slice(i, i + 4)}`) & mask);
  }
  return [...out].sort((a, b) => a - b);
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The class posteriors of one line. */
export function posteriors(model: FallbackModel, text: string): number[] {
  const bits = Math.log2(model.mask + 1);
  const n = model.classes.length;
  const scores = model.prior.slice();
  for (const bucket of lineFeatures(text, bits)) {
    for (let c = 0; c < n; c++)
      scores[c] = (scores[c] as number) - (model.cost[bucket * n + c] as number) / SCALE;
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * Posterior at which the fallback speaks. It says low whatever the posterior: typed held out, the evidence lines
 * it is sure of are right about four times in five by project, seven in ten by source (npm run train:classify):
 * a guess to show, not to act on.
 */
export const FALLBACK_SURE = 0.99;

export interface FallbackVerdict {
  type: FailureType;
  p: number;
  confidence: Confidence;
  evidence: Evidence;
}

/**
 * The type of the latest candidate line the model types surely (the decisive error block is the last one before
 * the exit), or undefined when it is sure of none.
 */
export function fallbackVerdict(
  model: FallbackModel,
  lines: readonly Evidence[],
): FallbackVerdict | undefined {
  for (let k = lines.length - 1; k >= 0; k--) {
    const evidence = lines[k] as Evidence;
    const p = posteriors(model, evidence.text);
    let c = 0;
    for (let i = 1; i < p.length; i++) if ((p[i] as number) > (p[c] as number)) c = i;
    const top = p[c] as number;
    // The model's `unknown` is what error-shaped lines of passing jobs look like: not a finding.
    const type = model.classes[c] as FailureType;
    if (top < FALLBACK_SURE || type === 'unknown') continue;
    // A transient guess would spend a retry on what may be a deterministic failure: only rules say transient.
    if (TRANSIENT_TYPES.includes(type)) return undefined;
    return { type, p: top, confidence: 'low', evidence };
  }
  return undefined;
}
