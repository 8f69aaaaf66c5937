export const id = 965;
export const ids = [965];
export const modules = {

/***/ 53965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lx: () => (/* reexport */ checkpoint_scan/* DEFAULT_EXCLUDE */.lx),
  bM: () => (/* reexport */ job/* NoFilesFoundError */.bM),
  m_: () => (/* reexport */ checkpoint_store/* NotFoundError */.m_),
  checkoutProblem: () => (/* reexport */ checkoutProblem),
  checkpointStage: () => (/* reexport */ job/* checkpointStage */.lX),
  Ky: () => (/* reexport */ checkpointsOfJob),
  Q8: () => (/* reexport */ cleanupCheckpoints),
  jobContext: () => (/* reexport */ job/* jobContext */.Rl),
  Ep: () => (/* reexport */ listCheckpoints),
  eY: () => (/* reexport */ save/* loadManifest */.eY),
  pI: () => (/* reexport */ lookupCheckpoint),
  T1: () => (/* reexport */ newestCheckpoint),
  TM: () => (/* reexport */ newestCheckpointOver),
  openJobStore: () => (/* reexport */ job/* openJobStore */.nH),
  openStore: () => (/* reexport */ checkpoint_open/* openStore */.C),
  js: () => (/* reexport */ recoverInterrupted),
  NV: () => (/* reexport */ path_globs/* resolveCheckpointPaths */.N),
  vQ: () => (/* reexport */ restoreCheckpoint),
  resumeFromPreviousAttempt: () => (/* reexport */ resumeFromPreviousAttempt),
  s4: () => (/* reexport */ save/* saveCheckpoint */.s4),
  stagesStillComplete: () => (/* reexport */ stagesStillComplete),
  NE: () => (/* reexport */ validateCheckpoint)
});

// UNUSED EXPORTS: CheckpointExistsError, DirStore, LAST_CHECKPOINT_ENV, RestoreError, defaultManifestCache, treeDigest

// EXTERNAL MODULE: ./src/adapters/checkpoint/open.ts
var checkpoint_open = __webpack_require__(12253);
// EXTERNAL MODULE: ./src/adapters/checkpoint/save.ts + 1 modules
var save = __webpack_require__(11906);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/core/checkpoint/index.ts + 3 modules
var checkpoint = __webpack_require__(14672);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/adapters/checkpoint/heap.ts
var heap = __webpack_require__(68099);
// EXTERNAL MODULE: ./src/core/checkpoint/tar.ts
var tar = __webpack_require__(94219);
// EXTERNAL MODULE: ./src/adapters/checkpoint/compress.ts
var compress = __webpack_require__(81569);
// EXTERNAL MODULE: ./src/adapters/checkpoint/digest.ts
var checkpoint_digest = __webpack_require__(20533);
// EXTERNAL MODULE: ./src/adapters/checkpoint/scan.ts
var checkpoint_scan = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/adapters/checkpoint/crash-points.ts
var crash_points = __webpack_require__(32);
// EXTERNAL MODULE: ./src/adapters/checkpoint/owner.ts
var owner = __webpack_require__(65266);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/placement.ts
/**
 * Putting verified entries into the workspace so that no instant, not even a kill -9, leaves it a mix of
 * old and new. Every change is a rename, mkdir or chmod, recorded in a journal on disk before it is made
 * (write-ahead: one line per step, `journal` in the restore's staging directory); what a step replaced
 * or removed is moved into the staging directory, never deleted. The journal ends with a `done` line.
 *
 * Undoing reads the disk, not only the journal, so that it is right whether the last recorded step was
 * made or not, and whether an earlier undo was cut short: a step counts as made only when the disk shows
 * it (its source gone). A restore interrupted by a crash is undone by the next restore into the same
 * destination, by `ci-recovery restore --repair` or by `cleanup --dest`: without a `done` line the
 * workspace goes back to exactly what it was; with one, only the staging directory is left to remove.
 *
 * The journal lines are written without fsync: they survive the death of the process (the page cache
 * outlives it), not a power cut, which is the same promise the rest of the restore makes.
 */






