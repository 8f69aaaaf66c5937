/**
 * A restore's staging and placement (restore.ts): every file to write comes out of its archive verified
 * (extract.ts) into a staging directory inside the destination, then everything is swapped into place,
 * journal first (placement.ts).
 */
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  ancestors,
  DEFAULT_RESTORE_VERIFY,
  hashesFilesOf,
  isKeyedId,
  outermost,
  type Manifest,
  type ManifestEntry,
  type StatFacts,
} from '../core/index.js';
import { below, extractArchive, RestoreError, umask } from './extract.js';
import { makeSymlink } from '../../runner/adapters/platform.js';
import { Applier, type Journal } from './placement.js';
import type { CheckpointStore } from './store.js';
import type { KeyedEntryStore } from '../ports/keyed-store.js';
import { keyedArchiveBound, keyedArchiveStore } from './keyed.js';
import { keyedStoreFor } from './keyed-store.js';
import type { RestoreOptions } from '../ports/workspace.js';
import type { PlannedRestore } from './restore-plan.js';
import { failureReason } from './restore-errors.js';

/** Moving verified files into place failed; everything moved so far was put back (or the message says where it is). */
export class PlacementError extends RestoreError {
  override name = 'PlacementError';
  constructor(
    message: string,
    /** Not everything could be put back: the staging directory holds the rest and is kept. */
    readonly stagingKept = false,
  ) {
    super(message);
  }
}

/**
 * The mode a new directory is staged with: its own where mkdir gives exactly that and its owner keeps
 * every right (its files are still to be written), else 0700 until placement sets it (finishModes, which
 * leaves alone a directory that already has its mode). Staging stays private either way: its root is
 * 0700. Made with its own mode, a directory costs placement no chmod and no journal line: for the 6,700
 * directories of a 40,000-file node_modules that was most of placement's time.
 */
function stagedDirMode(mode: number): number {
  return (mode & ~0o777) === 0 && (mode & umask()) === 0 && (mode & 0o700) === 0o700 ? mode : 0o700;
}

/**
 * Stat facts of a file this restore wrote (renames keep them), kept on its entry: a map of them from
 * path was part of the restore's memory peak, and the class tells them from facts the entry came with.
 */
export class WrittenFacts implements StatFacts {
  readonly mtimeMs: number;
  readonly ino: number;
  readonly dev: number;
  constructor(st: StatFacts) {
    this.mtimeMs = st.mtimeMs;
    this.ino = st.ino;
    this.dev = st.dev;
  }
}

/**
 * Stages every entry to write at its own relative path under `tree`, so that a directory that is new as
 * a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into place with
 * a single rename instead of one per file. Files come out of their archives verified; links were checked
 * when the manifest was read.
 */
export async function stageEntries(opts: RestoreOptions, r: PlannedRestore, tree: string): Promise<void> {
  const { toWrite, addedDirs } = r.plan;
  const stagedAt = (p: string): string => (p === '.' ? tree : below(tree, p));
  const made = new Set<string>();
  const stageDir = (p: string, mode = 0o700): void => {
    if (made.has(p)) return;
    mkdirSync(stagedAt(p), { recursive: true, mode });
    made.add(p);
  };
  const byArchive = new Map<string, Map<string, ManifestEntry>>();
  const wantFrom = (e: ManifestEntry): void => {
    const from = e.from ?? r.manifest.id;
    if (!byArchive.has(from)) byArchive.set(from, new Map());
    byArchive.get(from)!.set(e.path, e);
  };
  const links: ManifestEntry[] = [];
  for (const e of toWrite) {
    if (e.type === 'dir') {
      if (addedDirs.has(e.path)) stageDir(e.path, stagedDirMode(e.mode));
      continue;
    }
    stageDir(path.posix.dirname(e.path));
    if (e.type === 'symlink') continue;
    if (e.link !== undefined) links.push(e);
    else wantFrom(e);
  }
  const aside = linkedFilesAside(r, links, path.join(path.dirname(tree), 'linked'));
  for (const e of aside.keys()) wantFrom(e);
  await extractEach(opts, r, byArchive, tree, aside);
  for (const e of toWrite) if (e.type === 'symlink') makeSymlink(e.target!, stagedAt(e.path));
  const asideAt = new Map([...aside].map(([e, at]) => [e.path, at]));
  for (const e of links) linkStaged(e, asideAt.get(e.link!) ?? stagedAt(e.link!), stagedAt(e.path));
}

/**
 * The files that links to be written name but that this restore does not write (a partial restore, a
 * file left alone), each with a place of its own in staging, outside the tree that moves into place:
 * they are extracted and verified there only for their links to be made from.
 */
function linkedFilesAside(
  r: PlannedRestore,
  links: ManifestEntry[],
  dir: string,
): Map<ManifestEntry, string> {
  const aside = new Map<ManifestEntry, string>();
  if (links.length === 0) return aside;
  const writing = new Set(r.plan.toWrite.map((e) => e.path));
  const missing = new Set(links.map((l) => l.link!).filter((p) => !writing.has(p)));
  if (missing.size === 0) return aside;
  mkdirSync(dir, { mode: 0o700 });
  for (const e of r.manifest.entries)
    if (missing.has(e.path) && e.type === 'file' && e.link === undefined)
      aside.set(e, path.join(dir, String(aside.size)));
  return aside;
}

/** Errors of link(2) that say the file system cannot make this link, not that something is wrong. */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/**
 * Makes hard link `e` in staging, to the file it names as this restore wrote and verified it (staged in
 * the tree, or aside): never to anything outside staging, nor to anything the archive named.
 */
