export const id = 3248;
export const ids = [3248,867];
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


/***/ })

};
