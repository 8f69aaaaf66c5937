/**
 * GitHub keeps at most 10 annotations of each level (error, warning, notice) per step and cuts each
 * message at 4,096 characters (actions/runner `ExecutionContext.cs`, `_maxCountPerIssueType`,
 * `_maxIssueMessageLength`); the 11th warning of a step is only a log line. So a step of ours keeps 9 of
 * each level as annotations, writes the rest to its log, and spends the 10th on saying how many more
 * there are and where to read them.
 */

import { sliceWhole } from './text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export const MAX_ANNOTATIONS_PER_LEVEL = 10;
export const MAX_ANNOTATION_CHARS = 4096;

const PLURAL: Record<AnnotationLevel, string> = { error: 'errors', warning: 'warnings', notice: 'notices' };

/** A message as the runner would keep it: cut at 4,096 characters, with a mark that it was cut. */
export function cutAnnotation(message: string): string {
  if (message.length <= MAX_ANNOTATION_CHARS) return message;
  const mark = ' […cut: the full text is in this step’s log]';
  return sliceWhole(message, MAX_ANNOTATION_CHARS - mark.length) + mark;
}

export type Admission = { annotate: true; message: string } | { annotate: false };

/** Counts one step's annotations and decides which stay annotations. */
export class AnnotationBudget {
  private readonly kept: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly spilled: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };

  /** An annotation while fewer than 9 of its level are kept; after that, a log line only. */
  admit(level: AnnotationLevel, message: string): Admission {
    if (this.kept[level] < MAX_ANNOTATIONS_PER_LEVEL - 1) {
      this.kept[level]++;
      return { annotate: true, message: cutAnnotation(message) };
    }
    this.spilled[level]++;
    return { annotate: false };
  }

  /**
   * The step's final error (its failure): always an annotation, the last slot of its level, so it also
   * says how many errors went to the log only.
   */
  admitFinal(message: string): string {
    const more = this.spilled.error;
    this.spilled.error = 0;
    this.kept.error++;
    return cutAnnotation(more > 0 ? `${message} (${spilledText('error', more)})` : message);
  }

  /** The annotation that closes each level that spilled: how many more, and where they are. */
  closing(): { level: AnnotationLevel; message: string }[] {
    return (Object.keys(this.spilled) as AnnotationLevel[])
      .filter((level) => this.spilled[level] > 0)
      .map((level) => {
        const message = `ci-recovery: ${spilledText(level, this.spilled[level])}`;
        this.spilled[level] = 0;
        return { level, message };
      });
  }

  /** How many annotations of `level` went to the log only so far (not yet closed). */
  spilledCount(level: AnnotationLevel): number {
    return this.spilled[level];
  }
}

function spilledText(level: AnnotationLevel, count: number): string {
  const noun = count === 1 ? level : PLURAL[level];
  return (
    `${count} more ${noun} of this step are in its log (GitHub keeps ${MAX_ANNOTATIONS_PER_LEVEL} ` +
    `annotations of each level per step); the job summary has the full report`
  );
}
