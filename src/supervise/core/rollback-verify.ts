/**
 * After a revert: the first run of the default branch that holds it tells whether it helped. Green (the
 * trigger job passed) → the record says so. The trigger job failing the same way (the record's failure
 * type) → the revert was wrong: a draft PR re-lands the reverted change and a person is told, both in
 * the record. And the count: at most MAX_ROLLBACKS_PER_TARGET rollbacks of one change, then a person.
 * Pure.
 */
import type { LedgerRevert } from '../../core/ledger.js';
import { codeBlock, escapeText, oneLine } from '../../core/report/index.js';
import { MAX_ROLLBACKS_PER_TARGET } from './revert.js';
import { renderRollbackPostMortem } from './rollback-post-mortem.js';
import {
  renderRollbackRecord,
  ROLLBACK_RECORD_BEGIN,
  type RollbackRecord,
  type RollbackVerification,
} from './rollback-record.js';
import type { JobFindings, JobView, RunView } from './supervise-model.js';

export type RollbackCheck =
  | { verdict: 'green' }
  | { verdict: 'still-failing'; findings: JobFindings }
  /** The run does not tell: the trigger job did not run, failed another way, or is still running. */
  | { verdict: 'unknown'; reason: string; otherTest?: true };

/**
 * The test a failure line names, when it names one: a pytest node id (`path.py::name`), go's
 * `--- FAIL: Name`, jest's `● title`. Undefined for any other line (an assertion's message).
 */
export function testIdentity(text: string): string | undefined {
  // The base test only: a go subtest's line and its parent's name one test, and a pytest parameter's id
  // (a temporary path, a timestamp) may differ from run to run.
  const go = /---\s+FAIL:\s+([^\s/]+)/.exec(text);
  if (go) return `go:${go[1]}`;
  const pytest = /(\S+\.py::[^\s[]+)/.exec(text);
  if (pytest) return `pytest:${pytest[1]}`;
  const jest = /●\s+(.+?)\s*$/.exec(text);
  if (jest) return `jest:${jest[1]}`;
  return undefined;
}

/**
 * What a run of the default branch that holds the revert says about it. Only the trigger job's own
 * result counts: a revert is judged by the failure it was made for (its type, and its evidence where the
 * record and the run both have one).
 */
export function checkRollback(
  record: Pick<RollbackRecord, 'trigger' | 'failureType'> & { evidence?: RollbackRecord['evidence'] },
  jobs: readonly JobView[],
  findings: Readonly<Record<string, JobFindings>>,
  /** The run has more jobs than `jobs` (JobListing `more`): one not among them may have run. */
  moreJobs = false,
): RollbackCheck {
  const name = record.trigger.job;
  const job = jobs.find((j) => j.name === name);
  if (!job && moreJobs)
    return { verdict: 'unknown', reason: `job '${name}' is not among the ${jobs.length} jobs listed` };
  if (!job) return { verdict: 'unknown', reason: `job '${name}' did not run` };
  if (job.conclusion === 'success') return { verdict: 'green' };
  const found = findings[name];
  if (!found) return { verdict: 'unknown', reason: `job '${name}' ended ${job.conclusion ?? 'not yet'}` };
  if (found.classification.type !== record.failureType)
    return {
      verdict: 'unknown',
      reason: `job '${name}' failed another way (${found.classification.type}, the revert was for ${record.failureType})`,
    };
  // Of the same type is not the same failure: another test failing (a flaky one, a second breaking change)
  // says nothing against the revert, and a re-land would bring back a change that broke the branch. Told
  // apart only where both lines name their test: a message alone ('demo beta', 'demo gamma') may change
  // while the same test fails, and then the revert did not help (a draft re-land for a person decides).
  const was = (record.evidence ?? []).flatMap((e) => testIdentity(e.text) ?? []);
  const seen = found.classification.evidence && testIdentity(found.classification.evidence.text);
  if (was.length > 0 && seen !== undefined && !was.includes(seen))
    return {
      verdict: 'unknown',
      otherTest: true,
      reason: `job '${name}' failed on another test (${seen}) than the one the revert was made for (${was.join(', ')})`,
    };
  return { verdict: 'still-failing', findings: found };
}

/** The record with the run's verdict. */
export function verifiedRecord(
  record: RollbackRecord,
  check: Exclude<RollbackCheck, { verdict: 'unknown' }>,
  run: Pick<RunView, 'id' | 'attempt' | 'headSha' | 'url'>,
  now: Date,
): RollbackRecord {
  const evidence = check.verdict === 'still-failing' ? check.findings.classification.evidence : undefined;
  const verification: RollbackVerification = {
    result: check.verdict,
    runId: run.id,
    runAttempt: run.attempt,
    sha: run.headSha,
    at: now.toISOString(),
    ...(run.url ? { url: run.url } : {}),
    ...(check.verdict === 'still-failing' ? { failureType: check.findings.classification.type } : {}),
    ...(evidence ? { evidence } : {}),
  };
  return { ...record, verification };
}

/** The branch a re-land goes to: one per reverted change, so a second supervisor run finds it. */
export function relandBranch(sha: string): string {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`not a full commit sha: '${sha}'`);
  return `ci-recovery/reland-${sha.slice(0, 12)}`;
}

