export const id = 4529;
export const ids = [4529,867,3248];
export const modules = {

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ dropsCheckpoints),
/* harmony export */   WC: () => (/* binding */ artifactsOfCheckpoints),
/* harmony export */   pj: () => (/* binding */ droppedLine),
/* harmony export */   tW: () => (/* binding */ ownCheckpointIds)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81738);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81683);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39018);




const MANIFEST = '.manifest.json';
const ARCHIVES = [(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveExtension */ .yP)('zstd'), (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveExtension */ .yP)('gzip')];
/** Whether post deletes the attempt's checkpoints: the job is green, by the runner's word and the report's. */
function dropsCheckpoints(when) {
    if (when.keep || when.conclusion !== 'success')
        return false;
    return when.jobStatus === undefined || when.jobStatus === '' || when.jobStatus === 'success';
}
/**
 * The checkpoints this job attempt saved: ids its steps recorded as saved (with the digest of the manifest
 * they stored) whose name says this run, job and attempt. The name alone cannot say it: job `build`'s
 * prefix also starts job `build-a2-x`'s ids, which a restore step of `build` records. A stage that stood on
 * the checkpoint main resumed, or a restore, records an id it did not save: never chosen.
 */
function ownCheckpointIds(records, owner, attempt) {
    const ids = new Set();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptInId */ .m4)(r.checkpointId, owner) === attempt)
            ids.add(r.checkpointId);
    return [...ids];
}
/** The object names one checkpoint is stored under: its manifest and archive (either compression). */
function objectNames(id) {
    return [`${id}${MANIFEST}`, ...ARCHIVES.map((ext) => `${id}${ext}`)];
}
/**
 * Of the run's artifact `names`, those of the checkpoints `ids`: manifest, archive, each root's (paths
 * outside the workspace, `<id>-root<n>`) and the run's record of each save (dir: stores' checkpoints).
 * Matched exactly, never by prefix alone: two ids may share a prefix.
 */
function artifactsOfCheckpoints(names, ids, place) {
    const wanted = new Set();
    const record = (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .trustArtifactName */ .G0)(place.job, place.attempt);
    for (const id of ids) {
        for (const n of objectNames(id))
            wanted.add(n);
        wanted.add(`${record}-${id}`);
    }
    const rootOf = (name) => ids.some((id) => {
        const rest = name.startsWith(`${id}-root`) ? name.slice(id.length + 5) : undefined;
        const m = rest === undefined ? null : /^(\d+)(\..+)$/.exec(rest);
        return m !== null && [MANIFEST, ...ARCHIVES].includes(m[2]);
    });
    return names.filter((n) => wanted.has(n) || rootOf(n));
}
function sizeText(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KiB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
/**
 * The one line post says of it: what went, or why some stayed and what would let them go. Undefined when
 * there was nothing to delete. `level` warning only when something was kept.
 */
function droppedLine(d) {
    if (d.deleted === 0 && d.kept === 0)
        return undefined;
    const gone = `deleted ${d.deleted} checkpoint artifact(s) of this attempt (${sizeText(d.bytes)}): the job is green, nothing will resume from them`;
    if (d.kept === 0)
        return { level: 'info', message: `ci-recovery: ${gone}.` };
    const kept = `kept ${d.kept} checkpoint artifact(s) of this green attempt`;
    if (d.refusal)
        return {
            level: 'warning',
            message: `ci-recovery: ${kept}: the artifact service refused to delete them (${d.refusal.status} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(d.refusal.message).slice(0, 200)}); grant the job 'permissions: actions: write' to have them deleted, or set 'keep-checkpoints: true' to keep them without this warning. The job's result is unchanged.`,
        };
    return {
        level: 'warning',
        message: `ci-recovery: ${kept}: could not delete them (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(d.error ?? 'unknown error').slice(0, 200)}); they expire with the run's artifacts. The job's result is unchanged.`,
    };
}


/***/ }),