const JOURNAL = 'journal';
/** The name prefix of this process's staging directories (its owner in the name: owner.ts). */
function stagingPrefix() {
    return `${checkpoint_scan/* STAGING_PREFIX */.th}${(0,owner/* ownerTag */.qE)()}-`;
}
/** Applies staged entries, journal first; `undo` reverses everything done so far. */
class Applier {
    dest;
    staging;
    steps = [];
    fd;
    n = 0;
    /** Directories known to exist as real directories (created or checked). */
    dirs = new Set();
    backup;
    constructor(dest, staging) {
        this.dest = dest;
        this.staging = staging;
        this.backup = external_node_path_default().join(staging, 'replaced');
        (0,external_node_fs_.mkdirSync)(this.backup, { recursive: true });
    }
    /** Records a step before it is made. The journal file is created with the first one. */
    record(step) {
        (0,crash_points/* crashPoint */.u)();
        this.fd ??= (0,external_node_fs_.openSync)(external_node_path_default().join(this.staging, JOURNAL), 'a', 0o600);
        const line = Buffer.from(JSON.stringify(step) + '\n');
        for (let off = 0; off < line.length;)
            off += (0,external_node_fs_.writeSync)(this.fd, line, off);
        this.steps.push(step);
        (0,crash_points/* crashPoint */.u)();
    }
    moveAway(abs) {
        const to = external_node_path_default().join(this.backup, String(this.n++));
        this.record(['moved', abs, to]);
        (0,external_node_fs_.renameSync)(abs, to);
    }
    makeDir(abs, mode) {
        this.record(['made', abs]);
        (0,external_node_fs_.mkdirSync)(abs, { mode });
    }
    put(staged, abs) {
        this.record(['placed', staged, abs]);
        (0,external_node_fs_.renameSync)(staged, abs);
    }
    /** Makes every ancestor of `rel` a real directory (an existing symlink or file there is moved away). */
    ensureParents(rel) {
        for (const a of (0,checkpoint/* ancestors */.T1)(rel)) {
            if (this.dirs.has(a))
                continue;
            const abs = external_node_path_default().join(this.dest, a);
            const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
            if (!st?.isDirectory()) {
                if (st)
                    this.moveAway(abs);
                this.makeDir(abs, 0o755);
            }
            this.dirs.add(a);
        }
    }
    /**
     * Puts one entry in place. `subtree` is a staged directory holding the entry's whole new subtree (an
     * added directory): it moves with one rename. Files and symlinks are staged at their own path.
     * Synchronous, like the extraction of small files: one rename per file, no thread-pool round trips.
     */
    place(entry, staged, subtree) {
        this.ensureParents(entry.path);
        const abs = external_node_path_default().join(this.dest, entry.path);
        const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
        if (entry.type === 'dir') {
            this.dirs.add(entry.path);
            if (st?.isDirectory())
                return; // mode fixed in finishModes
            if (st)
                this.moveAway(abs);
            if (subtree)
                this.put(staged, abs);
            else
                this.makeDir(abs, 0o700);
            return;
        }
        if (st)
            this.moveAway(abs);
        this.put(staged, abs);
    }
    remove(rel) {
        const abs = external_node_path_default().join(this.dest, rel);
        if ((0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false }))
            this.moveAway(abs);
    }
    /** Directory modes last (deepest first), so a read-only dir does not block its own children. */
    finishModes(dirs) {
        for (const d of [...dirs].reverse()) {
            const abs = external_node_path_default().join(this.dest, d.path);
            const mode = (0,external_node_fs_.lstatSync)(abs).mode & 0o7777;
            if (mode === d.mode)
                continue;
            this.record(['chmod', abs, mode]);
            (0,external_node_fs_.chmodSync)(abs, d.mode);
        }
    }
    /** Marks the restore complete: from here on a crash leaves the new state, and staging is only debris. */
    commit() {
        if (this.fd !== undefined)
            this.record(['done']);
        this.close();
    }
    /** Undoes every step; false when something could not be put back (it is still in staging). */
    undo() {
        this.close();
        return undoSteps(this.steps);
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Reverses `steps`, last first, each only as far as the disk shows it was made, so that running it again
 * (after a crash during an undo) does no harm. False when something moved away could not go back.
 */
function undoSteps(steps) {
    let complete = true;
    for (const s of [...steps].reverse()) {
        try {
            if (s[0] === 'chmod')
                (0,external_node_fs_.chmodSync)(s[1], s[2]);
            else if (s[0] === 'made') {
                if ((0,external_node_fs_.lstatSync)(s[1], { throwIfNoEntry: false })?.isDirectory())
                    (0,external_node_fs_.rmdirSync)(s[1]);
            }
            else if (s[0] === 'placed') {
                // Made when the staged name is gone; moved back there, which also marks it undone.
                if (!(0,external_node_fs_.lstatSync)(s[1], { throwIfNoEntry: false }) && (0,external_node_fs_.lstatSync)(s[2], { throwIfNoEntry: false }))
                    (0,external_node_fs_.renameSync)(s[2], s[1]);
            }
            else if (s[0] === 'moved') {
                if ((0,external_node_fs_.lstatSync)(s[2], { throwIfNoEntry: false }))
                    (0,external_node_fs_.renameSync)(s[2], s[1]);
            }
        }
        catch {
            // Keep undoing the rest; what was moved away stays in staging.
            if (s[0] === 'moved')
                complete = false;
        }
    }
    return complete;
}
/** The steps of a journal; a last line cut short by a crash was never acted on. */
function readJournal(file) {
    const steps = [];
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return steps;
    }
    for (const line of text.split('\n')) {
        if (!line)
            continue;
        try {
            steps.push(JSON.parse(line));
        }
        catch {
            break;
        }
    }
    return steps;
}
/**
 * Finishes what killed restores into `dest` left: each staging directory whose owner is gone (or that is
 * older than the age guard) is undone from its journal when that has no `done` line, then removed.
 */
function recoverInterrupted(dest, now = Date.now()) {
    const r = { rolledBack: [], stuck: [], removed: [], inProgress: [] };
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dest);
    }
    catch {
        return r;
    }
    for (const name of names.sort()) {
        if (!name.startsWith(checkpoint_scan/* STAGING_PREFIX */.th))
            continue;
        const staging = external_node_path_default().join(dest, name);
        const st = (0,external_node_fs_.statSync)(staging, { throwIfNoEntry: false });
        if (!st?.isDirectory())
            continue;
        if (!(0,owner/* isDebris */.o)(name, st.mtimeMs, now)) {
            r.inProgress.push(name);
            continue;
        }
        const steps = readJournal(external_node_path_default().join(staging, JOURNAL));
        const finished = steps.at(-1)?.[0] === 'done';
        if (!finished && steps.length > 0) {
            if (!undoSteps(steps)) {
                r.stuck.push(name);
                continue;
            }
            r.rolledBack.push(name);
        }
        else
            r.removed.push(name);
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
    return r;
}

// EXTERNAL MODULE: ./src/adapters/checkpoint/store.ts
var checkpoint_store = __webpack_require__(29028);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/tar-unpack.ts
/**
 * Reads a tar stream pushed to it in chunks, synchronously: each entry's header is decoded (pax and GNU
 * long names applied) and handed to `onEntry`, whose sink then receives the content as slices of the
 * incoming chunks (valid only during the call, so nothing is copied or allocated per file).
 */

