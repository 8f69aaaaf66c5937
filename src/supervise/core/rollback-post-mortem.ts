/**
 * The post-mortem of a rollback: prefilled from its rollback record like the one for a failure handed to a
 * person (src/core/report/summary.ts `renderPostMortem`), with blanks for what only a person can say. It
 * travels in the revert PR's body and the supervisor's summary, and again once the default branch told
 * whether the revert helped. Pure: everything in it comes from the record.
 */
import { codeSpan, escapeText, formatDuration, link } from '../../core/report/index.js';
import { MAX_ROLLBACKS_PER_TARGET } from './revert.js';
import type { RollbackRecord } from './rollback-shape.js';

const ms = (iso: string | undefined): number | undefined => {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : undefined;
};

/** From the failing run's start to the revert, and to the verdict, when the record knows both ends. */
function durationLine(record: RollbackRecord): string {
  const start = ms(record.trigger.startedAt);
  const reverted = ms(record.timestamp);
  const verified = ms(record.verification?.at);
  if (start === undefined || reverted === undefined)
    return `- **Duration:** reverted at ${escapeText(record.timestamp, 40)}; the failing run's start is not known`;
  const parts = [
    `${formatDuration(Math.max(0, reverted - start))} from the failing run's start to the revert`,
  ];
  if (verified !== undefined)
    parts.push(`${formatDuration(Math.max(0, verified - start))} to the verdict of the next run`);
  return `- **Duration:** ${parts.join(', ')}`;
}

function whatWasReverted(record: RollbackRecord): string {
  const { from, to } = record;
  const pr = from.pullRequest !== undefined ? ` (#${from.pullRequest})` : '';
  const author = from.author ? ` by ${escapeText(from.author, 100)}` : '';
  const where =
    record.mode === 'push'
      ? `pushed to ${codeSpan(to.branch, { max: 120 })}`
      : `in a draft PR from ${codeSpan(to.branch, { max: 120 })}`;
  return (
    `- **What was reverted:** ${codeSpan(from.commit.slice(0, 12))} "${escapeText(from.subject, 200)}"${pr}${author}; ` +
    `the revert ${codeSpan(to.commit.slice(0, 12))}${to.mainline ? ` (against parent ${to.mainline})` : ''}, ${where}`
  );
}

/** Whether the revert helped: the next run's verdict, the re-land and the person, or not yet known. */
export function helpedLine(record: RollbackRecord): string {
  const v = record.verification;
  const run = (r: NonNullable<typeof v>): string =>
    `run ${r.runId} (attempt ${r.runAttempt}) of ${codeSpan(r.sha.slice(0, 12))}` +
    (r.url ? ` ${link('run', r.url)}` : '');
  if (!v)
    return '- **Did it help:** not known yet: the first run of the default branch after the revert lands tells';
  if (v.result === 'green') return `- **Did it help:** yes: ${run(v)} was green`;
  const again = v.evidence ? `, line ${v.evidence.line}: ${codeSpan(v.evidence.text, { max: 300 })}` : '';
  const reland = record.reland;
  const relandText = reland
    ? `; re-land ${reland.pr !== undefined ? link(`draft PR #${reland.pr}`, reland.url) : codeSpan(reland.branch, { max: 120 })}` +
      `, handed to a person: ${escapeText(reland.escalated, 400)}`
    : '';
  return `- **Did it help:** no: ${run(v)} still failed the same way (${v.failureType ?? record.failureType}${again})${relandText}`;
}

/**
 * The post-mortem of one rollback, prefilled from its record. `heading: false` where a `<details>` summary
 * titles it (the revert PR's body).
 */
export function renderRollbackPostMortem(record: RollbackRecord, opts: { heading?: boolean } = {}): string {
  const t = record.trigger;
  const evidence = record.evidence?.[0];
  const lines = [
    ...(opts.heading === false ? [] : ['### Post-mortem of a rollback (prefilled)', '']),
    whatWasReverted(record),
    `- **Why:** ${escapeText(record.reason, 400)}`,
    ...(record.askedFirst ? [`- **Push mode asked first:** ${escapeText(record.askedFirst, 400)}`] : []),
    `- **Trigger:** job **${escapeText(t.job, 100)}** of ${escapeText(t.workflow, 100)}, run ${t.runId} attempt ${t.runAttempt}` +
      (t.url ? ` ${link('run', t.url)}` : ''),
    `- **Failure type:** ${record.failureType}`,
    `- **Evidence:** ${evidence ? `line ${evidence.line}: ${codeSpan(evidence.text, { max: 400 })}` : 'no decisive line found'}`,
    durationLine(record),
    `- **Rollbacks of this change:** ${record.rollbacks ?? 1} of at most ${MAX_ROLLBACKS_PER_TARGET}`,
    helpedLine(record),
    `- **Kept:** ${(record.artifactsPreserved ?? []).map((a) => codeSpan(a, { max: 120 })).join(', ') || 'nothing'}`,
    `- **To re-land:** ${(record.revisionTargets ?? []).map((r) => escapeText(r, 200)).join('; ')}`,
    '',
    '| To fill in | Answer |',
    '|---|---|',
    '| Root cause | _ |',
    '| Was the reverted commit the culprit? (yes / no / unsure) | _ |',
    '| Fix and re-land (link) | _ |',
    '| Owner | _ |',
    '| Should ci-recovery have decided otherwise? | _ |',
  ];
  return lines.join('\n');
}
