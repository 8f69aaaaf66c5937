/**
 * Re-entry (core/reentry.ts): a PR run whose PR re-lands a change ci-recovery rolled back. The default
 * branch's ledger holds the pending rollback records; the PR's commits (API) say which change it re-lands.
 * Its sticky comment gets the record's failure, evidence and revision targets.
 */
import { errorMessage } from '../../core/errors.js';
import {
  findReentry,
  namesFullSha,
  renderReentrySection,
  REENTRY_SECTION_KEY,
  type Reentry,
} from '../core/reentry.js';
import { branchKindOf, type JobFindings, type RunDetails } from '../core/supervise-model.js';
import { inert } from '../../core/text.js';
import type { SupervisePorts } from '../ports/supervise.js';

/** The re-land a PR run is, with its PR; undefined when it is none. Never throws: problems are told. */
export async function gatherReentry(
  g: { details: RunDetails; stale: boolean; findings: Readonly<Record<string, JobFindings>> },
  ports: SupervisePorts,
  problems: string[],
): Promise<{ reentry: Reentry; pr: number } | undefined> {
  const { run } = g.details;
  if (g.stale || !ports.ledger || branchKindOf(run) !== 'pr') return undefined;
  try {
    // As for the comment: a PR that cannot be found is no PR to tell.
    const pr = await ports.github.findPullRequest(g.details).catch(() => undefined);
    if (pr === undefined) return undefined;
    const commits = await ports.github.pullRequestCommits(pr);
    // A re-land names the rolled-back commit in a message: only then is the default branch's ledger restored.
    if (!commits.some((c) => namesFullSha(c.message))) return undefined;
    const ledger = await ports.ledger.load(run.defaultBranch);
    const found = findReentry(ledger.reverts, commits, g.findings);
    problems.push(...found.problems);
    if (!found.reentry) return undefined;
    const { sha, sameFailure } = found.reentry;
    ports.runner.log.info(
      `ci-recovery supervisor: PR #${pr} re-lands ${sha.slice(0, 12)}, which ci-recovery rolled back` +
        (sameFailure ? `; job '${inert(sameFailure.job)}' failed the same way again` : ''),
    );
    return { reentry: found.reentry, pr };
  } catch (error) {
    problems.push(`whether this PR re-lands a rolled-back change is not known: ${errorMessage(error)}`);
    return undefined;
  }
}

/** The re-land PR's own section of the sticky comment; a comment that fails is a problem, not a stop. */
export async function tellReentry(
  found: { reentry: Reentry; pr: number },
  run: { id: number; attempt: number },
  ports: SupervisePorts,
  problems: string[],
): Promise<void> {
  await ports.github
    .upsertComment(found.pr, REENTRY_SECTION_KEY, {
      body: renderReentrySection(found.reentry),
      runId: run.id,
      attempt: run.attempt,
    })
    .catch((error: unknown) => {
      problems.push(`the re-land section of #${found.pr}'s comment was not written: ${errorMessage(error)}`);
    });
}