/***/ 93248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckpointExistsError: () => (/* reexport */ ports_store/* CheckpointExistsError */.V9),
  IF_NO_FILES_FOUND: () => (/* reexport */ step/* IF_NO_FILES_FOUND */.LS),
  IncrementalPlanner: () => (/* reexport */ core/* IncrementalPlanner */.zh),
  KeyedMatch: () => (/* reexport */ core/* KeyedMatch */.UQ),
  LOCAL_RUN_ID: () => (/* reexport */ step/* LOCAL_RUN_ID */.Qk),
  MANIFEST_FORMAT: () => (/* reexport */ core/* MANIFEST_FORMAT */.Sn),
  MANIFEST_SUFFIX: () => (/* reexport */ ports_store/* MANIFEST_SUFFIX */.OK),
  MemoryStore: () => (/* reexport */ ports_store/* MemoryStore */.ny),
  MemoryWorkspace: () => (/* reexport */ MemoryWorkspace),
  NoFilesFoundError: () => (/* reexport */ step/* NoFilesFoundError */.bM),
  NotFoundError: () => (/* reexport */ ports_store/* NotFoundError */.m_),
  RACY_SLACK_MS: () => (/* reexport */ core/* RACY_SLACK_MS */.Wi),
  RESTORE_VERIFY: () => (/* reexport */ core/* RESTORE_VERIFY */.Zr),
  RUN_ARTIFACTS: () => (/* reexport */ trust/* RUN_ARTIFACTS */.A0),
  archivesNeeded: () => (/* reexport */ core/* archivesNeeded */.jq),
  artifactsOfCheckpoints: () => (/* reexport */ green_cleanup/* artifactsOfCheckpoints */.WC),
  attemptInId: () => (/* reexport */ core/* attemptInId */.m4),
  boundedList: () => (/* reexport */ step/* boundedList */.Y4),
  changeLines: () => (/* reexport */ step/* changeLines */.Ow),
  checkKeyedManifest: () => (/* reexport */ core/* checkKeyedManifest */.qT),
  checkLinkTarget: () => (/* reexport */ core/* checkLinkTarget */.yl),
  checkedRootRecords: () => (/* reexport */ outside/* checkedRootRecords */.GU),
  checkpointFailure: () => (/* reexport */ step/* checkpointFailure */.Tm),
  checkpointId: () => (/* reexport */ core/* checkpointId */.g),
  checkpointOutputs: () => (/* reexport */ step/* checkpointOutputs */.hR),
  checkpointSettings: () => (/* reexport */ step/* checkpointSettings */.cw),
  defaultManifestCache: () => (/* reexport */ step/* defaultManifestCache */.Rb),
  destinationProblem: () => (/* reexport */ core/* destinationProblem */.wI),
  droppedLine: () => (/* reexport */ green_cleanup/* droppedLine */.pj),
  dropsCheckpoints: () => (/* reexport */ green_cleanup/* dropsCheckpoints */.Mf),
  encodeEntries: () => (/* reexport */ core/* encodeEntries */.zT),
  encodeManifest: () => (/* reexport */ core/* encodeManifest */.Gb),
  entriesOutsideDirs: () => (/* reexport */ restored_state/* entriesOutsideDirs */.ES),
  entryTable: () => (/* reexport */ core/* entryTable */.Vy),
  excludeFor: () => (/* reexport */ step/* excludeFor */.UP),
  hashesFilesOf: () => (/* reexport */ core/* hashesFilesOf */.rF),
  isKeyedId: () => (/* reexport */ core/* isKeyedId */.Ko),
  isRollbackRecord: () => (/* reexport */ core/* isRollbackRecord */.G6),
  isUnder: () => (/* reexport */ core/* isUnder */.Jo),
  isValidId: () => (/* reexport */ core/* isValidId */.Al),
  jobContext: () => (/* reexport */ step/* jobContext */.Rl),
  keyedCacheKey: () => (/* reexport */ core/* keyedCacheKey */.QJ),
  keyedId: () => (/* reexport */ core/* keyedId */.S6),
  keyedPathProblems: () => (/* reexport */ core/* keyedPathProblems */.Ak),
  keyedPathsIn: () => (/* reexport */ core/* keyedPathsIn */.Yl),
  keyedRefsUsed: () => (/* reexport */ core/* keyedRefsUsed */.Mu),
  leftAloneBy: () => (/* reexport */ core/* leftAloneBy */.ud),
  load: () => (/* reexport */ load/* load */.H),
  lookupAnswer: () => (/* reexport */ step/* lookupAnswer */.VC),
  newestReadable: () => (/* reexport */ step/* newestReadable */.p7),
  normalKeyedPaths: () => (/* reexport */ core/* normalKeyedPaths */.Mf),
  outermost: () => (/* reexport */ core/* outermost */.J9),
  ownCheckpointIds: () => (/* reexport */ green_cleanup/* ownCheckpointIds */.tW),
  parseManifest: () => (/* reexport */ core/* parseManifest */.Ng),
  parseOutsidePath: () => (/* reexport */ outside/* parseOutsidePath */._W),
  parseRestoreVerify: () => (/* reexport */ core/* parseRestoreVerify */.P6),
  parseRestoredState: () => (/* reexport */ restored_state/* parseRestoredState */.lb),
  parseTrustRecord: () => (/* reexport */ trust/* parseTrustRecord */.NJ),
  planRestore: () => (/* reexport */ core/* planRestore */.q8),
  reservedNameProblem: () => (/* reexport */ core/* reservedNameProblem */.Vq),
  resolveRoot: () => (/* reexport */ outside/* resolveRoot */.H6),
  restoreFailure: () => (/* reexport */ step/* restoreFailure */.Fi),
  restoreJournals: () => (/* reexport */ step/* restoreJournals */.xi),
  restoreOutputs: () => (/* reexport */ step/* restoreOutputs */.V2),
  resumedCandidate: () => (/* reexport */ step/* resumedCandidate */.n_),
  rootBases: () => (/* reexport */ step/* rootBases */.Dr),
  rootOverlaps: () => (/* reexport */ outside/* rootOverlaps */.t4),
  rootsToSave: () => (/* reexport */ outside/* rootsToSave */.Gr),
  safeEntryPath: () => (/* reexport */ core/* safeEntryPath */.FB),
  sameCheckpoint: () => (/* reexport */ step/* sameCheckpoint */.Fs),
  saveStageCheckpoint: () => (/* reexport */ stage/* saveStageCheckpoint */.a),
  selectPaths: () => (/* reexport */ core/* selectPaths */.LO),
  shownChanges: () => (/* reexport */ core/* shownChanges */.ph),
  stageName: () => (/* reexport */ step/* stageName */.CT),
  trustArtifactName: () => (/* reexport */ trust/* trustArtifactName */.G0),
  trustRecordOf: () => (/* reexport */ trust/* trustRecordOf */.n$),
  trustedByRecords: () => (/* reexport */ trust/* trustedByRecords */.Nk),
  underAny: () => (/* reexport */ core/* underAny */.DR),
  untrustedBecause: () => (/* reexport */ trust/* untrustedBecause */.XI),
  writeLocalManifest: () => (/* reexport */ core/* writeLocalManifest */.UC)
});