/** Meta entries whose content describes the next entry; read whole, never handed out. */
const META = new Set(['pax-header', 'pax-global-header', 'gnu-long-path', 'gnu-long-link-path']);
/** Bigger meta content than this is not a header but an attack on memory. */
const MAX_META = 1 << 20;
class TarUnpacker {
    onEntry;
    header = Buffer.alloc(tar/* BLOCK */.IE);
    headerFill = 0;
    /** Bytes of content (then padding) still to come for the current entry. */
    left = 0;
    pad = 0;
    sink;
    meta;
    pax = new Map();
    ended = false;
    inEntry = false;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    write(chunk) {
        let off = 0;
        while (off < chunk.length) {
            if (this.ended)
                return; // after the end marker only zero padding follows
            if (this.left > 0) {
                const n = Math.min(this.left, chunk.length - off);
                const part = chunk.subarray(off, off + n);
                if (this.meta)
                    this.meta.parts.push(Buffer.from(part));
                else
                    this.sink?.data(part);
                this.left -= n;
                off += n;
                if (this.left === 0)
                    this.finishContent();
                continue;
            }
            if (this.pad > 0) {
                const n = Math.min(this.pad, chunk.length - off);
                this.pad -= n;
                off += n;
                continue;
            }
            // A header: straight from the chunk when it holds all 512 bytes, else gathered.
            let block;
            let at;
            if (this.headerFill === 0 && chunk.length - off >= tar/* BLOCK */.IE) {
                block = chunk;
                at = off;
                off += tar/* BLOCK */.IE;
            }
            else {
                const n = Math.min(tar/* BLOCK */.IE - this.headerFill, chunk.length - off);
                chunk.copy(this.header, this.headerFill, off, off + n);
                this.headerFill += n;
                off += n;
                if (this.headerFill < tar/* BLOCK */.IE)
                    return;
                this.headerFill = 0;
                block = this.header;
                at = 0;
            }
            this.startEntry(block, at);
        }
    }
    startEntry(block, at) {
        if ((0,tar/* isZeroBlock */.ei)(block, at)) {
            this.ended = true;
            return;
        }
        const h = (0,tar/* decodeHeader */.E2)(block, at);
        if (META.has(h.type)) {
            if (h.size > MAX_META)
                throw new tar/* TarFormatError */.ZV(`a ${h.type} entry of ${h.size} bytes is not plausible`);
            this.left = h.size;
            this.pad = (0,tar/* padding */.Ms)(h.size);
            this.meta = { type: h.type, parts: [], size: h.size };
            if (h.size === 0)
                this.finishContent();
            return;
        }
        // The pax records apply first: a pax 'size' is the entry's real length, whatever the ustar field says.
        if (this.pax.size) {
            (0,tar/* applyPax */.UF)(h, this.pax);
            this.pax = new Map();
        }
        this.left = h.size;
        this.pad = (0,tar/* padding */.Ms)(h.size);
        this.inEntry = true;
        this.sink = this.onEntry(h);
        if (h.size === 0)
            this.finishContent();
    }
    finishContent() {
        const meta = this.meta;
        if (meta) {
            this.meta = undefined;
            const content = Buffer.concat(meta.parts, meta.size);
            if (meta.type === 'pax-header')
                for (const [k, v] of (0,tar/* decodePax */.m)(content))
                    this.pax.set(k, v);
            else if (meta.type === 'gnu-long-path')
                this.pax.set('path', content.toString('utf8').replace(/\0+$/, ''));
            else if (meta.type === 'gnu-long-link-path')
                this.pax.set('linkpath', content.toString('utf8').replace(/\0+$/, ''));
            return;
        }
        const sink = this.sink;
        this.sink = undefined;
        this.inEntry = false;
        sink?.end();
    }
    /** Checks that the stream did not stop inside an entry. */
    end() {
        if (this.left > 0 || this.headerFill > 0 || this.inEntry || this.meta)
            throw new tar/* TarFormatError */.ZV('the archive ends in the middle of an entry (it is truncated)');
    }
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/restore.ts
/**
 * Restoring a checkpoint without ever leaving a half-written workspace:
 *   1. read the manifest (untrusted: every path and link target is checked) and plan the changes;
 *   2. stream each needed archive through sha256 -> decompress -> untar into a staging dir inside the
 *      destination (same filesystem, so moves are renames), refusing unsafe or unexpected entries and
 *      checking every file's size and sha256, then the archive's own digest and size;
 *   3. only then move entries into place, keeping everything replaced or deleted in the staging dir, so
 *      that any error while moving is undone in reverse order.
 */

















/** A restore that was refused or failed; the workspace is as it was before. */
class RestoreError extends errors/* UserError */.yo {
    name = 'RestoreError';
}
/** Moving verified files into place failed; everything moved so far was put back (or the message says where it is). */
class PlacementError extends RestoreError {
    name = 'PlacementError';
}
/** What is on disk under the restored roots, with hashes for files that could equal their target. */
async function currentState(dest, roots, manifest, target) {
    const scan = await (0,checkpoint_scan/* scanTree */.wp)(dest, roots, manifest.exclude);
    const current = (0,checkpoint/* selectPaths */.LO)(scan.entries, roots);
    // The directories above a nested root ('packages/a' of 'packages/a/node_modules') are entries of the
    // checkpoint but not of the scan. One that is there as a directory is left as it is, whatever its mode
    // (it lies outside what was checkpointed); only a missing one is added, and anything else replaced.
    const seen = new Set(current.map((c) => c.path));
    for (const root of roots)
        for (const a of (0,checkpoint/* ancestors */.T1)(root)) {
            const t = target.get(a);
            if (seen.has(a) || t?.type !== 'dir')
                continue;
            seen.add(a);
            const found = (0,checkpoint_scan/* entryOf */.Ms)(external_node_path_default().join(dest, a), a);
            if (found)
                current.push(found.type === 'dir' ? { ...found, mode: t.mode } : found);
        }
    const hasher = new checkpoint_digest/* FileHasher */.gp();
    for (const c of current) {
        const t = target.get(c.path);
        if (c.type === 'file' && t?.type === 'file' && t.size === c.size)
            c.sha256 = hasher.sha256(external_node_path_default().join(dest, c.path));
    }
    return current;
}
let umaskBits;
/** Whether open(path, 'wx', mode) yields exactly `mode` (no bits lost to the umask, no special bits). */
function openKeepsMode(mode) {
    umaskBits ??= process.umask();
    return (mode & ~0o777) === 0 && (mode & umaskBits) === 0;
}
/**
 * Writes one file's content to its staging name as it streams out of the archive, hashing it; at the end
 * checks size and sha256 against the manifest, sets mode and mtime, and notes the file's stat facts.
 * Synchronous on purpose: for many small files, thread-pool round trips per file cost far more than the
 * syscalls themselves (tar -x does the same, in one thread). Staging is private (0700) and nothing moves
 * into the workspace before every file has been verified.
 */
class StagedFile {
    name;
    archive;
    entry;
    onDone;
    /** Made only for a file that arrives in several chunks; most come whole and are hashed in one call. */
    hash;
    sha256;
    size = 0;
    fd;
    direct;
    constructor(name, archive, entry, 
    /** Where to write it; none: hash only (validate). */
    staged, onDone) {
        this.name = name;
        this.archive = archive;
        this.entry = entry;
        this.onDone = onDone;
        this.direct = openKeepsMode(entry.mode);
        if (staged)
            this.fd = (0,external_node_fs_.openSync)(staged, 'wx', this.direct ? entry.mode : 0o600);
    }
    data(chunk) {
        // Never more than the manifest promised reaches the disk.
        if (this.size + chunk.length > (this.entry.size ?? 0)) {
            this.close();
            throw new RestoreError(`file '${this.name}' in ${this.archive} is longer than the ${this.entry.size} bytes its manifest promises: the checkpoint is corrupt or was tampered with`);
        }
        if (this.size === 0 && chunk.length === this.entry.size)
            this.sha256 = (0,external_node_crypto_.hash)('sha256', chunk);
        else
            (this.hash ??= (0,external_node_crypto_.createHash)('sha256')).update(chunk);
        this.size += chunk.length;
        if (this.fd === undefined)
            return;
        for (let off = 0; off < chunk.length;)
            off += (0,external_node_fs_.writeSync)(this.fd, chunk, off, chunk.length - off);
    }
    end() {
        const sha = this.hash?.digest('hex') ?? this.sha256 ?? (0,external_node_crypto_.hash)('sha256', '');
        const e = this.entry;
        if (this.size !== e.size || sha !== e.sha256) {
            this.close();
            throw new RestoreError(`file '${this.name}' in ${this.archive} does not match its manifest (size ${this.size} vs ${e.size}, sha256 ${sha.slice(0, 12)} vs ${e.sha256?.slice(0, 12)}): the checkpoint is corrupt or was tampered with`);
        }
        let stat;
        if (this.fd !== undefined) {
            if (!this.direct)
                (0,external_node_fs_.fchmodSync)(this.fd, e.mode);
            const mtimeMs = e.mtimeMs ?? e.stat?.mtimeMs;
            if (mtimeMs !== undefined)
                (0,external_node_fs_.futimesSync)(this.fd, new Date(), new Date(mtimeMs));
            const st = (0,external_node_fs_.fstatSync)(this.fd);
            stat = { mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
            this.close();
        }
        this.onDone(this.name, stat);
        (0,crash_points/* crashPoint */.u)();
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * Streams one archive, checking every entry, and writes the files listed in `wanted` at their own path
 * under `stagingRoot` (none: hash only, for `validate`), handing each one's stat facts to `onWritten`.
 * `wanted` is used up: each file leaves it once met, so what is left at the end is missing from the archive.
 */
async function extractArchive(store, archiveOf, wanted, stagingRoot, logger, onWritten) {
    const info = archiveOf.archive;
    // A local archive is read in place by the decompressor (and, at the same time, by the digest): feeding
    // it through this process would tie the decompressor's pace to this thread's.
    const local = store.archivePath?.(info.file);
    if (local !== undefined && !(await (0,promises_.stat)(local).catch(() => undefined))?.isFile())
        throw new checkpoint_store/* NotFoundError */.m_(`checkpoint archive '${info.file}' is missing from ${store.spec}`);
    const source = local === undefined ? await store.getArchive(info.file) : undefined;
    let met = 0;
    let open;
    const unpacker = new TarUnpacker((h) => {
        const name = (0,checkpoint/* safeEntryPath */.FB)(h.name);
        if (h.type === 'symlink')
            (0,checkpoint/* checkLinkTarget */.yl)(name, h.linkname ?? '');
        else if (h.type === 'link')
            throw new checkpoint/* UnsafePathError */.k0(`entry '${name}' is a hard link; checkpoints never contain hard links`);
        else if (h.type !== 'file' && h.type !== 'directory' && h.type !== 'contiguous-file')
            throw new checkpoint/* UnsafePathError */.k0(`entry '${name}' has the unexpected type '${h.type}'`);
        const entry = h.type === 'file' || h.type === 'contiguous-file' ? wanted.get(name) : undefined;
        if (!entry)
            return undefined; // (a second copy of a file already met is not wanted any more)
        if (h.size !== entry.size)
            throw new RestoreError(`file '${name}' in ${info.file} holds ${h.size} bytes but its manifest promises ${entry.size}: the checkpoint is corrupt or was tampered with`);
        const staged = stagingRoot === undefined ? undefined : external_node_path_default().join(stagingRoot, name);
        open = new StagedFile(name, info.file, entry, staged, (n, stat) => {
            wanted.delete(n);
            met++;
            if (stat)
                onWritten?.(entry, stat);
            open = undefined;
        });
        return open;
    });
    const decoder = await (0,compress/* decompressTo */.jQ)(info.compression, (chunk) => unpacker.write(chunk), {
        ...(local !== undefined ? { inputFile: local } : {}),
    });
    // Resolves with the digest of every compressed byte once they all went through.
    const feeding = source
        ? (async () => {
            // Short queues before the decompressor's input (64 KiB, not 1 MiB): while small files are extracted,
            // a downloaded Buffer that waited in a queue outlived two scavenges, was promoted, and stayed until
            // a full collection. The download waits in the socket instead. Restoring 665 MB peaked at 170-176 MiB
            // against 176-195 MiB (5 interleaved runs each). The FIFO writer keeps its 1 MiB: at 64 KiB the peak
            // was 159-170 MiB, but its many small writes took 0.5 s more user CPU (medians 3.69 vs 3.20 s).
            const tap = new checkpoint_digest/* DigestTap */.Ey(64 << 10);
            await (0,external_node_stream_promises_.pipeline)(source, tap, decoder.input);
            return { sha256: tap.sha256(), size: tap.bytes };
        })()
        : (0,checkpoint_digest/* digestFile */.TM)(local);
    /** Refuses an archive that is not the one the manifest names. */
    const checkDigest = (d) => {
        if (d.size !== info.size || d.sha256 !== info.sha256) {
            throw new RestoreError(`archive ${info.file} has sha256 ${d.sha256} and ${d.size} bytes, but its manifest says ${info.sha256} and ${info.size} bytes: it is corrupt, truncated or was tampered with`);
        }
    };
    // Handlers now, so an early failure is never an unhandled rejection.
    feeding.catch(() => undefined);
    let digest;
    try {
        [digest] = await Promise.all([feeding, decoder.done]);
        unpacker.end();
    }
    catch (error) {
        open?.close();
        source?.destroy();
        decoder.kill();
        const [fed, decoded] = await Promise.allSettled([feeding, decoder.done]);
        // Our own verdict on the content wins; else a failing source (a broken download) is the cause of the
        // truncation the decompressor then reports.
        const verdict = decoded.status === 'rejected' ? decoded.reason : error;
        if (verdict instanceof tar/* TarFormatError */.ZV)
            throw new RestoreError(`archive ${info.file} is damaged: ${verdict.message}`);
        if (verdict instanceof errors/* UserError */.yo || verdict instanceof checkpoint/* UnsafePathError */.k0)
            throw verdict;
        // All bytes read but the decompressor choked: the digest says plainly whether they were the right ones.
        if (fed.status === 'fulfilled')
            checkDigest(fed.value);
        // (EPIPE only says the decompressor stopped reading: its own error is the one to report.)
        if (fed.status === 'rejected' && fed.reason?.code !== 'EPIPE') {
            const cause = fed.reason;
            if (cause instanceof errors/* UserError */.yo)
                throw cause;
            throw new RestoreError(`reading archive ${info.file} from ${store.spec} failed: ${(0,errors/* errorMessage */.gJ)(cause)}`);
        }
        throw error;
    }
    checkDigest(digest);
    if (wanted.size)
        throw new RestoreError(`archive ${info.file} lacks ${wanted.size} file(s) its manifest lists (first: '${wanted.keys().next().value}'): it is truncated or was tampered with`);
    logger?.debug(`verified ${info.file}: ${met} file(s), ${info.size} bytes`);
}
/**
 * Stat facts of a file this restore wrote (renames keep them), kept on its entry: a map of them from
 * path was part of the restore's memory peak, and the class tells them from facts the entry came with.
 */
class WrittenFacts {
    mtimeMs;
    ino;
    dev;
    constructor(st) {
        this.mtimeMs = st.mtimeMs;
        this.ino = st.ino;
        this.dev = st.dev;
    }
}
/**
 * What restoring `manifest` (or its paths under `only`) into `dest` changes, with the entries to write
 * and the directories added whole. A function of its own so that its lookup map of every entry is freed
 * before the download: held to the end, it was part of the restore's memory peak.
 */
async function planOnDisk(manifest, dest, only) {
    const targetList = (0,checkpoint/* selectPaths */.LO)(manifest.entries, only);
    if (only && targetList.length === 0) {
        throw new errors/* UserError */.yo(`None of the paths ${only.map((p) => `'${p}'`).join(', ')} is in checkpoint '${manifest.id}' (it holds: ${manifest.paths.join(', ')}).`);
    }
    const target = new Map(targetList.map((e) => [e.path, e]));
    const current = await currentState(dest, only ?? manifest.paths, manifest, target);
    const changes = (0,checkpoint/* planRestore */.q8)(targetList, current);
    const toWrite = [...changes.added, ...changes.modified].map((p) => target.get(p));
    const addedDirs = new Set();
    for (let i = 0; i < changes.added.length; i++)
        if (toWrite[i].type === 'dir')
            addedDirs.add(toWrite[i].path);
    return { targetList, current, changes, toWrite, addedDirs };
}
/** The longest chain of parents followed; longer is a loop in all but name. */
const MAX_CHAIN = 10_000;
/**
 * The archive of every checkpoint in `manifest`'s chain of parents, by id, each manifest read once.
 * Refuses a chain that loops, and a file said to come from a checkpoint outside the chain: a manifest is
 * untrusted, and a chain is only what its parents say. A parent removed from the store ends the walk;
 * archives beyond such a gap are then read as they are named (each file is still checked by its hash).
 */
async function chainArchives(store, manifest) {
    const chain = new Map([[manifest.id, manifest.archive]]);
    let gap = false;
    for (let id = manifest.parent; id !== undefined;) {
        if (chain.has(id) || chain.size > MAX_CHAIN)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: its chain of parents loops back to '${id}'; the checkpoint is corrupt or was tampered with`);
        let parent;
        try {
            parent = await store.getManifest(id);
        }
        catch (error) {
            if (!(error instanceof checkpoint_store/* NotFoundError */.m_))
                throw error;
            gap = true;
            break;
        }
        chain.set(id, parent.archive);
        id = parent.parent;
    }
    for (const need of (0,checkpoint/* archivesNeeded */.jq)(manifest)) {
        if (chain.has(need))
            continue;
        if (!gap)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: it takes files from '${need}', which is not in its chain of parents; the checkpoint is corrupt or was tampered with`);
        chain.set(need, (await store.getManifest(need)).archive);
    }
    return chain;
}
/** Undoes killed restores into `dest` (placement.ts); refuses to go on when one could not be undone. */
function undoInterrupted(dest, logger) {
    const r = recoverInterrupted(dest);
    for (const name of r.rolledBack)
        logger?.warning(`An interrupted restore into ${dest} was undone (${name}): the workspace is as it was before it.`);
    if (r.stuck.length)
        throw new RestoreError(`an interrupted restore into ${dest} could not be fully undone; what is missing is in ${external_node_path_default().join(dest, r.stuck[0])} (its journal lists each move). Put it back, then run 'ci-recovery restore --repair --dest ${dest}'`);
}
async function restoreCheckpoint(opts) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const startedMs = Date.now();
    const dest = external_node_path_default().resolve(opts.dest);
    const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
    // The manifest's download and text are garbage now; nothing would free them before the planning
    // adds its own (see collectAll).
    (0,heap/* collectAll */._U)();
    opts.logger?.debug(`restore ${manifest.id}: manifest read at ${Date.now() - startedMs} ms`);
    let only;
    try {
        only = opts.paths?.length ? opts.paths.map((p) => (0,checkpoint/* safeEntryPath */.FB)(p, { allowRoot: true })) : undefined;
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Restore path refused: ${(0,errors/* errorMessage */.gJ)(error)}. Give paths relative to the workspace.`);
    }
    if (only?.includes('.'))
        only = undefined;
    const chain = await chainArchives(opts.store, manifest);
    // What a killed restore into this destination left is undone first: the plan must see the old state.
    if (!opts.dryRun)
        undoInterrupted(dest, opts.logger);
    const { targetList, current, changes, toWrite, addedDirs } = await planOnDisk(manifest, dest, only);
    opts.logger?.debug(`restore ${manifest.id}: planned in ${Date.now() - startedMs} ms`);
    const fileEntries = targetList.filter((e) => e.type === 'file');
    const files = fileEntries.length;
    const bytes = fileEntries.reduce((n, e) => n + (e.size ?? 0), 0);
    if (opts.dryRun)
        return { manifest, changes, restored: false, files, bytes };
    (0,heap/* collectAll */._U)();
    await (0,promises_.mkdir)(dest, { recursive: true });
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(dest, stagingPrefix()));
    let keepStaging = false;
    // Facts left on entries by an earlier restore of this same manifest object describe nothing now.
    for (const e of manifest.entries)
        if (e.stat instanceof WrittenFacts)
            e.stat = undefined;
    try {
        // 2. Fetch and verify every needed file into staging.
        // Entries are staged at their own relative path under staging/tree, so that a directory that is new
        // as a whole (the common case: restoring dist/ or node_modules/ into a fresh checkout) moves into
        // place with a single rename instead of one per file.
        const tree = external_node_path_default().join(staging, 'tree');
        const stagedAt = (p) => external_node_path_default().join(tree, p);
        const made = new Set();
        const stageDir = (p) => {
            if (made.has(p))
                return;
            (0,external_node_fs_.mkdirSync)(stagedAt(p), { recursive: true, mode: 0o700 });
            made.add(p);
        };
        const byArchive = new Map();
        for (const e of toWrite) {
            if (e.type === 'dir') {
                if (addedDirs.has(e.path))
                    stageDir(e.path);
                continue;
            }
            stageDir(external_node_path_default().posix.dirname(e.path));
            if (e.type === 'symlink')
                continue;
            const from = e.from ?? manifest.id;
            if (!byArchive.has(from))
                byArchive.set(from, new Map());
            byArchive.get(from).set(e.path, e);
        }
        for (const [id, wanted] of byArchive) {
            await extractArchive(opts.store, { archive: chain.get(id) }, wanted, tree, opts.logger, (e, st) => {
                e.stat = new WrittenFacts(st);
            });
        }
        // Links were checked when the manifest was read; they are made in staging like everything else.
        for (const e of toWrite)
            if (e.type === 'symlink')
                (0,external_node_fs_.symlinkSync)(e.target, stagedAt(e.path));
        opts.logger?.debug(`restore ${manifest.id}: verified and staged at ${Date.now() - startedMs} ms`);
        // 3. Swap into place, journal first (placement.ts).
        const applier = new Applier(dest, staging);
        try {
            // Below a removed directory there is nothing left to remove.
            for (const p of (0,checkpoint/* outermost */.J9)(changes.deleted))
                applier.remove(p);
            for (const e of toWrite) {
                // Inside a new directory: already moved with it.
                if (addedDirs.has(external_node_path_default().posix.dirname(e.path)))
                    continue;
                applier.place(e, stagedAt(e.path), e.type === 'dir' && addedDirs.has(e.path));
            }
            // A directory above a root that was already there is not ours to change (see currentState).
            const above = new Set((only ?? manifest.paths).flatMap(checkpoint/* ancestors */.T1));
            const made = new Set(changes.added);
            applier.finishModes(targetList.filter((e) => e.type === 'dir' && (!above.has(e.path) || made.has(e.path))));
            applier.commit();
        }
        catch (error) {
            if (!applier.undo()) {
                keepStaging = true;
                throw new PlacementError(`could not put restored files in place (${(0,errors/* errorMessage */.gJ)(error)}), and not everything could be put back: what is missing is in ${staging} (its journal lists each move); run 'ci-recovery restore --repair --dest ${dest}' once the cause is fixed`);
            }
            throw new PlacementError(`could not put restored files in place (${(0,errors/* errorMessage */.gJ)(error)}); everything was put back as it was`);
        }
    }
    catch (error) {
        if (error instanceof checkpoint/* UnsafePathError */.k0)
            throw new RestoreError(`checkpoint '${manifest.id}' refused: ${error.message}; the workspace was not changed`);
        if (error instanceof PlacementError)
            throw error;
        throw new RestoreError(`checkpoint '${manifest.id}' could not be restored: ${(0,errors/* errorMessage */.gJ)(error)}; the workspace was not changed`);
    }
    finally {
        (0,crash_points/* crashPoint */.u)();
        if (!keepStaging)
            await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    if (opts.manifestCache && !only) {
        // This machine's stat facts (of the files written, and of those that were already right) let the
        // next incremental save reuse hashes instead of re-reading every file. They go on the entries
        // themselves, which now describe `dest`: a copy of every entry would be the restore's memory peak.
        const before = new Map(current.map((c) => [c.path, c.stat]));
        for (const e of manifest.entries)
            if (e.type !== 'file')
                e.stat = undefined;
            else if (!(e.stat instanceof WrittenFacts))
                e.stat = before.get(e.path);
        await (0,save/* cacheLocalManifest */.vt)(opts.manifestCache, dest, { ...manifest, scanStartedMs: startedMs }).catch(() => undefined);
    }
    opts.logger?.debug(`restore ${manifest.id}: done at ${Date.now() - startedMs} ms`);
    opts.logger?.info(`Restored ${manifest.id} into ${dest}: ${changes.added.length} added, ${changes.modified.length} modified, ${changes.deleted.length} deleted, ${changes.unchanged} unchanged.`);
    return { manifest, changes, restored: true, files, bytes };
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/manage.ts
/** list, validate and cleanup over any store. */








/** The manifest of `id`, or why it cannot be read. */
async function readManifest(store, id) {
    try {
        return { id, manifest: await store.getManifest(id) };
    }
    catch (error) {
        return { id, error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * Complete checkpoints (and unreadable ones, with their error), oldest first. Each manifest is read and
 * summarized in turn, so a store of many large checkpoints is listed in the memory of one.
 */
async function listCheckpoints(store, filter = {}) {
    const all = [];
    for (const { id, at } of await manifestObjects(store)) {
        const { manifest, error } = await readManifest(store, id);
        if (manifest)
            all.push({ id, summary: (0,checkpoint/* summarize */.eh)(manifest), createdAt: new Date(manifest.createdAt) });
        else
            all.push({ id, error, ...(at ? { createdAt: new Date(at) } : {}) });
    }
    const keep = all.filter((c) => {
        const m = c.summary;
        if (!m)
            return Object.keys(filter).length === 0;
        return ((filter.job === undefined || m.job === filter.job) &&
            (filter.runId === undefined || m.runId === filter.runId) &&
            (filter.attempt === undefined || m.attempt === filter.attempt) &&
            (filter.stage === undefined || m.stage === filter.stage));
    });
    return keep.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
}
/** The checkpoints in the store by their manifest objects (rollback records left out), unread. */
async function manifestObjects(store) {
    return (await store.objects())
        .filter((o) => o.name.endsWith(checkpoint_store/* MANIFEST_SUFFIX */.OK) && !(0,checkpoint/* isRollbackRecord */.G6)(o.name))
        .map((o) => ({ id: o.name.slice(0, -checkpoint_store/* MANIFEST_SUFFIX */.OK.length), at: o.createdAt?.getTime() ?? 0 }));
}
/** The newest checkpoint (but `exceptId`), by its manifest object, that `read` can read and `accept` takes. */
async function newestWhere(store, read, accept, exceptId) {
    const candidates = (await manifestObjects(store))
        .filter((c) => c.id !== exceptId)
        .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const m = await read(c.id).catch(() => undefined);
        if (m && accept(m))
            return m;
    }
    return undefined;
}
/**
 * The newest complete checkpoint over exactly `paths` (an incremental's default parent), as read by
 * `read` (the caller's, so that a local copy with stat facts is preferred and read only once). Manifests
 * are read newest first and the search stops at the first match: one manifest read in the common case,
 * instead of one per checkpoint in the store.
 */
async function newestCheckpointOver(store, paths, exceptId, read) {
    let roots;
    try {
        roots = (0,save/* checkpointRoots */.y8)(paths);
    }
    catch {
        return undefined; // the save reports bad paths
    }
    return newestWhere(store, read, (m) => m.paths.join('\n') === roots.join('\n'), exceptId);
}
/** The checkpoint with the newest manifest in the store that can be read. */
function newestCheckpoint(store) {
    return newestWhere(store, (id) => store.getManifest(id), () => true);
}
/**
 * One job's checkpoints in a run, newest first (the latest attempt first, then the latest saved), each
 * manifest read only when the caller asks for the next: a resume stops at the first that restores, while
 * the run's store holds the checkpoints of every job of the run, and reading them all cost one manifest
 * download each. Ids the actions made carry their job and attempt (checkpointId), so other jobs' and
 * later attempts' are passed over unread; a name the user chose is read first to learn whose it is. A
 * candidate whose manifest cannot be read comes with `error`.
 */
async function* checkpointsOfJob(store, filter) {
    const inRange = (attempt) => filter.beforeAttempt === undefined || attempt < filter.beforeAttempt;
    const ours = (m) => m.job === filter.job && m.runId === filter.runId && inRange(m.attempt);
    const candidates = [];
    for (const { id, at } of await manifestObjects(store)) {
        const named = (0,checkpoint/* attemptInId */.m4)(id, filter);
        if (named === 'other-job')
            continue;
        if (named !== undefined) {
            if (inRange(named))
                candidates.push({ id, at, attempt: named });
            continue;
        }
        // Only a manifest read to learn it is this job's is kept until its turn.
        const read = await readManifest(store, id);
        if (read.manifest && ours(read.manifest))
            candidates.push({ id, at, attempt: read.manifest.attempt, read });
    }
    candidates.sort((a, b) => b.attempt - a.attempt || b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const read = c.read ?? (await readManifest(store, c.id));
        if (!read.manifest || ours(read.manifest))
            yield read;
    }
}
/**
 * Reads every archive the checkpoint needs, end to end, and checks each entry's path safety, each
 * file's size and sha256 and each archive's digest, without writing anything.
 */
async function validateCheckpoint(store, id, logger) {
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const problems = [];
    let manifest;
    try {
        manifest = await store.getManifest(id);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,errors/* errorMessage */.gJ)(error)], archives: [], files: 0, bytes: 0 };
    }
    const byArchive = new Map();
    for (const e of manifest.entries) {
        if (e.type !== 'file' || !e.from)
            continue;
        if (!byArchive.has(e.from))
            byArchive.set(e.from, new Map());
        byArchive.get(e.from).set(e.path, e);
    }
    const archives = [];
    let chain;
    try {
        chain = await chainArchives(store, manifest);
    }
    catch (error) {
        return { id, ok: false, problems: [(0,errors/* errorMessage */.gJ)(error)], archives, ...(0,checkpoint/* manifestStats */.P2)(manifest) };
    }
    for (const archiveId of (0,checkpoint/* archivesNeeded */.jq)(manifest)) {
        try {
            const archive = chain.get(archiveId);
            archives.push(archive.file);
            await extractArchive(store, { archive }, byArchive.get(archiveId), undefined, logger);
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
    if (!byArchive.has(manifest.id)) {
        try {
            archives.push(manifest.archive.file);
            await extractArchive(store, manifest, new Map(), undefined, logger);
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    const { files, bytes } = (0,checkpoint/* manifestStats */.P2)(manifest);
    return { id, ok: problems.length === 0, problems, archives, files, bytes };
}
/** Archives whose manifest never got written, found while no save of their name runs. */
const ARCHIVE = /\.tar\.(zst|gz)$/;
/**
 * Deletes checkpoints older than the retention, except those whose archives a younger checkpoint still
 * needs and the parents it is built on (incremental chains stay restorable and whole), and never anything
 * named like a rollback record. Then removes what killed saves left: archives without manifest, partial
 * files and claims whose owner is gone (owner.ts), and, with `dest`, undoes killed restores there.
 * A checkpoint's manifest goes before its archive, so a cleanup killed half-way leaves at most an
 * archive without manifest (which the next cleanup removes), never a listed checkpoint without archive.
 */
async function cleanupCheckpoints(store, opts) {
    const now = (opts.now ?? new Date()).getTime();
    const cutoff = now - opts.retentionDays * 86_400_000;
    const all = await listCheckpoints(store);
    const expired = (c) => (c.createdAt?.getTime() ?? Infinity) < cutoff;
    const needed = new Set();
    const parentOf = new Map();
    for (const c of all)
        if (c.summary?.parent)
            parentOf.set(c.id, c.summary.parent);
    const chained = new Set();
    for (const c of all) {
        if (!c.summary || expired(c))
            continue;
        for (const id of c.summary.needs)
            needed.add(id);
        for (let p = c.summary.parent; p && !chained.has(p); p = parentOf.get(p)) {
            chained.add(p);
            needed.add(p);
        }
    }
    const result = { deleted: [], leftovers: [], keptForChain: [], debris: [], staging: [] };
    const known = new Set(all.map((c) => c.id));
    for (const c of all) {
        if (!expired(c) || (0,checkpoint/* isRollbackRecord */.G6)(c.id))
            continue;
        if (needed.has(c.id)) {
            result.keptForChain.push(c.id);
            continue;
        }
        result.deleted.push(c.id);
        if (opts.dryRun)
            continue;
        await store.removeObject(`${c.id}${checkpoint_store/* MANIFEST_SUFFIX */.OK}`);
        if (c.summary)
            await store.removeObject(c.summary.archive.file);
    }
    for (const o of await store.objects()) {
        if ((0,checkpoint/* isRollbackRecord */.G6)(o.name) || !ARCHIVE.test(o.name))
            continue;
        const id = o.name.replace(ARCHIVE, '');
        if (known.has(id) || needed.has(id))
            continue;
        if (store.claim) {
            // Claimed for the removal, so that no save of this name can be writing it meanwhile.
            const release = await store.claim(id).catch(() => undefined);
            if (!release)
                continue;
            try {
                if (await store.getManifest(id).then(() => true, () => false))
                    continue;
                result.leftovers.push(o.name);
                if (!opts.dryRun)
                    await store.removeObject(o.name);
            }
            finally {
                await release();
            }
        }
        else if (expired(o) || now - (o.createdAt?.getTime() ?? now) > owner/* DEBRIS_MAX_AGE_MS */.Ir) {
            // A store without claims cannot tell a save in progress: only what is old enough goes.
            result.leftovers.push(o.name);
            if (!opts.dryRun)
                await store.removeObject(o.name);
        }
    }
    for (const name of (await store.unfinished?.())?.debris ?? []) {
        result.debris.push(name);
        if (!opts.dryRun)
            await store.removeUnfinished?.(name);
    }
    if (opts.dest && !opts.dryRun) {
        const r = recoverInterrupted(opts.dest, now);
        result.staging.push(...r.rolledBack, ...r.removed);
    }
    opts.logger?.info(`cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s), ${result.debris.length} unfinished object(s), ${result.staging.length} interrupted restore(s) removed${opts.dryRun ? ' (dry run)' : ''}.`);
    return result;
}

// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(95909);
// EXTERNAL MODULE: ../main/node_modules/simple-git/dist/index.mjs
var dist = __webpack_require__(50676);
// EXTERNAL MODULE: ./src/adapters/checkpoint/job.ts
var job = __webpack_require__(61158);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/resume.ts
/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */










/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
async function resumeFromPreviousAttempt(opts) {
    if (opts.attempt <= 1)
        return { resumed: false, completedStages: [] };
    const problems = [];
    const manifestCache = opts.manifestCache ?? (0,job/* defaultManifestCache */.Rb)();
    let candidates = 0;
    const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt };
    for await (const c of checkpointsOfJob(opts.store, earlier)) {
        candidates++;
        try {
            if (!c.manifest)
                throw new Error(c.error);
            const r = await restoreCheckpoint({
                store: opts.store,
                checkpoint: c.manifest,
                dest: opts.workspace,
                logger: opts.logger,
                ...(manifestCache ? { manifestCache } : {}),
            });
            opts.logger.info(`Resumed from checkpoint ${c.id} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                ...(problems.length ? { problems } : {}),
            };
        }
        catch (error) {
            problems.push(`${c.id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            opts.logger.warning(`Checkpoint ${c.id} cannot be resumed from: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (candidates === 0)
        opts.logger.info(`No checkpoint of an earlier attempt of job '${opts.job}' in run ${opts.runId}: starting from scratch.`);
    return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}
const AFTER_CHECKOUT = 'Put the ci-recovery step after actions/checkout (its pre still runs at job start, its post still runs last)';
/**
 * Why restoring into `workspace` now would be lost, or undefined when it is safe. actions/checkout deletes
 * the contents of a directory that is not a clone of the same repository (src/git-directory-helper.ts), so
 * a main that runs before it (no `.git` yet, or another repository's) must not restore.
 */
async function checkoutProblem(workspace, repo) {
    const notYet = `the workspace ${workspace} is not a clone of ${repo || 'the repository'} yet`;
    const wiped = 'actions/checkout, running after this step, would delete whatever is restored now';
    const git = await (0,promises_.lstat)(external_node_path_default().join(workspace, '.git')).catch(() => undefined);
    if (!git)
        return `${notYet}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    const origin = (await (0,dist/* simpleGit */.Lp)(workspace)
        .getConfig('remote.origin.url')
        .catch(() => undefined))?.value;
    const originRepo = origin?.toLowerCase().replace(/(\.git)?\/?$/, '');
    const sameRepo = !repo || !originRepo || [`/${repo}`, `:${repo}`].some((end) => originRepo.endsWith(end.toLowerCase()));
    if (!sameRepo)
        return `the workspace ${workspace} is a clone of ${origin}, not of ${repo}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    return undefined;
}
/**
 * The completed stages a run/ step may skip: a stage that completed in an earlier attempt counts only
 * while the files of the checkpoint main restored are in the workspace. A step between main and this
 * one (a later actions/checkout, a clean) may have removed them; then those stages run again.
 */
async function stagesStillComplete(stages, env, logger) {
    const id = env[state_keys/* RESUMED_FROM_ENV */.vg];
    if (!id || stages.length === 0)
        return stages;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const cache = (0,job/* defaultManifestCache */.Rb)(env);
    const manifest = cache ? await (0,save/* readCachedManifest */.Wd)(cache, id, workspace).catch(() => undefined) : undefined;
    if (!manifest) {
        logger.warning(`ci-recovery: cannot tell whether the files of checkpoint ${id} are still in the workspace (its manifest is not in RUNNER_TEMP): stages ${stages.join(', ')} run again.`);
        return [];
    }
    const missing = missingEntries(manifest, workspace);
    if (missing.length === 0)
        return stages;
    const restored = new Set(manifest.completedStages);
    logger.warning(`ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${[...restored].join(', ')} run again.`);
    return stages.filter((s) => !restored.has(s));
}
/**
 * Up to `max` entries of `m` that are not in `dir` with their type (contents may have changed since).
 * With the scan's own synchronous lstat: a checkpoint of node_modules has tens of thousands of entries.
 */
function missingEntries(m, dir, max = 3) {
    const missing = [];
    for (const e of m.entries)
        if ((0,checkpoint_scan/* entryOf */.Ms)(external_node_path_default().join(dir, e.path), e.path)?.type !== e.type && missing.push(e.path) >= max)
            break;
    return missing;
}

// EXTERNAL MODULE: ./src/adapters/checkpoint/path-globs.ts
var path_globs = __webpack_require__(99296);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/lookup.ts
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */


/** Every archive the checkpoint's chain needs has a readable manifest and is present in the store. */
async function lookupCheckpoint(store, manifest) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,checkpoint/* archivesNeeded */.jq)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,errors/* errorMessage */.gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return { usable: true };
}

;// CONCATENATED MODULE: ./src/adapters/checkpoint/index.ts
/**
 * Checkpoint API used by the actions, the CLI and the root action's resume:
 * `openStore`, `saveCheckpoint`, `restoreCheckpoint`, `listCheckpoints`, `validateCheckpoint`,
 * `cleanupCheckpoints`, `resumeFromPreviousAttempt`, and the in-job helpers (`checkpointStage`, ...).
 */













/***/ })

};