/** Why a revert that did not help goes to a person with its re-land. */
export function relandEscalation(record: RollbackRecord): string {
  const short = record.from.commit.slice(0, 12);
  const count = record.rollbacks ?? 1;
  return (
    `reverting ${short} did not help: job '${oneLine(record.trigger.job, 100)}' still fails the same way ` +
    `(${record.failureType}), so the culprit is elsewhere; the draft PR re-lands ${short}, which a person ` +
    `merges once the real cause is found (rollback ${count} of at most ${MAX_ROLLBACKS_PER_TARGET} of this change)`
  );
}

/** The draft re-land PR: the account, the post-mortem, the updated record (which parses back). */
export function relandPullRequest(record: RollbackRecord): { title: string; body: string } {
  const short = record.from.commit.slice(0, 12);
  const title = `Re-land "${oneLine(record.from.subject, 200)}" (ci-recovery)`;
  const body = [
    `ci-recovery re-lands ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ` +
      `${escapeText(relandEscalation(record), 800)}.`,
    '',
    'This PR is a draft on purpose: it needs a person. Merge it when the failure is fixed elsewhere, or close it.',
    '',
    '<details><summary>Post-mortem of the rollback (prefilled)</summary>',
    '',
    renderRollbackPostMortem(record, { heading: false }),
    '',
    '</details>',
    '',
    ROLLBACK_RECORD_BEGIN,
    codeBlock(renderRollbackRecord(record).trimEnd(), 'yaml'),
  ].join('\n');
  return { title, body };
}

/**
 * The change a commit belongs to for the count: a commit ci-recovery reverted, or one whose message names
 * a commit of an earlier rollback (a revert of the revert, a re-land, `Re-lands: <sha>`), counts against
 * that rollback's change. Undefined: a change of its own.
 */
export function rollbackTarget(
  commit: { sha: string; message: string },
  reverts: readonly LedgerRevert[],
): string | undefined {
  const named = new Set([commit.sha, ...(commit.message.match(/\b[0-9a-f]{40}\b/g) ?? [])]);
  const earlier = reverts.find(
    (r) =>
      named.has(r.sha) ||
      (r.revertSha !== undefined && named.has(r.revertSha)) ||
      (r.landedSha !== undefined && named.has(r.landedSha)),
  );
  return earlier ? (earlier.target ?? earlier.sha) : undefined;
}

/** Rollbacks of `target` in the ledger. */
export function rollbacksOf(target: string, reverts: readonly LedgerRevert[]): number {
  return reverts.filter((r) => (r.target ?? r.sha) === target).length;
}

/** A rollback a run told about: its updated record, and the re-land PR when it did not help. */
export interface VerifiedRollback {
  record: RollbackRecord;
  reland?: { number: number; url: string };
}

/** The summary's account of the earlier rollbacks a run told about, each with its post-mortem. */
export function renderVerifiedRollbacks(verified: readonly VerifiedRollback[]): string[] {
  if (verified.length === 0) return [];
  const lines = ['', '### Earlier rollbacks this run told about'];
  for (const { record } of verified) {
    const short = record.from.commit.slice(0, 12);
    const said =
      record.verification?.result === 'green'
        ? `the revert of ${short} helped: job **${escapeText(record.trigger.job, 100)}** is green again.`
        : `the revert of ${short} did not help: ${escapeText(record.reland?.escalated ?? relandEscalation(record), 800)}.`;
    lines.push('', `- ${said}`, '', renderRollbackPostMortem(record));
  }
  return lines;
}
