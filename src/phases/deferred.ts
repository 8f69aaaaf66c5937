/**
 * What a `run/` step makes or loads on first need, beside or after its command: the failed attempt's
 * classification (made once, awaited later) and the parts of the bundle a green step never loads.
 */
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

/**
 * `make`'s promise, made on the first call only. A rejection is left to whoever awaits it: one made
 * beside other work and not awaited yet is no unhandled rejection.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    if (!made) {
      made = make();
      // Marked handled only: the caller's own await still sees the rejection, and says it.
      made.catch(() => undefined);
    }
    return made;
  };
}