// EXTERNAL MODULE: ./src/checkpoint/core/index.ts + 4 modules
var core = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/checkpoint/core/step.ts
var step = __webpack_require__(84004);
// EXTERNAL MODULE: ./src/checkpoint/core/trust.ts
var trust = __webpack_require__(39018);
// EXTERNAL MODULE: ./src/checkpoint/core/outside.ts
var outside = __webpack_require__(35235);
// EXTERNAL MODULE: ./src/checkpoint/core/green-cleanup.ts
var green_cleanup = __webpack_require__(462);
// EXTERNAL MODULE: ./src/checkpoint/core/restored-state.ts
var restored_state = __webpack_require__(56088);
// EXTERNAL MODULE: ./src/checkpoint/ports/store.ts
var ports_store = __webpack_require__(44076);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/checkpoint/ports/workspace.ts
/**
 * The workspace as the checkpoint phases see it: resolve paths, save a checkpoint of them, restore one,
 * and find a job's checkpoints in a store, in the port's own types (what a save, a restore and a lookup
 * take and give). checkpoint/adapters/workspace.ts is the real one (the scan, save and restore of
 * checkpoint/adapters/); `MemoryWorkspace` keeps files in a map and records calls.
 */





const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/**
 * Files as a map from workspace-relative path to content. Saves are always full (one archive: the files
 * as JSON); paths match exactly (no globs). `calls` records `save <id>`, `restore <id>` and so on.
 */
