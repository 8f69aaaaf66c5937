/**
 * What post writes on a green job that had nothing to recover: one line of summary, and, where this job's
 * section of the sticky comment reported a failure before, that section turned to fixed. Pure.
 */
import { escapeText, link } from './markdown.js';
import type { JobReport } from './model.js';

/** The job summary of a quiet green job: one line. */
export function renderSummaryLine(report: JobReport): string {
  const lane = report.lane ? `, ${report.lane.lane} lane` : '';
  return `✅ ci-recovery: ${escapeText(report.job, 120)} passed (attempt ${report.attempt}${lane}): nothing failed, nothing to recover.\n`;
}

/** This job's section of the sticky comment once a later attempt or run of it passed. */
export function renderFixedSection(report: JobReport): string {
  const head = [`✅ **${escapeText(report.job, 120)}**`, `attempt ${report.attempt}`];
  if (report.lane) head.push(report.lane.lane);
  const where = report.runUrl
    ? link(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)
    : undefined;
  return [
    `#### ${head.join(' · ')}`,
    '',
    `- **fixed**: passes now${where ? ` (${where})` : ''}; the failure reported here before is gone`,
  ].join('\n');
}
