/**
 * Annotations on the evidence: one per failure, for `core.error/warning/notice` (post writes them; the
 * runner adapter keeps a step within GitHub's 10 per level and counts the rest, core/annotation-budget.ts).
 */
import { oneLine } from './markdown.js';
import type { FailureView, JobReport } from './model.js';
import { evidencePlace } from '../types.js';

export interface AnnotationData {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
}

/**
 * A failure a person must act on (manual, rollback, or no decision) is an error; one ci-recovery handles
 * (retry, resume) a warning; a skipped one a notice. Messages are plain text (annotations render none).
 */
export function annotationsFor(report: Pick<JobReport, 'failures' | 'job' | 'flaky'>): AnnotationData[] {
  return report.failures.map((f) => ({
    level: level(f),
    title: oneLine(`ci-recovery: ${f.classification?.type ?? 'unclassified'} failure in ${f.step}`, 200),
    message: message(f, report.flaky === true),
  }));
}

function level(f: FailureView): AnnotationData['level'] {
  const strategy = f.decision?.strategy;
  if (strategy === 'retry' || strategy === 'resume') return 'warning';
  if (strategy === 'skip') return 'notice';
  return 'error';
}

function message(f: FailureView, flaky: boolean): string {
  const parts: string[] = [];
  const e = f.classification?.evidence;
  parts.push(e ? `Evidence (${evidencePlace(e)}): ${oneLine(e.text, 400)}` : 'No decisive line found.');
  if (f.classification)
    parts.push(
      `Type ${f.classification.type}, ${f.classification.confidence} confidence (rule ${f.classification.rule}).`,
    );
  if (f.decision)
    parts.push(
      `Decision: ${f.decision.strategy} (rule ${f.decision.rule}): ${oneLine(f.decision.reason, 300)}.`,
    );
  if (flaky) parts.push('Flaky: the same commit passed after this failure before.');
  return parts.join('\n');
}