class MemoryWorkspace {
    calls = [];
    files;
    seq = 0;
    constructor(files = {}) {
        this.files = new Map(Object.entries(files));
    }
    under(root) {
        return [...this.files.keys()].filter((p) => (0,core/* isUnder */.Jo)(p, root)).sort();
    }
    resolvePaths(_workspace, patterns) {
        const include = patterns.filter((p) => !p.startsWith('!'));
        return {
            roots: include.filter((p) => this.under(p).length > 0),
            exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
            unmatched: include.filter((p) => this.under(p).length === 0),
        };
    }
    nextSeq() {
        return Promise.resolve(++this.seq);
    }
    async save(opts) {
        const parent = typeof opts.parent === 'string' ? opts.parent : opts.parent?.id;
        this.calls.push(`save ${opts.id}${parent ? ` on ${parent}` : ''}`);
        const paths = [...new Set(opts.paths.flatMap((root) => this.under(root)))];
        const content = Object.fromEntries(paths.map((p) => [p, this.files.get(p)]));
        opts.onPacked?.(); // every file is read
        const entries = paths.map((p) => ({
            path: p,
            type: 'file',
            mode: 0o644,
            size: content[p].length,
            sha256: sha256(content[p]),
            from: opts.id,
        }));
        // The name a gzip archive has (the manifest checks it); the content is the files as JSON.
        const file = `${opts.id}.tar.gz`;
        const archive = await opts.store.putArchive(file, external_node_stream_.Readable.from([JSON.stringify(content)]));
        const manifest = {
            format: core/* MANIFEST_FORMAT */.Sn,
            id: opts.id,
            kind: 'full',
            paths: opts.paths,
            exclude: opts.exclude ?? [],
            ...opts.meta,
            completedStages: opts.meta.completedStages ?? [],
            createdAt: new Date(0).toISOString(),
            scanStartedMs: 0,
            timings: { scanMs: 0, archiveMs: 0, totalMs: 0 },
            entries,
            changed: paths,
            deleted: [],
            archive: { file, compression: 'gzip', ...archive, entries: paths.length },
        };
        const stored = (0,core/* encodeManifest */.Gb)(manifest).stored;
        await opts.store.putManifest(opts.id, stored);
        const bytes = entries.reduce((n, e) => n + (e.size ?? 0), 0);
        const manifestSha256 = (0,external_node_crypto_.createHash)('sha256').update(stored).digest('hex');
        return { manifest, manifestSha256, files: paths.length, bytes, stored: paths.length, storedBytes: bytes };
    }
    async restore(opts) {
        const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
        this.calls.push(`restore ${manifest.id}${opts.dryRun ? ' (dry run)' : ''}`);
        const chunks = [];
        for await (const chunk of await opts.store.getArchive(manifest.archive.file))
            chunks.push(Buffer.from(chunk));
        const content = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const now = [...new Set(manifest.paths.flatMap((root) => this.under(root)))];
        const changes = {
            added: Object.keys(content).filter((p) => !this.files.has(p)),
            modified: Object.keys(content).filter((p) => this.files.has(p) && this.files.get(p) !== content[p]),
            deleted: now.filter((p) => !(p in content)),
            unchanged: Object.keys(content).filter((p) => this.files.get(p) === content[p]).length,
        };
        if (!opts.dryRun) {
            for (const p of changes.deleted)
                this.files.delete(p);
            for (const [p, text] of Object.entries(content))
                this.files.set(p, text);
        }
        const bytes = Object.values(content).reduce((n, t) => n + t.length, 0);
        return { manifest, changes, restored: !opts.dryRun, files: Object.keys(content).length, bytes };
    }
    /** Every readable or unreadable manifest in the store that is not another job's, newest first. */
    async *checkpointsOfJob(store, filter) {
        this.calls.push(`checkpointsOfJob ${filter.job} ${filter.runId}`);
        const objects = (await store.objects())
            .filter((o) => o.name.endsWith(ports_store/* MANIFEST_SUFFIX */.OK))
            .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
        for (const o of objects) {
            const id = o.name.slice(0, -ports_store/* MANIFEST_SUFFIX */.OK.length);
            let manifest;
            try {
                manifest = await store.getManifest(id);
            }
            catch (error) {
                yield { id, error: error.message };
                continue;
            }
            if (manifest.job !== filter.job || manifest.runId !== filter.runId)
                continue;
            const digest = (0,external_node_crypto_.createHash)('sha256').update((0,core/* encodeManifest */.Gb)(manifest).stored).digest('hex');
            const untrusted = filter.trusted && (0,trust/* untrustedBecause */.XI)(filter.trusted, id, digest);
            yield untrusted ? { id, error: untrusted } : { id, manifest };
        }
    }
    async lookup(store, manifest) {
        this.calls.push(`lookup ${manifest.id}`);
        const present = new Set((await store.objects()).map((o) => o.name));
        for (const id of (0,core/* archivesNeeded */.jq)(manifest)) {
            // an unreadable checkpoint is named in the next line as the problem
            const of = id === manifest.id ? manifest : await store.getManifest(id).catch(() => undefined);
            if (!of)
                return { usable: false, problem: `checkpoint '${id}' that it needs is unreadable` };
            if (!present.has(of.archive.file))
                return {
                    usable: false,
                    problem: `archive ${of.archive.file} that it needs is missing from the store`,
                };
        }
        return { usable: true };
    }
}

