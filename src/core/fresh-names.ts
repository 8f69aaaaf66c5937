/**
 * Saving under fresh names when the store refuses to finalize an object: the artifact service wrote its
 * bytes, answered 403 at FinalizeArtifact (which its client never retries) and keeps the name reserved for
 * the job attempt, so only another name can succeed. One loop for every object saved that way: a
 * checkpoint, a checkpoint's trust record, the recovery plan.
 */

/** How many fresh names an object whose finalize was refused tries. */
export const FRESH_NAMES = 2;

export interface FreshNames<T> {
  /** The name of each try: 0 is the first, then 1..FRESH_NAMES. */
  nameOf: (fresh: number) => string;
  save: (name: string) => Promise<T>;
  /** Was `error` a refused finalize? Any other error is thrown as it is. */
  refused: (error: unknown) => boolean;
  /** Why this object is not saved again even though tries are left (e.g. its name was chosen); undefined: go on. */
  stop?: (fresh: number) => string | undefined;
  /** The error thrown when the refusal is final, with why; default: the refusal as it came. */
  giveUp?: (error: unknown, why: string) => unknown;
  /** Told before each fresh try. */
  retrying?: (error: unknown, next: string, fresh: number) => void;
}

/** Runs `save` under `nameOf(0)`, and after a refused finalize under `nameOf(1)`, `nameOf(2)`. */
export async function underFreshNames<T>(o: FreshNames<T>): Promise<T> {
  for (let fresh = 0; ; fresh++) {
    try {
      return await o.save(o.nameOf(fresh));
    } catch (error) {
      if (!o.refused(error)) throw error;
      const why =
        o.stop?.(fresh) ??
        (fresh === FRESH_NAMES ? `${FRESH_NAMES} fresh names were refused too` : undefined);
      if (why !== undefined) throw o.giveUp ? o.giveUp(error, why) : error;
      o.retrying?.(error, o.nameOf(fresh + 1), fresh + 1);
    }
  }
}
