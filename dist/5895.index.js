export const id = 5895;
export const ids = [5895];
export const modules = {

/***/ 72811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ artifactServiceAvailable)
/* harmony export */ });
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13302);
/**
 * Whether the job has the Results service, apart from the protocol (artifact-protocol.ts): asking must
 * not load `@actions/http-client` and the undici it imports at its top (about 0.1 s of CPU per process),
 * which a save to a `dir:` store off a runner never uses.
 */

/** Whether this process runs in a job that can upload artifacts (the runner gave it the Results service). */
function artifactServiceAvailable() {
    const { token, resultsUrl } = (0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_0__/* .readJobEnv */ .l)().runtime;
    return Boolean(token && resultsUrl);
}


/***/ }),

/***/ 95895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckpointExistsError: () => (/* reexport */ adapters_store/* CheckpointExistsError */.V9),
  DEFAULT_EXCLUDE: () => (/* reexport */ scan/* DEFAULT_EXCLUDE */.lx),
  DirStore: () => (/* reexport */ adapters_store/* DirStore */.VW),
  LAST_CHECKPOINT_ENV: () => (/* reexport */ state_keys/* LAST_CHECKPOINT_ENV */.wp),
  NoFilesFoundError: () => (/* reexport */ step/* NoFilesFoundError */.bM),
  NotFoundError: () => (/* reexport */ adapters_store/* NotFoundError */.m_),
  RestoreError: () => (/* reexport */ extract/* RestoreError */.DZ),
  checkoutProblem: () => (/* reexport */ checkoutProblem),
  checkpointRunner: () => (/* reexport */ checkpointRunner),
  checkpointStage: () => (/* reexport */ checkpointStage),
  checkpointsNewestFirst: () => (/* reexport */ checkpointsNewestFirst),
  checkpointsOfJob: () => (/* reexport */ checkpointsOfJob),
  cleanupCheckpoints: () => (/* reexport */ cleanupCheckpoints),
  defaultJournalDir: () => (/* reexport */ journal_dir/* defaultJournalDir */.am),
  defaultManifestCache: () => (/* reexport */ step/* defaultManifestCache */.Rb),
  forgetPublishNotes: () => (/* reexport */ adapters_keyed/* forgetPublishNotes */.AJ),
  jobContext: () => (/* reexport */ step/* jobContext */.Rl),
  leaveTopTierOut: () => (/* reexport */ heap/* leaveTopTierOut */.np),
  listCheckpoints: () => (/* reexport */ listCheckpoints),
  loadManifest: () => (/* reexport */ local_manifest/* loadManifest */.eY),
  lookupCheckpoint: () => (/* reexport */ lookupCheckpoint),
  newestCheckpoint: () => (/* reexport */ newestCheckpoint),
  newestCheckpointOver: () => (/* reexport */ newestCheckpointOver),
  openJobStore: () => (/* reexport */ openJobStore),
  openStore: () => (/* reexport */ adapters_open/* openStore */.C),
  realWorkspace: () => (/* reexport */ realWorkspace),
  recoverInterrupted: () => (/* reexport */ placement_recovery/* recoverInterrupted */.j),
  repairDestination: () => (/* reexport */ repairDestination),
  resolveCheckpointPaths: () => (/* reexport */ path_globs/* resolveCheckpointPaths */.N),
  restoreCheckpoint: () => (/* reexport */ restore/* restoreCheckpoint */.vQ),
  restoreJournals: () => (/* reexport */ step/* restoreJournals */.xi),
  resumeFromPreviousAttempt: () => (/* reexport */ resumeFromPreviousAttempt),
  rootPlaceOf: () => (/* reexport */ rootPlaceOf),
  saveCheckpoint: () => (/* reexport */ saveCheckpoint),
  stagesStillComplete: () => (/* reexport */ stagesStillComplete),
  treeDigest: () => (/* reexport */ scan/* treeDigest */.fZ),
  validateCheckpoint: () => (/* reexport */ validateCheckpoint),
  withFileProgress: () => (/* reexport */ file_progress/* withFileProgress */.y)
});

// EXTERNAL MODULE: ./src/checkpoint/adapters/open.ts
var adapters_open = __webpack_require__(87763);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checkpoint/core/index.ts + 4 modules
var core = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/checkpoint/core/step.ts
var step = __webpack_require__(84004);
// EXTERNAL MODULE: ./src/checkpoint/adapters/heap.ts
var heap = __webpack_require__(87841);
// EXTERNAL MODULE: ./src/checkpoint/adapters/compress.ts
var compress = __webpack_require__(19259);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/compress-first.ts
/**
 * An incremental save's compressor: zstd inside node while the archive is small, and the `zstd` binary
 * on every core only when it is not. An incremental with 1 % changed packs a few MB, and starting the
 * binary cost more than compressing them: two processes (`zstd --version`, then the compressor), ~30 ms
 * of this process's CPU to spawn them (profiled, Node 24), plus their own.
 */



/** Bytes of tar compressed inside node before the binary takes over: about what spawning it costs. */
const IN_PROCESS_BYTES = 16 << 20;
/** zlib's zstd compressor (Node 22.15+; the action runs on node24); undefined in a Node without one. */
function zstdFactory() {
    return (external_node_zlib_default()).createZstdCompress;
}
/** Whether this Node can compress zstd itself. */
const canZstdInProcess = () => zstdFactory() !== undefined;
const writeTo = (w, chunk) => new Promise((resolve, reject) => void w.write(chunk, (e) => (e ? reject(e) : resolve())));
/**
 * The codec: zstd in node at `level` while at most `limit` bytes are written; past them, the codec `rest`
 * makes (the binary) compresses everything, the first bytes again (node's output is dropped); undefined
 * where this Node has no zstd. Where `rest` gives none (no binary on PATH), node compresses it all. The
 * archive is one zstd frame either way: node's decompressor (a restore without the binary) reads only a
 * stream's first frame.
 */
function zstdFirstInProcess(level, rest, limit = IN_PROCESS_BYTES) {
    const create = zstdFactory();
    if (!create)
        return undefined;
    const stage = firstStage(create({ chunkSize: 256 * 1024, params: { [(external_node_zlib_default()).constants.ZSTD_c_compressionLevel]: level } }));
    const { first, output, settle } = stage;
    const input = stageInput(stage, rest, limit);
    const kill = () => {
        settle.reject(new Error('compressing the checkpoint: stopped'));
        first.destroy();
        void stage.second?.then((codec) => codec?.kill(), () => undefined);
        output.destroy();
        input.destroy();
    };
    return { input, output, done: stage.done, kill };
}
/** Node's compressor wired to hold its output, and the promise that settles with the archive. */
function firstStage(first) {
    const output = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    let settle;
    const done = new Promise((resolve, reject) => (settle = { resolve, reject }));
    // awaited by the caller, which says why it failed; never an unhandled rejection meanwhile
    done.catch(() => undefined);
    const held = [];
    const hold = (chunk) => void held.push(chunk);
    first.on('data', hold);
    const firstEnded = new Promise((resolve) => first.on('end', resolve));
    first.on('error', (error) => {
        const failed = new Error(`compressing the checkpoint: ${error.message}`);
        settle.reject(failed);
        output.destroy(failed);
    });
    return { first, output, held, hold, settle, firstEnded, done };
}
/** Node's output from now on straight to the archive: nothing else will compress it. */
function streamFirst(stage) {
    stage.first.off('data', stage.hold);
    for (const chunk of stage.held.splice(0))
        stage.output.write(chunk);
    stage.first.pipe(stage.output, { end: false });
}
/**
 * Past the limit: the binary takes over from the first byte, or node goes on where there is none. The
 * bytes given so far are not copied as they come in case of this (every incremental paid for the copy,
 * up to 7 ms of CPU per MB where fresh pages fault in from the host, as on the bench's VM): node's frame
 * is ended, and what it output, decompressed, is every byte given so far, which the binary compresses again.
 */
async function spill(stage, rest) {
    const codec = await rest();
    if (!codec) {
        streamFirst(stage);
        return undefined;
    }
    // Taken at once: a binary killed or failed while node's frame ends would otherwise reject unhandled,
    // which ends the process.
    codec.done.then(stage.settle.resolve, stage.settle.reject);
    try {
        const given = await givenSoFar(stage.first, stage.held);
        codec.output.on('error', (error) => stage.output.destroy(error));
        codec.output.pipe(stage.output);
        await writeTo(codec.input, given);
        return codec;
    }
    catch (error) {
        // (a codec stopped meanwhile: the binary goes too)
        codec.kill();
        throw error;
    }
}
/** Ends node's frame and returns every byte given to it, from what it output (`held`). */
async function givenSoFar(first, held) {
    if (first.destroyed)
        throw new Error('compressing the checkpoint: stopped');
    const ended = new Promise((resolve) => {
        first.once('end', () => resolve(true));
        first.once('close', () => resolve(first.readableEnded));
    });
    first.end();
    if (!(await ended))
        throw new Error('compressing the checkpoint: stopped');
    return external_node_zlib_default().zstdDecompressSync(Buffer.concat(held.splice(0)));
}
/** The codec's input: node's compressor up to `limit` bytes, then the binary's (or node's still). */
function stageInput(stage, rest, limit) {
    let written = 0;
    return new external_node_stream_.Writable({
        highWaterMark: 1 << 20,
        write(chunk, _encoding, callback) {
            written += chunk.length;
            // Done with a chunk only once it is consumed: the tar packer then reuses its buffer.
            if (!stage.second && written <= limit)
                return void writeTo(stage.first, chunk).then(() => callback(), callback);
            stage.second ??= spill(stage, rest);
            stage.second
                .then((codec) => writeTo(codec?.input ?? stage.first, chunk))
                .then(() => callback(), callback);
        },
        final(callback) {
            void (stage.second ?? Promise.resolve(undefined)).then(async (codec) => {
                if (codec)
                    return void (codec.input.end(), callback());
                stage.first.end();
                await stage.firstEnded;
                for (const chunk of stage.held.splice(0))
                    stage.output.write(chunk);
                stage.output.end();
                stage.settle.resolve();
                callback();
            }, callback);
        },
    });
}
/**
 * An incremental save's compressor (see the top of this file) at `level`; undefined where this Node has
 * no zstd (the caller spawns the binary from the start, as for a full save).
 */
