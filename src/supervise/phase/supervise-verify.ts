/**
 * After a revert: a run of the default branch that holds it tells whether it helped
 * (core/rollback-verify.ts). The ledger keeps each rollback's record until then; this reads the pending
 * ones, finds where each revert landed (the pushed commit, or the revert PR's merge), checks in a clone of
 * the default branch that the run's commit holds it, and records the verdict. A revert that did not help
 * gets a draft re-land PR and goes to a person; the updated record is kept as an artifact either way.
 */
import { errorMessage, UserError } from '../../core/errors.js';
import { updateRevert, type Ledger, type LedgerRevert } from '../../core/ledger.js';
import { inert } from '../../core/text.js';
import { escapeText } from '../../core/report/index.js';
import { renderRollbackPostMortem } from '../core/rollback-post-mortem.js';
import {
  parseRollbackRecord,
  renderRollbackRecord,
  rollbackArtifactName,
  type RollbackRecord,
} from '../core/rollback-record.js';
import {
  checkRollback,
  relandBranch,
  relandEscalation,
  relandPullRequest,
  verifiedRecord,
  type RollbackCheck,
  type VerifiedRollback,
} from '../core/rollback-verify.js';
import type { JobFindings, JobView, RunDetails } from '../core/supervise-model.js';
import type { GitClone } from '../ports/git.js';
import type { SuperviseContext } from './context.js';
import type { SupervisePorts } from '../ports/supervise.js';

export interface VerifyInput {
  details: RunDetails;
  jobs: readonly JobView[];
  /** The run has more jobs than `jobs` (Gathered `moreJobs`). */
  moreJobs?: boolean;
  findings: Readonly<Record<string, JobFindings>>;
  ledger: Ledger;
}

/**
 * Where the revert of `entry` landed on the default branch, if it did; `declined`: a person closed its draft
 * PR unmerged, so nothing was rolled back and no run will ever hold it.
 */
async function landedSha(
  entry: LedgerRevert,
  record: RollbackRecord,
  ports: SupervisePorts,
): Promise<{ sha: string } | 'declined' | undefined> {
  if (entry.landedSha) return { sha: entry.landedSha };
  if (record.mode === 'push') return { sha: entry.revertSha ?? record.to.commit };
  const pr = await ports.github.findRevertPullRequest(record.to.branch);
  if (pr?.state === 'closed' && pr.mergeSha === undefined) return 'declined';
  return pr?.mergeSha !== undefined ? { sha: pr.mergeSha } : undefined;
}

/** The entry no longer awaits a verdict: its record goes (the PR body and the artifact keep it), the entry stays. */
function notAwaited(ledger: Ledger, sha: string): Ledger {
  return {
    ...ledger,
    reverts: ledger.reverts.map((r) => {
      if (r.sha !== sha) return r;
      const { record: _record, ...rest } = r;
      return rest;
    }),
  };
}

/**
 * The ledger without the pending rollbacks whose draft PR a person closed unmerged: asked of each PR before
 * any run is read, since no run can ever judge them. Never throws: problems are told.
 */
export async function withoutDeclined(
  ledger: Ledger,
  ports: SupervisePorts,
  problems: string[],
): Promise<Ledger> {
  let out = ledger;
  for (const entry of ledger.reverts.filter((r) => r.record && !r.verdict && !r.landedSha)) {
    // An unreadable record rejects here too (not thrown out of the loop): told, and the others still judged.
    const found = await Promise.resolve()
      .then(() => landedSha(entry, parseRollbackRecord(entry.record ?? ''), ports))
      .catch((error: unknown) => {
        problems.push(`the revert PR of ${entry.sha.slice(0, 12)} was not read: ${errorMessage(error)}`);
        return undefined;
      });
    if (found !== 'declined') continue;
    ports.runner.log.info(
      `ci-recovery supervisor: the draft revert PR of ${entry.sha.slice(0, 12)} was closed unmerged: nothing was rolled back, no verdict is awaited`,
    );
    out = notAwaited(out, entry.sha);
  }
  return out;
}

/** Reads back the pending rollbacks and judges those the run's commit holds. Never throws: problems are told. */
export async function verifyRollbacks(
  input: VerifyInput,
  ctx: SuperviseContext,
  ports: SupervisePorts,
  problems: string[],
): Promise<{ ledger: Ledger; verified: VerifiedRollback[] }> {
  let ledger = input.ledger;
  const verified: VerifiedRollback[] = [];
  const pending = ledger.reverts.filter((r) => r.record !== undefined && r.verdict === undefined);
  let clone: GitClone | undefined;
  try {
    for (const entry of pending) {
      const step = await verifyOne(entry, input, ctx, ports, async () => {
        clone ??= await ports.git.cloneDefaultBranch({
          url: `${ctx.env.serverUrl}/${ctx.repository}`,
          branch: input.details.run.defaultBranch,
          token: ctx.settings.token,
        });
        return clone;
      }).catch((error: unknown) => {
        problems.push(`the revert of ${entry.sha.slice(0, 12)} was not verified: ${errorMessage(error)}`);
        return undefined;
      });
      if (!step) continue;
      ledger = step.declined ? notAwaited(ledger, entry.sha) : updateRevert(ledger, entry.sha, step.patch);
      if (step.verified) verified.push(step.verified);
    }
  } finally {
    await clone
      ?.dispose()
      .catch((e: unknown) => ports.runner.log.debug(`clone clean-up: ${errorMessage(e)}`));
  }
  return { ledger, verified };
}

interface Step {
  patch: Partial<LedgerRevert>;
  /** Its revert PR was closed unmerged: no verdict will come. */
  declined?: boolean;
  verified?: VerifiedRollback;
}

