/**
 * Why GitHub refused a REST call, and what to tell the user. A 401 is a bad or expired token, a 403 is
 * one of several things (a missing permission, a rate limit, a re-run GitHub no longer allows, a
 * repository setting), and each needs a different fix: "grant permissions" is right for only one of them.
 */
/** What to change when GitHub refuses a call, by what the call needed. */
export const PERMISSION_FIXES = {
  'metadata:read': '',
  'actions:read': "grant the supervisor job 'permissions: actions: read' (to read runs, jobs and logs)",
  'actions:write': "grant the supervisor job 'permissions: actions: write' (to re-run jobs)",
  'checks:read': "grant the supervisor job 'permissions: checks: read' (to read annotations)",
  'contents:read':
    "grant the supervisor job 'permissions: contents: read' (to read the workflow file, which says which jobs deploy)",
  'contents:write': "grant the supervisor job 'permissions: contents: write' (to push the revert branch)",
  'pull-requests:write':
    "grant the supervisor job 'permissions: pull-requests: write' (to open the revert PR and comment)",
  'pull-requests:read':
    "grant the supervisor job 'permissions: pull-requests: read' (to find the pull request)",
  'comments:write':
    "grant the job 'permissions: pull-requests: write' (to comment on a pull request; 'issues: write' also allows it)",
} as const;
export type Permission = keyof typeof PERMISSION_FIXES;

/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
export const GITHUB_MAX_RUN_ATTEMPTS = 50;

/** GitHub re-runs a run for 30 days after it started (docs: "Re-running workflows and jobs"). */
export const GITHUB_RERUN_WINDOW_DAYS = 30;

/** What GitHub answered, as far as the decision needs it (header names in lower case). */
export interface Refusal {
  status?: number;
  message: string;
  headers?: Readonly<Record<string, string | number | undefined>>;
}

/** For a re-run: the run's age and attempts, when known, to recognise GitHub's limits by their cause. */
export interface RerunFacts {
  runCreatedAt?: string;
  latestAttempt?: number;
  now?: Date;
}

export type RefusalKind =
  | 'bad-credentials'
  | 'rate-limit'
  | 'rerun-too-old'
  | 'rerun-too-many'
  | 'actions-may-not-create-prs'
  | 'metadata'
  | 'permission'
  | 'other';

const ACTIONS_MAY_NOT_CREATE_PRS = /not permitted to create or approve pull requests/i;
/** The wording GitHub answers a re-run of a run older than 30 days with (seen by cli/cli#9989). */
const RERUN_TOO_OLD = /created over a month ago|older than 30 days/i;
const RERUN_TOO_MANY =
  /maximum number of (?:re-?runs|attempts)|re-?run limit|more than 50 (?:times|attempts)/i;

/** A rate limit, known by its headers (the wording alone is not required: a 403 may carry only them). */
export function isRateLimited(refusal: Refusal): boolean {
  const headers = refusal.headers ?? {};
  if (String(headers['x-ratelimit-remaining'] ?? '') === '0') return true;
  if (headers['retry-after'] !== undefined) return true;
  return /rate limit/i.test(refusal.message);
}

/** Which refusal this is; 'other' is not a refusal at all (a 5xx, a network error, a 422...). */
export function refusalKind(refusal: Refusal, needs: Permission, rerun?: RerunFacts): RefusalKind {
  const { status, message } = refusal;
  if (ACTIONS_MAY_NOT_CREATE_PRS.test(message)) return 'actions-may-not-create-prs';
  if (status === 401) return 'bad-credentials';
  if ((status === 403 || status === 429) && isRateLimited(refusal)) return 'rate-limit';
  if (status === 403 && rerun) {
    if (RERUN_TOO_OLD.test(message) || isPastRerunWindow(rerun)) return 'rerun-too-old';
    if (RERUN_TOO_MANY.test(message) || (rerun.latestAttempt ?? 0) >= GITHUB_MAX_RUN_ATTEMPTS)
      return 'rerun-too-many';
  }
  const refusedWrite = status === 404 && /Not Found/i.test(message) && needs.endsWith('write');
  if (status === 403 || refusedWrite) return needs === 'metadata:read' ? 'metadata' : 'permission';
  return 'other';
}

function isPastRerunWindow({ runCreatedAt, now = new Date() }: RerunFacts): boolean {
  if (!runCreatedAt) return false;
  const created = Date.parse(runCreatedAt);
  return Number.isFinite(created) && now.getTime() - created > GITHUB_RERUN_WINDOW_DAYS * 86_400_000;
}

/**
 * The message for a refused call, or undefined when it is not a refusal (the caller keeps the error).
 * `doing` says what ci-recovery was doing ("re-running run 42"); `said` is GitHub's first line.
 */
export function explainRefusal(
  refusal: Refusal,
  doing: string,
  needs: Permission,
  rerun?: RerunFacts,
): { kind: RefusalKind; message: string } | undefined {
  const kind = refusalKind(refusal, needs, rerun);
  const said = `GitHub answered ${refusal.status ?? 'no status'} (${refusal.message})`;
  switch (kind) {
    case 'other':
      return undefined;
    case 'actions-may-not-create-prs':
      return {
        kind,
        message:
          `${doing}: GitHub Actions is not permitted to create or approve pull requests. Turn on Settings > Actions > General > ` +
          "Workflow permissions > 'Allow GitHub Actions to create and approve pull requests' (for an organization, first in " +
          "Organization settings > Actions > General), or pass a GitHub App or fine-grained token with 'pull-requests: write' as 'github-token'.",
      };
    case 'bad-credentials':
      return {
        kind,
        message:
          `${doing}: ${said}: the token is invalid or expired, not short of a permission. Pass a valid token as ` +
          "'github-token' (the default github.token expires when its job ends; a personal or App token may have been revoked or expired).",
      };
    case 'rate-limit':
      return {
        kind,
        message: `${doing}: ${said}: ${rateLimitText(refusal)}; this is not a permission problem.`,
      };
    case 'rerun-too-old':
      return {
        kind,
        message: `${doing}: ${said}: GitHub re-runs a workflow run only within ${GITHUB_RERUN_WINDOW_DAYS} days of its start; re-run it by pushing a new commit or dispatching the workflow. No permission is missing.`,
      };
    case 'rerun-too-many':
      return {
        kind,
        message: `${doing}: ${said}: GitHub allows at most ${GITHUB_MAX_RUN_ATTEMPTS} attempts of a workflow run; start a new run (push or dispatch). No permission is missing.`,
      };
    case 'metadata':
      return {
        kind,
        message: `${doing}: ${said}: this call needs only 'metadata: read', which every token with access to the repository has: the token cannot see this repository (a token for another repository, or a fine-grained token not given this one).`,
      };
    case 'permission':
      return { kind, message: `${doing}: ${said}: ${PERMISSION_FIXES[needs]}.` };
  }
}

function rateLimitText({ headers = {} }: Refusal): string {
  const reset = Number(headers['x-ratelimit-reset']);
  if (String(headers['x-ratelimit-remaining'] ?? '') === '0' && Number.isFinite(reset) && reset > 0) {
    return `GitHub's API rate limit is spent until ${new Date(reset * 1000).toISOString()}`;
  }
  const after = headers['retry-after'];
  if (after !== undefined) return `GitHub's secondary rate limit asks to wait ${after} s before trying again`;
  return "GitHub's API rate limit was reached";
}
