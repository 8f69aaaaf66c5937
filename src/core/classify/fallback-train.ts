/**
 * Training the learned fallback (fallback.ts): multinomial naive Bayes over a line's hashed features, with
 * add-alpha smoothing, quantised to one byte per bucket and class. Deterministic: the same lines in any order
 * give byte-identical weights (counts are integers, classes are in a fixed order). Pure; the training script
 * (bench/train-fallback.ts) and the evaluation's per-fold models (bench/lopo.ts) both call it.
 */
import { FAILURE_TYPES } from '../types.js';
import type { FailureType } from '../types.js';
import type { FallbackModel, FallbackModelFile } from './fallback.js';
import { lineFeatures, SCALE } from './fallback.js';

/** One labelled line: its text (as normalize.ts leaves it) and the failure type it means. */
export interface TrainingLine {
  text: string;
  type: FailureType;
}

/** Hashed feature space of the shipped model: 2^13 buckets, 12 classes, one byte each (96 KiB). */
export const FALLBACK_BITS = 13;
const ALPHA = 0.5;

/**
 * The classes the model may say: every failure type, and `unknown` for error-shaped lines that decided nothing
 * (those of passing jobs).
 */
export const FALLBACK_CLASSES: FailureType[] = [...FAILURE_TYPES];

export function trainFallback(lines: readonly TrainingLine[], bits = FALLBACK_BITS): FallbackModelFile {
  return fileFromCounts(countLines(lines, bits));
}

/**
 * What a model is made of: integer feature counts per bucket and class, and lines per class. Counts add up, so
 * a model without some lines (an evaluation fold) is the whole's counts less theirs, not a new pass over all.
 */
export interface FallbackCounts {
  bits: number;
  counts: Float64Array;
  totals: Float64Array;
  docs: Float64Array;
}

export function countLines(lines: readonly TrainingLine[], bits = FALLBACK_BITS): FallbackCounts {
  const n = FALLBACK_CLASSES.length;
  const counts: FallbackCounts = {
    bits,
    counts: new Float64Array((1 << bits) * n),
    totals: new Float64Array(n),
    docs: new Float64Array(n),
  };
  addLines(counts, lines, 1);
  return counts;
}

/** The counts less those of `lines` (which must have been counted in them): a fold's model. */
export function withoutLines(whole: FallbackCounts, lines: readonly TrainingLine[]): FallbackCounts {
  const rest: FallbackCounts = {
    bits: whole.bits,
    counts: whole.counts.slice(),
    totals: whole.totals.slice(),
    docs: whole.docs.slice(),
  };
  addLines(rest, lines, -1);
  return rest;
}

function addLines(into: FallbackCounts, lines: readonly TrainingLine[], sign: 1 | -1): void {
  const n = FALLBACK_CLASSES.length;
  const { counts, totals, docs } = into;
  for (const { text, type } of lines) {
    const c = FALLBACK_CLASSES.indexOf(type);
    if (c < 0) continue;
    docs[c] = (docs[c] as number) + sign;
    for (const bucket of lineFeatures(text, into.bits)) {
      counts[bucket * n + c] = (counts[bucket * n + c] as number) + sign;
      totals[c] = (totals[c] as number) + sign;
    }
  }
}

export function fileFromCounts(counts: FallbackCounts): FallbackModelFile {
  const { prior, cost } = quantise(counts);
  return {
    bits: counts.bits,
    classes: FALLBACK_CLASSES,
    prior,
    weights: Buffer.from(cost).toString('base64'),
    lines: counts.docs.reduce((a, b) => a + b, 0),
  };
}

/** The model the counts make, ready to use (what decodeModel makes of fileFromCounts' file, without the text). */
export function modelFromCounts(counts: FallbackCounts): FallbackModel {
  const { prior, cost } = quantise(counts);
  return { mask: (1 << counts.bits) - 1, classes: FALLBACK_CLASSES, prior, cost };
}

// Bound once: a global looked up in a loop is slow inside a vm context (the evaluation's folds under jest: 30x).
const { log, min, round } = Math;

function quantise({ bits, counts, totals, docs }: FallbackCounts): { prior: number[]; cost: Uint8Array } {
  const buckets = 1 << bits;
  const n = FALLBACK_CLASSES.length;
  const all = docs.reduce((a, b) => a + b, 0);
  // A class without lines gets one pseudo-line of prior: it may still be said, if its words are strong.
  const prior = [...docs].map((d) => round3(Math.log((d + 1) / (all + n))));
  const cost = new Uint8Array(buckets * n);
  for (let c = 0; c < n; c++) {
    const denominator = (totals[c] as number) + ALPHA * buckets;
    for (let b = 0; b < buckets; b++) {
      const p = ((counts[b * n + c] as number) + ALPHA) / denominator;
      cost[b * n + c] = min(255, round(-log(p) * SCALE));
    }
  }
  return { prior, cost };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