function incrementalCompressor(level, limit = IN_PROCESS_BYTES) {
    const binary = async () => (await (0,compress/* hasZstd */.UZ)()) ? (0,compress/* compressor */.e)('zstd', level) : undefined;
    return zstdFirstInProcess(level, binary, limit);
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/store.ts
var adapters_store = __webpack_require__(66906);
// EXTERNAL MODULE: ./src/checkpoint/adapters/keyed.ts
var adapters_keyed = __webpack_require__(83057);
// EXTERNAL MODULE: ./src/checkpoint/adapters/keyed-store.ts
var keyed_store = __webpack_require__(84385);
// EXTERNAL MODULE: ./src/checkpoint/adapters/restored-state.ts
var restored_state = __webpack_require__(65357);
// EXTERNAL MODULE: ./src/checkpoint/core/restored-state.ts
var core_restored_state = __webpack_require__(56088);
// EXTERNAL MODULE: ./src/checkpoint/adapters/local-manifest.ts
var local_manifest = __webpack_require__(43024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/checkpoint/adapters/scan.ts
var scan = __webpack_require__(10318);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/save-plan.ts
/**
 * What a save records and chains onto, decided before the walk: its roots, the paths it leaves out, and
 * the parent it is incremental on (or none: a full save).
 */






/** The checkpoint's roots as its manifest records them: normalized, without repeats. */
function checkpointRoots(paths) {
    const roots = [
        ...new Set(paths.map((p) => {
            try {
                return (0,core/* safeEntryPath */.FB)(p, { allowRoot: true });
            }
            catch (error) {
                throw new errors/* UserError */.yo(`Checkpoint path '${p}' must be relative to the workspace and stay inside it (${(0,errors/* errorMessage */.gJ)(error)}).`);
            }
        })),
    ];
    if (roots.length === 0)
        throw new errors/* UserError */.yo("No paths to checkpoint: set 'paths' (for example '.' or 'dist node_modules').");
    return roots;
}
/** The globs left out (saveExclusions), plus a local store inside the workspace, which must not checkpoint itself. */
function excludedPaths(opts, workspace, roots) {
    const exclude = (0,scan/* saveExclusions */.xi)(roots, opts.exclude ?? [], opts.includeHidden === true);
    if (opts.store instanceof adapters_store/* DirStore */.VW) {
        const rel = external_node_path_default().relative(workspace, opts.store.dir).split((external_node_path_default()).sep).join('/');
        if (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) && !exclude.includes(rel))
            exclude.push(rel);
    }
    return exclude;
}
/**
 * Starts reading the parent this save names by id (see usableParent), so that the read and its parse
 * overlap the store's answer on whether the save's name is taken; undefined when there is none to read.
 */
function readParent(opts, workspace) {
    if (typeof opts.parent !== 'string' || opts.full)
        return undefined;
    const reading = (0,local_manifest/* loadManifest */.eY)(opts.store, opts.parent, opts.manifestCache, workspace);
    // awaited by usableParent, which says why it failed; unused when the save stops before that
    reading.catch(() => undefined);
    return reading;
}
/**
 * The parent this save is incremental on; undefined for a full save: when one is asked for, or when the
 * parent cannot be read (a warning says why), covers a root this save does not, or needs this very checkpoint.
 * `reading` is the read readParent started, if it did.
 */
async function usableParent(opts, workspace, roots, reading) {
    if (opts.parent === undefined || opts.full)
        return undefined;
    let parent;
    if (typeof opts.parent === 'string') {
        try {
            parent = await (reading ?? (0,local_manifest/* loadManifest */.eY)(opts.store, opts.parent, opts.manifestCache, workspace));
        }
        catch (error) {
            opts.logger?.warning(`Parent checkpoint '${opts.parent}' is unavailable (${(0,errors/* errorMessage */.gJ)(error)}); saving a full checkpoint.`);
        }
    }
    else
        parent = opts.parent;
    // A parent can describe this tree when every root it covers is one of this save's: a root it lacks (the
    // output of the stage just done) is new, and stored here. A root of its own that this save leaves out
    // would need a deletion the manifest cannot say.
    if (parent && !parent.paths.every((root) => roots.includes(root)))
        parent = undefined;
    // A checkpoint is never incremental on one that needs it (its name reused after it was removed):
    // the two would each need the other.
    if (parent && (parent.id === opts.id || (0,core/* archivesNeeded */.jq)(parent).includes(opts.id))) {
        opts.logger?.warning(`Parent checkpoint '${parent.id}' depends on '${opts.id}' itself; saving a full checkpoint.`);
        parent = undefined;
    }
    return parent;
}
/** A parent that expires sooner than this is not worth chaining onto: the save is full instead. */
const MIN_PARENT_LIFE_MS = 3_600_000;
/**
 * A checkpoint never outlives the parent it takes files from (an incremental kept 30 days on a parent
 * kept 1 day would be listed for 29 days and restore for none): in a store where objects expire, this
 * one expires with its parent at the latest, and is saved in full when the parent's expiry is unknown
 * (saved by an older version) or within the hour.
 */
function keptWithinParent(opts, parent) {
    const { store, logger } = opts;
    const ours = store.expiry?.();
    if (!parent || !ours || !store.expireBy)
        return parent;
    const theirs = parent.expiresAt ? Date.parse(parent.expiresAt) : NaN;
    if (!Number.isFinite(theirs) || theirs - Date.now() < MIN_PARENT_LIFE_MS) {
        logger?.info(`Parent checkpoint '${parent.id}' ${Number.isFinite(theirs) ? 'expires within the hour' : 'has no recorded expiry'}; saving a full checkpoint, so that it never outlives the files it needs.`);
        return undefined;
    }
    // A minute early: the recorded expiry of the parent is this side's estimate of the service's.
    if (ours.getTime() > theirs - 60_000) {
        store.expireBy(new Date(theirs - 60_000));
        logger?.info(`Checkpoint ${opts.id} expires with its parent '${parent.id}' at ${parent.expiresAt}, not later: it takes files from it.`);
    }
    return parent;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/exclude-audit.ts
/**
 * Which of the user's exclude globs left nothing out while something near them was saved. A glob matches a
 * whole path from the workspace root, case-sensitively (as upload-artifact's do): `*.pem` leaves out
 * `key.pem` but saves `secrets/key.pem`, and `Secrets` saves `secrets/`. That is what the glob says, but
 * rarely what its writer meant, and the file they meant to keep out is saved without a word. So the walk
 * tells the audit what each glob left out and what was taken; a glob that left out nothing, where the same
 * glob at any depth or in any case would have, gets a warning that names the file and the glob to write.
 */

const matcher = (glob, nocase = false) => {
    const re = picomatch_default().makeRe(glob, { dot: true, nocase });
    return (rel) => rel === glob || re.test(rel);
};
class ExcludeAudit {
    /** Globs that have left nothing out yet. */
    idle;
    constructor(globs) {
        this.idle = [...new Set(globs.filter((g) => g !== ''))].map((glob) => ({
            glob,
            matches: matcher(glob),
            ...(glob.includes('/') || glob.startsWith('**') ? {} : { deeper: matcher(`**/${glob}`) }),
            folded: matcher(glob, true),
        }));
    }
    /** The walk left `rel` out (it, or the directory it heads): the globs that match it did something. */
    leftOut(rel) {
        for (let i = this.idle.length - 1; i >= 0; i--)
            if (this.idle[i].matches(rel))
                this.idle.splice(i, 1);
    }
    /** The walk took `rel`: a glob near it that left nothing out may have meant it. */
    taken(rel) {
        for (const a of this.idle) {
            if (a.hint !== undefined)
                continue;
            if (a.deeper?.(rel))
                a.hint = `'${rel}' was saved: a glob matches whole paths from the workspace root, so write '**/${a.glob}' to leave it out at any depth`;
            else if (a.folded(rel))
                a.hint = `'${rel}' was saved: globs are case-sensitive, so write the name as it is on disk`;
        }
    }
    /** One line per glob that left nothing out while a near miss was saved. */
    findings() {
        return this.idle
            .filter((a) => a.hint !== undefined)
            .map((a) => `exclude '${a.glob}' left out nothing; ${a.hint}.`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/keyed-beside.ts
/**
 * A keyed path walked beside the stage's command: the rest of the checkpoint is walked and packed first,
 * the stage starts, and only then is the keyed path (a `node_modules` of tens of thousands of entries)
 * walked, by `lstat` as always. What the walk meets must be what was there before the stage started, so
 * every entry is held to its ctime, which every change moves and no one can set back (`utimes` sets
 * mtime, not ctime):
 * - an entry whose ctime is at or after the stage's start was changed by the stage: the walk cannot say
 *   what was there before, so the save fails (a checkpoint that claimed it could restore the stage's file
 *   as the pre-stage one);
 * - a directory's ctime is checked again once everything under it was walked: still before the start,
 *   no entry was added, removed or renamed in it meanwhile, so its listing, and each name's lstat, were
 *   the pre-stage ones;
 * - a file read beside the stage (hashed, or packed because it differs) is lstat-ed again after the read:
 *   the same inode, size, mtime and ctime say nothing wrote it while it was read (the hash pool checks the
 *   same facts by fstat for the keyed comparison's files);
 * - the keyed path and each directory above it are lstat-ed before the stage and again once the path was
 *   walked: the same inode, and the path's ctime still before the start (the walk goes by path, so a
 *   parent swapped for another directory, whose tree has old ctimes, would be walked in its stead).
 * A save failed this way notes it in the job's directory, and the job's later checkpoints walk that path
 * before their stage starts, as before (a stage that writes into its keyed path would fail each one).
 */



/**
 * Taken off the stage's start: the kernel stamps ctime from a clock read at its tick (4 ms at 250 Hz, 10 ms
 * at 100 Hz), so a write just after the spawn can carry a ctime a tick before `Date.now()` said. 20 ms
 * covers either with room; an entry changed in those 20 ms before the start fails the save, never worse.
 */
const CTIME_MARGIN_MS = 20;
/** The note in the job's directory that this keyed entry's path must be walked before the stage starts. */
const walkFirstNote = (jobDir, refId) => external_node_path_default().join(jobDir, `${refId}.differed`);
/** Every keyed path of the save: those compared with an entry, and those carried from the parent. */
const keyedRefs = (plan) => plan ? [...plan.matches.map((m) => m.ref), ...plan.carried] : [];
/**
 * The keyed paths to walk beside the stage, outermost first in walk order; none (walk everything before
 * the stage, as before) without a stage to start (`onPacked`), without a job directory to note a failure
 * in, when a checkpoint of this job found one of them changed once its stage had started, or where the
 * filesystem's ctime is not this machine's clock (sameClock).
 */
function pathsBesideStage(plan, onPacked, jobDir, workspace) {
    if (!plan || onPacked === undefined || jobDir === undefined)
        return [];
    const refs = keyedRefs(plan);
    if (refs.some((r) => (0,external_node_fs_.existsSync)(walkFirstNote(jobDir, r.id))))
        return [];
    if (!refs.every((r) => sameClock(jobDir, external_node_path_default().join(workspace, r.path))))
        return [];
    return refs.map((r) => r.path);
}
/** How many probes sameClock takes before it says no. */
const PROBES = 3;
/**
 * Whether the filesystem of `dir` stamps ctime from this process's clock: a file made in `jobDir` on the
 * same filesystem has a ctime within half the margin of `Date.now()`. A network filesystem stamps with its
 * server's clock: one behind ours would date the stage's writes before its start, and the path is walked
 * before the stage instead. A probe that cannot be made says no.
 *
 * The probe is taken up to PROBES times: on a loaded virtual machine the kernel's coarse clock can lag a
 * stalled tick (17 ms once in 85,000 probes here, beside a checkpoint test suite), which says nothing
 * about the filesystem; a server's clock off by more than the margin is off in every probe.
 */
function sameClock(jobDir, dir, now = Date.now) {
    try {
        (0,external_node_fs_.mkdirSync)(jobDir, { recursive: true });
        const dev = (0,external_node_fs_.lstatSync)(dir).dev;
        for (let i = 0; i < PROBES; i++) {
            const probe = probeFile(jobDir, now);
            // Another filesystem than the keyed path's: probing again cannot change that.
            if (probe.dev !== dev)
                return false;
            if (probe.inMargin)
                return true;
        }
        return false;
    }
    catch {
        // no probe, no proof: the path is walked before the stage, as it always was
        return false;
    }
}
/** One probe file made in `jobDir`: its device, and whether its ctime is within half the margin of `now`. */
function probeFile(jobDir, now) {
    const probe = external_node_path_default().join(jobDir, `.ctime-probe-${process.pid}`);
    const before = now();
    const fd = (0,external_node_fs_.openSync)(probe, 'w');
    const st = (0,external_node_fs_.fstatSync)(fd);
    (0,external_node_fs_.closeSync)(fd);
    (0,external_node_fs_.rmSync)(probe, { force: true });
    const after = now();
    return {
        dev: st.dev,
        inMargin: st.ctimeMs >= before - CTIME_MARGIN_MS / 2 && st.ctimeMs <= after + CTIME_MARGIN_MS / 2,
    };
}
/** The walk of the keyed paths once the stage has started: every check above, and the note on failure. */
class BesideStage {
    base;
    jobDir;
    refIds;
    /** Entries changed at or after this (ms, the ctime clock's) were changed by the stage. */
    since;
    constructor(base, jobDir, refIds, now = Date.now()) {
        this.base = base;
        this.jobDir = jobDir;
        this.refIds = refIds;
        this.since = now - CTIME_MARGIN_MS;
    }
    /** Each deferred root and the directories above it (dev:ino), as they were before the stage started. */
    held = new Map();
    /** Before the stage starts: `root` and the directories above it, which no check below looks at. */
    hold(root) {
        for (const p of [...(0,core/* ancestors */.T1)(root), root])
            this.held.set(p, this.identity(p));
    }
    /**
     * Once `root` was walked: it and the directories above it are still the ones held. The walk goes by path:
     * a directory above the root swapped for another (whose tree has old ctimes) would be walked instead.
     */
    stillThere(root) {
        for (const [p, was] of this.held)
            if ((p === root || (0,core/* isUnder */.Jo)(root, p)) && this.identity(p) !== was)
                this.fail(p, 'it was moved, replaced or removed');
        const st = (0,external_node_fs_.lstatSync)(this.base + root, { throwIfNoEntry: false });
        if (st && st.ctimeMs >= this.since)
            this.fail(root, 'it was moved or changed');
    }
    identity(p) {
        const st = (0,external_node_fs_.lstatSync)(this.base + p, { throwIfNoEntry: false });
        return st ? `${st.dev}:${st.ino}` : 'none';
    }
    /** An entry as the walk met it. */
    met(e) {
        if (e.stat !== undefined && e.stat.ctimeMs !== undefined && e.stat.ctimeMs < this.since)
            return;
        this.fail(e.path, 'its ctime is after the stage started');
    }
    /** A directory once everything under it was walked (or its listing failed). */
    left(rel, abs) {
        const st = (0,external_node_fs_.lstatSync)(abs, { throwIfNoEntry: false });
        if (!st)
            this.fail(rel, 'it was removed');
        else if (st.ctimeMs >= this.since)
            this.fail(rel, 'an entry was added, removed or renamed in it');
    }
    /** A file read beside the stage: still the one the walk met. */
    read(e) {
        if (e.type !== 'file')
            return;
        const st = (0,external_node_fs_.lstatSync)(this.base + e.path, { throwIfNoEntry: false });
        const s = e.stat;
        const same = st !== undefined &&
            s !== undefined &&
            st.ino === s.ino &&
            st.size === e.size &&
            st.mtimeMs === s.mtimeMs &&
            st.ctimeMs === s.ctimeMs;
        if (!same)
            this.fail(e.path, 'it was written while it was read');
    }
    fail(rel, why) {
        try {
            (0,external_node_fs_.mkdirSync)(this.jobDir, { recursive: true });
            for (const id of this.refIds)
                (0,external_node_fs_.writeFileSync)(walkFirstNote(this.jobDir, id), '');
        }
        catch {
            // without the note the job's next checkpoint walks beside its stage again, and fails alike: no worse
        }
        throw new Error(`'${rel}' changed once the stage had started, while its keyed path was walked beside the stage's command (${why}): this checkpoint is not saved, and the job's later checkpoints walk the path before their stage starts`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/checkpoint/core/tar.ts
var tar = __webpack_require__(37359);
// EXTERNAL MODULE: ./src/checkpoint/adapters/file-progress.ts
var file_progress = __webpack_require__(94181);
// EXTERNAL MODULE: ./src/checkpoint/adapters/digest.ts
var adapters_digest = __webpack_require__(13707);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/tar-pack.ts
/**
 * Writes a tar stream the way GNU tar does: into a few large block buffers that are handed to the output
 * (the compressor's stdin) whole. File content is read straight into the buffer after its header and
 * hashed in place, so a file's bytes are copied once (kernel to buffer) and nothing is allocated per file.
 * Only when the output falls behind does packing wait for a buffer to come back.
 * Hashing on a worker thread instead, from the same buffers made shared memory (a buffer back only once
 * both zstd and the thread were done with it), was measured and left out: on 2 cores it cost 6 % more CPU
 * (the thread's start, its messages) and no wall time was won, since zstd's threads take the other core;
 * a buffer waiting for the thread also held up the packing (300 MB, 6 interleaved pairs, load 5-9).
 */







const BUFFER_SIZE = 1 << 20;
const BUFFERS = 4;
/** Files up to this size are read with one call, straight behind their header. */
const SMALL_FILE = 256 * 1024;
class TarPacker {
    out;
    bufferSize;
    maxBuffers;
    free = [];
    allocated = 0;
    buf;
    off = 0;
    failed;
    waiting;
    scratch = Buffer.allocUnsafe(tar/* BLOCK */.IE);
    constructor(out, bufferSize = BUFFER_SIZE, maxBuffers = BUFFERS) {
        this.out = out;
        this.bufferSize = bufferSize;
        this.maxBuffers = maxBuffers;
        this.buf = this.take();
        out.on('error', (error) => this.fail(error));
    }
    throwIfFailed() {
        if (this.failed)
            throw this.failed;
    }
    fail(error) {
        this.failed ??= error;
        this.wake();
    }
    wake() {
        const w = this.waiting;
        this.waiting = undefined;
        w?.();
    }
    take() {
        const b = this.free.pop();
        if (b)
            return b;
        if (this.allocated >= this.maxBuffers)
            return undefined;
        this.allocated++;
        return Buffer.allocUnsafeSlow(this.bufferSize);
    }
    /** Hands the current buffer to the output and takes a free one, waiting for one when all are out. */
    async rotate() {
        if (this.failed)
            throw this.failed;
        const full = this.buf;
        const used = this.off;
        if (used > 0) {
            this.out.write(full.subarray(0, used), (error) => {
                if (error)
                    this.fail(error);
                this.free.push(full);
                this.wake();
            });
        }
        else {
            this.free.push(full);
        }
        let next = this.take();
        while (!next) {
            await new Promise((resolve) => (this.waiting = resolve));
            this.throwIfFailed();
            next = this.take();
        }
        this.buf = next;
        this.off = 0;
    }
    room() {
        return this.bufferSize - this.off;
    }
    put(bytes) {
        if (bytes.length <= this.room()) {
            bytes.copy(this.buf, this.off);
            this.off += bytes.length;
            return;
        }
        return this.putSlow(bytes);
    }
    async putSlow(bytes) {
        let at = 0;
        while (at < bytes.length) {
            if (this.room() === 0)
                await this.rotate();
            const n = Math.min(this.room(), bytes.length - at);
            bytes.copy(this.buf, this.off, at, at + n);
            this.off += n;
            at += n;
        }
    }
    async zeros(n) {
        let left = n;
        while (left > 0) {
            if (this.room() === 0)
                await this.rotate();
            const k = Math.min(this.room(), left);
            this.buf.fill(0, this.off, this.off + k);
            this.off += k;
            left -= k;
        }
    }
    /** A directory or symlink: a header only. A promise only when it had to wait for a buffer. */
    addEntry(h) {
        if (this.failed)
            throw this.failed;
        return this.put((0,tar/* encodeHeader */.YS)(h, this.scratch)) ?? undefined;
    }
    /** The header of the file being packed: one object, refilled for each file. */
    fileHeader = { name: '', type: 'file', mode: 0, size: 0, mtime: 0 };
    /**
     * A regular file the scan saw with `expectedSize` bytes, packed with the size and sha256 of the bytes
     * read, which are set on `out`. A small file is read with one call into place behind its header; a big
     * one, or one whose size changed since the scan, streams through the buffers with the size it has now.
     * Returns undefined when the file went in at once (the common case: no promise per file), else a
     * promise that settles once it is in.
     */
    addFile(name, mode, mtime, abs, expectedSize, out) {
        if (this.failed)
            throw this.failed;
        const h = this.fileHeader;
        h.name = name;
        h.mode = mode;
        h.mtime = mtime;
        const fd = openWalkedFile(abs, name);
        let waits = false;
        try {
            const inPlace = expectedSize <= SMALL_FILE ? this.packInPlaceChecked(fd, expectedSize, out) : 'big';
            if (inPlace === 'packed')
                return undefined;
            waits = true;
            return this.addFileLater(fd, expectedSize, out, inPlace === 'no-room');
        }
        finally {
            if (!waits)
                this.closeFile(fd);
        }
    }
    closeFile(fd) {
        (0,external_node_fs_.closeSync)(fd);
        (0,file_progress/* fileDone */.D)();
    }
    /** addFile when the file does not go in at once: in a fresh buffer when there was no room, else streamed. */
    async addFileLater(fd, expectedSize, out, noRoom) {
        try {
            if (noRoom) {
                await this.rotate();
                if (this.packInPlaceChecked(fd, expectedSize, out) === 'packed')
                    return;
            }
            await this.streamFile(fd, out);
        }
        finally {
            this.closeFile(fd);
        }
    }
    /**
     * packInPlace, where reading what is no regular file any more (a directory, a FIFO a writer holds, put
     * at the path since the walk) says so. A FIFO without a writer reads as empty: not its size (an empty
     * file's aside, packed as the empty file it was), so it is streamed, whose fstat says what it is.
     */
    packInPlaceChecked(fd, expectedSize, out) {
        try {
            return this.packInPlace(fd, expectedSize, out);
        }
        catch (error) {
            const code = error.code;
            if (NOT_A_FILE_READ.has(code ?? ''))
                throw replacedWhileSaved(this.fileHeader.name, NOT_A_FILE);
            throw error;
        }
    }
    /**
     * Reads the whole file behind its header in the current buffer. Nothing is packed when the buffer has
     * no room for it ('no-room') or the file is no longer `expectedSize` bytes long ('changed').
     */
    packInPlace(fd, expectedSize, out) {
        const h = this.fileHeader;
        h.size = expectedSize;
        const header = (0,tar/* encodeHeader */.YS)(h, this.scratch);
        const whole = header.length + expectedSize + (0,tar/* padding */.Ms)(expectedSize);
        // One extra byte of room tells a file that grew since the scan from one that did not.
        if (this.room() < whole + 1)
            return 'no-room';
        const start = this.off + header.length;
        const got = readFully(fd, this.buf, start, expectedSize + 1);
        if (got !== expectedSize)
            return 'changed';
        out.sha256 = (0,external_node_crypto_.hash)('sha256', this.buf.subarray(start, start + got));
        out.size = got;
        header.copy(this.buf, this.off);
        this.buf.fill(0, start + got, start + got + (0,tar/* padding */.Ms)(got));
        this.off = start + got + (0,tar/* padding */.Ms)(got);
        return 'packed';
    }
    async streamFile(fd, out) {
        const h = this.fileHeader;
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw replacedWhileSaved(h.name, NOT_A_FILE);
        const size = st.size;
        h.size = size;
        await this.put((0,tar/* encodeHeader */.YS)(h, this.scratch));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for (let pos = 0; pos < size;) {
            if (this.room() === 0)
                await this.rotate();
            const n = (0,external_node_fs_.readSync)(fd, this.buf, this.off, Math.min(this.room(), size - pos), pos);
            if (n === 0)
                throw new Error(`'${h.name}' shrank while it was being checkpointed`);
            hash.update(this.buf.subarray(this.off, this.off + n));
            this.off += n;
            pos += n;
        }
        await this.zeros((0,tar/* padding */.Ms)(size));
        out.sha256 = hash.digest('hex');
        out.size = size;
    }
    /** Ends the archive, hands over what is left and ends the output. */
    async finish() {
        await this.zeros(tar/* END_OF_ARCHIVE */.bM);
        await this.rotate();
        if (this.failed)
            throw this.failed;
        this.out.end();
    }
}
/** A file the walk met was gone when it was to be read (deleted mid-save): the save leaves it out. */
class GoneWhileSaved extends Error {
    name = 'GoneWhileSaved';
}
/**
 * Opens for reading the file the walk met at `abs` (openToRead): a symbolic link put at its name is not
 * read through, and a FIFO put there cannot block the thread for ever waiting for a writer. Against
 * accidents, not a hostile job: O_NOFOLLOW holds for the last name only, so a directory above it swapped
 * for a link (`mv d d.real; ln -s /outside d`) between walk and read is read through, and a file outside
 * the workspace saved under the name; the job's own code can copy any file it reads into the workspace
 * anyway. What it opened is checked to be a regular file only where its read came out other than the
 * walk's size (TarPacker.packInPlaceChecked, streamFile): an fstat per file made opening 20,000 small
 * files 1.35-1.67x slower. A new file under the name is taken, as a file that changed is ("stored as it
 * is now": a build's outputs are often replaced by a rename).
 */
function openWalkedFile(abs, name) {
    let fd;
    try {
        fd = (0,adapters_digest/* openToRead */.g1)(abs);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new GoneWhileSaved(name);
        if (code === 'ELOOP')
            throw replacedWhileSaved(name, 'a symbolic link');
        throw error;
    }
    return fd;
}
const NOT_A_FILE = 'something that is not a regular file';
/** What reading it says then: a directory, a FIFO (no positioned read, or no data yet). */
const NOT_A_FILE_READ = new Set(['EISDIR', 'ESPIPE', 'EAGAIN']);
function replacedWhileSaved(name, what) {
    return new errors/* UserError */.yo(`'${(0,core_text/* printablePath */.Vj)(name)}' was replaced by ${what} while the checkpoint read it: the workspace changed under the save, and nothing was saved; save again once nothing else writes to it`);
}
/**
 * Reads up to `len` bytes from the start of the file, until a read returns fewer than it asked for: for
 * a regular file that is its end, and a second read to see 0 cost a system call per file. (Where a file
 * system returns less before the end, the caller finds the size short of the scan's and streams the file.)
 */
function readFully(fd, buf, off, len) {
    let got = 0;
    while (got < len) {
        const want = len - got;
        const n = (0,external_node_fs_.readSync)(fd, buf, off + got, want, got);
        got += n;
        if (n < want)
            break;
    }
    return got;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/hash-pool.ts
// Loaded with the first worker, not at import: only a keyed path compared by content starts one, and
// node:worker_threads cost each process ~8-10 ms of CPU to load.
const workerThreads = () => process.getBuiltinModule('node:worker_threads');
// Run with `eval`, so the bundles need no second entry file (see digest-thread.ts). The same reads as
// digest.ts FileHasher: one reused buffer, a one-shot hash for a file that fits in it.
const WORKER_SOURCE = `
const { parentPort } = process.getBuiltinModule('node:worker_threads');
const { createHash, hash: oneShot } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, fstatSync, closeSync, constants: c } = process.getBuiltinModule('node:fs');
const buf = Buffer.allocUnsafeSlow(1 << 20);
// As digest.ts openToRead: a symlink put where a file was walked is not read through, and a FIFO's open
// does not wait for a writer that never comes (the job would hang to its time limit).
const OPEN = c.O_RDONLY | c.O_NOFOLLOW | c.O_NONBLOCK;
function open(file) {
  try { return openSync(file, OPEN); } catch (e) {
    if (e.code !== 'EAGAIN') throw e;
    return openSync(file, OPEN & ~c.O_NONBLOCK);
  }
}
function sha256(file, stats, i) {
  let fd;
  try { fd = open(file); } catch { return null; }
  try {
    if (!fstatSync(fd).isFile()) return null;
    let n = readSync(fd, buf, 0, buf.length, 0);
    let digest;
    if (n < buf.length) digest = oneShot('sha256', buf.subarray(0, n));
    else {
      const hash = createHash('sha256');
      for (let pos = 0; n > 0; n = readSync(fd, buf, 0, buf.length, pos)) {
        hash.update(buf.subarray(0, n));
        pos += n;
      }
      digest = hash.digest('hex');
    }
    // Once read: a write before this moved ctime, so equal facts mean the bytes hashed are those walked.
    const st = fstatSync(fd);
    stats.set([st.ino, st.size, st.mtimeMs, st.ctimeMs], i * 4);
    return digest;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', ({ id, files }) => {
  const stats = new Float64Array(files.length * 4).fill(NaN);
  const digests = files.map((f, i) => sha256(f, stats, i));
  parentPort.postMessage({ id, digests, stats }, [stats.buffer]);
});
`;
/** A batch is sent once it holds this many files or bytes: few messages, and every thread kept busy. */
const BATCH_FILES = 256;
const BATCH_BYTES = 16 << 20;
/** What a narrowed pool's one thread is given at most (a few tenths of a second of hashing). */
const NARROW_BYTES = 256 << 20;
class HashPool {
    narrow;
    narrowBytes;
    workers = [];
    /** Bytes sent to each worker and not yet answered: the next batch goes to the least loaded. */
    pending = [];
    waiting = new Map();
    batch = { files: [], bytes: 0, settle: [] };
    nextId = 0;
    failure;
    /** Batches held back while the pool is narrowed (`widen` sends them). */
    held = [];
    /**
     * `narrow`: until `widen`, one thread hashes, and no more than `narrowBytes` of files wait for it: the
     * walk keeps a core of its own when the stage waits for the walk only (keyed-compare.ts).
     */
    constructor(threads, narrow = false, narrowBytes = NARROW_BYTES) {
        this.narrow = narrow;
        this.narrowBytes = narrowBytes;
        for (let i = 0; i < Math.max(1, threads); i++) {
            const worker = new (workerThreads().Worker)(WORKER_SOURCE, { eval: true, execArgv: [] });
            worker.on('message', (reply) => this.answered(reply));
            worker.on('error', (error) => this.fail(error));
            worker.on('exit', () => this.fail(new Error('a thread hashing files stopped')));
            this.workers.push(worker);
            this.pending.push(0);
        }
    }
    /** The file's hex sha256 and its facts once read, or undefined when it cannot be read. Rejects when a thread fails. */
    digest(file, size) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.batch.files.push(file);
            this.batch.bytes += size;
            this.batch.settle.push((digest) => (this.failure ? reject(this.failure) : resolve(digest)));
            if (this.batch.files.length >= BATCH_FILES || this.batch.bytes >= BATCH_BYTES)
                this.flush();
        });
    }
    /** Sends the files asked for so far; call once the last is asked for. */
    flush() {
        const batch = this.batch;
        if (batch.files.length === 0 || this.failure)
            return;
        this.batch = { files: [], bytes: 0, settle: [] };
        if (this.narrow && (this.held.length > 0 || this.pending[0] >= this.narrowBytes))
            this.held.push(batch);
        else
            this.send(batch);
    }
    /** Every thread hashes from now on: the batches held back are shared out. */
    widen() {
        this.narrow = false;
        const held = this.held;
        this.held = [];
        for (const batch of held)
            this.send(batch);
    }
    send(batch) {
        if (this.failure)
            return;
        const worker = this.narrow ? 0 : this.pending.indexOf(Math.min(...this.pending));
        const id = this.nextId++;
        // A file counts at least a block: a batch of small files still costs its opens.
        const bytes = batch.bytes + batch.files.length * 4096;
        this.pending[worker] += bytes;
        this.waiting.set(id, { worker, bytes, batch });
        this.workers[worker].postMessage({ id, files: batch.files });
    }
    answered({ id, digests, stats }) {
        const sent = this.waiting.get(id);
        if (!sent)
            return;
        this.waiting.delete(id);
        this.pending[sent.worker] -= sent.bytes;
        sent.batch.settle.forEach((settle, i) => {
            const sha256 = digests[i];
            const at = i * 4;
            settle(sha256
                ? {
                    sha256,
                    ino: stats[at],
                    size: stats[at + 1],
                    mtimeMs: stats[at + 2],
                    ctimeMs: stats[at + 3],
                }
                : undefined);
        });
    }
    fail(error) {
        if (this.failure)
            return;
        this.failure = error;
        for (const { batch } of this.waiting.values())
            for (const settle of batch.settle)
                settle(undefined);
        for (const settle of this.batch.settle)
            settle(undefined);
        for (const batch of this.held)
            for (const settle of batch.settle)
                settle(undefined);
        this.held = [];
        this.waiting.clear();
    }
    /** Stops the threads; asks still unanswered reject. */
    async close() {
        this.fail(new Error('the hashing threads were stopped'));
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/keyed-compare.ts
/**
 * A save's comparison of its keyed paths with their entries, as the walk meets their entries: each entry
 * is compared by its stat at once, and a file compared by content is hashed on the pool's threads while
 * the walk goes on. Each hashed file's facts once read (fstat on the descriptor it was read through) must
 * equal the walk's: a file written after the walk met it moves its ctime, so what was hashed is what the
 * walk met. That lets the stage start before the hashes are in (`compared`): a file it changes
 * meanwhile fails the comparison, and never has the entry's content recorded for it.
 */




class KeyedComparison {
    matches;
    early;
    met = [];
    hashed = [];
    pool;
    /**
     * `matches`: every keyed path of the save, met by the walk or not (one not met misses its entries).
     * `early`: the stage may start once the walk is over (`compared`'s `start`): one thread hashes beside
     * the walk, which keeps a core of its own, and both once it is over.
     */
    constructor(matches = [], early = false) {
        this.matches = matches;
        this.early = early;
    }
    /** An entry of a keyed path, as the walk met it; `base` is the workspace with a trailing separator. */
    add(planned, match, base) {
        const e = planned.entry;
        this.met.push(planned);
        const at = match.meet(e);
        if (at === undefined)
            return;
        // Two threads, so that hashing keeps up with the walk (one fell a second behind it on 2 cores); one
        // until the walk is over where the stage waits for the walk only (`early`).
        this.pool ??= new HashPool(Math.min(2, (0,external_node_os_.availableParallelism)()), this.early);
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
    async compared(start, jobDir) {
        this.pool?.flush();
        this.pool?.widen();
        const started = start !== undefined &&
            this.hashed.length > 0 &&
            this.matches.every((m) => !m.verdict() && !differedBefore(m, jobDir));
        if (started)
            start();
        for (const { entry, match, at, digest } of this.hashed) {
            const d = await digest;
            if (d && !sameFacts(entry, d))
                match.differs(at, `'${entry.path}' changed while it was compared with the keyed entry`);
            else
                match.content(entry, at, d?.sha256);
        }
        if (started)
            for (const m of this.matches)
                refuseLate(m, jobDir);
        return this.met;
    }
    async close() {
        await this.pool?.close();
        this.pool = undefined;
    }
}
/** The note in the job's directory that a path differed from this entry once its stage had started. */
const differedNote = (m, jobDir) => walkFirstNote(jobDir, m.ref.id);
/** Whether this entry differed once a stage of this job had started: the later ones compare it first. */
const differedBefore = (m, jobDir) => jobDir !== undefined && (0,external_node_fs_.existsSync)(differedNote(m, jobDir));
/**
 * A keyed path found to differ once the stage started: this checkpoint is not saved, and the job's later
 * checkpoints compare the path before their stage starts (packing it, as the walk met it, if it differs).
 */
function refuseLate(m, jobDir) {
    const difference = m.verdict();
    if (!difference)
        return;
    if (jobDir) {
        try {
            (0,external_node_fs_.mkdirSync)(jobDir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(differedNote(m, jobDir), '');
        }
        catch {
            // without the note a later checkpoint starts its stage early again, and fails the same way: no worse
        }
    }
    throw new Error(`'${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}), found once the stage had started: nothing is taken from the entry, and this checkpoint is not saved`);
}
/** Whether a file read as `d` is the one the walk met: same inode, size, mtime and ctime (none recorded: not). */
function sameFacts(e, d) {
    const s = e.stat;
    return (s !== undefined &&
        d.ino === s.ino &&
        d.size === e.size &&
        d.mtimeMs === s.mtimeMs &&
        d.ctimeMs === s.ctimeMs);
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/crash-points.ts
var crash_points = __webpack_require__(98846);
// EXTERNAL MODULE: ./src/runner/adapters/checkout-head.ts
var checkout_head = __webpack_require__(41646);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/built-from.ts
/**
 * What a checkpoint's files were built from, which a resume compares with the attempt it restores into:
 * the commit the job started from (the clone's HEAD as main read it after actions/checkout: a step that
 * commits, a version bump, moves HEAD but not the sources the job started from) and the matrix leg's
 * values. A re-run of the same run with `ref: <branch>` checks out the branch's newest commit, and a
 * matrix an earlier job made may come in another order: a build of other sources or values restored
 * there would skip the build of these.
 */


/** The digest of a matrix leg's values (JobEnv.legValues), as a manifest records them. */
function legDigest(values) {
    return (0,external_node_crypto_.createHash)('sha256').update(values).digest('hex');
}
/**
 * The commit a save records: the one the job started from, as main read it (JobEnv.recovery.checkoutHead),
 * else (no main before this step) the workspace's HEAD now.
 */
function builtFromHead(startedFrom, workspace) {
    return startedFrom !== undefined ? Promise.resolve(startedFrom) : (0,checkout_head/* workspaceHead */.k)(workspace);
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/save-commit.ts
/**
 * A save's side of the store: whether the name is taken, the manifest of what was packed, the check that
 * the checkpoints it takes files from are still there, and the manifest's commit (with the local copy),
 * or the removal of this save's own archive when it fails before that.
 */







/** A checkpoint this save takes files from went away while it ran (a cleanup removed it). */
class ChainGoneError extends errors/* UserError */.yo {
    name = 'ChainGoneError';
}
/**
 * Checks, under the store's lock, that every checkpoint whose archive the new manifest needs is still
 * in the store: a cleanup may have removed the parent while this save was packing, and a manifest
 * committed on it would be listed as a checkpoint that can never be restored.
 */
async function checkChain(store, manifest) {
    const needed = (0,core/* storedArchivesNeeded */.m0)(manifest).filter((id) => id !== manifest.id);
    if (needed.length === 0)
        return;
    // The listing, not the manifests: reading a parent's manifest again costs its parse.
    const names = new Set((await store.objects()).map((o) => o.name));
    const gone = needed.find((id) => !names.has(`${id}${adapters_store/* MANIFEST_SUFFIX */.OK}`));
    if (gone)
        throw new ChainGoneError(`Checkpoint '${gone}', which ${manifest.id} takes files from, was removed from ${store.spec} while it was being saved (by a cleanup)`);
}
/** Whether the store has a manifest under `id` (a valid one or not: either way the name is taken). */
async function hasCheckpoint(store, id) {
    try {
        await store.getManifest(id);
        return true;
    }
    catch (error) {
        if (error instanceof adapters_store/* NotFoundError */.m_)
            return false;
        if (error instanceof core/* ManifestError */.Sh)
            return true;
        throw error; // (the store cannot be read: its own message says why)
    }
}
/**
 * Removes the archive of a save that failed before its manifest was stored, where the store let this
 * process claim the name (no manifest names the archive, and no other save can be writing it).
 */
async function dropOwnArchive(store, file) {
    // best effort: an archive left behind is debris a clean-up removes
    if (store.claim)
        await store.removeObject(file).catch(() => undefined);
}
/** The manifest of this save: the job it was taken in, every entry of the tree, and its archive. */
function manifestOf(opts, s) {
    const { parent, packed } = s;
    const expiresAt = opts.store.expiry?.()?.toISOString();
    return {
        format: core/* MANIFEST_FORMAT */.Sn,
        id: opts.id,
        kind: parent ? 'incremental' : 'full',
        ...(parent ? { parent: parent.id } : {}),
        paths: s.roots,
        exclude: s.exclude,
        stage: opts.meta.stage,
        job: opts.meta.job,
        runId: opts.meta.runId,
        attempt: opts.meta.attempt,
        ...(opts.meta.lane ? { lane: opts.meta.lane } : {}),
        ...(opts.meta.commit ? { commit: opts.meta.commit } : {}),
        ...(opts.meta.branch ? { branch: opts.meta.branch } : {}),
        ...(opts.meta.legValues ? { leg: legDigest(opts.meta.legValues) } : {}),
        ...(s.head ? { head: s.head } : {}),
        completedStages: opts.meta.completedStages ?? [],
        ...(opts.meta.stageDurations ? { stageDurations: opts.meta.stageDurations } : {}),
        ...(opts.meta.roots?.length ? { roots: opts.meta.roots } : {}),
        ...keyedOf(packed.planner.entries, s.keyed, parent),
        createdAt: new Date().toISOString(),
        scanStartedMs: s.scanStartedMs,
        timings: s.timings,
        entries: packed.planner.entries,
        changed: packed.changed,
        deleted: packed.planner.deleted(),
        ...(packed.report.skipped.length ? { leftOut: packed.report.skipped.length } : {}),
        ...(expiresAt ? { expiresAt } : {}),
        archive: {
            file: s.file,
            compression: s.compression,
            sha256: packed.archive.sha256,
            size: packed.archive.size,
            entries: packed.changed.length,
        },
    };
}
/** The keyed entries the entries take files from: this save's, then those its parent recorded. */
function keyedOf(entries, plan, parent) {
    const sources = [plan?.matches.map((m) => m.ref), plan?.carried, parent?.keyed];
    // No keyed entry to take files from: no pass over every entry to find which are used (~5 ms of 20,000).
    if (!sources.some((s) => s?.length))
        return {};
    const refs = (0,core/* keyedRefsUsed */.Mu)(entries, ...sources);
    return refs.length ? { keyed: refs } : {};
}
/**
 * The commit under the store's lock, where it has one: the chain checked, then the manifest stored
 * (commitManifest; `pre`, its entries encoded already). The chain is listed only once the archive is
 * stored: a listing taken earlier would miss a parent a cleanup removes while the archive's tail uploads.
 */
async function commitChecked(opts, manifest, workspace, t0, pre) {
    const unlock = await opts.store.lock?.();
    try {
        await checkChain(opts.store, manifest);
        return await commitManifest(opts, manifest, workspace, t0, pre);
    }
    finally {
        await unlock?.();
    }
}
/**
 * Stores the manifest, which commits the checkpoint, and keeps the local copy once the store has it. A
 * manifest the store refuses leaves neither this save's archive nor a local copy behind. Returns the
 * stored manifest's sha256 (the store's own, where it hashed the bytes as it stored them). `pre`: its entries, encoded already (encodeEntries), if they were.
 */
async function commitManifest(opts, manifest, workspace, t0, pre) {
    const encoded = (0,core/* encodeManifest */.Gb)(manifest, pre);
    const storingManifest = opts.store.putManifest(manifest.id, encoded.stored);
    // awaited below; never an unhandled rejection meanwhile
    storingManifest.catch(() => undefined);
    // The local copy is written while the store uploads, and put in place once the store has the manifest.
    const localCopy = opts.manifestCache
        ? await (0,local_manifest/* stageLocalManifest */.d6)(opts.manifestCache, manifest.id, workspace, encoded.local()).catch(
        // the local copy only spares a rescan: without it the save goes on
        () => undefined)
        : undefined;
    opts.logger?.debug(`checkpoint ${opts.id}: local copy written at ${Date.now() - t0} ms`);
    (0,crash_points/* crashPoint */.u)();
    let digest;
    try {
        digest = await storingManifest;
    }
    catch (error) {
        await dropOwnArchive(opts.store, manifest.archive.file);
        await localCopy?.drop();
        throw error;
    }
    // best effort: the local copy only spares a rescan
    await localCopy?.keep().catch(() => undefined);
    // An upload hashed these very bytes already (for a 6 MB manifest a second pass is a few ms).
    return digest ?? (0,adapters_digest/* storedDigest */.iZ)(encoded.stored);
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/save-pack.ts
/**
 * A save's walk of the tree, streamed through tar -> compressor -> store in one pass: each stored file is
 * read once, straight into the tar buffer, and its sha256 computed from those same bytes. Entries of a
 * keyed path wait for the verdict on the whole path, taken from its entry or packed.
 */












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
async function packTree(opts, tree) {
    const { workspace } = tree;
    const codec = tree.codec?.() ?? (await (0,compress/* compressor */.e)(tree.compression, opts.level ?? 3));
    const storing = opts.store.putArchive(tree.file, codec.output);
    // Awaited below; handlers now so an early failure is never an unhandled rejection.
    codec.done.catch(() => undefined);
    const packer = new TarPacker(codec.input);
    const planner = new core/* IncrementalPlanner */.zh(tree.parent);
    const report = { missingRoots: [], skipped: [], audit: new ExcludeAudit(opts.exclude ?? []) };
    // Hard links are kept as links, except in a keyed entry and beside one: a keyed comparison takes each
    // file from its entry's archive under its own name.
    if (!opts.copyHardLinks && !tree.keyed)
        report.inodes = new Map();
    const changed = [];
    let storedBytes = 0;
    let scanMs = 0;
    const hasher = new adapters_digest/* FileHasher */.gp();
    // Entry paths are normalized and relative (the walk's own): joined by concatenation, since path.join
    // re-normalizes each one character by character.
    const base = workspace.endsWith((external_node_path_default()).sep) ? workspace : `${workspace}${(external_node_path_default()).sep}`;
    // A store that fails mid-way (an upload error) stops reading: without this the packer would wait for
    // its buffers forever.
    const storeFailed = new Promise((_, reject) => void storing.catch(reject));
    const goneWhenRead = new GoneWhenRead(report);
    const storePlanned = async (planned) => {
        const e = planned.entry;
        if (e.link !== undefined)
            return storeLink(packer, planned, changed);
        if ((0,core/* worthRehashing */.GZ)(planned))
            (0,core/* reuseIfSameContent */.Li)(planned, hasher.sha256(external_node_path_default().join(workspace, e.path)));
        if (!planned.store)
            return;
        (0,crash_points/* crashPoint */.u)();
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
    const visit = (scanned, beside) => {
        const planned = planner.plan(scanned);
        const match = matches.length > 0 ? matches.find((m) => m.covers(planned.entry.path)) : undefined;
        if (match)
            keyed.add(planned, match, base);
        else if (planned.store || planned.entry.link !== undefined)
            return storePlanned(planned).then(() => beside?.read(planned.entry));
        return undefined;
    };
    const writeAll = async () => {
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
        for (const [link, file] of report.linked ?? [])
            takeFileFacts(link, file);
    };
    let failed = false;
    try {
        await Promise.race([writeAll(), storeFailed]);
        // Entries encoded once the stage started (before it, 45,000 held it 48-167 ms), unless the save failed.
        const walked = afterStarted(handBack(), () => failed || tree.onWalked?.(planner, changed));
        const [archive] = await Promise.all([storing, codec.done, walked]);
        return { archive, planner, changed, storedBytes, scanMs, report };
    }
    catch (error) {
        failed = true;
        await abandon(codec, storing, opts.store, tree.file);
        throw error;
    }
    finally {
        await keyed.close();
    }
}
/**
 * Walks the tree for `visit`. The keyed paths that can be are left out, the stage is started once the rest
 * is walked, and they are walked beside its command (keyed-beside.ts says why that is safe): returns that
 * walk's checks, or undefined when everything was walked before the stage.
 */
async function walkAll(w) {
    const { opts, tree, planner } = w;
    const workspace = w.base.slice(0, -1);
    const deferred = [];
    const hooks = {
        defer: new Set(pathsBesideStage(tree.keyed, opts.onPacked, opts.manifestCache, workspace)),
        deferred: (root) => deferred.push({ at: planner.entries.length, root }),
    };
    // The keyed entries' manifests serve only the walk of their paths: read where it is.
    const readEntries = () => tree.keyed?.matches.forEach((m) => m.read());
    if (hooks.defer?.size === 0)
        readEntries();
    let walked = 0;
    for (const scanned of (0,scan/* walkTree */.Ir)(workspace, tree.roots, tree.exclude, w.report, hooks)) {
        if (++walked % YIELD_EVERY === 0)
            await (0,promises_.setImmediate)();
        const storing = w.visit(scanned);
        if (storing)
            await storing;
    }
    // Only a save with a job directory defers a path (pathsBesideStage).
    if (deferred.length === 0 || opts.manifestCache === undefined)
        return void readEntries();
    const beside = new BesideStage(w.base, opts.manifestCache, keyedRefs(tree.keyed).map((r) => r.id));
    for (const { root } of deferred)
        beside.hold(root);
    // The stage's command is spawned once this thread is free: the entries are read after that.
    await afterStarted(w.handBack(), () => undefined);
    readEntries();
    opts.logger?.debug(`checkpoint ${opts.id}: keyed entries read at ${Date.now() - tree.scanStartedMs} ms`);
    const left = (rel, abs) => beside.left(rel, abs);
    await walkBeside(deferred, planner, function* (root) {
        yield* (0,scan/* walkTree */.Ir)(workspace, [root], tree.exclude, w.report, { left });
        beside.stillThere(root);
    }, (scanned) => {
        beside.met(scanned);
        return ++walked % YIELD_EVERY === 0
            ? (0,promises_.setImmediate)().then(() => w.visit(scanned, beside))
            : w.visit(scanned, beside);
    });
    return beside;
}
/**
 * Walks each of `deferred` (keyed paths the first walk left out) through `walk`, handing `visit` each entry
 * under it (not its ancestors, which the first walk yielded), and puts its entries back in the planner's
 * list where the first walk left the path out: the manifest's order is the serial walk's.
 */
async function walkBeside(deferred, planner, walk, visit) {
    const first = planner.entries.length;
    const blocks = [];
    for (const { root } of deferred) {
        const from = planner.entries.length;
        for (const scanned of walk(root)) {
            // its ancestors, which the first walk yielded, are walked again: not twice in the manifest
            if (!(0,core/* isUnder */.Jo)(scanned.path, root))
                continue;
            const storing = visit(scanned);
            if (storing)
                await storing;
        }
        blocks.push(planner.entries.slice(from));
    }
    const walked = planner.entries.splice(0);
    let i = 0;
    deferred.forEach(({ at }, b) => {
        for (; i < at; i++)
            planner.entries.push(walked[i]);
        for (const e of blocks[b])
            planner.entries.push(e);
    });
    for (; i < first; i++)
        planner.entries.push(walked[i]);
}
/**
 * A hard link is a header naming its file (tar's own link entry), stored again only when the parent did
 * not have it as a link to the same file; its bytes are that file's, read once.
 */
async function storeLink(packer, planned, changed) {
    const e = planned.entry;
    planned.store = !(planned.old?.type === 'file' && planned.old.link === e.link);
    if (!planned.store)
        return;
    changed.push(e.path);
    const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
    await packer.addEntry({ name: e.path, type: 'link', linkname: e.link, mode: e.mode, size: 0, mtime });
}
/** packEntry, or undefined for a file deleted since the walk met it (nothing of it went into the archive). */
function packUnlessGone(packer, e, base, id) {
    try {
        return packEntry(packer, e, base, id);
    }
    catch (error) {
        // (thrown by the open, before anything of the file was packed)
        if (error instanceof GoneWhileSaved)
            return undefined;
        throw error;
    }
}
/** Files deleted between the walk and their read: left out, as the walk leaves out what it no longer finds. */
class GoneWhenRead {
    report;
    gone = new Set();
    fromParent = 0;
    constructor(report) {
        this.report = report;
    }
    add(planned) {
        const e = planned.entry;
        this.gone.add(e);
        if (planned.old)
            this.fromParent++;
        this.report.skipped.push({ path: e.path, why: 'it was deleted while the checkpoint read it' });
        // A later name of its inode is then the file its other names link to.
        const key = e.stat && `${e.stat.dev}:${e.stat.ino}`;
        if (key && this.report.inodes?.get(key) === e)
            this.report.inodes.delete(key);
    }
    /** Takes them out of the planner's entries, once every file was read. */
    takeOut(planner) {
        planner.leaveOut(this.gone, this.fromParent);
    }
}
/** A failed save's end: its compressor stopped, its archive's upload settled, and the archive removed. */
async function abandon(codec, storing, store, file) {
    codec.kill();
    await Promise.allSettled([codec.done, storing]);
    await dropOwnArchive(store, file);
}
/**
 * Once the walk is over: the entries of each keyed path that matches its entry are taken from it (their
 * digests and archive; directories and links are restored from the manifest alone), so nothing of them is
 * packed; the entries of a path that differs are returned, to be packed as usual.
 */
function settleKeyed(plan, waiting, logger) {
    if (!plan || waiting.length === 0)
        return waiting;
    const toPack = [];
    for (const m of plan.matches) {
        const mine = waiting.filter((p) => (0,core/* isUnder */.Jo)(p.entry.path, m.ref.path));
        const difference = m.verdict();
        if (difference) {
            // an entry that could not be read warns, as it did when it was read before the walk
            if (m.unreadable !== undefined)
                logger?.warning(`ci-recovery: keyed path '${m.ref.path}' is packed in full: its keyed entry could not be looked up (${m.unreadable}).`);
            else
                logger?.info(`ci-recovery: '${m.ref.path}' differs from its keyed entry ${m.ref.key} (${difference}): packed in full.`);
            toPack.push(...mine);
            continue;
        }
        for (const p of mine)
            if (p.store && (m.take(p.entry) || p.entry.type !== 'file'))
                p.store = false;
    }
    return toPack;
}
/** `f` called once at most, however often the function returned is, which returns what that call did. */
function once(f) {
    let called = false;
    let returned;
    return () => {
        if (called)
            return returned;
        called = true;
        returned = f?.();
        return returned;
    };
}
/** `work` once `started` settled (however: a stage that could not start frees the save too), else at once. */
function afterStarted(started, work) {
    return Promise.resolve(started).then(work, work);
}
/** A hard link's content is its file's: the same size, sha256, mode and archive. */
function takeFileFacts(link, file) {
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
function packEntry(packer, e, base, id) {
    const mtime = Math.floor((e.mtimeMs ?? Date.now()) / 1000);
    if (e.type === 'dir' || e.type === 'symlink') {
        const waiting = packer.addEntry(e.type === 'dir'
            ? { name: e.path, type: 'directory', mode: e.mode, size: 0, mtime }
            : { name: e.path, type: 'symlink', linkname: e.target, mode: e.mode, size: 0, mtime });
        return waiting ? waiting.then(() => 0) : 0;
    }
    e.from = id;
    const waiting = packer.addFile(e.path, e.mode, mtime, base + e.path, e.size ?? 0, e);
    return waiting ? waiting.then(() => e.size) : e.size;
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/save.ts
/**
 * Saving a checkpoint: scan, decide what to store (everything, or what changed since the parent), then
 * stream tar -> zstd -> store in one pass. Each stored file is read once, straight into the tar buffer,
 * and its sha256 is computed from those same bytes. Compression runs in its own process on all cores
 * while node reads, hashes and packs; the store takes the compressed bytes as they come.
 * The roots, exclusions and parent are decided in save-plan.ts, the walk and packing done in save-pack.ts,
 * the manifest committed in save-commit.ts, and the local manifest copies kept by local-manifest.ts.
 */
















async function saveCheckpoint(opts) {
    const reused = await reusedCheckpoint(opts);
    if (reused)
        return reused;
    (0,heap/* keepYoungGenerationSmall */.Dd)();
    const release = await opts.store.claim?.(opts.id);
    try {
        // The parent is read while the store answers whether the name is taken (for a remote store a round
        // trip, which the parent's parse, tens of ms for 20,000 entries, now overlaps).
        const parentRead = readParent(opts, external_node_path_default().resolve(opts.workspace));
        if (await hasCheckpoint(opts.store, opts.id))
            throw new adapters_store/* CheckpointExistsError */.V9((0,adapters_store/* nameTaken */.nn)(opts.id, opts.store.spec));
        let saved;
        let packed = false;
        try {
            // Only a caller's own onPacked: without one the save need not hand the workspace back early.
            const { onPacked } = opts;
            saved = await saveClaimed({ ...opts, ...(onPacked ? { onPacked: () => ((packed = true), onPacked()) } : {}) }, parentRead);
        }
        catch (error) {
            // Only a store that let this process claim the name may write its archive a second time, and only
            // while the workspace is still the one it read.
            if (!(error instanceof ChainGoneError) || !opts.store.claim || (packed && opts.onPacked))
                throw error;
            opts.logger?.warning(`${error.message}; saving a full checkpoint instead.`);
            saved = await saveClaimed({ ...opts, full: true });
        }
        const { keyedPlan, ...result } = saved;
        if (!keyedPlan)
            return result;
        const keyed = keyedOutcomes(keyedPlan, result.manifest);
        for (const k of keyed.filter((o) => o.outcome === 'taken'))
            opts.logger?.info(`ci-recovery: '${k.path}' is taken from its keyed entry ${k.key}, not packed.`);
        return { ...result, keyed };
    }
    finally {
        await release?.();
    }
}
/** What became of each keyed path: taken from its entry, published now (and taken), packed, or not published. */
function keyedOutcomes(plan, m) {
    const used = new Set(m.keyed?.map((r) => r.id));
    const published = new Set(plan.published);
    const outcomes = [...plan.matches.map((x) => x.ref), ...plan.carried].map((r) => ({
        path: r.path,
        key: r.key,
        outcome: published.has(r.path) ? 'published' : used.has(r.id) ? 'taken' : 'packed',
    }));
    for (const { path: p, key } of plan.unpublished)
        if (!outcomes.some((o) => o.path === p))
            outcomes.push({ path: p, key, outcome: published.has(p) ? 'published' : 'not-published' });
    return outcomes;
}
/**
 * The restored checkpoint `opts.reuse` as this save's result, when it already is what the save would
 * record; undefined (save as always) otherwise, or when neither main's record of its restore nor its local
 * copy is there to tell. The record is read first: a few fields, where the manifest is megabytes to parse.
 */
async function reusedCheckpoint(opts) {
    if (!opts.reuse || !opts.manifestCache || opts.full)
        return undefined;
    const { reuse, manifestCache } = opts;
    const workspace = external_node_path_default().resolve(opts.workspace);
    const held = 
    // no record of a restore: try the local copy of the manifest
    (await (0,restored_state.restoredCheckpoint)(manifestCache, reuse, workspace).catch(() => undefined)) ??
        (await heldByLocalCopy(manifestCache, reuse, workspace));
    if (!held)
        return undefined;
    const roots = checkpointRoots(opts.paths);
    const planned = { ...opts.meta, completedStages: opts.meta.completedStages ?? [] };
    const exclude = excludedPaths(opts, workspace, roots);
    if (!(0,step/* sameCheckpoint */.Fs)(held, { ...planned, paths: roots, exclude }))
        return undefined;
    const { files, bytes, ...fields } = held;
    return { reused: true, manifest: { id: reuse, ...fields }, files, bytes, stored: 0, storedBytes: 0 };
}
/** What the local copy of manifest `id` says the checkpoint holds (with its roots, which a record never has). */
async function heldByLocalCopy(cacheDir, id, workspace) {
    // no local copy (or torn): nothing held to reuse
    const m = await (0,local_manifest/* readCachedManifest */.Wd)(cacheDir, id, workspace).catch(() => undefined);
    return m && { ...(0,core_restored_state/* restoredCheckpointOf */.o7)(m), ...(m.roots ? { roots: m.roots } : {}) };
}
/** Saves under a name this process holds and the store does not have (its parent read by `parentRead`). */
async function saveClaimed(opts, parentRead) {
    const t0 = Date.now();
    const workspace = external_node_path_default().resolve(opts.workspace);
    // Read beside the walk: what a resume compares with the commit its job started from.
    const head = builtFromHead(opts.meta.checkoutHead, workspace);
    const roots = checkpointRoots(opts.paths);
    const exclude = excludedPaths(opts, workspace, roots);
    const parent = keptWithinParent(opts, await usableParent(opts, workspace, roots, parentRead));
    const keyed = opts.keyed?.length ? await keyedPlanOf(opts, workspace, roots, parent) : undefined;
    // The tree is walked while it is packed: compression starts with the first file, not after the scan.
    const scanStartedMs = Date.now();
    opts.logger?.debug(`checkpoint ${opts.id}: parent ${parent?.id ?? 'none'} read at ${scanStartedMs - t0} ms`);
    // An incremental compresses in node first, where it can: no process to start for a few MB.
    const inProcess = parent !== undefined && !opts.compression && canZstdInProcess();
    const compression = opts.compression ?? (inProcess ? 'zstd' : await (0,compress/* pickCompression */.uZ)());
    const file = `${opts.id}${(0,core/* archiveExtension */.yP)(compression)}`;
    // The manifest's entries are encoded as soon as the walk is over, while the archive's upload ends
    // (tens of ms for 20,000 entries, which the wait for the store otherwise left idle).
    let pre;
    const packed = await packTree(opts, {
        workspace,
        roots,
        exclude,
        parent,
        file,
        compression,
        scanStartedMs,
        keyed,
        ...(inProcess ? { codec: () => incrementalCompressor(opts.level ?? 3) } : {}),
        onWalked: (planner, changed) => {
            pre = (0,core/* encodeEntries */.zT)(planner.entries, changed);
            opts.logger?.debug(`checkpoint ${opts.id}: manifest entries encoded at ${Date.now() - t0} ms`);
        },
    });
    reportWalk(opts, packed.report);
    // Walking and packing overlap: scanMs ends with the walk, archiveMs with the stored archive.
    const archiveMs = Date.now() - scanStartedMs;
    const { files, bytes } = (0,core/* fileTotals */.Ed)(packed.planner.entries);
    const manifest = manifestOf(opts, {
        head: await head,
        roots,
        exclude,
        parent,
        file,
        compression,
        keyed,
        packed,
        scanStartedMs,
        timings: { scanMs: packed.scanMs, archiveMs, totalMs: Date.now() - t0 },
    });
    opts.logger?.debug(`checkpoint ${opts.id}: walked at ${scanStartedMs - t0 + packed.scanMs} ms, archive stored at ${Date.now() - t0} ms`);
    const manifestSha256 = await commitChecked(opts, manifest, workspace, t0, pre);
    opts.logger?.debug(`checkpoint ${opts.id}: manifest stored at ${Date.now() - t0} ms`);
    const { archive, storedBytes, changed } = packed;
    opts.logger?.info(`Checkpoint ${opts.id}: ${manifest.kind}, ${changed.length} entries stored (${storedBytes} bytes of ${bytes}), archive ${archive.size} bytes ${compression}, ${manifest.timings.totalMs} ms.`);
    return {
        manifest,
        manifestSha256,
        files,
        bytes,
        stored: changed.length,
        storedBytes,
        ...(archive.artifactId ? { artifactId: archive.artifactId } : {}),
        ...(keyed ? { keyedPlan: keyed } : {}),
    };
}
/**
 * The keyed paths of this save, looked up in the keyed store. A key without an entry is published first:
 * the path is packed once, into the entry, and this save then takes it from there like any other, so the
 * first save of a key costs about what a save without keys does. Never throws (keyed.ts: a problem packs).
 */
async function keyedPlanOf(opts, workspace, roots, parent) {
    const store = opts.keyedStore ?? (0,keyed_store.keyedStoreFor)(opts.store);
    const lookUp = (keyed, published) => (0,adapters_keyed/* planKeyed */.Kk)({
        keyed,
        store,
        workspace,
        roots,
        parent,
        logger: opts.logger,
        ...(published ? { published } : {}),
    });
    const plan = await lookUp(opts.keyed ?? []);
    if (!store || plan.unpublished.length === 0)
        return plan;
    const published = [];
    const publishedKeys = new Set();
    for (const { path: p, key } of plan.unpublished)
        if (await (0,adapters_keyed/* publishKeyed */.cy)({
            store,
            workspace,
            path: p,
            key,
            ...(opts.exclude ? { exclude: opts.exclude } : {}),
            ...(opts.includeHidden ? { includeHidden: true } : {}),
            ...(opts.compression ? { compression: opts.compression } : {}),
            ...(opts.level ? { level: opts.level } : {}),
            runId: opts.meta.runId,
            attempt: opts.meta.attempt,
            logger: opts.logger,
            ...(opts.manifestCache ? { jobDir: opts.manifestCache } : {}),
            save: saveCheckpoint,
        })) {
            published.push(p);
            publishedKeys.add(key);
        }
    if (published.length === 0)
        return plan;
    const fresh = await lookUp((opts.keyed ?? []).filter((k) => published.includes(k.path)), publishedKeys);
    return { ...plan, matches: [...plan.matches, ...fresh.matches], published };
}
/** Entries listed in one warning at most; the count says how many more. */
const LISTED = 50;
/**
 * Says what the walk could not take, each entry named with why: a checkpoint that silently lacks a file
 * restores a workspace that silently lacks it. Hard links are told too: kept as links, or copies where not.
 */
function reportWalk(opts, report) {
    const log = opts.logger;
    for (const root of report.missingRoots)
        log?.warning(`Checkpoint path '${root}' does not exist; it is recorded as absent.`);
    const { skipped, hardLinks = [] } = report;
    if (skipped.length) {
        const listed = skipped.slice(0, LISTED).map((s) => `'${s.path}' (${s.why})`);
        const more = skipped.length > LISTED ? `, and ${skipped.length - LISTED} more` : '';
        log?.warning(`Checkpoint ${opts.id} leaves out ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} (each with why), and a restore of it will not have them: ${listed.join(', ')}${more}.`);
    }
    for (const finding of report.audit?.findings() ?? [])
        log?.warning(`Checkpoint ${opts.id}: ${finding}`);
    const linked = report.linked?.length ?? 0;
    if (linked)
        log?.info(`Checkpoint ${opts.id}: ${linked} hard link(s) (e.g. '${report.linked[0][0].path}' to '${report.linked[0][1].path}') saved as links, and restored as links.`);
    else if (hardLinks.length)
        log?.info(`Checkpoint ${opts.id}: ${hardLinks.length} file(s) have other names too (hard links, e.g. '${hardLinks[0].path}'), outside what this checkpoint holds or in a keyed path; each is saved, and restored, as its own copy.`);
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/restore.ts + 3 modules
var restore = __webpack_require__(54334);
// EXTERNAL MODULE: ./src/checkpoint/adapters/extract.ts + 2 modules
var extract = __webpack_require__(23281);
// EXTERNAL MODULE: ./src/checkpoint/core/trust.ts
var trust = __webpack_require__(39018);
// EXTERNAL MODULE: ./src/checkpoint/adapters/owner.ts
var owner = __webpack_require__(32404);
// EXTERNAL MODULE: ./src/checkpoint/adapters/destination-lock.ts
var destination_lock = __webpack_require__(25143);
// EXTERNAL MODULE: ./src/checkpoint/adapters/journal-dir.ts
var journal_dir = __webpack_require__(65702);
// EXTERNAL MODULE: ./src/checkpoint/adapters/placement-recovery.ts
var placement_recovery = __webpack_require__(94470);
// EXTERNAL MODULE: ./src/checkpoint/adapters/store-guard.ts
var store_guard = __webpack_require__(9498);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/manage.ts
/** list, validate and cleanup over any store. */



















/**
 * The manifest of `id`, or why it cannot be read. With `stalledThrows`, a store given up on (its stall limit,
 * or the phase's budget) throws instead: its checkpoint is not unreadable, the store is gone.
 */
async function readManifest(store, id, stalledThrows = false) {
    try {
        return { id, manifest: await store.getManifest(id) };
    }
    catch (error) {
        if (stalledThrows && error instanceof store_guard.StoreStalledError)
            throw error;
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
            all.push({ id, summary: (0,core/* summarize */.NV)(manifest), createdAt: new Date(manifest.createdAt) });
        else
            all.push({ id, error, ...(at ? { createdAt: new Date(at) } : {}) });
    }
    markIncompleteChains(all, store.spec);
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
/**
 * A checkpoint that takes files from one the store no longer has can never be restored: it is listed
 * with that error, never as a normal checkpoint.
 */
function markIncompleteChains(all, spec) {
    const readable = new Set(all.filter((c) => c.summary).map((c) => c.id));
    for (const c of all) {
        const missing = c.summary?.needs.filter((id) => id !== c.id && !readable.has(id)) ?? [];
        if (missing.length === 0)
            continue;
        c.error = `its chain is incomplete: it takes files from ${missing.map((id) => `'${id}'`).join(', ')}, which ${spec} no longer has (or cannot read); it cannot be restored`;
        delete c.summary;
    }
}
/** The checkpoints in the store by their manifest objects (rollback records left out), unread. */
async function manifestObjects(store) {
    return (await store.objects())
        .filter((o) => o.name.endsWith(adapters_store/* MANIFEST_SUFFIX */.OK) && !(0,core/* isRollbackRecord */.G6)(o.name))
        .map((o) => ({ id: o.name.slice(0, -adapters_store/* MANIFEST_SUFFIX */.OK.length), at: o.createdAt?.getTime() ?? 0 }));
}
/** The newest checkpoint (but `exceptId`), by its manifest object, that `read` can read and `accept` takes. */
async function newestWhere(store, read, accept, exceptId) {
    const candidates = (await manifestObjects(store))
        .filter((c) => c.id !== exceptId)
        .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        // an unreadable candidate is passed over for the next newest
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
        roots = checkpointRoots(paths);
    }
    catch {
        return undefined; // the save reports bad paths
    }
    return newestWhere(store, read, (m) => m.paths.join('\n') === roots.join('\n'), exceptId);
}
/** Every checkpoint in the store, newest manifest object first, each read only when its turn comes. */
async function* checkpointsNewestFirst(store) {
    const candidates = (await manifestObjects(store)).sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates)
        yield await readManifest(store, c.id);
}
/** The checkpoint with the newest manifest in the store that can be read. */
async function newestCheckpoint(store) {
    return (await (0,step/* newestReadable */.p7)(checkpointsNewestFirst(store))).chosen?.manifest;
}
/**
 * One job's checkpoints in a run, newest first (the latest attempt first, then the latest saved), each
 * manifest read only when the caller asks for the next: a resume stops at the first that restores, while
 * the run's store holds the checkpoints of every job of the run, and reading them all cost one manifest
 * download each. Ids the actions made carry their job and attempt (checkpointId), so other jobs' and
 * later attempts' are passed over unread; a name the user chose is read first to learn whose it is. A
 * candidate whose manifest cannot be read comes with `error`; a store given up on while a manifest is read
 * throws its StoreStalledError (a manifest read only to learn whose it is would else pass over in silence,
 * and the resume would say there was no checkpoint).
 */
async function* checkpointsOfJob(store, filter) {
    const inRange = (attempt) => filter.beforeAttempt === undefined || attempt < filter.beforeAttempt;
    const ours = (m) => m.job === filter.job && m.runId === filter.runId && inRange(m.attempt);
    const candidates = [];
    for (const { id, at } of await manifestObjects(store)) {
        const named = (0,core/* attemptInId */.m4)(id, filter);
        if (named === 'other-job')
            continue;
        if (named !== undefined) {
            if (inRange(named))
                candidates.push({ id, at, attempt: named });
            continue;
        }
        // Only a manifest read to learn it is this job's is kept until its turn.
        const read = await readManifest(store, id, true);
        if (read.manifest && ours(read.manifest))
            candidates.push({ id, at, attempt: read.manifest.attempt, read });
    }
    candidates.sort((a, b) => b.attempt - a.attempt || b.at - a.at || b.id.localeCompare(a.id));
    for (const c of candidates) {
        const read = c.read ?? (await readManifest(store, c.id, true));
        if (!read.manifest || !ours(read.manifest)) {
            if (!read.manifest)
                yield read;
            continue;
        }
        // The run's own artifacts need no digest (encoding a large manifest again costs): every one is the run's.
        const untrusted = filter.trusted !== undefined && filter.trusted !== trust/* RUN_ARTIFACTS */.A0
            ? (0,trust/* untrustedBecause */.XI)(filter.trusted, c.id, (0,adapters_digest/* manifestDigest */.It)(read.manifest))
            : undefined;
        yield untrusted ? { id: c.id, error: untrusted } : read;
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
        // A hard link's bytes are its file's, checked with that file.
        if (e.type !== 'file' || !e.from || e.link !== undefined)
            continue;
        if (!byArchive.has(e.from))
            byArchive.set(e.from, new Map());
        byArchive.get(e.from).set(e.path, e);
    }
    const archives = [];
    let chain;
    // Each archive bounded by what its own manifest accounts for, as a restore bounds it.
    const bounds = new Map([[manifest.id, (0,tar/* tarBytesBound */.hG)(manifest)]]);
    try {
        chain = await (0,restore/* chainArchives */.ZI)(store, manifest, (m) => void bounds.set(m.id, (0,tar/* tarBytesBound */.hG)(m)));
    }
    catch (error) {
        return { id, ok: false, problems: [(0,errors/* errorMessage */.gJ)(error)], archives, ...(0,core/* manifestStats */.P2)(manifest) };
    }
    for (const archiveId of (0,core/* archivesNeeded */.jq)(manifest)) {
        try {
            const archive = chain.get(archiveId);
            archives.push(archive.file);
            const source = await (0,restore/* archiveSource */.yG)(store, manifest, archiveId, undefined);
            await (0,extract/* extractArchive */.Qh)(source, { archive }, byArchive.get(archiveId), undefined, {
                logger,
                maxTarBytes: await (0,restore/* archiveBound */.xF)(store, manifest, archiveId, undefined, bounds),
            });
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    // An archive with no file still in use (a checkpoint of only deletions) is verified on its own.
    if (!byArchive.has(manifest.id)) {
        try {
            archives.push(manifest.archive.file);
            await (0,extract/* extractArchive */.Qh)(store, manifest, new Map(), undefined, {
                logger,
                maxTarBytes: bounds.get(manifest.id),
            });
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    const { files, bytes } = (0,core/* manifestStats */.P2)(manifest);
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
    // Under the store's lock: no save commits onto a checkpoint while it is being deleted (save-commit.ts checkChain).
    const unlock = opts.dryRun ? undefined : await store.lock?.();
    try {
        return await cleanupLocked(store, opts);
    }
    finally {
        await unlock?.();
    }
}
async function cleanupLocked(store, opts) {
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
    const result = {
        deleted: [],
        leftovers: [],
        keptForChain: [],
        debris: [],
        staging: [],
        keyedEntries: [],
    };
    const known = new Set(all.map((c) => c.id));
    for (const c of all) {
        if (!expired(c) || (0,core/* isRollbackRecord */.G6)(c.id))
            continue;
        if (needed.has(c.id)) {
            result.keptForChain.push(c.id);
            continue;
        }
        result.deleted.push(c.id);
        if (opts.dryRun)
            continue;
        await store.removeObject(`${c.id}${adapters_store/* MANIFEST_SUFFIX */.OK}`);
        if (c.summary)
            await store.removeObject(c.summary.archive.file);
    }
    result.leftovers = await removeLeftovers(store, new Set([...known, ...needed]), now, opts);
    result.keyedEntries = await expireKeyedEntries(store, all, result.deleted, {
        unusedBefore: Math.min(cutoff, now - owner/* DEBRIS_MAX_AGE_MS */.Ir),
        dryRun: opts.dryRun === true,
    });
    for (const name of (await store.unfinished?.())?.debris ?? []) {
        result.debris.push(name);
        if (!opts.dryRun)
            await store.removeUnfinished?.(name);
    }
    if (opts.dest && !opts.dryRun) {
        const r = await repairDestination(opts.dest, opts.journalDir, now);
        result.staging.push(...r.rolledBack, ...r.removed);
        for (const name of r.foreign)
            opts.logger?.warning(`left ${name} in ${opts.dest} alone: it is named like a staging directory, but no restore on this machine made it`);
    }
    opts.logger?.info(`cleanup: ${result.deleted.length} expired checkpoint(s), ${result.leftovers.length} leftover(s), ${result.debris.length} unfinished object(s), ${result.keyedEntries.length} unused keyed entr(ies), ${result.staging.length} interrupted restore(s) removed${opts.dryRun ? ' (dry run)' : ''}.`);
    return result;
}
/**
 * Archives without a manifest that no listed checkpoint owns (`owned`): those a killed save left. Where the
 * store has claims, each is claimed first so that no save of its name can be writing it; elsewhere only
 * what is old enough goes.
 */
async function removeLeftovers(store, owned, now, opts) {
    const cutoff = now - opts.retentionDays * 86_400_000;
    const expired = (o) => (o.createdAt?.getTime() ?? Infinity) < cutoff;
    const leftovers = [];
    for (const o of await store.objects()) {
        if ((0,core/* isRollbackRecord */.G6)(o.name) || !ARCHIVE.test(o.name))
            continue;
        const id = o.name.replace(ARCHIVE, '');
        if (owned.has(id))
            continue;
        if (store.claim) {
            // Claimed for the removal, so that no save of this name can be writing it meanwhile.
            const release = await store.claim(id).catch(() => undefined);
            if (!release)
                continue;
            try {
                if (await store.getManifest(id).then(() => true, () => false))
                    continue;
                leftovers.push(o.name);
                if (!opts.dryRun)
                    await store.removeObject(o.name);
            }
            finally {
                await release();
            }
        }
        else if (expired(o) || now - (o.createdAt?.getTime() ?? now) > owner/* DEBRIS_MAX_AGE_MS */.Ir) {
            // A store without claims cannot tell a save in progress: only what is old enough goes.
            leftovers.push(o.name);
            if (!opts.dryRun)
                await store.removeObject(o.name);
        }
    }
    return leftovers;
}
/**
 * A `dir:` store's keyed entries (a lockfile's node_modules, hundreds of MB each) would pile up with every
 * lockfile change: those that no checkpoint left in the store takes files from, and that no save looked up
 * since `unusedBefore`, go. (The cache service evicts its own: its store has no `expire`.)
 */
async function expireKeyedEntries(store, all, deleted, opts) {
    const keyedStore = (0,keyed_store.keyedStoreFor)(store);
    if (!keyedStore?.expire)
        return [];
    const gone = new Set(deleted);
    const keep = new Set();
    for (const c of all)
        if (!gone.has(c.id))
            for (const ref of c.summary?.keyed ?? [])
                keep.add(ref.id);
    return keyedStore.expire({ keep, ...opts });
}
/**
 * Finishes the restores into `dest` that were killed (placement-recovery.ts recoverInterrupted), holding the
 * destination's lock so that a restore still running there is never undone under it.
 */
async function repairDestination(dest, journalDir = (0,journal_dir/* defaultJournalDir */.am)(), now = Date.now(), lockWaitMs = 30_000) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(external_node_path_default().resolve(dest));
    }
    catch {
        // a destination that does not exist has nothing to roll back
        return { rolledBack: [], stuck: [], removed: [], inProgress: [], foreign: [] };
    }
    const release = await (0,destination_lock/* lockDestination */.K)(real, (0,journal_dir/* journalDirectory */.bO)(journalDir), lockWaitMs);
    try {
        return (0,placement_recovery/* recoverInterrupted */.j)(real, journalDir, now);
    }
    finally {
        release();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/checkpoint/core/outside.ts
var outside = __webpack_require__(35235);
// EXTERNAL MODULE: ./src/runner/adapters/make-dirs.ts
var make_dirs = __webpack_require__(39590);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/outside.ts
/**
 * Saving and restoring the roots outside the workspace (checkpoint/core/outside.ts): each root is a full
 * checkpoint of its own directory, taken and restored with the same engine as the workspace's, into the
 * one directory its name resolves to in this job. A root reached through a symbolic link is refused (a
 * link could send the restore anywhere), and so is one that would hold the workspace or the runner's
 * temp directory. Best-effort: a root that cannot be saved or restored is a warning, and the stages that
 * filled it run again.
 */









/** The suffix of a root's checkpoint job: a resume of the job never takes a root for the workspace. */
const ROOT_JOB_SUFFIX = '+root';
/**
 * The directory of `root`, checked: its base is set, it does not overlap `keepOut`, and no component from
 * the base down is a symbolic link (`exists` false when the directory is not there yet).
 */
async function rootDirectory(root, place) {
    const { dir, base } = (0,outside/* resolveRoot */.H6)(root, place.bases);
    if (!dir || !base)
        throw new Error(`${root.path}: its base directory is not set in this job`);
    const overlap = (0,outside/* rootOverlaps */.t4)(dir, place.keepOut);
    if (overlap)
        throw new Error(`${root.path} (${dir}) overlaps ${overlap}: not a cache directory`);
    let at = base;
    const steps = external_node_path_default().relative(base, dir)
        .split((external_node_path_default()).sep)
        .filter((s) => s !== '');
    for (const [i, part] of ['', ...steps].entries()) {
        at = part ? external_node_path_default().join(at, part) : at;
        // a component that cannot be lstat'ed does not exist: said in the next line
        const st = await (0,external_node_fs_promises_.lstat)(at).catch(() => undefined);
        if (!st)
            return { dir, exists: false };
        if (i > 0 && st.isSymbolicLink())
            throw new Error(`${root.path}: ${at} is a symbolic link; a root is never reached through one`);
        if (!st.isDirectory() && !(i === 0 && st.isSymbolicLink()))
            throw new Error(`${root.path}: ${at} is not a directory`);
    }
    return { dir, exists: true };
}
/** Saves each root as its own full checkpoint; returns the records of those saved (the others warned). */
async function saveRoots(opts) {
    const saved = [];
    for (const [i, root] of opts.roots.entries()) {
        const id = `${opts.id}-root${i + 1}`;
        try {
            const { dir, exists } = await rootDirectory(root, opts.place);
            if (!exists) {
                opts.logger.warning(`ci-recovery: ${root.path} (${dir}) does not exist: not checkpointed, so stage(s) ${root.stages.join(', ')} run again on resume.`);
                continue;
            }
            await saveCheckpoint({
                store: opts.store,
                workspace: dir,
                paths: ['.'],
                id,
                meta: {
                    ...opts.meta,
                    job: `${opts.meta.job}${ROOT_JOB_SUFFIX}`,
                    stage: root.name,
                    completedStages: [],
                },
                // A cache keeps its .git directories (cargo's registry index is one).
                exclude: [],
                full: true,
                ...(opts.level ? { level: opts.level } : {}),
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
                logger: opts.logger,
            });
            saved.push({ name: root.name, path: root.path, checkpoint: id, stages: root.stages });
            opts.logger.info(`ci-recovery: ${root.path} checkpointed as ${id}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not checkpointed (${(0,errors/* errorMessage */.gJ)(error)}): stage(s) ${root.stages.join(', ')} run again on resume.`);
        }
    }
    return saved;
}
/** Restores each root of `manifest` to its place; returns the names of those restored. */
async function restoreRoots(opts) {
    const restored = [];
    for (const root of opts.manifest.roots ?? []) {
        try {
            const { dir } = await rootDirectory(root, opts.place);
            const m = await opts.store.getManifest(root.checkpoint);
            if (m.job !== `${opts.manifest.job}${ROOT_JOB_SUFFIX}` ||
                m.runId !== opts.manifest.runId ||
                m.stage !== root.name)
                throw new Error(`checkpoint ${root.checkpoint} is not this job's copy of ${root.path}`);
            await (0,make_dirs/* makeDirs */.X)(dir);
            // Created now: checked again, so nothing raced a link into the path meanwhile.
            await rootDirectory(root, opts.place);
            await (0,restore/* restoreCheckpoint */.vQ)({
                store: opts.store,
                checkpoint: m,
                dest: dir,
                logger: opts.logger,
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
            });
            restored.push(root.name);
            opts.logger.info(`ci-recovery: restored ${root.path} (${dir}) from ${root.checkpoint}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not restored (${(0,errors/* errorMessage */.gJ)(error)}): stage(s) ${root.stages.join(', ')} run again.`);
        }
    }
    return restored;
}
/**
 * The roots of `manifest` whose files are in place now (each restored root's local manifest, kept by its
 * restore, against the disk). A root not restored, or emptied since, is missing.
 */
async function rootsInPlace(manifest, place, manifestCache) {
    const there = new Set();
    for (const root of manifest.roots ?? []) {
        try {
            const { dir, exists } = await rootDirectory(root, place);
            if (!exists || !manifestCache)
                continue;
            const m = await (0,local_manifest/* readCachedManifest */.Wd)(manifestCache, root.checkpoint, dir);
            if (m && m.entries.every((e) => (0,scan/* entryOf */.Ms)(external_node_path_default().join(dir, e.path), e.path)?.type === e.type))
                there.add(root.name);
        }
        catch {
            // Unsafe or unreadable: not in place.
        }
    }
    return there;
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/resume.ts
/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */
















/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
async function resumeFromPreviousAttempt(opts) {
    try {
        return await resumeFromCandidates(opts);
    }
    catch (error) {
        // A store that stopped answering is no reason to fail the job: it runs every stage instead.
        if (!(error instanceof store_guard.StoreStalledError))
            throw error;
        opts.logger.warning(`ci-recovery: not resuming: ${(0,errors/* errorMessage */.gJ)(error)}; every stage runs again`);
        return { resumed: false, completedStages: [], problems: [(0,errors/* errorMessage */.gJ)(error)] };
    }
}
async function resumeFromCandidates(opts) {
    if (opts.attempt <= 1)
        return { resumed: false, completedStages: [] };
    const problems = [];
    const { manifestCache } = opts;
    let candidates = 0;
    // Read once, after actions/checkout (checkoutProblem), as main reads it for this attempt's saves.
    const head = await (0,checkout_head/* workspaceHead */.k)(opts.workspace);
    const leg = opts.legValues === undefined ? undefined : legDigest(opts.legValues);
    // Only the checkpoints the run's records name come with a manifest: another comes with why it is not.
    const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt, trusted: opts.trusted };
    for await (const c of checkpointsOfJob(opts.store, earlier)) {
        candidates++;
        try {
            if (!c.manifest)
                throw new Error(c.error);
            const { refused } = (0,core_text/* validStages */.g_)([c.manifest.stage, ...c.manifest.completedStages]);
            if (refused > 0)
                throw new Error(`its manifest names ${refused} stage(s) that are not valid stage names (not printed): not resumed from`);
            const moved = headMoved(c.manifest.head, head);
            if (moved)
                throw new Error(moved);
            if (c.manifest.leg !== leg)
                throw new Error("it was saved by this leg's index with other matrix values (a matrix an earlier job made came in another order this attempt): its files are another leg's build, so it is not resumed from and every stage runs again");
            // The manifest just checked is the one restored (never read again from the store).
            const r = await (0,restore/* restoreCheckpoint */.vQ)({
                store: opts.store,
                checkpoint: c.manifest,
                ...(opts.keyedStore ? { keyedStore: opts.keyedStore } : {}),
                dest: opts.workspace,
                workspace: opts.workspace,
                logger: opts.logger,
                ...(opts.journalDir ? { journalDir: opts.journalDir } : {}),
                ...(manifestCache ? { manifestCache } : {}),
            });
            if (manifestCache)
                await keepRestoredRecord(manifestCache, opts.workspace, r.manifest);
            opts.logger.info(`Resumed from checkpoint ${(0,core_text/* inert */.tJ)(c.id)} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                stageDurations: (0,state_keys/* durationsOfStages */.OA)(r.manifest.stageDurations ?? {}, r.manifest.completedStages),
                cost: { ms: r.manifest.timings.totalMs, bytes: r.manifest.archive.size },
                ...(problems.length ? { problems } : {}),
            };
        }
        catch (error) {
            problems.push((0,core_text/* inert */.tJ)(`${c.id}: ${(0,errors/* errorMessage */.gJ)(error)}`));
            opts.logger.warning(`Checkpoint ${(0,core_text/* inert */.tJ)(c.id)} cannot be resumed from: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
    if (candidates === 0)
        opts.logger.info(`No checkpoint of an earlier attempt of job '${(0,core_text/* inert */.tJ)(opts.job)}' in run ${(0,core_text/* inert */.tJ)(opts.runId)}: starting from scratch.`);
    return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}
/**
 * Why a checkpoint whose job started from commit `saved` must not be resumed into a workspace at `now`, or
 * undefined when both are the same commit (a step that commits, a version bump, does not move `saved`). A re-run attempt runs the same GITHUB_SHA, but actions/checkout with a branch
 * as its `ref` (a `pull_request_target` job checking out the head branch, a job building `main`) checks out
 * that branch's newest commit: a checkpoint of the old one would skip the build of the new sources, and its
 * tests would pass on the old code. Known on one side only is no match (a miss runs every stage again);
 * neither side a clone (a directory, not a checkout: a test's, the CLI's) has no sources to compare.
 */
function headMoved(saved, now) {
    if (saved === now)
        return undefined;
    if (saved === undefined)
        return 'its manifest records no commit of the workspace it was saved from (a version before this one saved it), so it may hold a build of other sources: not resumed from; every stage runs again';
    if (now === undefined)
        return `the workspace's checked-out commit cannot be read (git rev-parse HEAD), and the checkpoint was saved at ${saved.slice(0, 12)}: not resumed from; every stage runs again`;
    return `it was saved by a job that started from commit ${saved.slice(0, 12)}, but this attempt's checkout is at ${now.slice(0, 12)} (a checkout \`ref:\` naming a branch that moved since, say): its files were built from other sources, so it is not resumed from and every stage runs again`;
}
/**
 * The compact record of this restore for the `run/` steps whose stage it completed (restored-state.ts):
 * kept only when every entry is there now, and the checkpoint holds nothing outside the workspace (roots
 * need the manifest's own check). Best-effort: without it, each of those steps runs the full check.
 */
async function keepRestoredRecord(cacheDir, workspace, manifest) {
    if (manifest.roots?.length)
        return;
    try {
        // The directories first: whatever changes after the check below moves a ctime recorded here.
        const state = (0,restored_state.restoredStateOf)(manifest, workspace);
        if (state && missingEntries(manifest, workspace, 1).length === 0)
            await (0,restored_state.keepRestoredState)(cacheDir, state);
    }
    catch {
        // No record: the steps check the manifest.
    }
}
const AFTER_CHECKOUT = 'Put the ci-recovery step after actions/checkout (its post still runs last)';
/**
 * Why restoring into `workspace` now would be lost, or undefined when it is safe. actions/checkout deletes
 * the contents of a directory that is not a clone of the same repository (src/git-directory-helper.ts), so
 * a main that runs before it (no `.git` yet, or another repository's) must not restore.
 */
async function checkoutProblem(workspace, repo) {
    const notYet = `the workspace ${workspace} is not a clone of ${repo || 'the repository'} yet`;
    const wiped = 'actions/checkout, running after this step, would delete whatever is restored now';
    // no .git: not a clone yet, said in the next line
    const git = await (0,external_node_fs_promises_.lstat)(external_node_path_default().join(workspace, '.git')).catch(() => undefined);
    if (!git)
        return `${notYet}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    const origin = 
    // simple-git loads here only: the CLI's checkpoint verbs reach this module through the index.
    (await (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 964)))
        .simpleGit(workspace)
        .getConfig('remote.origin.url')
        // no origin configured: the clone's repository is unknown, and not compared
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
async function stagesStillComplete(stages, env, logger, need) {
    const resumedFrom = env.recovery.resumedFrom;
    if (!resumedFrom || stages.length === 0)
        return stages;
    const id = (0,core_text/* inert */.tJ)(resumedFrom);
    const workspace = env.workspace;
    const cache = (0,step/* defaultManifestCache */.Rb)(env);
    const manifest = cache
        ? // no cached manifest (or torn): told below, and nothing is resumed from it
            await (0,local_manifest/* readCachedManifest */.Wd)(cache, resumedFrom, workspace).catch(() => undefined)
        : undefined;
    if (!manifest) {
        logger.warning(`ci-recovery: cannot tell whether the files of checkpoint ${id} are still in the workspace (its manifest is not in RUNNER_TEMP): stages ${(0,core_text/* inert */.tJ)(stages.join(', '))} run again.`);
        return [];
    }
    const missing = missingEntries(manifest, workspace);
    const restored = new Set(manifest.completedStages);
    if (missing.length > 0)
        logger.warning(`ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.map(core_text/* inert */.tJ).join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${(0,core_text/* inert */.tJ)([...restored].join(', '))} run again.`);
    const still = missing.length === 0 ? stages : stages.filter((s) => !restored.has(s));
    const outside = await stagesWithoutTheirRoots(manifest, rootPlaceOf(env), cache, need, logger);
    for (const why of outside.reasons)
        logger.warning(`ci-recovery: ${why}`);
    return still.filter((s) => !outside.stages.has(s));
}
/** Where roots go in this job: HOME and the tool cache; never into the workspace or RUNNER_TEMP. */
function rootPlaceOf(env) {
    return { bases: (0,step/* rootBases */.Dr)(env), keepOut: [env.workspace, env.runnerTemp] };
}
/**
 * Stages that may not skip for want of their roots: a root of the checkpoint not in place (not restored,
 * or removed since), and this step's own `cache-paths` the checkpoint does not hold.
 */
async function stagesWithoutTheirRoots(manifest, place, cache, need, logger) {
    const stages = new Set();
    const reasons = [];
    if (!manifest.roots?.length && !need?.cachePaths.length)
        return { stages, reasons };
    let there = await rootsInPlace(manifest, place, cache);
    if (await restoreNamedRoots(manifest, there, { place, cache, logger }, need))
        there = await rootsInPlace(manifest, place, cache);
    for (const root of manifest.roots ?? []) {
        // Another stage's root comes back when that stage's own step names it, later.
        if (there.has(root.name) || (need && !root.stages.includes(need.stage)))
            continue;
        root.stages.forEach((s) => stages.add(s));
        reasons.push(`${(0,core_text/* inert */.tJ)(root.path)} was not restored: stage(s) ${(0,core_text/* inert */.tJ)(root.stages.join(', '))} run again.`);
    }
    const notHeld = (need?.cachePaths ?? []).filter((entry) => {
        try {
            return !there.has((0,outside/* parseOutsidePath */._W)(entry, place.bases).name);
        }
        catch {
            // an entry not naming an outside path is not one to restore
            return true;
        }
    });
    if (need && notHeld.length > 0) {
        stages.add(need.stage);
        reasons.push(`stage '${(0,core_text/* inert */.tJ)(need.stage)}' fills ${notHeld.map(core_text/* inert */.tJ).join(', ')}, which the checkpoint did not bring back: it runs again.`);
    }
    return { stages, reasons };
}
/**
 * Up to `max` entries of `m` that are not in `dir` with their type (contents may have changed since).
 * With the scan's own synchronous lstat: a checkpoint of node_modules has tens of thousands of entries.
 */
function missingEntries(m, dir, max = 3) {
    const missing = [];
    for (const e of m.entries)
        if ((0,scan/* entryOf */.Ms)(external_node_path_default().join(dir, e.path), e.path)?.type !== e.type && missing.push(e.path) >= max)
            break;
    return missing;
}
/**
 * Restores the roots of the resumed checkpoint that this step names in its `cache-paths` and that are not
 * in place yet: only what a step names ever goes back outside the workspace. True when it restored any.
 */
async function restoreNamedRoots(manifest, there, { place, cache, logger }, need) {
    if (!need?.openStore || need.cachePaths.length === 0)
        return false;
    const named = new Set(need.cachePaths.flatMap((entry) => {
        try {
            return [(0,outside/* parseOutsidePath */._W)(entry, place.bases).name];
        }
        catch {
            // an entry not naming an outside path names none
            return [];
        }
    }));
    const roots = (manifest.roots ?? []).filter((r) => named.has(r.name) && !there.has(r.name));
    if (roots.length === 0)
        return false;
    let store;
    try {
        store = await need.openStore();
    }
    catch (error) {
        logger.warning(`ci-recovery: cannot open the store of the resumed checkpoint: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
    const restored = await restoreRoots({
        store,
        manifest: { ...manifest, roots },
        place,
        logger,
        ...(cache ? { manifestCache: cache } : {}),
    });
    return restored.length > 0;
}

// EXTERNAL MODULE: ./src/checkpoint/stage.ts
var stage = __webpack_require__(59056);
// EXTERNAL MODULE: ./src/runner/adapters/logger.ts
var logger = __webpack_require__(42927);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/lookup.ts
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */



/**
 * Every archive the checkpoint's chain needs has a readable manifest and is present in the store, and
 * every keyed entry it takes files from is still kept, as it was when the checkpoint was saved.
 */
async function lookupCheckpoint(store, manifest, keyedStore = manifest.keyed?.length ? (0,keyed_store.keyedStoreFor)(store) : undefined) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,core/* storedArchivesNeeded */.m0)(manifest)) {
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
    return lookupKeyedEntries(manifest, keyedStore);
}
/**
 * Each keyed entry still has the manifest this checkpoint read when it took files from it. (An entry the
 * cache evicted, or one published again since, would fail the restore: a lookup says so first, so that a
 * stage is not planned to skip on the word of files that cannot come back.)
 */
async function lookupKeyedEntries(manifest, keyedStore) {
    for (const ref of manifest.keyed ?? []) {
        if (!keyedStore)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is in the cache service, which this job cannot reach`,
            };
        let found;
        try {
            found = await keyedStore.findManifest(ref.key, ref.id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `keyed entry ${ref.key} could not be looked up: ${(0,errors/* errorMessage */.gJ)(error)}`,
            };
        }
        if (!found)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is no longer in ${keyedStore.spec}${keyedStore.spec === 'cache' ? ` (${keyed_store.KEYED_ENTRY_GONE})` : ''}`,
            };
        if ((0,core/* keyedManifestDigest */.Gc)(found) !== ref.manifestSha256)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} in ${keyedStore.spec} is not the one the checkpoint took files from`,
            };
    }
    return { usable: true };
}

// EXTERNAL MODULE: ./src/checkpoint/adapters/path-globs.ts
var path_globs = __webpack_require__(29606);
// EXTERNAL MODULE: ./src/checkpoint/adapters/artifact-service.ts
var artifact_service = __webpack_require__(72811);
;// CONCATENATED MODULE: ./src/checkpoint/adapters/workspace.ts
/** The workspace port of the checkpoint phases (src/checkpoint/ports/workspace.ts), over the real scan, save and restore. */











/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    // no manifest cache yet: the first sequence number
    const names = await (0,external_node_fs_promises_.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
/**
 * A job's save, then its record for a resume: in a store others can write (`dir:`, the cache), a re-run
 * resumes only from a checkpoint an artifact of the run names (checkpoint/core/trust.ts), so each saved
 * checkpoint is named at once, not by post, which never runs when the runner is lost. The `artifact` store
 * needs none: only the run's own jobs can write the run's artifacts. Off a runner there is nothing to write.
 */
const saveAndRecord = async (opts) => {
    const result = await saveCheckpoint(opts);
    if (result.reused || opts.store.spec === 'artifact' || !(0,artifact_service/* artifactServiceAvailable */.Z)())
        return result;
    const { manifest: m } = result;
    const record = {
        format: trust/* TRUST_FORMAT */.Jg,
        runId: m.runId,
        job: m.job,
        attempt: m.attempt,
        checkpoints: [{ id: m.id, manifestSha256: result.manifestSha256 }],
    };
    // Loaded only here: the artifact transport (and undici under it) is no part of a save to `dir:` off a runner.
    const { uploadTrustRecord } = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(8080), __webpack_require__.e(574)]).then(__webpack_require__.bind(__webpack_require__, 90574));
    try {
        await uploadTrustRecord(record, undefined, m.id);
    }
    catch (error) {
        opts.logger?.warning(`ci-recovery: could not record checkpoint ${(0,core_text/* inert */.tJ)(m.id)} among the run's artifacts (${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}): a re-run will not resume from it.`);
        // Stored all the same, but no resume point: a later stage's checkpoint must not count on it.
        return { ...result, unrecorded: true };
    }
    return result;
};
const realWorkspace = {
    resolvePaths: path_globs/* resolveCheckpointPaths */.N,
    nextSeq,
    save: saveAndRecord,
    saveRoots: saveRoots,
    restore: restore/* restoreCheckpoint */.vQ,
    checkpointsOfJob: checkpointsOfJob,
    lookup: lookupCheckpoint,
};

;// CONCATENATED MODULE: ./src/checkpoint/adapters/job.ts






/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
function openJobStore(spec, ctx, token, retentionDays) {
    return (0,adapters_open/* openStore */.C)(spec, {
        ...(token ? { token } : {}),
        runId: ctx.runId,
        ...(ctx.owner && ctx.repo ? { owner: ctx.owner, repo: ctx.repo } : {}),
        ...(retentionDays ? { retentionDays } : {}),
        cwd: ctx.workspace,
    });
}
/**
 * The runner as a checkpoint step uses it: in a job, a variable goes to later steps (GITHUB_ENV); off a
 * runner (a test, a laptop) it is kept for this process only, without a workflow command on stdout.
 */
function checkpointRunner(env, log = logger/* runnerLogger */.hB) {
    if (env.files.env)
        return { ...logger/* runnerPort */.Ql, log };
    return {
        ...logger/* runnerPort */.Ql,
        log,
        exportVariable: (name, value) => {
            process.env[name] = value;
        },
    };
}
/** A stage's save (../stage.ts, as the checkpoint phase makes it) with the real workspace: for `run/`. */
function checkpointStage(opts) {
    return (0,stage/* saveStageCheckpoint */.a)(opts, { runner: opts.runner, workspace: realWorkspace });
}

;// CONCATENATED MODULE: ./src/checkpoint/adapters/index.ts
/**
 * Checkpoint API used by the actions, the CLI and the root action's resume:
 * `openStore`, `saveCheckpoint`, `restoreCheckpoint`, `listCheckpoints`, `validateCheckpoint`,
 * `cleanupCheckpoints`, `resumeFromPreviousAttempt`, and the in-job helpers (`checkpointStage`, ...).
 */




















/***/ }),

/***/ 65357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keepRestoredState: () => (/* binding */ keepRestoredState),
/* harmony export */   restoredCheckpoint: () => (/* binding */ restoredCheckpoint),
/* harmony export */   restoredStateHolds: () => (/* binding */ restoredStateHolds),
/* harmony export */   restoredStateOf: () => (/* binding */ restoredStateOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56088);
/**
 * The record of what main's resume restored (checkpoint/core/restored-state.ts): written once by main,
 * beside the checkpoint's local manifest, and checked by each `run/` step that would skip a completed
 * stage: one lstat per directory instead of parsing the whole manifest and one lstat per entry. Loaded
 * on its own, without the checkpoint code, so that a skipped stage stays small.
 */





/** The record of checkpoint `id` restored into `workspace`, kept per directory like its local manifest. */
function restoredStateFile(cacheDir, id, workspace) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace)).digest('hex').slice(0, 12);
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheDir, `${id}.${key}.restored.json`);
}
/** The directory at `abs` as lstat sees it now; undefined when it is not a directory (or not there). */
function dirIdentity(abs) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { bigint: true, throwIfNoEntry: false });
    return st?.isDirectory() ? [String(st.dev), String(st.ino), String(st.ctimeNs)] : undefined;
}
function typeAt(abs) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : undefined;
}
/**
 * The record of checkpoint `m`, restored into `workspace`, as its entries are now; undefined when one of
 * its directories is not one, or when a path is not a plain relative one (the full check then decides).
 * Call it before checking that every entry is there: a change made after that check must move the
 * ctime this records.
 */
function restoredStateOf(m, workspace) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace);
    const dirs = [];
    for (const e of m.entries) {
        if (!(0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .isEntryPath */ .of)(e.path))
            return undefined;
        if (e.type !== 'dir')
            continue;
        const identity = dirIdentity(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, e.path));
        if (!identity)
            return undefined;
        dirs.push([e.path, ...identity]);
    }
    const tops = (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .entriesOutsideDirs */ .ES)(m.entries).map((e) => [e.path, e.type]);
    return {
        format: _core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORED_STATE_FORMAT */ .xG,
        id: m.id,
        workspace: base,
        dirs,
        tops,
        checkpoint: (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .restoredCheckpointOf */ .o7)(m),
    };
}
/**
 * How far a change time may stay behind the clock: kernels without fine-grained timestamps stamp a change
 * with the time of the last tick (up to 10 ms at HZ=100), so a change within a tick of a recorded ctime
 * could carry the same one.
 */
const TICK_MARGIN_MS = 20;
/**
 * Writes `state` (atomically: a reader sees the whole record or none), once the clock is past every
 * recorded ctime by more than a tick: any change made after this returns then moves a ctime it records.
 */
async function keepRestoredState(cacheDir, state) {
    const newest = state.dirs.reduce((max, d) => (BigInt(d[3]) > max ? BigInt(d[3]) : max), 0n);
    const wait = Number(newest / 1000000n) + TICK_MARGIN_MS - Date.now();
    // A ctime ahead of the clock (the clock was set back) is not one a short wait gets past: no record.
    if (wait > TICK_MARGIN_MS)
        return;
    if (wait > 0)
        await new Promise((resolve) => setTimeout(resolve, wait));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(cacheDir, { recursive: true });
    const file = restoredStateFile(cacheDir, state.id, state.workspace);
    const tmp = `${file}.partial-${process.pid}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, JSON.stringify(state));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** The record of checkpoint `id` restored into `workspace`, when there is one that parses. */
async function readRestoredState(cacheDir, id, base) {
    // no record of the restore: the caller reads the checkpoint's manifest
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(restoredStateFile(cacheDir, id, base), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (0,_core_restored_state_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRestoredState */ .lb)(text, id, base);
}
/**
 * What checkpoint `id` holds, as main recorded it once it had restored it into `workspace` and found every
 * entry there; undefined without such a record (the checkpoint's manifest then tells).
 */
async function restoredCheckpoint(cacheDir, id, workspace) {
    return (await readRestoredState(cacheDir, id, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace)))?.checkpoint;
}
/**
 * Whether everything main restored from checkpoint `id` into `workspace` is still there: its record
 * exists, every directory has the identity and ctime it had right after the restore, and every root is
 * there with its type. False proves nothing (a file added, a record missing): the full check decides.
 */
async function restoredStateHolds(cacheDir, id, workspace) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(workspace);
    const state = await readRestoredState(cacheDir, id, base);
    if (!state)
        return false;
    for (const [rel, type] of state.tops)
        if (typeAt(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, rel)) !== type)
            return false;
    for (const [rel, ...was] of state.dirs) {
        const now = dirIdentity(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, rel));
        if (!now || now[0] !== was[0] || now[1] !== was[1] || now[2] !== was[2])
            return false;
    }
    return true;
}


/***/ }),

/***/ 41646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ workspaceHead)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67667);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90422);
/**
 * The commit the workspace's clone has checked out (its HEAD), read from `.git` as git does for the common
 * layouts (a detached sha, a loose ref, packed-refs), else from `git rev-parse`. Main reads it once after
 * actions/checkout and leaves it for later steps: a checkpoint records the commit its job started from,
 * and a resume restores only into a job that started from the same one (checkpoint/adapters/resume.ts).
 * The files are opened as planted files may be (regular-file.ts): a FIFO or a link falls back to git.
 */






const REF = /^refs\/[A-Za-z0-9._/-]+$/;
/** HEAD's commit sha in `workspace`, or undefined where there is no clone (or git cannot tell). */
async function workspaceHead(workspace) {
    const gitDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, '.git');
    // no .git: no clone here (a root outside the workspace), and no git process started to find one above
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(gitDir).catch(() => undefined)))
        return undefined;
    const fromFiles = await headFromFiles(gitDir).catch(
    // a layout the files do not tell (a worktree's .git file, reftable, a planted FIFO): git says, below
    () => undefined);
    if (fromFiles)
        return fromFiles;
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
            cwd: workspace,
            timeout: 10_000,
        });
        const sha = stdout.trim();
        return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(sha) ? sha : undefined;
    }
    catch {
        // not a clone, no commit yet, or no git: no commit to record or compare
        return undefined;
    }
}
/** The fast path: a `.git` directory whose HEAD is a sha or a ref in a loose file or packed-refs. */
async function headFromFiles(gitDir) {
    const head = (await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'HEAD'))).trim();
    if ((0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(head))
        return head;
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref || !REF.test(ref) || ref.split('/').includes('..'))
        return undefined;
    const loose = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, ref)).then((t) => t.trim(), 
    // no loose ref: packed-refs holds it, or git decides below
    () => undefined);
    if (loose !== undefined)
        return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(loose) ? loose : undefined;
    const packed = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'packed-refs'));
    for (const line of packed.split('\n')) {
        const [sha, name] = line.split(' ');
        if (name === ref && sha !== undefined && (0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(sha))
            return sha;
    }
    return undefined;
}


/***/ }),

/***/ 42927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64984);


const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.endGroup();
        }
    },
};
/** The real runner as a port: what an entry point hands its phase. */
const runnerPort = {
    log: runnerLogger,
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getState(name),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.saveState(name, value),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(name, value),
    exportVariable: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.exportVariable(name, value),
    appendSummary: (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendSummary(markdown),
    setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setFailed(message),
    setExitCode: (code) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setExitCode(code),
    appendFileCommand: (command, text) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendFileCommand(command, text),
};


/***/ })

};
