/**
 * Rule-less hints speak only where they are measured right. A hint is what types a failure when no rule does:
 * the failed step's name (`stage-name`), the learned fallback (`fallback:learned`), the job's name (`job-name`).
 * Each decides a verdict only for a type it was right on at least HINT_PRECISION of the times it spoke, held
 * out on the corpus's GitHub Actions whole-job logs (rules/hint-precision.json, measured by bench/hints.ts, in
 * both held-out views: each project and each source left out); otherwise the verdict stays `unknown` and shows
 * what the hint saw. Issue 68: the job's name decided 8 fresh verdicts and was right on 1. Pure.
 */
import type { Classification, FailureType } from '../types.js';
import hintData from '../../../rules/hint-precision.json' with { type: 'json' };

/** The hints the gate holds. */
export const HINTS = ['stage-name', 'fallback:learned', 'job-name'] as const;
export type Hint = (typeof HINTS)[number];

/** How often a hint spoke for a type on held-out logs, and how often that type was the label. */
export interface HintCount {
  spoke: number;
  right: number;
}

/** Per hint, per type it said: its counts in each held-out view. */
export type HintTable = Partial<
  Record<Hint, Partial<Record<FailureType, { project: HintCount; source: HintCount }>>>
>;

/** The precision a hint must show in both held-out views. */
export const HINT_PRECISION = 0.8;
/** Fewer times spoken measure nothing: the hint stays quiet. */
export const HINT_MIN_SPOKE = 3;

/** Whether a hint may decide `type`: measured right often enough, in each view, on enough logs. */
export function hintSpeaks(table: HintTable, hint: Hint, type: FailureType): boolean {
  const counts = table[hint]?.[type];
  if (!counts) return false;
  return [counts.project, counts.source].every(
    (c) => c.spoke >= HINT_MIN_SPOKE && c.right >= HINT_PRECISION * c.spoke,
  );
}

/** Decides which hints may speak: the committed table's word, or the evaluation's own (bench/hints.ts). */
export type HintGate = (hint: Hint, type: FailureType) => boolean;

/** The committed table (rules/hint-precision.json). */
export const committedHints = (hintData as { hints: HintTable }).hints;

export const defaultHintGate: HintGate = (hint, type) => hintSpeaks(committedHints, hint, type);

/**
 * A hint's verdict when the gate lets it speak; else `unknown`, low, as rule `withheld:<hint>:<type>` (the type
 * it would have said) with the line it saw (its text, or the name it read), so a reader sees why nothing was
 * claimed and what a person may look at.
 */
export function gated(hinted: Classification, gate: HintGate): Classification {
  const hint = hinted.rule as Hint;
  if (gate(hint, hinted.type)) return hinted;
  const result: Classification = {
    type: 'unknown',
    confidence: 'low',
    retryable: false,
    rule: `withheld:${hint}:${hinted.type}`,
  };
  if (hinted.evidence) result.evidence = hinted.evidence;
  return result;
}

/** A verdict some hint withheld (it shows what that hint saw). */
export function withheld(result: Classification): boolean {
  return result.rule.startsWith('withheld:');
}
