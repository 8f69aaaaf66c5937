import type { JobEnv } from './job-env.js';
import type { BranchKind } from './types.js';

/** What ci-recovery needs from the workflow event payload and the run's environment. */
export interface RunContext {
  eventName: string;
  ref: string;
  sha: string;
  defaultBranch?: string;
  branch?: string;
  /** For a push: the commit the branch pointed at before it (the change is before..sha). */
  before?: string;
  pr?: {
    number: number;
    baseRef: string;
    baseSha?: string;
    headSha?: string;
    labels: string[];
    /** The PR comes from another repository: the token is read-only, comments go through the supervisor. */
    fromFork: boolean;
  };
}

interface PullPayload {
  number?: number;
  base?: { ref?: string; sha?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
  labels?: { name?: string }[];
}

/** Pure: builds the context from the job's environment and the parsed event JSON (which may be anything). */
export function runContext(
  env: Pick<JobEnv, 'eventName' | 'ref' | 'sha' | 'headRef'>,
  event: unknown,
): RunContext {
  const payload = (typeof event === 'object' && event !== null ? event : {}) as {
    pull_request?: PullPayload;
    repository?: { default_branch?: string; full_name?: string };
    before?: string;
  };
  const ref = env.ref ?? '';
  const before = payload.before;
  const context: RunContext = {
    eventName: env.eventName ?? '',
    ref,
    sha: env.sha ?? '',
    ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
    ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
    // A new branch's push has an all-zero 'before': no usable base. Anything but a commit id (SHA-1 or
    // SHA-256) is no base either: it would reach git as a revision expression.
    ...(typeof before === 'string' && isCommitId(before) && !/^0+$/.test(before) ? { before } : {}),
  };
  const pr = payload.pull_request;
  if (pr && typeof pr.number === 'number') {
    const baseRepo = pr.base?.repo?.full_name ?? payload.repository?.full_name;
    const headRepo = pr.head?.repo?.full_name;
    context.pr = {
      number: pr.number,
      baseRef: pr.base?.ref ?? '',
      ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
      ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
      labels: (pr.labels ?? []).map((l) => l.name ?? '').filter((n) => n !== ''),
      fromFork: headRepo === undefined || headRepo !== baseRepo,
    };
    if (env.headRef) context.branch = env.headRef;
  }
  return context;
}

export function branchKind(context: RunContext): BranchKind {
  if (context.pr) return 'pr';
  if (context.branch && context.defaultBranch && context.branch === context.defaultBranch) return 'default';
  return 'other';
}

/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256). */
export function isCommitId(value: string): boolean {
  return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value);
}
