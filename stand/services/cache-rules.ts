/**
 * The cache service's rules for finding and evicting entries (issue 45), kept apart from the Twirp plumbing
 * of results-service.ts. Sources, github/docs content/actions/reference/workflows-and-actions/dependency-caching.md:
 * - "Cache key matching": in the branch of the run, first `key` exactly, then entries prefixed with `key`,
 *   then each restore key (exact, else the newest entry it prefixes); "If there are still no hits in the
 *   current branch, the cache action retries the same steps on the default branch". "Restrictions for
 *   accessing a cache": a PR's run may also restore from its base branch; never from a sibling or child.
 * - "Usage limits and eviction policy": a repository's caches are limited to 10 GB in total; past it "GitHub
 *   will save the new cache but will begin evicting caches until the total size is less than the
 *   repository limit", deleting "the caches that have been least recently used"
 *   (data/reusables/actions/cache-eviction-policy.md, cache-eviction-process.md).
 */

/** GitHub's default cache limit per repository (docs, "Usage limits and eviction policy"). */
export const DEFAULT_CACHE_LIMIT_BYTES = 10 * 1024 ** 3;

/** What the rules need of an entry (results-service.ts CacheRecord). */
export interface CacheEntryFacts {
  id: number;
  key: string;
  version: string;
  scope: string;
  size: number;
  createdAt: Date;
  finalized: boolean;
  /** The service's tick of the entry's last save or restore: the eviction order. */
  lastUsed: number;
}

/**
 * The scopes a token restores from, in the order they are searched: the one it writes (its own ref) first,
 * then the others as the token lists them (the stand's cacheScopesFor: the PR's base, then the default
 * branch). Undefined for a token without scopes: every entry is in one shared scope.
 */
export function searchOrder(
  scopes: { scope: string; permission: number }[] | undefined,
): string[] | undefined {
  if (!scopes?.length) return undefined;
  const readable = scopes.filter((s) => (s.permission & 1) !== 0);
  const own = readable.filter((s) => (s.permission & 2) !== 0);
  const order = [...own, ...readable.filter((s) => !own.includes(s))].map((s) => s.scope);
  return order.filter((s, i) => order.indexOf(s) === i);
}

const newest = <T extends CacheEntryFacts>(list: T[]): T | undefined =>
  [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)[0];

/** The documented steps within one scope: `key` exactly, `key` as a prefix, then each restore key. */
function findInScope<T extends CacheEntryFacts>(
  list: T[],
  key: string,
  restoreKeys: string[],
): T | undefined {
  const exact = list.find((c) => c.key === key);
  if (exact) return exact;
  for (const prefix of [key, ...restoreKeys]) {
    const hit = list.find((c) => c.key === prefix) ?? newest(list.filter((c) => c.key.startsWith(prefix)));
    if (hit) return hit;
  }
  return undefined;
}

/** The entry a restore gets: the steps in each readable scope, scope by scope in search order. */
export function findEntry<T extends CacheEntryFacts>(
  entries: T[],
  req: { key: string; restoreKeys: string[]; version: string },
  order: string[] | undefined,
): T | undefined {
  const usable = entries.filter((c) => c.finalized && c.version === req.version);
  if (order === undefined) return findInScope(usable, req.key, req.restoreKeys);
  for (const scope of order) {
    const hit = findInScope(
      usable.filter((c) => c.scope === scope),
      req.key,
      req.restoreKeys,
    );
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The entries to evict once `saved` is finalized: while the finalized entries pass `limitBytes`, the least
 * recently used one other than `saved` (the new entry is saved, then others make room).
 */
export function evictionVictims<T extends CacheEntryFacts>(entries: T[], saved: T, limitBytes: number): T[] {
  const finalized = entries.filter((c) => c.finalized);
  let total = finalized.reduce((sum, c) => sum + c.size, 0);
  const victims: T[] = [];
  const byAge = finalized.filter((c) => c !== saved).sort((a, b) => a.lastUsed - b.lastUsed || a.id - b.id);
  for (const c of byAge) {
    if (total <= limitBytes) break;
    victims.push(c);
    total -= c.size;
  }
  return victims;
}
