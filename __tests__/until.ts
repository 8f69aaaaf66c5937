/**
 * Waiting in a test for something another party does (a server holding a request, a connection closed): the
 * condition is looked at every few milliseconds, not raced by a fixed sleep a loaded machine can outlast.
 */

/**
 * Resolves once `condition()` holds (true), or after `ms` without it (false): the caller then asserts what it
 * waited for, so a wait that ran out fails the test on what was missing.
 */
export async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const ends = Date.now() + ms;
  while (!condition()) {
    if (Date.now() >= ends) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}
