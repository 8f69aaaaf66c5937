/**
 * Re-entry: a PR whose commits name a rolled-back commit (its sha, `This reverts commit <revert>`,
 * `Re-lands: <sha>`) re-lands a reverted change. The default branch's ledger keeps each rollback's record,
 * with its verdict once judged; the PR's comment gets what that record says it takes to re-land, and a failure of the
 * same type on the PR's run is told as the re-land not fixing it. Pure.
 */
import type { LedgerRevert } from '../../core/ledger.js';
import { codeSpan, escapeText } from '../../core/report/index.js';
import { helpedLine } from './rollback-post-mortem.js';
import { parseRollbackRecord, type RollbackRecord } from './rollback-record.js';
import type { JobFindings } from './supervise-model.js';
import { inert } from '../../core/text.js';

/** A PR's commit as the API lists it. */
export interface PrCommit {
  sha: string;
  message: string;
}

export interface Reentry {
  /** The rolled-back (culprit) commit the PR re-lands. */
  sha: string;
  record: RollbackRecord;
  /** The PR's run failed the way the rollback was made for: in this job. */
  sameFailure?: { job: string };
}

/** The sticky comment's section for a re-land PR. */
export const REENTRY_SECTION_KEY = 'ci-recovery-reentry';

const FULL_SHA = /\b[0-9a-f]{40}\b/g;

/** Does a commit message name a full commit sha (`This reverts commit …`, `Re-lands: …`)? */
export function namesFullSha(message: string): boolean {
  return /\b[0-9a-f]{40}\b/.test(message);
}

/** The rollback the PR's commits name, newest first; a record that does not parse is a problem, not a stop. */
export function findReentry(
  reverts: readonly LedgerRevert[],
  commits: readonly PrCommit[],
  findings: Readonly<Record<string, JobFindings>>,
): { reentry?: Reentry; problems: string[] } {
  const named = new Set(commits.flatMap((c) => [c.sha, ...(c.message.match(FULL_SHA) ?? [])]));
  const problems: string[] = [];
  for (const entry of [...reverts].reverse()) {
    if (entry.record === undefined) continue;
    const shas = [entry.sha, entry.revertSha, entry.landedSha].filter((s) => s !== undefined);
    if (!shas.some((s) => named.has(s))) continue;
    let record: RollbackRecord;
    try {
      record = parseRollbackRecord(entry.record);
    } catch (error) {
      problems.push(`the rollback record of ${entry.sha.slice(0, 12)} is unreadable: ${String(error)}`);
      continue;
    }
    const sameFailure = sameFailureJob(record, findings);
    return { reentry: { sha: entry.sha, record, ...(sameFailure ? { sameFailure } : {}) }, problems };
  }
  return { problems };
}

/** The job that failed the record's way: the rollback's own job first, else any. */
function sameFailureJob(
  record: RollbackRecord,
  findings: Readonly<Record<string, JobFindings>>,
): { job: string } | undefined {
  const same = Object.entries(findings).filter(([, f]) => f.classification.type === record.failureType);
  const job = same.find(([name]) => name === record.trigger.job) ?? same[0];
  return job ? { job: job[0] } : undefined;
}

/** The sentence for a re-land that failed again the same way (plain text; the caller escapes it). */
export function sameFailureSentence(reentry: Reentry): string | undefined {
  if (!reentry.sameFailure) return undefined;
  return (
    `the same failure as the rollback of ${reentry.sha.slice(0, 12)}: the re-land did not fix it ` +
    `(job '${inert(reentry.sameFailure.job)}' failed with ${inert(reentry.record.failureType)} again)`
  );
}

/** The re-land PR's section: the record's failure, evidence and revision targets; every value inert, escaped. */
export function renderReentrySection(reentry: Reentry): string {
  const { record } = reentry;
  const short = reentry.sha.slice(0, 12);
  const text = (s: string, max = 300): string => escapeText(inert(s), max);
  const again = sameFailureSentence(reentry);
  const evidence = record.evidence[0];
  return [
    again
      ? `#### Re-land of ${short}: ${text(again, 600)}`
      : `#### Re-land of ${short}, which ci-recovery rolled back`,
    '',
    `- **Rolled back for:** ${codeSpan(inert(record.failureType), { max: 60 })} in job **${text(record.trigger.job, 100)}** of ` +
      `${text(record.trigger.workflow, 100)} (run ${record.trigger.runId})`,
    ...(evidence ? [`- **Evidence:** line ${evidence.line}: ${codeSpan(inert(evidence.text))}`] : []),
    // Once the default branch told, whether the revert helped (as the rollback's post-mortem says it).
    ...(record.verification ? [helpedLine(record)] : []),
    '- **To re-land it:**',
    ...record.revisionTargets.map((t) => `  - ${text(t, 200)}`),
  ].join('\n');
}

/** The summary's lines about a re-land PR. */
export function renderReentrySummary(reentry: Reentry | undefined): string[] {
  if (!reentry) return [];
  return ['', '### Re-land of a rolled-back change', '', renderReentrySection(reentry).replace(/^#### /, '')];
}