function linkStaged(e: ManifestEntry, from: string, to: string): void {
  if (!lstatSync(from, { throwIfNoEntry: false })?.isFile())
    throw new RestoreError(`hard link '${e.path}' names '${e.link}', which this restore did not write`);
  try {
    linkSync(from, to);
  } catch (error) {
    // A file system without hard links (FAT, some SMB shares), or one at its limit of links per file:
    // the same verified bytes, as a copy of their own.
    if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
  e.stat = new WrittenFacts(lstatSync(to));
}

/**
 * Extracts the archives of the chain two at a time: each holds its own files (an entry has one `from`),
 * so they write to distinct staged paths, and a small archive's download and extraction (the build's
 * outputs) no longer waits for a big one's (node_modules from its keyed entry). Every extraction is settled
 * before this returns or throws, so nothing writes into the staging once the caller removes it; the first
 * failure in chain order is the one reported.
 */
async function extractEach(
  opts: RestoreOptions,
  r: PlannedRestore,
  byArchive: Map<string, Map<string, ManifestEntry>>,
  tree: string,
  aside: Map<ManifestEntry, string>,
): Promise<void> {
  const archives = [...byArchive];
  const failures: (Error | undefined)[] = new Array<Error | undefined>(archives.length);
  let next = 0;
  // Two at a time: a long incremental chain must not start a decompressor per link at once.
  const lane = async (): Promise<void> => {
    for (let i = next++; i < archives.length; i = next++) {
      const [id, wanted] = archives[i]!;
      try {
        const source = await archiveSource(opts.store, r.manifest, id, opts.keyedStore);
        const maxTarBytes = await archiveBound(opts.store, r.manifest, id, opts.keyedStore, r.tarBounds);
        const early = r.early?.take(source, r.chain.get(id)!.file);
        await extractArchive(source, { archive: r.chain.get(id)! }, wanted, tree, {
          logger: opts.logger,
          // A file put aside is not written into the workspace: it gets no facts of its own.
          onWritten: (e, st) => void (aside.has(e) || (e.stat = new WrittenFacts(st))),
          ...(aside.size ? { stagedAt: (e: ManifestEntry) => aside.get(e) } : {}),
          hashFiles: hashesFilesOf(r.manifest, id, opts.verify ?? DEFAULT_RESTORE_VERIFY),
          maxTarBytes,
          opened: early?.opened,
          startDecoder: early?.startDecoder,
        });
      } catch (error) {
        failures[i] = error instanceof Error ? error : new Error(`extracting ${id} failed: ${String(error)}`);
      }
    }
  };
  await Promise.all([lane(), lane()]);
  const failed = failures.find((f) => f !== undefined);
  if (failed) throw failed;
}

/**
 * The store that holds archive `id` of `manifest`'s chain: the checkpoint store, or for a keyed entry the
 * keyed store (its archive streamed from there; checked against the digest `manifest` recorded, as any other).
 */
export async function archiveSource(
  store: CheckpointStore,
  manifest: Manifest,
  id: string,
  keyedStore: KeyedEntryStore | undefined,
): Promise<CheckpointStore> {
  if (!isKeyedId(id)) return store;
  return keyedArchiveStore(manifest, id, keyedStore ?? keyedStoreFor(store));
}

/**
 * The most tar bytes archive `id` of `manifest`'s chain may hold: its manifest's bound (`bounds`, made as
 * the chain was read), or for a keyed entry what the entry's own manifest accounts for (keyed.ts).
 */
export async function archiveBound(
  store: CheckpointStore,
  manifest: Manifest,
  id: string,
  keyedStore: KeyedEntryStore | undefined,
  bounds: ReadonlyMap<string, number> | undefined,
): Promise<number | undefined> {
  const known = bounds?.get(id);
  if (known !== undefined || !isKeyedId(id)) return known;
  return keyedArchiveBound(manifest, id, keyedStore ?? keyedStoreFor(store));
}

/**
 * Moves the staged entries into place, journal first (placement.ts). On failure everything moved so far
 * is put back; a PlacementError says whether that worked, and keeps the staging where it did not.
 */
export function placeStaged(r: PlannedRestore, journal: Journal): void {
  const { changes, toWrite, addedDirs, targetList } = r.plan;
  const applier = new Applier(journal);
  try {
    // Below a removed directory there is nothing left to remove.
    for (const p of outermost(changes.deleted)) applier.remove(p);
    for (const e of toWrite) {
      // Inside a new directory: already moved with it.
      if (addedDirs.has(path.posix.dirname(e.path))) continue;
      applier.place(e, e.type === 'dir' && addedDirs.has(e.path));
    }
    // A directory above a root that was already there is not ours to change (see currentState).
    const above = new Set((r.only ?? r.manifest.paths).flatMap(ancestors));
    const made = new Set(changes.added);
    applier.finishModes(
      targetList.filter((e) => e.type === 'dir' && (!above.has(e.path) || made.has(e.path))),
    );
    applier.commit();
  } catch (error) {
    if (!applier.undo())
      throw new PlacementError(
        `could not put restored files in place (${failureReason(error, r)}), and not everything could be put back: what is missing is in ${journal.staging} (its journal ${journal.file} lists each move); run 'ci-recovery restore --repair --dest ${r.dest}' once the cause is fixed`,
        true,
      );
    throw new PlacementError(
      `could not put restored files in place (${failureReason(error, r)}); everything was put back as it was`,
    );
  }
}
