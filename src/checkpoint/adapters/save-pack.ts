/**
 * A save's walk of the tree, streamed through tar -> compressor -> store in one pass: each stored file is
 * read once, straight into the tar buffer, and its sha256 computed from those same bytes. Entries of a
 * keyed path wait for the verdict on the whole path, taken from its entry or packed.
 */
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import {
  IncrementalPlanner,
  reuseIfSameContent,
  worthRehashing,
  isUnder,
  type Compression,
  type Manifest,
  type ManifestEntry,
  type PlannedEntry,
  type ScannedEntry,
} from '../core/index.js';
import type { Logger } from '../../runner/adapters/logger.js';
import { compressor, type Codec } from './compress.js';
import { ExcludeAudit } from './exclude-audit.js';
import { walkTree, type WalkHooks, type WalkReport } from './scan.js';
import { BesideStage, keyedRefs, pathsBesideStage } from './keyed-beside.js';
import type { StoredArchive } from './store.js';
import { GoneWhileSaved, TarPacker } from './tar-pack.js';
import { FileHasher } from './digest.js';
import { KeyedComparison } from './keyed-compare.js';
import { crashPoint } from './crash-points.js';
import type { KeyedPlan } from './keyed.js';
import { dropOwnArchive } from './save-commit.js';
import type { SaveOptions } from './save.js';

/** What packTree walks and where the archive goes. */
export interface TreeToPack {
  workspace: string;
  roots: string[];
  exclude: string[];
  parent: Manifest | undefined;
  /** The archive's name in the store. */
  file: string;
  compression: Compression;
  scanStartedMs: number;
  /** Keyed paths whose entries the walk compares with the workspace (keyed.ts). */
  keyed?: KeyedPlan | undefined;
  /** The compressor, where not the one `compression` names (an incremental's: compress-first.ts). */
  codec?: (() => Codec | undefined) | undefined;
  /** Told the entries and the stored paths, final, once the walk is over, while the archive is still being stored. */
  onWalked?: ((planner: IncrementalPlanner, changed: string[]) => void) | undefined;
}

/** The stored archive, and what the walk found and put into it. */
export interface PackedTree {
  archive: StoredArchive;
  /** Every entry of the tree, planned against the parent. */
  planner: IncrementalPlanner;
  /** Paths of the entries written into this archive, and the file bytes among them. */
  changed: string[];
  storedBytes: number;
  /** From the start of the walk to its end. */
  scanMs: number;
  report: WalkReport;
}

/**
 * Entries walked between turns of the event loop (a few ms of `lstat`; a turn costs microseconds). The
 * walk's syscalls are synchronous: without such turns the store's first requests (the artifacts'
 * CreateArtifact, a round trip each) went out only once it was over.
 */
const YIELD_EVERY = 512;

/**
 * Walks the tree and streams what must be stored (everything, or what changed since the parent) through
 * tar -> compressor -> store in one pass. On failure the compressor is stopped and this save's archive
 * removed from the store.
 */