async function verifyOne(
  entry: LedgerRevert,
  input: VerifyInput,
  ctx: SuperviseContext,
  ports: SupervisePorts,
  cloned: () => Promise<GitClone>,
): Promise<Step | undefined> {
  const { run } = input.details;
  const record = parseRollbackRecord(entry.record ?? '');
  const found = await landedSha(entry, record, ports);
  if (!found) return undefined; // not merged yet: a later run tells
  if (found === 'declined') {
    ports.runner.log.info(
      `ci-recovery supervisor: the draft revert PR of ${entry.sha.slice(0, 12)} was closed unmerged: nothing was rolled back, no verdict is awaited`,
    );
    return { patch: {}, declined: true };
  }
  const landed = found.sha;
  const clone = await cloned();
  // The run tested a commit that holds the revert, or it says nothing about it.
  if ((await clone.culpritRange(landed, run.headSha)) === undefined) return { patch: { landedSha: landed } };
  const check = checkRollback(record, input.jobs, input.findings, input.moreJobs);
  if (check.verdict === 'unknown') {
    ports.runner.log.info(
      `ci-recovery supervisor: the revert of ${entry.sha.slice(0, 12)} is not judged by this run: ${check.reason}`,
    );
    // Pending on another test's failure may be pending for good: a person is told, not only the log.
    if (check.otherTest)
      ports.runner.appendSummary(
        `## ci-recovery supervisor: rollback pending\n\nThe revert of ${entry.sha.slice(0, 12)} stays pending: run ${run.id}: ${escapeText(inert(check.reason))}. Only that test failing again, or passing, judges it; if it no longer exists, judge the revert yourself.\n`,
      );
    return { patch: { landedSha: landed } };
  }
  const now = ports.now?.() ?? new Date();
  let updated = verifiedRecord(record, check, run, now);
  let reland: VerifiedRollback['reland'];
  if (check.verdict === 'still-failing') {
    const made = await reLand(updated, landed, clone, ctx, ports);
    updated = made.record;
    reland = made.pr;
  }
  await keepVerified(updated, ports);
  await tellCulpritPr(updated, check, ports);
  const patch: Partial<LedgerRevert> = {
    landedSha: landed,
    verdict: check.verdict,
    // The judged record stays (bounded by the ledger's revert count): a PR that re-lands the change later
    // still gets its failure, evidence and targets, and the verdict.
    record: renderRollbackRecord(updated),
    ...(reland ? { relandPr: reland.number } : {}),
  };
  return { patch, verified: { record: updated, ...(reland ? { reland } : {}) } };
}

/** The revert did not help: its revert, on a re-land branch, in a draft PR; a person is told either way. */
async function reLand(
  record: RollbackRecord,
  landed: string,
  clone: GitClone,
  ctx: SuperviseContext,
  ports: SupervisePorts,
): Promise<{ record: RollbackRecord; pr?: { number: number; url: string } }> {
  const branch = relandBranch(record.from.commit);
  const escalated = relandEscalation(record);
  const without = (why: string): { record: RollbackRecord } => ({
    record: {
      ...record,
      reland: { branch, escalated: `${escalated}; but the re-land was not made: ${why}` },
    },
  });
  const reverted = await clone.revert(landed);
  if (!reverted.ok) return without(reverted.reason);
  const pushed = await clone.push(branch, { force: true, culprit: landed });
  if (!pushed.ok) return without(pushed.reason);
  const withReland = { ...record, reland: { branch, escalated } };
  const { title, body } = relandPullRequest(withReland);
  try {
    const pr = await ports.github.openRevertPullRequest({
      branch,
      base: clone.branch,
      title,
      body,
      labels: ctx.settings.revertLabels,
    });
    ports.runner.log.warning(
      `ci-recovery supervisor: ${escalated}: draft re-land PR #${pr.number} ${pr.url}`,
    );
    const done = { ...record, reland: { branch, pr: pr.number, url: pr.url, escalated } };
    return { record: done, pr: { number: pr.number, url: pr.url } };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return without(`the draft PR could not be opened (the branch ${branch} is pushed): ${error.message}`);
  }
}

async function keepVerified(record: RollbackRecord, ports: SupervisePorts): Promise<void> {
  const name = `${rollbackArtifactName(record.from.commit)}-${record.verification?.result ?? 'verified'}.yml`;
  await ports.github.keepArtifact(name, renderRollbackRecord(record)).catch((error: unknown) => {
    ports.runner.log.warning(
      `ci-recovery supervisor: the verified rollback record was not uploaded (${errorMessage(error)}); the summary holds it.`,
    );
  });
}

/** The culprit's PR hears the verdict, in its own section of the sticky comment. */
async function tellCulpritPr(
  record: RollbackRecord,
  check: Exclude<RollbackCheck, { verdict: 'unknown' }>,
  ports: SupervisePorts,
): Promise<void> {
  const pr = record.from.pullRequest;
  const v = record.verification;
  if (pr === undefined || !v) return;
  const head =
    check.verdict === 'green'
      ? `#### Rollback of ${record.from.commit.slice(0, 12)}: the revert helped`
      : `#### Rollback of ${record.from.commit.slice(0, 12)}: the revert did not help, a person decides`;
  await ports.github
    .upsertComment(pr, ROLLBACK_SECTION_KEY, {
      body: [head, '', renderRollbackPostMortem(record, { heading: false })].join('\n'),
      runId: v.runId,
      attempt: v.runAttempt,
    })
    .catch((e: unknown) => ports.runner.log.debug(`the culprit's PR comment: ${inert(errorMessage(e))}`));
}

/** The sticky comment's section for a rollback's verdict. */
export const ROLLBACK_SECTION_KEY = 'ci-recovery-rollback';
