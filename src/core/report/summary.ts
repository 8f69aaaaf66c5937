/**
 * The job summary (GITHUB_STEP_SUMMARY) and the manual post-mortem. Everything derived from logs, step
 * names, branches or commits goes through the escaping helpers; `warnings` are ci-recovery's own markdown.
 */
import {
  STEP_SUMMARY_LIMIT_BYTES,
  codeSpan,
  escapeText,
  formatDuration,
  link,
  truncateMarkdown,
  utf8Bytes,
} from './markdown.js';
import { strongestDecision, timeSpent, type FailureView, type JobReport, type StageView } from './model.js';
import { renderTestsBlock } from './tests.js';
import { checkpointLines, timeSavedLines } from './time-saved.js';
import { renderTimeline } from './timeline.js';
import { evidencePlace } from '../types.js';

const OUTCOME_ICON: Record<StageView['outcome'], string> = { success: '✅', failure: '❌', skipped: '⏭️' };

export interface RenderOptions {
  /** Size limit of the output (default: the 1 MiB step summary limit, in UTF-8 bytes). */
  limitBytes?: number;
}

/** The most bytes the line end after a summary takes (CRLF). */
export const SUMMARY_LINE_END_BYTES = 2;

/** The job summary markdown, under `limitBytes` with its line end (cut with a note when it would not fit). */
export function renderSummary(report: JobReport, options: RenderOptions = {}): string {
  const limit = options.limitBytes ?? STEP_SUMMARY_LIMIT_BYTES;
  const parts: string[] = [heading(report), contextLines(report)];
  if (report.warnings.length > 0) parts.push(warningsBlock(report.warnings));
  const decision = report.decision ?? strongestDecision(report.failures);
  if (decision) {
    parts.push(
      `### Decision\n\n**${decision.strategy}** (rule ${codeSpan(decision.rule, { max: 80 })}): ${escapeText(decision.reason, 500)}` +
        flakyNote(report),
    );
  }
  if (report.failures.length > 0)
    parts.push(`### Failures\n\n${failuresTable(report.failures)}\n\n${evidenceLines(report.failures)}`);
  if (report.skipped?.length) parts.push(skippedBlock(report.skipped));
  if (report.tests?.tests.length) parts.push(renderTestsBlock(report.tests));
  if (report.stages.length > 0) parts.push(`### Stages\n\n${stagesTable(report.stages)}`);
  parts.push(timeBlock(report));
  const timeline = renderTimeline(report.stages, `${report.job} attempt ${report.attempt}`);
  if (timeline) parts.push(`### Timeline\n\n${timeline}`);
  if (decision?.strategy === 'manual') parts.push(renderPostMortem(report));
  const markdown = `${parts.join('\n\n')}\n`;
  const note = `> [!NOTE]\n> This summary was cut to fit GitHub's ${formatBytes(limit)} step summary limit${
    report.jobUrl ? `; the job log has the rest: ${link('job log', report.jobUrl)}` : ''
  }.`;
  // Room for the line end the runner adapter appends (`appendSummary`, up to 2 bytes on Windows): the file
  // must stay within the limit, not just this text.
  return truncateMarkdown(markdown, limit - SUMMARY_LINE_END_BYTES, note, utf8Bytes);
}

function flakyNote(report: JobReport): string {
  if (report.failures.length > 0 && report.failures.every((f) => f.flakyTests))
    return '\n\nThis failure is **flaky**: every failed test is known flaky from the test history (see Tests).';
  return report.flaky
    ? '\n\nThis failure is **flaky**: the same commit passed after it before (ledger).'
    : '';
}

function heading(report: JobReport): string {
  const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
  const recovered =
    report.conclusion === 'success' &&
    report.stages.some((s) => s.attempts.length > 1 || s.resumed || (s.flakyTests ?? 0) > 0);
  const state =
    report.conclusion === 'success'
      ? recovered
        ? 'recovered'
        : report.skipped?.length
          ? 'passed, with skipped failures'
          : 'passed'
      : report.conclusion === 'cancelled'
        ? 'cancelled'
        : 'failed';
  return `## ${icon} ci-recovery: ${escapeText(report.job, 120)} ${state} (attempt ${report.attempt})`;
}

