/**
 * One job's section of the sticky comment, from its report: apart from the comment's format (comment.ts),
 * which every PR job's post reads, since it takes the post-mortem, the tests' and the time saved's lines,
 * which only a job with something to report renders (a green job's post compiles none of them).
 */
import { codeSpan, escapeText, link } from './markdown.js';
import { strongestDecision, type JobReport } from './model.js';
import { testsCommentLines } from './tests.js';
import { timeSavedNote } from './time-saved.js';
import { renderPostMortem } from './summary.js';
import { evidencePlace } from '../types.js';

/** One job's section of the sticky comment, from its report. */
export function renderCommentSection(report: JobReport): string {
  const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
  const head = [`${icon} **${escapeText(report.job, 120)}**`, `attempt ${report.attempt}`];
  if (report.lane) head.push(report.lane.lane);
  const lines: string[] = [`#### ${head.join(' · ')}`, ''];
  for (const f of report.failures.slice(0, 10)) {
    const c = f.classification;
    const what = `${c ? `**${c.type}**` : 'unclassified'} failure in ${codeSpan(f.step, { max: 100 })}`;
    const decision = f.decision ? `: ${f.decision.strategy}, ${escapeText(f.decision.reason, 300)}` : '';
    lines.push(`- ${what}${decision}`);
    if (c?.evidence)
      lines.push(`  - evidence (${evidencePlace(c.evidence)}): ${codeSpan(c.evidence.text, { max: 300 })}`);
  }
  if (report.failures.length > 10)
    lines.push(`- and ${report.failures.length - 10} more failures (see the job summary)`);
  if (report.tests?.tests.length) lines.push(...testsCommentLines(report.tests));
  for (const f of (report.skipped ?? []).slice(0, 10)) {
    const type = f.classification ? `**${f.classification.type}**` : 'unclassified';
    const rule = f.decision ? ` by ${codeSpan(f.decision.rule, { max: 80 })}` : '';
    lines.push(`- ${type} failure in ${codeSpan(f.step, { max: 100 })} **skipped**${rule}: the job went on`);
  }
  if (report.failures.length === 0) {
    const recovered = report.stages.filter((s) => s.attempts.length > 1 || s.resumed).length;
    lines.push(recovered > 0 ? `- passed; ${recovered} stage(s) recovered by retry or resume` : '- passed');
  }
  if (report.flaky && !report.failures.every((f) => f.flakyTests))
    lines.push('- flagged **flaky**: the same commit passed after this failure before');
  const saved = timeSavedNote(report);
  if (saved) lines.push(saved);
  const links = [
    ...(report.jobUrl ? [link('job summary', report.jobUrl)] : []),
    ...(report.runUrl
      ? [link(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)]
      : []),
  ];
  if (links.length > 0) lines.push('', links.join(' · '));
  if ((report.decision ?? strongestDecision(report.failures))?.strategy === 'manual') {
    lines.push(
      '',
      '<details><summary>Post-mortem (prefilled: needs a person)</summary>',
      '',
      renderPostMortem(report),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}
