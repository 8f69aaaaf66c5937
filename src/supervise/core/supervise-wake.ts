/**
 * Whether a supervisor run may act (re-run, revert, probe, dispatch, save the ledger): only one GitHub runs
 * on the default branch. A `schedule:` and a `workflow_run` always run there (GitHub's docs, "Events that
 * trigger workflows"); a `workflow_dispatch` runs on the branch or tag it was given, with that ref's workflow
 * file and cache scope, so a ledger it saved would be its branch's, unseen by the default branch's runs.
 * Elsewhere it decides and reports only, and says why. Pure.
 */
export type Wake = { acts: true } | { acts: false; why: string };

export function supervisorWake(w: { eventName: string; ref: string; defaultBranch?: string }): Wake {
  const branch = w.ref.startsWith('refs/heads/') ? w.ref.slice('refs/heads/'.length) : undefined;
  if (branch !== undefined && (w.eventName === 'schedule' || w.eventName === 'workflow_run'))
    return { acts: true };
  if (branch !== undefined && w.defaultBranch !== undefined && branch === w.defaultBranch)
    return { acts: true };
  const on = w.ref === '' ? 'no ref' : w.ref;
  const event = w.eventName === '' ? 'no event' : w.eventName;
  const home =
    w.defaultBranch !== undefined
      ? `not on the default branch ${w.defaultBranch}`
      : 'and the event names no default branch';
  return {
    acts: false,
    why: `this supervisor run was started by ${event} on ${on}, ${home}: it decides and reports only (no re-run, revert, probe or ledger write) and reconciles nothing; the default branch's next wake (its schedule, a watched run's completion, or a dispatch on it) acts`,
  };
}
