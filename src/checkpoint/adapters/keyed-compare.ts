/**
 * A save's comparison of its keyed paths with their entries, as the walk meets their entries: each entry
 * is compared by its stat at once, and a file compared by content is hashed on the pool's threads while
 * the walk goes on. Each hashed file's facts once read (fstat on the descriptor it was read through) must
 * equal the walk's: a file written after the walk met it moves its ctime, so what was hashed is what the
 * walk met. That lets the stage start before the hashes are in (`compared`): a file it changes
 * meanwhile fails the comparison, and never has the entry's content recorded for it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { KeyedMatch, ManifestEntry, PlannedEntry } from '../core/index.js';
import { HashPool, type FileDigest } from './hash-pool.js';
import { walkFirstNote } from './keyed-beside.js';

interface Hashed {
  entry: ManifestEntry;
  match: KeyedMatch;
  /** Its place in its match's walk. */
  at: number;
  digest: Promise<FileDigest | undefined>;
}

export class KeyedComparison {
  private readonly met: PlannedEntry[] = [];
  private readonly hashed: Hashed[] = [];
  private pool: HashPool | undefined;

  /**
   * `matches`: every keyed path of the save, met by the walk or not (one not met misses its entries).
   * `early`: the stage may start once the walk is over (`compared`'s `start`): one thread hashes beside
   * the walk, which keeps a core of its own, and both once it is over.
   */
  constructor(
    private readonly matches: readonly KeyedMatch[] = [],
    private readonly early = false,
  ) {}

  /** An entry of a keyed path, as the walk met it; `base` is the workspace with a trailing separator. */
  add(planned: PlannedEntry, match: KeyedMatch, base: string): void {
    const e = planned.entry;
    this.met.push(planned);
    const at = match.meet(e);
    if (at === undefined) return;
    // Two threads, so that hashing keeps up with the walk (one fell a second behind it on 2 cores); one
    // until the walk is over where the stage waits for the walk only (`early`).
    this.pool ??= new HashPool(Math.min(2, availableParallelism()), this.early);
    const digest = this.pool.digest(base + e.path, e.size ?? 0);
    // Awaited in compared(); a thread's failure before then is no unhandled rejection.
    digest.catch(() => undefined);
    this.hashed.push({ entry: e, match, at, digest });
  }

  /**
   * Once the walk is over: compares every hashed file, and returns the entries in walk order. `start`,
   * when given, is called as soon as every keyed path matches its entry by stat and only files' contents
   * are left to compare (the stage may start then); a path found to differ after that throws, since its
   * files can no longer be packed as the walk met them.
   */
  async compared(start?: () => void, jobDir?: string): Promise<PlannedEntry[]> {
    this.pool?.flush();
    this.pool?.widen();
    const started =
      start !== undefined &&
      this.hashed.length > 0 &&
      this.matches.every((m) => !m.verdict() && !differedBefore(m, jobDir));
    if (started) start();
    for (const { entry, match, at, digest } of this.hashed) {
      const d = await digest;
      if (d && !sameFacts(entry, d))
        match.differs(at, `'${entry.path}' changed while it was compared with the keyed entry`);
      else match.content(entry, at, d?.sha256);
    }
    if (started) for (const m of this.matches) refuseLate(m, jobDir);
    return this.met;
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}

/** The note in the job's directory that a path differed from this entry once its stage had started. */
const differedNote = (m: KeyedMatch, jobDir: string): string => walkFirstNote(jobDir, m.ref.id);

/** Whether this entry differed once a stage of this job had started: the later ones compare it first. */
const differedBefore = (m: KeyedMatch, jobDir: string | undefined): boolean =>
  jobDir !== undefined && existsSync(differedNote(m, jobDir));

/**
 * A keyed path found to differ once the stage started: this checkpoint is not saved, and the job's later
 * checkpoints compare the path before their stage starts (packing it, as the walk met it, if it differs).
 */
function refuseLate(m: KeyedMatch, jobDir: string | undefined): void {
  const difference = m.verdict();
  if (!difference) return;
  if (jobDir) {
    try {
      mkdirSync(jobDir, { recursive: true });
      writeFileSync(differedNote(m, jobDir), '');
    } catch {
      // without the note a later checkpoint starts its stage early again, and fails the same way: no worse
    }
  }
  throw new Error(
    `'${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}), found once the stage had started: nothing is taken from the entry, and this checkpoint is not saved`,
  );
}

/** Whether a file read as `d` is the one the walk met: same inode, size, mtime and ctime (none recorded: not). */
function sameFacts(e: ManifestEntry, d: FileDigest): boolean {
  const s = e.stat;
  return (
    s !== undefined &&
    d.ino === s.ino &&
    d.size === e.size &&
    d.mtimeMs === s.mtimeMs &&
    d.ctimeMs === s.ctimeMs
  );
}
