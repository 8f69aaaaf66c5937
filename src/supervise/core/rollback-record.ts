/**
 * The rollback record: what was reverted, why, on what evidence, and what to do next. Written as YAML into
 * the revert PR body and uploaded as an artifact, in both revert modes. Pure.
 */
import { parse, stringify } from 'yaml';
import type { Evidence, FailureType } from '../../core/types.js';
import { codeBlock, codeSpan, escapeText, oneLine } from '../../core/report/index.js';
import type { RevertMode } from './revert.js';
import { renderRollbackPostMortem } from './rollback-post-mortem.js';
import type { RollbackRecord } from './rollback-shape.js';

// The record's shape is its own module, since the post-mortem reads it too and this file renders that.
export type { RollbackRecord, RollbackVerification } from './rollback-shape.js';

export const ROLLBACK_RECORD_VERSION = 1;

/** What the supervisor knows when a revert commit exists: the plan's request, the culprit, the revert. */
export interface RollbackFacts {
  /** The plan's revert request (core/supervise-model.ts `RevertRequest`). */
  request: { sha: string; branch: string; job: string; failureType: FailureType; reason: string };
  culprit: { subject: string; author?: string; pullRequest?: number };
  reverted: { commit: string; parent: string; mainline?: number };
  mode: RevertMode;
  askedFirst?: string;
  /** Rollbacks of this change before this one (from the ledger): 0 for the first. */
  earlierRollbacks?: number;
  /** The probes of the bisection that picked the culprit (core/bisect.ts `probeLines`). */
  probes?: string[];
  /** The branch the clone holds (the default branch): where a `push` revert lands. */
  defaultBranch: string;
  trigger: RollbackRecord['trigger'];
  evidence?: Evidence;
  now: Date;
}

/** The artifact that keeps a culprit's rollback record (the revert PR body holds it too). */
export function rollbackArtifactName(sha: string): string {
  return `ci-recovery-rollback-${sha.slice(0, 12)}`;
}

/** The record of a revert about to be pushed. */
export function buildRollbackRecord(facts: RollbackFacts): RollbackRecord {
  const { request: req, culprit, reverted } = facts;
  return {
    version: ROLLBACK_RECORD_VERSION,
    from: {
      commit: req.sha,
      subject: culprit.subject,
      ...(culprit.author !== undefined ? { author: culprit.author } : {}),
      ...(culprit.pullRequest !== undefined ? { pullRequest: culprit.pullRequest } : {}),
    },
    to: {
      commit: reverted.commit,
      branch: facts.mode === 'push' ? facts.defaultBranch : req.branch,
      parent: reverted.parent,
      ...(reverted.mainline ? { mainline: reverted.mainline } : {}),
    },
    mode: facts.mode,
    reason: req.reason,
    ...(facts.askedFirst !== undefined ? { askedFirst: facts.askedFirst } : {}),
    trigger: facts.trigger,
    failureType: req.failureType,
    evidence: facts.evidence ? [facts.evidence] : [],
    timestamp: facts.now.toISOString(),
    artifactsPreserved: [rollbackArtifactName(req.sha)],
    revisionTargets: [
      `fix the ${req.failureType} failure of job '${req.job}'`,
      culprit.pullRequest !== undefined
        ? `re-land #${culprit.pullRequest} with the fix in a new PR`
        : `re-land ${req.sha.slice(0, 12)} with the fix`,
    ],
    rollbacks: (facts.earlierRollbacks ?? 0) + 1,
    ...(facts.probes?.length ? { probes: facts.probes } : {}),
  };
}

export const ROLLBACK_RECORD_BEGIN = '<!-- ci-recovery:rollback-record -->';

export function renderRollbackRecord(record: RollbackRecord): string {
  return stringify(record, { lineWidth: 0 });
}

/**
 * The marker as a line of its own, the only place revertPullRequest writes it: a log line or a subject that
 * quotes it sits inside a line (a code span, a YAML value), and must not be taken for it.
 */
const MARKER_LINE = new RegExp(`^${ROLLBACK_RECORD_BEGIN}\\r?$`, 'm');

/** Reads a record back (from an artifact or a PR body); throws naming the field that is wrong. */
export function parseRollbackRecord(text: string): RollbackRecord {
  const marker = MARKER_LINE.exec(text);
  const fenced = /(`{3,})yaml\n([\s\S]*?)\n\1(?!`)/.exec(
    marker ? text.slice(marker.index + ROLLBACK_RECORD_BEGIN.length) : text,
  );
  const data: unknown = parse(fenced?.[2] ?? text);
  if (typeof data !== 'object' || data === null) throw new Error('rollback record: not a YAML mapping');
  const r = data as Partial<RollbackRecord>;
  for (const key of [
    'version',
    'from',
    'to',
    'mode',
    'reason',
    'trigger',
    'failureType',
    'timestamp',
  ] as const) {
    if (r[key] === undefined) throw new Error(`rollback record: missing '${key}'`);
  }
  if (!/^[0-9a-f]{40}$/.test(r.from?.commit ?? ''))
    throw new Error("rollback record: 'from.commit' is not a full sha");
  return r as RollbackRecord;
}

/** The draft revert PR's title and body: a short account, then the record in a fenced YAML block. */
export function revertPullRequest(record: RollbackRecord): { title: string; body: string } {
  const short = record.from.commit.slice(0, 12);
  // A title renders no markup and notifies no one; it is only kept to one short line.
  const title = `Revert "${oneLine(record.from.subject, 200)}" (ci-recovery)`;
  // Job and workflow names, reasons and log lines may come from the culprit PR: escaped, never markup.
  const evidence = record.evidence.map((e) => `> line ${e.line}: ${codeSpan(e.text)}`).join('\n');
  const body = [
    ...(record.askedFirst ? [`**Push mode asks first:** ${escapeText(record.askedFirst, 500)}.`, ''] : []),
    `ci-recovery reverts ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ${escapeText(record.reason, 500)}.`,
    '',
    `The \`${record.failureType}\` failure in job **${escapeText(record.trigger.job, 100)}** of ` +
      `${escapeText(record.trigger.workflow, 100)} ` +
      `(run ${record.trigger.runId}, attempt ${record.trigger.runAttempt}) ` +
      (record.probes?.length
        ? `was bisected: ${record.probes.map((p) => escapeText(p, 200)).join('; ')}.`
        : 'reproduced on a confirming re-run, and the parent commit was green.') +
      (record.trigger.url ? ` [Run](${record.trigger.url})` : ''),
    '',
    evidence,
    '',
    'To re-land the change: ' + record.revisionTargets.map((t) => escapeText(t, 200)).join('; ') + '.',
    '',
    '<details><summary>Post-mortem of this rollback (prefilled)</summary>',
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