// EXTERNAL MODULE: ./src/checkpoint/stage.ts
var stage = __webpack_require__(59056);
// EXTERNAL MODULE: ./src/checkpoint/load.ts
var load = __webpack_require__(79716);
;// CONCATENATED MODULE: ./src/checkpoint/index.ts
/**
 * The checkpoint engine's door: the rest of src/ imports the engine from here and from nowhere else, but for
 * `load` alone, which an entry point or adapter may take from load.ts (eslint.config.js `wingDoor`). Inside,
 * the wing keeps the house's floors: `core/` decides (pure), `ports/` are its interfaces with their in-memory
 * implementations, `adapters/` do the I/O.
 *
 * What it names (what the rest of src/ uses of the core and the ports, each by name: `namedDoors`) is pure
 * and costs nothing to load, so a phase may import it under its floor. The adapters (archives, transfers,
 * the artifact and cache services) load on first use through `load`, each as its own chunk of the bundle: an
 * entry point that only decides (post on a green job, a `run/` step that saves no stage) never loads
 * them; `load`'s modules carry their own types. What is pure is not free: the core's chunk is ~150 KB with
 * node:crypto, so an entry point that needs `load` alone (main, post) takes it from load.ts.
 */









/** The engine's adapters, loaded on first use (load.ts, the door that holds nothing else). */



/***/ }),

/***/ 79716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ load)
/* harmony export */ });
/**
 * The engine's adapters, loaded on first use: the wing's second door, beside index.ts. It holds no engine
 * code, only the lazy `import()`s of the adapters, so an entry point that may need an adapter but mostly
 * does not (main and post on a green job: the store guard, the cache transfer) imports this alone and
 * never loads the engine's core (index.ts's pure exports and their chunk, ~150 KB with node:crypto).
 * index.ts exports the same `load`. Outside the wing only src/actions, src/adapters and src/cli import it
 * (eslint.config.js `wingDoor`); a phase takes adapters as ports.
 */
