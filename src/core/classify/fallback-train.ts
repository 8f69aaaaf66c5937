/**
 * Training the learned fallback (fallback.ts): multinomial naive Bayes over a line's hashed features, with
 * add-alpha smoothing, quantised to one byte per bucket and class. Deterministic: the same lines in any order
 * give byte-identical weights (counts are integers, classes are in a fixed order). Pure; the training script
 * (bench/train-fallback.ts) and the evaluation's per-fold models (bench/lopo.ts) both call it.
 */
import { FAILURE_TYPES } from '../types.js';
import type { FailureType } from '../types.js';
import type { FallbackModelFile } from './fallback.js';
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
  const buckets = 1 << bits;
  const classes = FALLBACK_CLASSES;
  const n = classes.length;
  const counts = new Float64Array(buckets * n);
  const totals = new Float64Array(n);
  const docs = new Float64Array(n);
  for (const { text, type } of lines) {
    const c = classes.indexOf(type);
    if (c < 0) continue;
    docs[c] = (docs[c] as number) + 1;
    for (const bucket of lineFeatures(text, bits)) {
      counts[bucket * n + c] = (counts[bucket * n + c] as number) + 1;
      totals[c] = (totals[c] as number) + 1;
    }
  }
  const all = docs.reduce((a, b) => a + b, 0);
  // A class without lines gets one pseudo-line of prior: it may still be said, if its words are strong.
  const prior = [...docs].map((d) => round3(Math.log((d + 1) / (all + n))));
  const cost = new Uint8Array(buckets * n);
  for (let c = 0; c < n; c++) {
    const denominator = (totals[c] as number) + ALPHA * buckets;
    for (let b = 0; b < buckets; b++) {
      const p = ((counts[b * n + c] as number) + ALPHA) / denominator;
      cost[b * n + c] = Math.min(255, Math.round(-Math.log(p) * SCALE));
    }
  }
  return {
    bits,
    classes,
    prior,
    weights: Buffer.from(cost).toString('base64'),
    lines: all,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