export async function packTree(opts: SaveOptions, tree: TreeToPack): Promise<PackedTree> {
  const { workspace } = tree;
  const codec = tree.codec?.() ?? (await compressor(tree.compression, opts.level ?? 3));
  const storing = opts.store.putArchive(tree.file, codec.output);
  // Awaited below; handlers now so an early failure is never an unhandled rejection.
  codec.done.catch(() => undefined);
  const packer = new TarPacker(codec.input);
  const planner = new IncrementalPlanner(tree.parent);
  const report: WalkReport = { missingRoots: [], skipped: [], audit: new ExcludeAudit(opts.exclude ?? []) };
  // Hard links are kept as links, except in a keyed entry and beside one: a keyed comparison takes each
  // file from its entry's archive under its own name.
  if (!opts.copyHardLinks && !tree.keyed) report.inodes = new Map();
  const changed: string[] = [];
  let storedBytes = 0;
  let scanMs = 0;
  const hasher = new FileHasher();
  // Entry paths are normalized and relative (the walk's own): joined by concatenation, since path.join
  // re-normalizes each one character by character.
  const base = workspace.endsWith(path.sep) ? workspace : `${workspace}${path.sep}`;
  // A store that fails mid-way (an upload error) stops reading: without this the packer would wait for
  // its buffers forever.
  const storeFailed = new Promise<never>((_, reject) => void storing.catch(reject));
  const goneWhenRead = new GoneWhenRead(report);
  const storePlanned = async (planned: PlannedEntry): Promise<void> => {
    const e = planned.entry;
    if (e.link !== undefined) return storeLink(packer, planned, changed);
    if (worthRehashing(planned)) reuseIfSameContent(planned, hasher.sha256(path.join(workspace, e.path)));
    if (!planned.store) return;
    crashPoint();
    changed.push(e.path);
    const fileBytes = packUnlessGone(packer, e, base, opts.id);
    if (fileBytes === undefined) {
      changed.pop();
      return goneWhenRead.add(planned);
    }
    storedBytes += typeof fileBytes === 'number' ? fileBytes : await fileBytes;
  };
  const handBack = once(opts.onPacked);
  const matches = tree.keyed?.matches ?? [];
  // Entries of a keyed path wait for the verdict on the whole path: taken from its entry, or packed.
  const keyed = new KeyedComparison(matches, opts.onPacked !== undefined);
  // An entry taken from the parent as it is (no link to settle) has nothing to store: no async call
  // and no await for each of the tens of thousands an incremental save walks past.
  const visit = (scanned: ScannedEntry, beside?: BesideStage): Promise<void> | undefined => {
    const planned = planner.plan(scanned);
    const match = matches.length > 0 ? matches.find((m) => m.covers(planned.entry.path)) : undefined;
    if (match) keyed.add(planned, match, base);
    else if (planned.store || planned.entry.link !== undefined)
      return storePlanned(planned).then(() => beside?.read(planned.entry));
    return undefined;
  };
  const writeAll = async (): Promise<void> => {
    const beside = await walkAll({ opts, tree, report, planner, base, visit, handBack });
    // Only keyed files' contents left to compare: the stage may start (keyed-compare.ts says why it is safe).
    const waiting = await keyed.compared(beside ? undefined : opts.onPacked && handBack, opts.manifestCache);
    for (const planned of settleKeyed(tree.keyed, waiting, opts.logger)) {
      await storePlanned(planned);
      beside?.read(planned.entry);
    }
    goneWhenRead.takeOut(planner);
    scanMs = Date.now() - tree.scanStartedMs;
    await packer.finish();
    // Every file is packed or taken from the parent now: each link takes its file's facts.
    for (const [link, file] of report.linked ?? []) takeFileFacts(link, file);
  };
  let failed = false;
  try {
    await Promise.race([writeAll(), storeFailed]);
    // Entries encoded once the stage started (before it, 45,000 held it 48-167 ms), unless the save failed.
    const walked = afterStarted(handBack(), () => failed || tree.onWalked?.(planner, changed));
    const [archive] = await Promise.all([storing, codec.done, walked]);
    return { archive, planner, changed, storedBytes, scanMs, report };
  } catch (error) {
    failed = true;
    await abandon(codec, storing, opts.store, tree.file);
    throw error;
  } finally {
    await keyed.close();
  }
}

/** What walkAll walks, and what it hands each entry to. */
interface WalkAll {
  opts: SaveOptions;
  tree: TreeToPack;
  report: WalkReport;
  planner: IncrementalPlanner;
  /** The workspace, with a trailing separator. */
  base: string;
  /** Plans, compares or stores one entry; a promise only when it has something to wait for. */
  visit: (scanned: ScannedEntry, beside?: BesideStage) => Promise<void> | undefined;
  /** Starts the stage. */
  handBack: HandBack;
}

/**
 * Walks the tree for `visit`. The keyed paths that can be are left out, the stage is started once the rest
 * is walked, and they are walked beside its command (keyed-beside.ts says why that is safe): returns that
 * walk's checks, or undefined when everything was walked before the stage.
 */