const load = {
    /** The stall watchdog every store call runs under, and the entry points' end when a store was given up. */
    storeGuard: () => __webpack_require__.e(/* import() */ 9498).then(__webpack_require__.bind(__webpack_require__, 9498)),
    /** Save, restore, list, validate, clean up, resume, open a store: the whole engine. */
    engine: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4385), __webpack_require__.e(4812), __webpack_require__.e(5895)]).then(__webpack_require__.bind(__webpack_require__, 95895)),
    /** A store, a restore and its progress alone: what the CLI's restore loads (adapters/restoring.ts). */
    restoring: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(4385), __webpack_require__.e(4812), __webpack_require__.e(7498)]).then(__webpack_require__.bind(__webpack_require__, 17498)),
    /** main's record of what its resume restored, checked without the engine (one lstat a directory). */
    restoredState: () => Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(5357)]).then(__webpack_require__.bind(__webpack_require__, 65357)),
    /** The job attempts' records of the checkpoints they stored in the run's artifacts. */
    trustRecords: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(8664), __webpack_require__.e(8080), __webpack_require__.e(3471)]).then(__webpack_require__.bind(__webpack_require__, 90574)),
    /** One artifact uploaded to the Results service from a stream or from memory (post's recovery plan). */
    artifactUpload: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8080), __webpack_require__.e(9287)]).then(__webpack_require__.bind(__webpack_require__, 28080)),
    /** Deleting a green attempt's checkpoint artifacts. */
    artifactCleanup: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(1683), __webpack_require__.e(4523)]).then(__webpack_require__.bind(__webpack_require__, 10285)),
    /** Where keyed entries live: the cache service, or a directory beside a `dir:` store. */
    keyedStore: () => Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(4385)]).then(__webpack_require__.bind(__webpack_require__, 84385)),
    /** The cache service's entries, spoken to as @actions/cache 6 does (for the ledger and the history too). */
    cacheTransfer: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(9668)]).then(__webpack_require__.bind(__webpack_require__, 38413)),
};


/***/ }),

/***/ 99057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ bytes)
/* harmony export */ });
/**
 * A byte count as people read it (`1.5 MiB`). Apart from support.ts, which loads the checkpoint engine's door:
 * classify's progress line needs this and none of that.
 */
function bytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}


/***/ }),

/***/ 24093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Iy: () => (/* binding */ openCliStore),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   ee: () => (/* reexport safe */ _bytes_js__WEBPACK_IMPORTED_MODULE_6__.e),
/* harmony export */   ko: () => (/* binding */ cliManifestCache),
/* harmony export */   rp: () => (/* binding */ DEFAULT_CLI_STORE),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vS: () => (/* binding */ stdoutToStderr),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64984);
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93248);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72020);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99057);
/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */






/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';
/**
 * The store a CLI verb names with --store. A spec that is neither form is a usage error. The artifact
 * store needs the runtime token the runner gives each job (ACTIONS_RUNTIME_TOKEN): outside a job there is
 * none, which no permission or github-token can make up for, so say that instead of what the artifact
 * client would report.
 */
