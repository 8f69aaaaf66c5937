/**
 * What recovery saved, in words: for the job summary and the sticky comment (a resumed or retried job),
 * and for the supervisor (what the re-run it requests will skip). Self-contained so the reports can place
 * it wherever they show time. Pure.
 */
import type { RecoveryPlan } from '../plan-artifact.js';
import { formatBytes } from '../checkpoint-pays.js';
import { codeSpan, escapeText, formatDuration } from './markdown.js';
import { timeSaved, timeSpent, type JobReport, type TimeSaved } from './model.js';

export interface SavedOverview {
  items: TimeSaved[];
  totalMs: number;
  /** This attempt's wall time, when known. */
  spentMs?: number;
  /** Saved / (saved + spent): the share of the job's work recovery spared this attempt. */
  share?: number;
  /** Stages skipped by resume whose earlier duration is unknown (a checkpoint that did not record it). */
  unmeasured: string[];
}

type ReportTimes = Pick<JobReport, 'stages' | 'startedAt' | 'finishedAt' | 'startedFrom'>;

/** What a share of the spent time is of: the job, or (its start unknown) the time since ci-recovery's step. */
export function spentWhole(report: Pick<JobReport, 'startedFrom'>): string {
  return report.startedFrom === 'step' ? "the time since ci-recovery's step began" : 'the job';
}