async function walkAll(w: WalkAll): Promise<BesideStage | undefined> {
  const { opts, tree, planner } = w;
  const workspace = w.base.slice(0, -1);
  const deferred: { at: number; root: string }[] = [];
  const hooks: WalkHooks = {
    defer: new Set(pathsBesideStage(tree.keyed, opts.onPacked, opts.manifestCache, workspace)),
    deferred: (root) => deferred.push({ at: planner.entries.length, root }),
  };
  // The keyed entries' manifests serve only the walk of their paths: read where it is.
  const readEntries = (): void => tree.keyed?.matches.forEach((m) => m.read());
  if (hooks.defer?.size === 0) readEntries();
  let walked = 0;
  for (const scanned of walkTree(workspace, tree.roots, tree.exclude, w.report, hooks)) {
    if (++walked % YIELD_EVERY === 0) await setImmediate();
    const storing = w.visit(scanned);
    if (storing) await storing;
  }
  // Only a save with a job directory defers a path (pathsBesideStage).
  if (deferred.length === 0 || opts.manifestCache === undefined) return void readEntries();
  const beside = new BesideStage(
    w.base,
    opts.manifestCache,
    keyedRefs(tree.keyed).map((r) => r.id),
  );
  for (const { root } of deferred) beside.hold(root);
  // The stage's command is spawned once this thread is free: the entries are read after that.
  await afterStarted(w.handBack(), () => undefined);
  readEntries();
  opts.logger?.debug(`checkpoint ${opts.id}: keyed entries read at ${Date.now() - tree.scanStartedMs} ms`);
  const left = (rel: string, abs: string): void => beside.left(rel, abs);
  await walkBeside(
    deferred,
    planner,
    function* (root) {
      yield* walkTree(workspace, [root], tree.exclude, w.report, { left });
      beside.stillThere(root);
    },
    (scanned) => {
      beside.met(scanned);
      return ++walked % YIELD_EVERY === 0
        ? setImmediate().then(() => w.visit(scanned, beside))
        : w.visit(scanned, beside);
    },
  );
  return beside;
}

/**
 * Walks each of `deferred` (keyed paths the first walk left out) through `walk`, handing `visit` each entry
 * under it (not its ancestors, which the first walk yielded), and puts its entries back in the planner's
 * list where the first walk left the path out: the manifest's order is the serial walk's.
 */
async function walkBeside(
  deferred: { at: number; root: string }[],
  planner: IncrementalPlanner,
  walk: (root: string) => Iterable<ScannedEntry>,
  visit: (scanned: ScannedEntry) => Promise<void> | undefined,
): Promise<void> {
  const first = planner.entries.length;
  const blocks: ManifestEntry[][] = [];
  for (const { root } of deferred) {
    const from = planner.entries.length;
    for (const scanned of walk(root)) {
      // its ancestors, which the first walk yielded, are walked again: not twice in the manifest
      if (!isUnder(scanned.path, root)) continue;
      const storing = visit(scanned);
      if (storing) await storing;
    }
    blocks.push(planner.entries.slice(from));
  }
  const walked = planner.entries.splice(0);
  let i = 0;
  deferred.forEach(({ at }, b) => {
    for (; i < at; i++) planner.entries.push(walked[i]!);
    for (const e of blocks[b]!) planner.entries.push(e);
  });
  for (; i < first; i++) planner.entries.push(walked[i]!);
}

/**
 * A hard link is a header naming its file (tar's own link entry), stored again only when the parent did
 * not have it as a link to the same file; its bytes are that file's, read once.
 */
async function storeLink(packer: TarPacker, planned: PlannedEntry, changed: string[]): Promise<void> {
  const e = planned.entry;
  planned.store = !(planned.old?.type === 'file' && planned.old.link === e.link);
  if (!planned.store) return;
  changed.push(e.path);
  const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
  await packer.addEntry({ name: e.path, type: 'link', linkname: e.link, mode: e.mode, size: 0, mtime });
}

/** packEntry, or undefined for a file deleted since the walk met it (nothing of it went into the archive). */
function packUnlessGone(
  packer: TarPacker,
  e: ManifestEntry,
  base: string,
  id: string,
): number | Promise<number> | undefined {
  try {
    return packEntry(packer, e, base, id);
  } catch (error) {
    // (thrown by the open, before anything of the file was packed)
    if (error instanceof GoneWhileSaved) return undefined;
    throw error;
  }
}

/** Files deleted between the walk and their read: left out, as the walk leaves out what it no longer finds. */
class GoneWhenRead {
  private readonly gone = new Set<ManifestEntry>();
  private fromParent = 0;
  constructor(private readonly report: WalkReport) {}