async function openCliStore(spec, env, part = 'engine') {
    const s = (spec ?? DEFAULT_CLI_STORE).trim();
    if (!(s.startsWith('dir:') && s.length > 4) && s !== 'artifact')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`);
    if (s === 'artifact' && !env.runtime.token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.');
    if (s.startsWith('dir:'))
        refuseLinkedStore(s.slice('dir:'.length), spec === undefined, process.cwd());
    return (await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.load[part]()).openStore(s, { cwd: process.cwd() });
}
/**
 * A relative store (the default one too) is written under the current directory, which is often a
 * checkout: a `.ci-recovery` (or any part of the path) committed or planted as a symbolic link would send
 * every checkpoint, with the workspace's files, wherever the link points, and have restores read what is
 * there. A link on the way is refused; a missing part is made later. An absolute path is the user's own.
 */
function refuseLinkedStore(dir, isDefault, cwd) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(dir))
        return;
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(dir)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .filter((p) => p !== '' && p !== '.');
    for (let i = 1; i <= parts.length; i++) {
        const at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, ...parts.slice(0, i));
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false });
        if (!st)
            return;
        if (!st.isSymbolicLink())
            continue;
        let target = '?';
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(at);
        }
        catch {
            // Named as '?'.
        }
        const which = isDefault ? `the default store ${dir}` : `the store dir:${dir}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${which} in ${cwd} goes through a symbolic link (${parts.slice(0, i).join('/')} -> ${target}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`);
    }
}
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
async function cliManifestCache(store, env, part = 'engine') {
    const { DirStore } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.load[part]();
    return (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultManifestCache)(env) ?? (store instanceof DirStore ? privateLocal(store.dir) : undefined);
}
/**
 * A directory store's `.local/`, unless it is not this user's private directory: in a store others can
 * write, another user can make it first and plant copies in it (a copy's stat facts and digests had the
 * next incremental reuse a changed file's old bytes) or links named as copies (a restore wrote its
 * manifest through one). Such a one is neither read nor written, as journal-dir.ts refuses journals.
 */
function privateLocal(storeDir) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(storeDir, '.local');
    // Missing: made by this user's save or restore (mkdir, this user's umask).
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
    if (!st)
        return dir;
    // (Windows reports neither owners nor these mode bits: there only a link or a file is refused.)
    const uid = process.getuid?.();
    if (st.isDirectory() && (uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0)))
        return dir;
    process.stderr.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inert */ .tJ)(`warning: ${dir} is not a private directory of this user (${st.isSymbolicLink() ? 'a link' : !st.isDirectory() ? 'not a directory' : st.uid !== uid ? `owner uid ${st.uid}` : `mode ${(st.mode & 0o777).toString(8)}, writable by others`}): local copies of manifests are neither read from it nor written, so a checkpoint reads every file again; remove it, and it is made again (0700).`)) + '\n');
    return undefined;
}

/** The real stdout while stdoutToStderr is active: results go there, library chatter does not. */
let resultOut;
/** A result line on stdout; paths and log text in it cannot act as workflow commands under Actions. */
function print(line = '') {
    (resultOut ?? process.stdout.write.bind(process.stdout))((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(line) + '\n');
}
function printJson(value) {
    print((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)(value, 2));
}
/** Aligned plain-text table. */
function table(rows) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
    return rows
        .map((r) => r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/**
 * The CLI logs to stderr (stdout carries results, and is pure JSON with --json); debug lines only with
 * RUNNER_DEBUG=1, the switch GitHub's "debug logging" re-run sets and @actions/core reads.
 */
function stderrLogger(verbose) {
    // stderr too: the runner reads both streams for workflow commands.
    const w = (prefix) => (m) => void process.stderr.write(`${(0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLines */ .wi)(`${prefix}${m}`))}\n`);
    return {
        debug: (m) => (verbose ? w('debug: ')(m) : undefined),
        info: w(''),
        notice: w('notice: '),
        warning: w('warning: '),
        error: w('error: '),
        group: (_name, fn) => fn(),
    };
}
/**
 * Runs fn with stdout sent to stderr: the artifact and cache clients log through @actions/core, which
 * writes to stdout outside Actions, and stdout must carry only our result (pure JSON with --json).
 */
async function stdoutToStderr(fn) {
    const stdout = process.stdout;
    const original = Object.getOwnPropertyDescriptor(stdout, 'write');
    const write = stdout.write.bind(stdout);
    resultOut = (text) => write(text);
    stdout.write = process.stderr.write.bind(process.stderr);
    try {
        return await fn();
    }
    finally {
        if (original)
            Object.defineProperty(stdout, 'write', original);
        else
            delete stdout.write;
        resultOut = undefined;
    }
}


/***/ }),

/***/ 35525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ wantsHelp)
/* harmony export */ });
/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}


/***/ })

};
