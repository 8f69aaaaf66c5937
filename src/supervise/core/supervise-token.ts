/**
 * Which token the supervisor has, and what it cannot do with it. GitHub treats the workflow's own
 * GITHUB_TOKEN apart (docs/supervisor.md, with sources): a push or branch made with it starts no run, a PR
 * opened with it gets runs that wait for a writer's approval, and a run it dispatches (or, as far as anyone
 * has shown, re-runs) completes without firing `workflow_run`. A GitHub App's installation token or a
 * fine-grained token acts as a person does.
 */

/** `github-token`: the input is the job's GITHUB_TOKEN; `other`: an App, fine-grained or classic token; `unknown`: not told. */
export type TokenKind = 'github-token' | 'other' | 'unknown';

/** Told apart without a call: the input's token against the job's own (`github.token`, a hidden input). */
export function tokenKindOf(token: string, jobToken: string | undefined): TokenKind {
  if (!jobToken) return 'unknown';
  return token === jobToken ? 'github-token' : 'other';
}

/** The summary's lines on the token: what it is, and what the supervisor cannot do with it. */
export function tokenLines(kind: TokenKind): string[] {
  if (kind === 'other')
    return [
      'Token: not the workflow’s GITHUB_TOKEN (a GitHub App or fine-grained token): its probes, re-runs and reverts start runs and bring the supervisor back as a person’s would; past three `workflow_run` levels GitHub stops the chain, and the scheduled sweep carries on.',
    ];
  const which =
    kind === 'github-token'
      ? 'Token: the workflow’s GITHUB_TOKEN.'
      : 'Token: not known (no `default-token`).';
  return [
    `${which} With it GitHub starts no run for a pushed revert and sends no \`workflow_run\` for the runs it dispatches or re-runs: bisection, a re-run’s verdict and a revert’s verdict advance only through the scheduled sweep (\`schedule:\` in the caller workflow); a push-mode revert is followed by a dispatch of the watched workflow on the default branch; a revert PR’s own runs wait for a writer’s approval; a revert that changes \`.github/workflows/\` goes to a person. A GitHub App token (\`actions/create-github-app-token\`) lifts these.`,
  ];
}
