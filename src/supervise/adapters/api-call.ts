/**
 * One call of the supervisor's to GitHub's REST API: a refusal comes back explained, naming its cause and
 * what to change (core/api-refusal.ts), for every adapter of the wing that calls GitHub.
 */
import { UserError } from '../../core/errors.js';
import { explainRefusal, type Permission, type RerunFacts } from '../../core/api-refusal.js';
import { refusalOf } from '../../adapters/github.js';
import { RateLimitError } from '../ports/supervise.js';

/**
 * Turns a refused API call into a message that names its cause and fix (core/api-refusal.ts): a
 * missing permission, a bad token, a rate limit or a re-run GitHub no longer allows. Other errors pass
 * through. A rate limit stays an ordinary error: it passes with time, the user has nothing to fix.
 */
export function explainApiError(
  error: unknown,
  doing: string,
  needs: Permission,
  rerun?: RerunFacts,
): unknown {
  const explained = explainRefusal(refusalOf(error), doing, needs, rerun);
  if (!explained) return error;
  return explained.kind === 'rate-limit'
    ? new RateLimitError(explained.message)
    : new UserError(explained.message);
}

/** Runs one API call; a refusal comes back explained: what was being done and the permission it needs. */
export async function call<T>(doing: string, needs: Permission, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw explainApiError(error, doing, needs);
  }
}
