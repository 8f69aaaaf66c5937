/** What a `run/` step loads on first need: the parts of the bundle a green step never loads. */
import { errorMessage } from '../core/errors.js';

/**
 * A part of the step loaded on first need (a chunk of the action's bundle); one that cannot load is said and
 * left out, as if not configured: the step goes on as a plain retry would.
 */
export async function loadOrSay<T>(load: () => Promise<T>, what: string, log: { warning(m: string): void }) {
  try {
    return await load();
  } catch (error) {
    log.warning(`ci-recovery: ${what} could not load (${errorMessage(error)}): the step goes on without it.`);
    return undefined;
  }
}