  add(planned: PlannedEntry): void {
    const e = planned.entry;
    this.gone.add(e);
    if (planned.old) this.fromParent++;
    this.report.skipped.push({ path: e.path, why: 'it was deleted while the checkpoint read it' });
    // A later name of its inode is then the file its other names link to.
    const key = e.stat && `${e.stat.dev}:${e.stat.ino}`;
    if (key && this.report.inodes?.get(key) === e) this.report.inodes.delete(key);
  }

  /** Takes them out of the planner's entries, once every file was read. */
  takeOut(planner: IncrementalPlanner): void {
    planner.leaveOut(this.gone, this.fromParent);
  }
}

/** A failed save's end: its compressor stopped, its archive's upload settled, and the archive removed. */
async function abandon(
  codec: Awaited<ReturnType<typeof compressor>>,
  storing: Promise<unknown>,
  store: SaveOptions['store'],
  file: string,
): Promise<void> {
  codec.kill();
  await Promise.allSettled([codec.done, storing]);
  await dropOwnArchive(store, file);
}

/**
 * Once the walk is over: the entries of each keyed path that matches its entry are taken from it (their
 * digests and archive; directories and links are restored from the manifest alone), so nothing of them is
 * packed; the entries of a path that differs are returned, to be packed as usual.
 */
function settleKeyed(
  plan: KeyedPlan | undefined,
  waiting: PlannedEntry[],
  logger: Logger | undefined,
): PlannedEntry[] {
  if (!plan || waiting.length === 0) return waiting;
  const toPack: PlannedEntry[] = [];
  for (const m of plan.matches) {
    const mine = waiting.filter((p) => isUnder(p.entry.path, m.ref.path));
    const difference = m.verdict();
    if (difference) {
      // an entry that could not be read warns, as it did when it was read before the walk
      if (m.unreadable !== undefined)
        logger?.warning(
          `ci-recovery: keyed path '${m.ref.path}' is packed in full: its keyed entry could not be looked up (${m.unreadable}).`,
        );
      else
        logger?.info(
          `ci-recovery: '${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}): packed in full.`,
        );
      toPack.push(...mine);
      continue;
    }
    for (const p of mine) if (p.store && (m.take(p.entry) || p.entry.type !== 'file')) p.store = false;
  }
  return toPack;
}

/** The caller's onPacked: what it returns (a promise of its stage's start), the save waits for. */
type HandBack = () => unknown;

/** `f` called once at most, however often the function returned is, which returns what that call did. */
function once(f: HandBack | undefined): HandBack {
  let called = false;
  let returned: ReturnType<HandBack>;
  return () => {
    if (called) return returned;
    called = true;
    returned = f?.();
    return returned;
  };
}

/** `work` once `started` settled (however: a stage that could not start frees the save too), else at once. */
function afterStarted(started: unknown, work: () => void): Promise<void> {
  return Promise.resolve(started).then(work, work);
}

/** A hard link's content is its file's: the same size, sha256, mode and archive. */
function takeFileFacts(link: ManifestEntry, file: ManifestEntry): void {
  link.size = file.size;
  link.sha256 = file.sha256;
  link.mode = file.mode;
  link.from = file.from;
}

/**
 * Writes one entry into the archive. A file's size and sha256 become those of the bytes packed, and this
 * checkpoint the one that holds it. Returns the file bytes written (0 for a directory or a link), or a
 * promise of them when the packer had to wait (most files go in without one: see TarPacker.addFile).
 */
function packEntry(packer: TarPacker, e: ManifestEntry, base: string, id: string): number | Promise<number> {
  const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
  if (e.type === 'dir' || e.type === 'symlink') {
    const waiting = packer.addEntry(
      e.type === 'dir'
        ? { name: e.path, type: 'directory', mode: e.mode, size: 0, mtime }
        : { name: e.path, type: 'symlink', linkname: e.target, mode: e.mode, size: 0, mtime },
    );
    return waiting ? waiting.then(() => 0) : 0;
  }
  e.from = id;
  const waiting = packer.addFile(e.path, e.mode, mtime, base + e.path, e.size ?? 0, e);
  return waiting ? waiting.then(() => e.size!) : e.size!;
}