function contextLines(report: JobReport): string {
  const lines: string[] = [];
  if (report.lane) lines.push(`**Lane:** ${report.lane.lane}: ${escapeText(report.lane.reason, 300)}`);
  const where: string[] = [];
  if (report.runId !== undefined)
    where.push(link(`run ${report.runId}, attempt ${report.attempt}`, report.runUrl));
  if (report.jobUrl) where.push(link('job log', report.jobUrl));
  if (report.sha) where.push(`commit ${codeSpan(report.sha.slice(0, 12))}`);
  if (report.branch) where.push(`branch ${codeSpan(report.branch, { max: 120 })}`);
  if (report.prNumber !== undefined) where.push(`PR #${report.prNumber}`);
  if (where.length > 0) lines.push(`**Run:** ${where.join(' · ')}`);
  return lines.join('  \n');
}

/**
 * Warnings are sentences of ours that name steps, stages and files (a pull request names those): they are
 * plain text, escaped like any other, never markup.
 */
function warningsBlock(warnings: readonly string[]): string {
  return ['> [!WARNING]', ...warnings.map((w) => `> ${escapeText(w, 1000)}`)].join('\n');
}

function failuresTable(failures: readonly FailureView[]): string {
  const rows = failures.map((f) => {
    const c = f.classification;
    const step = codeSpan(f.stage && f.stage !== f.step ? `${f.step} [${f.stage}]` : f.step, {
      inTable: true,
      max: 120,
    });
    const exit = f.signal
      ? `signal ${escapeText(f.signal, 20)}`
      : f.exitCode !== undefined
        ? `exit ${f.exitCode}`
        : f.conclusion && f.conclusion !== 'failure'
          ? f.conclusion
          : '';
    const decision = f.decision
      ? `${f.decision.strategy} (${codeSpan(f.decision.rule, { inTable: true, max: 60 })})`
      : '–';
    return `| ${step} | ${c ? `**${c.type}**` : 'not classified'} | ${c?.confidence ?? '–'} | ${
      c ? codeSpan(c.rule, { inTable: true, max: 60 }) : '–'
    } | ${f.attempts ?? '–'} | ${exit || '–'} | ${decision} |`;
  });
  return [
    '| Step | Type | Confidence | Rule | Attempts | Exit | Decision |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The decisive line of each failure, verbatim in a code span (never markup). */
function evidenceLines(failures: readonly FailureView[]): string {
  const lines = failures.map((f) => {
    const e = f.classification?.evidence;
    const name = codeSpan(f.step, { max: 80 });
    if (!e || e.text.trim() === '') return `- ${name}: no decisive line found`;
    return `- ${name}, evidence (${evidencePlace(e)}): ${codeSpan(e.text, { max: 400 })}`;
  });
  return `**Evidence**\n\n${lines.join('\n')}`;
}

/** Failures a policy rule let pass: the job went on and may be green, but nothing is hidden. */
function skippedBlock(skipped: readonly FailureView[]): string {
  return (
    '### Skipped failures\n\n' +
    'A policy rule (`strategy: skip`) let these failures pass: their steps ended with a warning and the job went on.\n\n' +
    `${failuresTable(skipped)}\n\n${evidenceLines(skipped)}`
  );
}

function stagesTable(stages: readonly StageView[]): string {
  const rows = stages.map((s) => {
    const outcome = s.resumed
      ? `${OUTCOME_ICON.skipped} resumed${s.previousDurationMs !== undefined ? ` (took ${formatDuration(s.previousDurationMs)} before)` : ''}`
      : s.policySkipped
        ? `${OUTCOME_ICON.skipped} failed, skipped by policy`
        : `${OUTCOME_ICON[s.outcome]} ${s.outcome}`;
    const failedTypes = [
      ...new Set(
        s.attempts.map((a) => (a.timedOut ? 'timeout' : a.failureType)).filter((t) => t !== undefined),
      ),
    ];
    const attempts =
      s.attempts.length === 0
        ? '0'
        : `${s.attempts.length}${failedTypes.length > 0 ? ` (${failedTypes.join(', ')})` : ''}`;
    return `| ${codeSpan(s.name, { inTable: true, max: 80 })} | ${s.kind} | ${outcome} | ${attempts} | ${
      s.durationMs !== undefined ? formatDuration(s.durationMs) : '–'
    } |`;
  });
  return ['| Stage | Kind | Outcome | Attempts | Duration |', '|---|---|---|---|---|', ...rows].join('\n');
}

function timeBlock(report: JobReport): string {
  const spent = timeSpent(report);
  const lines: string[] = [];
  if (spent.totalMs !== undefined) {
    // Counted from ci-recovery's step (the jobs API gave no start of the job), it must not read as the job's.
    const since =
      report.startedFrom === 'step'
        ? "since ci-recovery's step began in this job attempt (the job's own start was not read from the jobs API: the steps before it are not counted)"
        : 'in this job attempt';
    lines.push(
      `- Spent: ${formatDuration(spent.totalMs)} ${since}, ${formatDuration(spent.failedAttemptsMs)} of it in failed attempts.`,
    );
  } else {
    lines.push(`- Spent in failed attempts: ${formatDuration(spent.failedAttemptsMs)}.`);
  }
  lines.push(...timeSavedLines(report));
  lines.push(...checkpointLines(report));
  return `### Time\n\n${lines.join('\n')}`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

/**
 * The post-mortem for a failure ci-recovery hands to a person (strategy `manual`): what is known,
 * prefilled, and blanks for what only a person can say.
 */
export function renderPostMortem(report: JobReport): string {
  const failure = report.failures.find((f) => f.decision?.strategy === 'manual') ?? report.failures[0];
  const lines: string[] = ['### Post-mortem (needs a person)', ''];
  if (failure) {
    const c = failure.classification;
    const what = [`step ${codeSpan(failure.step, { max: 120 })}`];
    if (failure.stage && failure.stage !== failure.step)
      what.push(`stage ${codeSpan(failure.stage, { max: 80 })}`);
    if (failure.exitCode !== undefined) what.push(`exit code ${failure.exitCode}`);
    if (failure.signal) what.push(`signal ${escapeText(failure.signal, 20)}`);
    lines.push(`- **What failed:** ${what.join(', ')}`);
    lines.push(
      `- **Failure type:** ${c ? `${c.type} (${c.confidence} confidence, rule ${codeSpan(c.rule, { max: 80 })})` : 'not classified'}`,
    );
    lines.push(
      `- **Evidence:** ${c?.evidence ? `${evidencePlace(c.evidence)}: ${codeSpan(c.evidence.text, { max: 400 })}` : 'no decisive line found'}`,
    );
    if (failure.decision) {
      lines.push(
        `- **Why a person:** ${escapeText(failure.decision.reason, 400)} (rule ${codeSpan(failure.decision.rule, { max: 80 })})`,
      );
    }
  } else {
    lines.push('- **What failed:** no failed step was identified');
  }
  lines.push(
    `- **Lane:** ${report.lane ? `${report.lane.lane}: ${escapeText(report.lane.reason, 200)}` : 'unknown'}`,
  );
  const inStep =
    failure?.attempts !== undefined ? `, ${failure.attempts} in-step attempt(s) of the failing step` : '';
  lines.push(
    `- **Attempts:** job attempt ${report.attempt}${report.runId !== undefined ? ` of run ${report.runId}` : ''}${inStep}`,
  );
  lines.push(
    `- **Commit:** ${report.sha ? codeSpan(report.sha.slice(0, 12)) : 'unknown'}${report.branch ? ` on ${codeSpan(report.branch, { max: 120 })}` : ''}` +
      `; last good commit: ${report.lastGoodSha ? codeSpan(report.lastGoodSha.slice(0, 12)) : 'unknown'}`,
  );
  const links = Object.entries({
    ...(report.runUrl ? { run: report.runUrl } : {}),
    ...(report.jobUrl ? { 'job log': report.jobUrl } : {}),
    ...(failure?.url ? { step: failure.url } : {}),
    ...(report.links ?? {}),
  }).map(([name, url]) => link(name, url));
  if (links.length > 0) lines.push(`- **Links:** ${links.join(' · ')}`);
  lines.push(
    '',
    '| To fill in | Answer |',
    '|---|---|',
    '| Root cause | _ |',
    '| Caused by this change? (yes / no / unsure) | _ |',
    '| Fix or follow-up (link) | _ |',
    '| Owner | _ |',
    '| Should ci-recovery have decided otherwise? | _ |',
  );
  return lines.join('\n');
}