export function savedOverview(report: ReportTimes): SavedOverview {
  const items = timeSaved(report);
  const totalMs = items.reduce((sum, s) => sum + s.ms, 0);
  const spentMs = timeSpent(report).totalMs;
  const unmeasured = report.stages
    .filter((s) => s.resumed && (s.previousDurationMs === undefined || s.previousDurationMs <= 0))
    .map((s) => s.name);
  return {
    items,
    totalMs,
    ...(spentMs !== undefined ? { spentMs } : {}),
    ...(spentMs !== undefined && totalMs > 0 ? { share: totalMs / (totalMs + spentMs) } : {}),
    unmeasured,
  };
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The "Saved" lines of the summary's Time block (markdown list items). */
export function timeSavedLines(report: ReportTimes): string[] {
  const o = savedOverview(report);
  const lines: string[] = [];
  if (o.items.length === 0 && o.unmeasured.length === 0) {
    return ['- Saved: nothing this time (no stage was resumed or recovered in-step).'];
  }
  if (o.items.length > 0) {
    const of =
      o.share !== undefined && o.spentMs !== undefined
        ? `, ${percent(o.share)} of ${spentWhole(report)} (${formatDuration(o.totalMs + o.spentMs)} without recovery, ${formatDuration(o.spentMs)} with it)`
        : '';
    lines.push(`- Saved: about **${formatDuration(o.totalMs)}**${of}`);
    for (const s of o.items) {
      const source = s.how === 'resume' ? ' (its duration in the earlier attempt)' : '';
      lines.push(`  - ${escapeText(s.what, 200)}: ${formatDuration(s.ms)}${source}`);
    }
  }
  if (o.unmeasured.length > 0) {
    const names = o.unmeasured.slice(0, 20).map((n) => codeSpan(n, { max: 80 }));
    lines.push(
      `- ${o.items.length > 0 ? 'Also resumed' : 'Saved: resumed'} ${names.join(', ')}, not counted: the checkpoint did not record how long ${o.unmeasured.length > 1 ? 'they' : 'it'} took in the earlier attempt.`,
    );
  }
  return lines;
}

/**
 * What the checkpoints cost and what they saved, for the summary of a resumed job: the checkpoint it
 * resumed from (what its save took and its archive's bytes, from its manifest) and this attempt's own
 * (what each step waited on one, and its bytes), against the stages the resume skipped with the seconds
 * they took when they ran. Nothing for a job that resumed nothing.
 */
export function checkpointLines(report: Pick<JobReport, 'stages' | 'resumedCheckpoint'>): string[] {
  const resumed = report.stages.filter((s) => s.resumed);
  const from = report.resumedCheckpoint;
  if (!from && resumed.length === 0) return [];
  const taken = report.stages.filter((s) => s.checkpointMs !== undefined);
  const costMs = (from?.ms ?? 0) + taken.reduce((sum, s) => sum + s.checkpointMs!, 0);
  const bytes = (from?.bytes ?? 0) + taken.reduce((sum, s) => sum + (s.checkpointBytes ?? 0), 0);
  const parts = [
    ...(from
      ? [
          `the one resumed from (${codeSpan(from.id, { max: 120 })}) took ${formatDuration(from.ms)} to save, ${formatBytes(from.bytes)}`,
        ]
      : []),
    ...(taken.length > 0
      ? [
          `this attempt's ${taken
            .slice(0, 20)
            .map(
              (s) =>
                `before ${codeSpan(s.name, { max: 80 })} ${formatDuration(s.checkpointMs!)}${s.checkpointBytes !== undefined ? `, ${formatBytes(s.checkpointBytes)}` : ''}`,
            )
            .join('; ')}`,
        ]
      : []),
  ];
  const lines = [
    `- Checkpoints cost about **${formatDuration(costMs)}** and **${formatBytes(bytes)}**${parts.length ? `: ${parts.join('; ')}` : ''}.`,
  ];
  const timed = resumed.filter((s) => (s.previousDurationMs ?? 0) > 0);
  const savedMs = timed.reduce((sum, s) => sum + s.previousDurationMs!, 0);
  const stages = resumed
    .slice(0, 20)
    .map(
      (s) =>
        `${codeSpan(s.name, { max: 80 })} (${(s.previousDurationMs ?? 0) > 0 ? formatDuration(s.previousDurationMs!) : 'not timed'})`,
    );
  lines.push(
    resumed.length > 0
      ? `- Checkpoints saved about **${formatDuration(savedMs)}**: the resume skipped ${stages.join(', ')}, as long as they took when they ran${costMs > 0 && savedMs > 0 ? ` (${(savedMs / costMs).toFixed(1)}x what the checkpoints cost)` : ''}.`
      : '- Checkpoints saved nothing: no stage was skipped (their files were gone, or the resumed stages ran again).',
  );
  return lines;
}

/** One line for the sticky comment, or undefined when nothing measurable was saved. */
export function timeSavedNote(report: ReportTimes): string | undefined {
  const o = savedOverview(report);
  if (o.totalMs <= 0) return undefined;
  const resumed = o.items.filter((s) => s.how === 'resume').length;
  const tests = o.items.filter((s) => s.how === 'retry-tests').length;
  const retried = o.items.length - resumed - tests;
  const how = [
    ...(resumed > 0 ? [`${resumed} stage(s) skipped by resume`] : []),
    ...(retried > 0 ? [`${retried} in-step retr${retried > 1 ? 'ies' : 'y'}`] : []),
    ...(tests > 0 ? [`flaky tests retried alone in ${tests} step(s)`] : []),
  ].join(', ');
  return `- time saved: about ${formatDuration(o.totalMs)}${o.share !== undefined ? ` (${percent(o.share)} of ${spentWhole(report)})` : ''}: ${how}`;
}

/** What a re-run of a failed job skips by resuming from its checkpoints, from the job's plan. */
export interface ResumeOutlook {
  /** Stages a checkpoint covers, with their duration in the failed attempt (or earlier, when resumed). */
  stages: { name: string; ms?: number }[];
  ms: number;
  /** The failed job's whole work: its wall time plus what its own resumed stages took before. */
  jobMs?: number;
  share?: number;
}

export function resumeOutlook(
  plan: Pick<RecoveryPlan, 'resumableStages' | 'stageDurations' | 'jobMs'>,
): ResumeOutlook | undefined {
  const names = plan.resumableStages ?? [];
  if (names.length === 0) return undefined;
  const durations = plan.stageDurations ?? {};
  const stages = names.map((name) =>
    Object.hasOwn(durations, name) ? { name, ms: durations[name]! } : { name },
  );
  const ms = stages.reduce((sum, s) => sum + (s.ms ?? 0), 0);
  const share = plan.jobMs !== undefined && plan.jobMs > 0 ? Math.min(1, ms / plan.jobMs) : undefined;
  return {
    stages,
    ms,
    ...(plan.jobMs !== undefined ? { jobMs: plan.jobMs } : {}),
    ...(share !== undefined && ms > 0 ? { share } : {}),
  };
}

/** One markdown line: what the re-run of `job` skips. */
export function renderResumeOutlook(job: string, o: ResumeOutlook): string {
  const stages = o.stages
    .slice(0, 20)
    .map((s) => `${codeSpan(s.name, { max: 80 })}${s.ms !== undefined ? ` (${formatDuration(s.ms)})` : ''}`)
    .join(', ');
  const of =
    o.share !== undefined && o.jobMs !== undefined
      ? `, ${percent(o.share)} of the failed attempt's ${formatDuration(o.jobMs)}`
      : '';
  const total = o.ms > 0 ? `: about ${formatDuration(o.ms)} saved${of}` : '';
  return `- ${escapeText(job, 120)}: the re-run resumes from its checkpoint and skips ${stages}${total}`;
}
