export const id = 3248;
export const ids = [3248,4844];
export const modules = {

/***/ 70309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ worthRehashing),
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Li: () => (/* binding */ reuseIfSameContent),
/* harmony export */   Wi: () => (/* binding */ RACY_SLACK_MS),
/* harmony export */   dI: () => (/* binding */ sameEntry),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   q8: () => (/* binding */ planRestore),
/* harmony export */   zh: () => (/* binding */ IncrementalPlanner)
/* harmony export */ });
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20066);

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
const RACY_SLACK_MS = 2000;
/**
 * Plans a checkpoint entry by entry against its parent (none: a full checkpoint), so that the saver can
 * pack each entry as the walk yields it. `entries` collects the new manifest's entries in walk order.
 */
class IncrementalPlanner {
    parent;
    entries = [];
    before = new Map();
    /** Files modified at or after this are never trusted by their stat alone. */
    trustedBefore;
    /** New entries that the parent had too: fewer than the parent's means something was deleted. */
    matched = 0;
    constructor(parent) {
        this.parent = parent;
        for (const e of parent?.entries ?? [])
            this.before.set(e.path, e);
        this.trustedBefore = parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity;
    }
    /**
     * Decides for one scanned entry whether it can be taken from the parent. A file is reused without
     * reading it only when type, mode, size and stat facts (mtime, inode, device, and ctime where the
     * parent's local copy knows it, as git's index compares) all equal the parent's,
     * and its mtime is safely older than the parent's scan; anything else is read, hashed and stored again.
     * With no parent everything is stored.
     */
    plan(s) {
        const old = this.before.get(s.path);
        if (old)
            this.matched++;
        // The scanned object becomes the manifest entry: on tens of thousands of entries a second object
        // each, and the garbage collector copying it, cost more than the planning itself.
        const entry = s;
        if (s.stat)
            entry.mtimeMs = s.stat.mtimeMs;
        let store;
        if (s.type === 'file') {
            entry.size = s.size ?? 0;
            const a = old?.stat;
            const b = s.stat;
            const reusable = old?.type === 'file' &&
                old.mode === s.mode &&
                old.size === s.size &&
                old.sha256 !== undefined &&
                old.from !== undefined &&
                // A hard link's bytes are in its archive under its file's name, not under its own.
                old.link === undefined &&
                a !== undefined &&
                b !== undefined &&
                a.mtimeMs === b.mtimeMs &&
                (a.ctimeMs === undefined || a.ctimeMs === b.ctimeMs) &&
                a.ino === b.ino &&
                a.dev === b.dev &&
                b.mtimeMs < this.trustedBefore;
            store = !reusable;
            if (reusable) {
                entry.sha256 = old.sha256;
                entry.from = old.from;
            }
        }
        else if (s.type === 'symlink') {
            entry.target = s.target ?? '';
            store = !(old?.type === 'symlink' && old.target === s.target);
        }
        else {
            store = !(old?.type === 'dir' && old.mode === s.mode) || this.parent === undefined;
        }
        this.entries.push(entry);
        return { entry, store, old };
    }
    /** Paths of the parent that the walk did not meet (call once the walk is over). */
    deleted() {
        if (this.matched >= this.before.size)
            return [];
        const now = new Set(this.entries.map((e) => e.path));
        return [...this.before.keys()].filter((p) => !now.has(p));
    }
}
/**
 * A stored file whose stat changed but whose size and mode did not: worth hashing before storing, since
 * a touched file (rewritten with the same bytes by a build tool or a checkout) then costs a read instead
 * of storage.
 */
function worthRehashing(p) {
    const { entry: e, old } = p;
    return p.store && e.type === 'file' && old?.type === 'file' && old.size === e.size && old.mode === e.mode;
}
/** Takes the file from the parent when its fresh hash equals the parent's; true when it did. */
function reuseIfSameContent(p, sha256) {
    const { entry: e, old } = p;
    if (!sha256 || old?.type !== 'file' || old.sha256 !== sha256 || !old.from || old.link)
        return false;
    if (old.mode !== e.mode || old.size !== e.size)
        return false;
    e.sha256 = sha256;
    e.from = old.from;
    p.store = false;
    return true;
}
/** Restricts entries to a partial restore's paths (none given: everything). */
function selectPaths(items, only) {
    if (!only || only.length === 0)
        return items;
    return items.filter((i) => only.some((root) => (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(i.path, root)));
}
/** True when the target entry is already on disk as it should be. */
function sameEntry(target, current) {
    if (!current || current.type !== target.type || current.mode !== target.mode)
        return false;
    if (target.type === 'symlink')
        return current.target === target.target;
    if (target.type === 'file')
        return current.size === target.size && current.sha256 === target.sha256;
    return true;
}
/**
 * What restoring `target` onto `current` changes, within `roots`: entries to add or modify, and entries on
 * disk under the roots that the checkpoint does not have (deleted, parents before children removed last
 * is the applier's job; here they are listed shallow-first).
 */
function planRestore(target, current) {
    const cur = new Map(current.map((c) => [c.path, c]));
    const want = new Set(target.map((t) => t.path));
    const added = [];
    const modified = [];
    let unchanged = 0;
    for (const t of target) {
        const c = cur.get(t.path);
        if (!c)
            added.push(t.path);
        else if (sameEntry(t, c))
            unchanged++;
        else
            modified.push(t.path);
    }
    const deleted = current.filter((c) => !want.has(c.path)).map((c) => c.path);
    return { added, modified, deleted, unchanged };
}
/**
 * The changes as they are shown (the restore action's outputs and log, the CLI): a directory added or
 * deleted whole stands for its contents, so restoring node_modules into a fresh checkout names one
 * path, not tens of thousands (over a megabyte, more than a job output may hold).
 */
function shownChanges(c) {
    return { added: (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.added), modified: c.modified, deleted: (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.deleted) };
}


/***/ }),

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

/***/ 81738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ RESERVED_PREFIXES),
/* harmony export */   Al: () => (/* binding */ isValidId),
/* harmony export */   G6: () => (/* binding */ isRollbackRecord),
/* harmony export */   NK: () => (/* binding */ idPart),
/* harmony export */   Vq: () => (/* binding */ reservedNameProblem),
/* harmony export */   g: () => (/* binding */ checkpointId),
/* harmony export */   m4: () => (/* binding */ attemptInId)
/* harmony export */ });
/**
 * Checkpoint ids: what an id may hold, the id the actions make for a job's checkpoint and what such an id
 * says of its owner, and the name prefixes ci-recovery keeps for itself.
 */
/** Checkpoint ids double as file and artifact names: keep them to a portable alphabet. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
function isValidId(id) {
    return ID.test(id) && !id.includes('..');
}
/** Turns free text (job or stage names) into a piece usable inside an id. */
function idPart(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    return (cleaned || 'x').slice(0, 60);
}
const GENERATED_PREFIX = 'ci-recovery-ckpt-';
function ownerPrefix(owner) {
    return `${GENERATED_PREFIX}r${idPart(owner.runId)}-${idPart(owner.job)}-a`;
}
/**
 * The id used by the actions: `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. The run keeps two
 * runs sharing a `dir:` store apart, the job identity two legs of a matrix, the attempt two re-runs, and the
 * sequence two checkpoints of one stage.
 */
function checkpointId(owner, stage, attempt, seq) {
    return `${ownerPrefix(owner)}${attempt}-${idPart(stage)}-${String(seq).padStart(3, '0')}`;
}
/**
 * What an id made by checkpointId says without its manifest being read: the attempt, when it may be
 * `owner`'s (the manifest decides: two job names can share an id part), 'other-job' when it cannot be
 * (another run, another job or leg). Undefined for any other id (a name the user chose), which only its
 * manifest can place.
 */
function attemptInId(id, owner) {
    if (!id.startsWith(GENERATED_PREFIX))
        return undefined;
    const prefix = ownerPrefix(owner);
    if (!id.startsWith(prefix))
        return /^r[^-]+-.+-a\d+-.+-\d+$/.test(id.slice(GENERATED_PREFIX.length)) ? 'other-job' : undefined;
    const attempt = /^(\d+)-.+-\d+$/.exec(id.slice(prefix.length))?.[1];
    return attempt === undefined ? undefined : Number(attempt);
}
/**
 * The prefixes of what ci-recovery names itself in a store, a cache or a run's artifacts: keyed entries,
 * rollback records, the actions' own checkpoint ids, plan artifacts, the ledger, the run's records of its
 * checkpoints and the test history. A name a user gives a
 * checkpoint never starts with one (in any case: a store may sit on a case-blind disk), or it would be read
 * as ours: a checkpoint named `ci-recovery-keyed-x` had children that saved and could never be restored.
 */
const RESERVED_PREFIXES = {
    'ci-recovery-keyed-': 'keyed entries',
    'ci-recovery-rollback-': 'rollback records',
    'ci-recovery-ckpt-': "the actions' own checkpoints",
    'ci-recovery-plan-': 'plan artifacts',
    'ci-recovery-ledger-': 'the ledger',
    // A run's artifact of this name is read as a job attempt's record of its checkpoints (trust.ts).
    'ci-recovery-checkpoints-': "the run's records of its checkpoints",
    'ci-recovery-tests-': 'the test history',
};
/**
 * Why a checkpoint name someone gave (`input`: the input or flag it came from) cannot be used, if it starts
 * with a prefix ci-recovery keeps for itself.
 */
function reservedNameProblem(name, input) {
    const lower = name.toLowerCase();
    const found = Object.entries(RESERVED_PREFIXES).find(([prefix]) => lower.startsWith(prefix));
    if (!found)
        return undefined;
    const [prefix, what] = found;
    return `${input} '${name}' starts with '${prefix}', which ci-recovery keeps for ${what}: a checkpoint of that name would be read as one of them; choose a name without the prefix (e.g. '${name.slice(prefix.length) || 'build'}').`;
}
/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
function isRollbackRecord(name) {
    return name.startsWith('ci-recovery-rollback-');
}


/***/ }),

/***/ 59062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z8: () => (/* reexport */ DEFAULT_RESTORE_VERIFY),
  ls: () => (/* reexport */ entry_paths/* HFS_IGNORED */.ls),
  zh: () => (/* reexport */ diff/* IncrementalPlanner */.zh),
  pO: () => (/* reexport */ core_keyed/* KEYED_FORMAT */.pO),
  UQ: () => (/* reexport */ core_keyed/* KeyedMatch */.UQ),
  AR: () => (/* reexport */ LEFT_ALONE_GLOBS),
  Sn: () => (/* reexport */ manifest/* MANIFEST_FORMAT */.Sn),
  Sh: () => (/* reexport */ ManifestError),
  Wi: () => (/* reexport */ diff/* RACY_SLACK_MS */.Wi),
  AM: () => (/* reexport */ ids/* RESERVED_PREFIXES */.AM),
  Sy: () => (/* reexport */ entry_paths/* RESTORED_MODE_BITS */.Sy),
  Zr: () => (/* reexport */ RESTORE_VERIFY),
  AS: () => (/* reexport */ entry_paths/* SECRET_NAMES */.AS),
  th: () => (/* reexport */ entry_paths/* STAGING_PREFIX */.th),
  k0: () => (/* reexport */ entry_paths/* UnsafePathError */.k0),
  T1: () => (/* reexport */ entry_paths/* ancestors */.T1),
  yP: () => (/* reexport */ manifest/* archiveExtension */.yP),
  jq: () => (/* reexport */ manifest/* archivesNeeded */.jq),
  m4: () => (/* reexport */ ids/* attemptInId */.m4),
  qT: () => (/* reexport */ core_keyed/* checkKeyedManifest */.qT),
  yl: () => (/* reexport */ entry_paths/* checkLinkTarget */.yl),
  ur: () => (/* reexport */ core_keyed/* checkedKeyedRefs */.ur),
  g: () => (/* reexport */ ids/* checkpointId */.g),
  wI: () => (/* reexport */ destinationProblem),
  Gb: () => (/* reexport */ encodeManifest),
  Ed: () => (/* reexport */ manifest/* fileTotals */.Ed),
  mw: () => (/* reexport */ entry_paths/* foldedName */.mw),
  n2: () => (/* reexport */ entry_paths/* hasStagingName */.n2),
  rF: () => (/* reexport */ hashesFilesOf),
  NK: () => (/* reexport */ ids/* idPart */.NK),
  hA: () => (/* reexport */ entry_paths/* isGitDirName */.hA),
  is: () => (/* reexport */ isInsideDir),
  Ko: () => (/* reexport */ core_keyed/* isKeyedId */.Ko),
  Xl: () => (/* reexport */ entry_paths/* isNormalPath */.Xl),
  G6: () => (/* reexport */ ids/* isRollbackRecord */.G6),
  eh: () => (/* reexport */ entry_paths/* isSecretName */.eh),
  Jo: () => (/* reexport */ entry_paths/* isUnder */.Jo),
  Al: () => (/* reexport */ ids/* isValidId */.Al),
  QJ: () => (/* reexport */ core_keyed/* keyedCacheKey */.QJ),
  S6: () => (/* reexport */ core_keyed/* keyedId */.S6),
  Gc: () => (/* reexport */ core_keyed/* keyedManifestDigest */.Gc),
  Ak: () => (/* reexport */ core_keyed/* keyedPathProblems */.Ak),
  Yl: () => (/* reexport */ core_keyed/* keyedPathsIn */.Yl),
  Mu: () => (/* reexport */ core_keyed/* keyedRefsUsed */.Mu),
  ud: () => (/* reexport */ leftAloneBy),
  Iq: () => (/* reexport */ literalGlob),
  P2: () => (/* reexport */ manifest/* manifestStats */.P2),
  Mf: () => (/* reexport */ core_keyed/* normalKeyedPaths */.Mf),
  J9: () => (/* reexport */ entry_paths/* outermost */.J9),
  Ng: () => (/* reexport */ parseManifest),
  P6: () => (/* reexport */ parseRestoreVerify),
  q8: () => (/* reexport */ diff/* planRestore */.q8),
  Gi: () => (/* reexport */ entry_paths/* readsAsDotDot */.Gi),
  Vq: () => (/* reexport */ ids/* reservedNameProblem */.Vq),
  Li: () => (/* reexport */ diff/* reuseIfSameContent */.Li),
  FB: () => (/* reexport */ entry_paths/* safeEntryPath */.FB),
  dI: () => (/* reexport */ diff/* sameEntry */.dI),
  LO: () => (/* reexport */ diff/* selectPaths */.LO),
  ph: () => (/* reexport */ diff/* shownChanges */.ph),
  m0: () => (/* reexport */ manifest/* storedArchivesNeeded */.m0),
  NV: () => (/* reexport */ manifest/* summarize */.eh),
  DR: () => (/* reexport */ entry_paths/* underAny */.DR),
  GZ: () => (/* reexport */ diff/* worthRehashing */.GZ),
  UC: () => (/* reexport */ writeLocalManifest)
});

// EXTERNAL MODULE: ./src/checkpoint/core/manifest.ts
var manifest = __webpack_require__(81683);
;// CONCATENATED MODULE: ./src/checkpoint/core/manifest-encode.ts
const TYPE_LETTER = { file: 'f', dir: 'd', symlink: 'l' };
/**
 * Both forms of a manifest from one encoding: the stored bytes (what a store keeps), and the local form
 * as pieces to write in a row (the stored bytes, less their closing braces, then the `ino` and `dev`
 * columns: this machine's stat facts, which let the next incremental skip reading unchanged files). Saving needs
 * both; for tens of thousands of entries a second encoding costs about a tenth of a second, and a second
 * copy of the text would be the save's memory peak.
 *
 * The text is written straight into one Buffer, a few hundred entries at a time: building the columns as
 * arrays and the whole text as one string first held about 15 MiB of heap for 46,734 entries (a 6 MB
 * manifest) at the end of a save, its memory peak, where this holds the Buffer and one small piece.
 */
function encodeManifest(m) {
    const out = writeEntries(m, (estimate) => new JsonWriter(estimate));
    out.text('}}');
    const bytes = out.bytes();
    return {
        stored: bytes,
        local: () => {
            const facts = new JsonWriter(m.entries.length * 24 + 32);
            writeStatFacts(facts, m.entries);
            facts.text('}}');
            return [bytes.subarray(0, bytes.length - 2), facts.bytes()];
        },
    };
}
/**
 * The local form alone (see encodeManifest), handed to `sink` a quarter of a MiB at a time (each chunk is
 * valid only during the call): a restore keeps it for the next incremental, and the whole text in one
 * Buffer (6 MB for 46,734 entries) was part of the restore's memory peak.
 */
function writeLocalManifest(m, sink) {
    const out = writeEntries(m, () => new JsonWriter(256 * 1024, sink));
    writeStatFacts(out, m.entries);
    out.text('}}');
    out.flush();
}
/** The stored form up to its closing braces, written into the writer that `writer` makes. */
function writeEntries(m, writer) {
    const entries = m.entries;
    const archives = [];
    const archiveIndex = new Map();
    // One pass first: archives are numbered in order of first use, and their list comes before the entries.
    const from = new Int32Array(entries.length);
    const target = {};
    const link = {};
    let links = 0;
    let estimate = 0;
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e.from !== undefined) {
            let at = archiveIndex.get(e.from);
            if (at === undefined) {
                at = archives.push(e.from) - 1;
                archiveIndex.set(e.from, at);
            }
            from[i] = at;
        }
        else
            from[i] = -1;
        if (e.target !== undefined)
            target[i] = e.target;
        if (e.link !== undefined) {
            link[i] = e.link;
            links++;
        }
        estimate += e.path.length + (e.type === 'file' ? 110 : 40);
    }
    const { entries: _entries, changed, ...rest } = m;
    // Key order as a plain JSON.stringify of the stored object gives: the rest, archives, changed, entries
    // (last, and its own last key is `target`: the local form appends its columns before the two '}').
    const head = JSON.stringify({ ...rest, archives }).slice(0, -1);
    const out = writer(head.length + changed.length * 8 + estimate + 1024);
    out.text(head);
    out.column(',', 'changed', changedIndices(entries, changed));
    out.column(',"entries":{', 'path', entries, (e) => e.path);
    out.text(`,"type":${JSON.stringify(entries.map((e) => TYPE_LETTER[e.type]).join(''))}`);
    out.column(',', 'mode', entries, (e) => e.mode);
    out.column(',', 'mtime', entries, (e) => e.mtimeMs ?? e.stat?.mtimeMs ?? 0);
    out.column(',', 'size', entries, (e) => e.size ?? 0);
    out.column(',', 'sha256', entries, (e) => e.sha256 ?? '');
    out.column(',', 'from', from);
    // Only when there are any: a manifest without hard links reads as before in older versions.
    if (links > 0)
        out.text(`,"link":${JSON.stringify(link)}`);
    out.text(`,"target":${JSON.stringify(target)}`);
    return out;
}
/** The local form's own columns. Files only: stat facts are the fast path of files (a scanned directory carries them too). */
function writeStatFacts(out, entries) {
    out.column(',', 'ino', entries, (e) => (e.type === 'file' ? (e.stat?.ino ?? 0) : 0));
    out.column(',', 'dev', entries, (e) => (e.type === 'file' ? (e.stat?.dev ?? 0) : 0));
    out.column(',', 'ctime', entries, (e) => (e.type === 'file' ? (e.stat?.ctimeMs ?? -1) : -1));
}
/** Indices of the `changed` paths among the entries (both in walk order, so one pass finds them). */
function changedIndices(entries, changed) {
    const found = [];
    for (let i = 0, j = 0; i < entries.length && j < changed.length; i++)
        if (entries[i].path === changed[j]) {
            found.push(i);
            j++;
        }
    if (found.length === changed.length)
        return found;
    // Not in entry order (or naming paths that are not entries): look each one up.
    const index = new Map(entries.map((e, i) => [e.path, i]));
    return changed.map((p) => index.get(p) ?? -1).filter((i) => i >= 0);
}
/** JSON text written into one Buffer, in pieces small enough to die young in the heap. */
class JsonWriter {
    sink;
    static PIECE = 512;
    buf;
    off = 0;
    /** With a `sink`, the buffer is handed to it whenever full and reused; else it grows to hold everything. */
    constructor(size, sink) {
        this.sink = sink;
        this.buf = Buffer.allocUnsafeSlow(size);
    }
    text(s) {
        const need = Buffer.byteLength(s);
        if (this.off + need > this.buf.length) {
            if (this.sink) {
                this.flush();
                if (need > this.buf.length)
                    return this.sink(Buffer.from(s));
            }
            else {
                const grown = Buffer.allocUnsafeSlow(Math.max(this.off + need, Math.ceil(this.buf.length * 1.5)));
                this.buf.copy(grown, 0, 0, this.off);
                this.buf = grown;
            }
        }
        this.off += this.buf.write(s, this.off);
    }
    /** Hands what is buffered to the sink (a writer without one keeps it). */
    flush() {
        if (!this.sink || this.off === 0)
            return;
        this.sink(this.buf.subarray(0, this.off));
        this.off = 0;
    }
    /** `lead`, the key, then a JSON array of `value` over `items`: the text JSON.stringify makes of it. */
    column(lead, key, items, value) {
        this.text(`${lead}"${key}":[`);
        const piece = [];
        for (let at = 0; at < items.length; at += JsonWriter.PIECE) {
            const end = Math.min(items.length, at + JsonWriter.PIECE);
            piece.length = 0;
            for (let i = at; i < end; i++)
                piece.push(value ? value(items[i]) : items[i]);
            const json = JSON.stringify(piece);
            this.text((at === 0 ? '' : ',') + json.slice(1, -1));
        }
        this.text(']');
    }
    bytes() {
        return this.buf.subarray(0, this.off);
    }
}

// EXTERNAL MODULE: ./src/checkpoint/core/ids.ts
var ids = __webpack_require__(81738);
// EXTERNAL MODULE: ./src/checkpoint/core/keyed.ts
var core_keyed = __webpack_require__(48334);
// EXTERNAL MODULE: ./src/checkpoint/core/outside.ts
var outside = __webpack_require__(35235);
// EXTERNAL MODULE: ./src/core/entry-paths.ts
var entry_paths = __webpack_require__(20066);
;// CONCATENATED MODULE: ./src/checkpoint/core/manifest-parse.ts
/**
 * Reads a stored manifest (written by manifest-encode.ts) and checks it: a manifest read from a store is
 * untrusted, so every field, path and link target is checked before anything uses it.
 */





const SHA256 = /^[0-9a-f]{64}$/;
function fail(where, what) {
    throw new ManifestError(`${where}: ${what}`);
}
/**
 * What is wrong with one entry (or one deleted path), said without where it is: its caller names the
 * place ("entries[12]") when it catches this. Building that name for each of 40,000 entries that pass
 * cost a parse ~10 %.
 */
class EntryProblem extends Error {
}
function bad(what) {
    throw new EntryProblem(what);
}
/** Runs a check of the entry at `at()`; an EntryProblem becomes the manifest's error there. */
function placed(where, at, check) {
    try {
        return check();
    }
    catch (error) {
        if (error instanceof EntryProblem)
            fail(`${where}: ${at()}`, error.message);
        throw error;
    }
}
class ManifestError extends Error {
    name = 'ManifestError';
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(o, k, where, optional = false) {
    const v = o[k];
    if (v === undefined && optional)
        return undefined;
    if (typeof v !== 'string')
        fail(where, `'${k}' must be a string`);
    return v;
}
function num(o, k, where, optional = false) {
    const v = o[k];
    if (v === undefined && optional)
        return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        fail(where, `'${k}' must be a non-negative number`);
    return v;
}
function strList(o, k, where) {
    const v = o[k];
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
        fail(where, `'${k}' must be a list of strings`);
    return v;
}
const LETTER_TYPE = { f: 'file', d: 'dir', l: 'symlink' };
function checkedPath(raw) {
    if (typeof raw === 'string' && (0,entry_paths/* isNormalPath */.Xl)(raw))
        return raw;
    if (typeof raw !== 'string')
        bad("'path' must be a string");
    try {
        if ((0,entry_paths/* safeEntryPath */.FB)(raw) !== raw)
            throw new entry_paths/* UnsafePathError */.k0(`entry '${raw}' is not in normal form`);
    }
    catch (error) {
        if (error instanceof entry_paths/* UnsafePathError */.k0)
            bad(error.message);
        throw error;
    }
    return raw;
}
function column(cols, k, n, where, ok) {
    const v = cols[k];
    if (!Array.isArray(v) || v.length !== n)
        fail(where, `'entries.${k}' must be a list of ${n} values`);
    for (let i = 0; i < n; i++)
        if (!ok(v[i]))
            fail(`${where}: entries[${i}]`, `'${k}' has an invalid value`);
    return v;
}
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/**
 * A time in milliseconds a Date can hold (±8.64e15: ±273,790 years): a forged 1e300 was restored with exit 0
 * and the file's time silently left as it was, since nothing can set it.
 */
const isTime = (v) => typeof v === 'number' && Math.abs(v) <= 8.64e15;
/**
 * The roots a manifest covers: relative, normal, inside the workspace. A restore scans and deletes below
 * each root, so a root like '../../core/victim' would reach outside the destination.
 */
function checkedRoots(raw, where) {
    if (raw.length === 0)
        fail(where, "'paths' must name at least one root");
    const seen = new Set();
    for (const p of raw) {
        try {
            if ((0,entry_paths/* safeEntryPath */.FB)(p, { allowRoot: true }) !== p)
                throw new entry_paths/* UnsafePathError */.k0(`root '${p}' is not in normal form`);
        }
        catch (error) {
            if (error instanceof entry_paths/* UnsafePathError */.k0)
                fail(where, `'paths': ${error.message}`);
            throw error;
        }
        if (seen.has(p))
            fail(where, `'paths' lists '${p}' twice`);
        seen.add(p);
    }
    return raw;
}
/**
 * Whether an entry path belongs to a manifest over `roots`: at or below a root, or (a directory) above a
 * nested root, where the walk records the ancestors so their modes survive.
 */
function coveredBy(roots, rootAncestors) {
    const under = (0,entry_paths/* underAny */.DR)(roots);
    return (p, type) => under(p) || (type === 'dir' && rootAncestors.has(p));
}
/**
 * Parses and checks a manifest read from a store. A manifest is untrusted: every path and link target
 * goes through the path-safety checks, hashes must look like sha256, and no entry may sit below a symlink.
 */
function parseManifest(text, where) {
    const raw = manifestObject(text, where);
    const archives = checkedHeader(raw, where);
    const roots = checkedRoots(raw.paths, where);
    const rootAncestors = new Set(roots.flatMap((r) => (0,entry_paths/* ancestors */.T1)(r)));
    const covered = coveredBy(roots, rootAncestors);
    const cols = entryColumns(raw.entries, where, archives.length);
    const { entries, seen, links } = checkedEntries(cols, where, archives, covered);
    if (links.size > 0)
        checkNothingBelowLinks(seen, links, where);
    if (cols.links)
        checkHardLinks(entries, cols.links, where);
    let keyed;
    try {
        keyed = (0,core_keyed/* checkedKeyedRefs */.ur)(raw.keyed, entries, (id, compression) => `${id}${(0,manifest/* archiveExtension */.yP)(compression)}`);
    }
    catch (error) {
        fail(where, error.message);
    }
    checkedExclude(raw.exclude, where);
    const n = entries.length;
    const changedIdx = raw.changed;
    if (!Array.isArray(changedIdx) || !changedIdx.every((i) => isCount(i) && i < n))
        fail(where, "'changed' must be a list of entry indices");
    raw.deleted.forEach((p, i) => placed(where, () => `deleted[${i}]`, () => covered(checkedPath(p), 'file') || bad(`'${String(p)}' lies outside the checkpoint's paths`)));
    const { archives: _a, entries: _e, changed: _c, keyed: _k, ...rest } = raw;
    return {
        ...rest,
        ...(keyed ? { keyed } : {}),
        entries,
        changed: changedIdx.map((i) => entries[i].path),
    };
}
/** The manifest's JSON object, in the format this version reads. */
function manifestObject(text, where) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        fail(where, `not valid JSON (${error.message})`);
    }
    if (!isRecord(raw))
        fail(where, 'not a JSON object');
    if (raw.format !== manifest/* MANIFEST_FORMAT */.Sn) {
        const hint = raw.format === 'ci-recovery-checkpoint/1'
            ? ' (written by an older ci-recovery: save a new checkpoint)'
            : '';
        fail(where, `unknown format '${String(raw.format)}', expected '${manifest/* MANIFEST_FORMAT */.Sn}'${hint}`);
    }
    return raw;
}
/**
 * Checks every field but the entries: the id, the kind and its parent, the archive, the lists and the
 * job's fields. Returns `archives`, the ids of the checkpoints the entries take files from.
 */
function checkedHeader(raw, where) {
    const id = str(raw, 'id', where);
    if (!(0,ids/* isValidId */.Al)(id))
        fail(where, `invalid id '${id}'`);
    if (raw.kind !== 'full' && raw.kind !== 'incremental')
        fail(where, "'kind' must be 'full' or 'incremental'");
    const archive = raw.archive;
    if (!isRecord(archive))
        fail(where, "'archive' must be an object");
    if (archive.compression !== 'zstd' && archive.compression !== 'gzip')
        fail(where, "'archive.compression' must be zstd or gzip");
    if (!SHA256.test(String(archive.sha256)))
        fail(where, "'archive.sha256' must be a sha256 hex digest");
    if (!isCount(archive.size))
        fail(where, "'archive.size' must be a whole number of bytes");
    const file = str(archive, 'file', where);
    if (file !== `${id}${(0,manifest/* archiveExtension */.yP)(archive.compression)}`)
        fail(where, `'archive.file' must be '${id}${(0,manifest/* archiveExtension */.yP)(archive.compression)}'`);
    for (const k of ['paths', 'exclude', 'completedStages', 'deleted', 'archives'])
        strList(raw, k, where);
    const archives = raw.archives;
    for (const a of archives)
        if (!(0,ids/* isValidId */.Al)(a))
            fail(where, `invalid archive id '${a}'`);
    str(raw, 'stage', where);
    str(raw, 'job', where);
    str(raw, 'runId', where);
    num(raw, 'attempt', where);
    str(raw, 'createdAt', where);
    checkStageDurations(raw.stageDurations, where);
    try {
        (0,outside/* checkedRootRecords */.GU)(raw.roots, ids/* isValidId */.Al);
    }
    catch (error) {
        fail(where, error.message);
    }
    if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !(0,ids/* isValidId */.Al)(raw.parent)))
        fail(where, "'parent' must be a checkpoint id");
    if (raw.parent === id)
        fail(where, `checkpoint '${id}' names itself as its parent`);
    if ((raw.kind === 'incremental') !== (raw.parent !== undefined))
        fail(where, "an incremental checkpoint needs a 'parent', and a full one has none");
    // (A full one may take files from keyed entries: they are no checkpoints of the store.)
    if (raw.kind === 'full' && archives.some((a) => a !== id && !(0,core_keyed/* isKeyedId */.Ko)(a)))
        fail(where, `a full checkpoint holds every file in its own archive, but it names others`);
    return archives;
}
/** `stageDurations`, when present: an object of stage names to whole, non-negative milliseconds. */
function checkStageDurations(value, where) {
    if (value === undefined)
        return;
    if (!isRecord(value))
        fail(where, "'stageDurations' must be an object of stage -> milliseconds");
    const entries = Object.entries(value);
    if (entries.length > 200)
        fail(where, "'stageDurations' has more than 200 stages");
    for (const [stage, ms] of entries)
        if (!isCount(ms))
            fail(where, `'stageDurations.${stage.slice(0, 80)}' must be whole milliseconds`);
}
function entryColumns(cols, where, archiveCount) {
    if (!isRecord(cols) || !Array.isArray(cols.path))
        fail(where, "'entries' must hold entry columns");
    const n = cols.path.length;
    const types = cols.type;
    if (typeof types !== 'string' || types.length !== n)
        fail(where, `'entries.type' must have ${n} letters`);
    const modes = column(cols, 'mode', n, where, (v) => isCount(v) && v <= 0o7777);
    const mtimes = column(cols, 'mtime', n, where, isTime);
    const sizes = column(cols, 'size', n, where, isCount);
    const shas = column(cols, 'sha256', n, where, (v) => typeof v === 'string');
    const froms = column(cols, 'from', n, where, (v) => v === -1 || (isCount(v) && v < archiveCount));
    const targets = cols.target;
    if (!isRecord(targets))
        fail(where, "'entries.target' must be an object");
    const links = cols.link;
    if (links !== undefined && !isRecord(links))
        fail(where, "'entries.link' must be an object");
    const local = Array.isArray(cols.ino) && Array.isArray(cols.dev);
    const inos = local ? column(cols, 'ino', n, where, isCount) : undefined;
    const devs = local ? column(cols, 'dev', n, where, isCount) : undefined;
    const ctimes = local && Array.isArray(cols.ctime) ? column(cols, 'ctime', n, where, isTime) : undefined;
    return { paths: cols.path, types, modes, mtimes, sizes, shas, froms, targets, links, inos, devs, ctimes };
}
/**
 * The entries, each checked: a safe path in normal form, once only, inside the checkpoint's paths, and
 * what its type needs (a file its digest and archive, a link a safe target). Returns the paths seen and
 * the links among them too.
 */
function checkedEntries(cols, where, archives, covered) {
    const n = cols.paths.length;
    const entries = new Array(n);
    const seen = new Set();
    const links = new Set();
    let i = 0;
    // One try around the loop, not one per entry: the entry that failed is `i`.
    placed(where, () => `entries[${i}]`, () => {
        for (; i < n; i++) {
            const p = checkedPath(cols.paths[i]);
            // A path seen before leaves the set as it was: one lookup, not two.
            if (seen.add(p).size === i)
                bad(`duplicate entry '${p}'`);
            if ((0,entry_paths/* hasStagingName */.n2)(p))
                bad(`entry '${p}' carries the name of ci-recovery's own staging directories`);
            const type = LETTER_TYPE[cols.types[i]];
            if (!type)
                bad(`unexpected type '${cols.types[i]}'`);
            if (!covered(p, type))
                bad(`entry '${p}' lies outside the checkpoint's paths`);
            entries[i] = entryAt(cols, i, p, type, archives);
            if (type === 'symlink')
                links.add(p);
        }
    });
    return { entries, seen, links };
}
/** Entry `i` at path `p` of type `type`, made whole from the columns. */
function entryAt(cols, i, p, type, archives) {
    // Each entry is made whole in one literal, so entries of a type share one shape (fields added later
    // would each change it); no measurable speed-up on 40,000 entries, but no worse either.
    const mode = cols.modes[i];
    const mtimeMs = cols.mtimes[i] || undefined;
    if (type === 'file') {
        const { shas, froms, inos, devs } = cols;
        if (!SHA256.test(shas[i]))
            bad("'sha256' must be a sha256 hex digest");
        if (froms[i] === -1)
            bad("a file needs the checkpoint that holds it ('from')");
        const ctime = cols.ctimes?.[i];
        const linked = cols.links?.[String(i)];
        const link = linked === undefined ? undefined : checkedPath(linked);
        const stat = inos && devs
            ? {
                mtimeMs: cols.mtimes[i],
                ino: inos[i],
                dev: devs[i],
                ctimeMs: ctime === -1 ? undefined : ctime,
            }
            : undefined;
        return {
            path: p,
            type,
            mode,
            mtimeMs,
            size: cols.sizes[i],
            sha256: shas[i],
            from: archives[froms[i]],
            stat,
            ...(link === undefined ? {} : { link }),
        };
    }
    if (type === 'symlink') {
        const target = cols.targets[String(i)];
        if (typeof target !== 'string')
            bad('a symlink needs a target');
        try {
            (0,entry_paths/* checkLinkTarget */.yl)(p, target);
        }
        catch (error) {
            if (error instanceof entry_paths/* UnsafePathError */.k0)
                bad(error.message);
            throw error;
        }
        return { path: p, type, mode, mtimeMs, target };
    }
    return { path: p, type, mode, mtimeMs };
}
/**
 * Hard links, untrusted like the rest: each names a file entry before it that is no link itself, and
 * shares its size, sha256, mode and archive, so a restore makes it from a file it already wrote and
 * verified (never from anything outside the restored tree); only file entries carry one.
 */
function checkHardLinks(entries, raw, where) {
    const files = new Map();
    entries.forEach((e, i) => e.type === 'file' && files.set(e.path, i));
    let carried = 0;
    entries.forEach((e, i) => {
        if (e.link === undefined)
            return;
        carried++;
        const at = files.get(e.link);
        const t = at === undefined ? undefined : entries[at];
        const problem = at === undefined || at >= i
            ? `names '${e.link}', which is no file entry before it`
            : t.link !== undefined
                ? `names '${e.link}', itself a hard link`
                : t.size !== e.size || t.sha256 !== e.sha256 || t.from !== e.from || t.mode !== e.mode
                    ? `differs from '${e.link}', the file it is a hard link to`
                    : undefined;
        if (problem)
            fail(`${where}: entries[${i}]`, `hard link '${e.path}' ${problem}`);
    });
    if (carried !== Object.keys(raw).length)
        fail(where, "'entries.link' names entries that are not files");
}
/** The save's exclusions, which a restore also leaves alone: globs, so none may be empty. */
function checkedExclude(exclude, where) {
    exclude.forEach((g, i) => {
        if (g.trim() === '' || g.length > 4096)
            fail(where, `'exclude[${i}]' must be a glob of 1 to 4096 characters`);
    });
}
/**
 * Refuses an entry below a symlink: restoring it would write through the link. Each directory an entry
 * sits in is looked at once (the link above it, if any, remembered): node_modules' 45,000 entries sit in
 * about 5,000 directories, and walking every entry's every ancestor cost a fifth of the parse.
 */
function checkNothingBelowLinks(seen, links, where) {
    // Directory -> the symlink it lies at or below, or '' for none. A directory listed nowhere (a forged
    // manifest may skip one) is still looked at: every ancestor of every entry is.
    const linkAbove = new Map();
    const linkAt = (dir) => {
        const known = linkAbove.get(dir);
        if (known !== undefined)
            return known;
        const k = dir.lastIndexOf('/');
        const found = links.has(dir) ? dir : k > 0 ? linkAt(dir.slice(0, k)) : '';
        linkAbove.set(dir, found);
        return found;
    };
    for (const p of seen) {
        const k = p.lastIndexOf('/');
        const link = k > 0 ? linkAt(p.slice(0, k)) : '';
        if (link)
            fail(where, `entry '${p}' lies below the symlink '${link}'`);
    }
}

// EXTERNAL MODULE: ./src/checkpoint/core/diff.ts
var diff = __webpack_require__(70309);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/checkpoint/core/destination.ts
/**
 * Where a restore may write. A restore deletes what its checkpoint does not have below the roots it
 * restores, so a destination that holds more than the workspace (`..`, `/`, the home directory) would
 * delete sibling projects and the store itself. Pure: the adapter gathers the facts (real paths, what is
 * there) and this decides.
 */


/** True when `p` is `dir` or lies below it. */
function isInsideDir(p, dir) {
    if (p === dir)
        return true;
    const rel = external_node_path_default().relative(dir, p);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
}
/** Why restoring into the destination is refused, or undefined when it may go ahead. */
function destinationProblem(f, rule) {
    const named = `${rule.input} '${f.given}'${f.given === f.dest ? '' : ` (${f.dest})`}`;
    const inside = `Name a directory inside the workspace (${f.workspace}); a missing one is created`;
    if (f.state === 'not-dir')
        return `${named} is a file, not a directory: name the directory to restore into (a missing one is created).`;
    if (external_node_path_default().parse(f.dest).root === f.dest)
        return `${named} is the root of the filesystem: a restore there would delete everything the checkpoint does not have. ${inside}.`;
    if (f.dest !== f.workspace && isInsideDir(f.workspace, f.dest))
        return `${named} contains the workspace ${f.workspace}: a restore there would delete everything beside the workspace (other projects, the store). ${inside}.`;
    if (f.home && isInsideDir(f.home, f.dest))
        return `${named} is the home directory${f.home === f.dest ? '' : ` or above it (${f.home})`}: a restore there would delete everything the checkpoint does not have. ${inside}.`;
    if (f.storeDir && isInsideDir(f.dest, f.storeDir))
        return `${named} lies inside the checkpoint store ${f.storeDir}: a restore there would mix files into the store. ${inside}.`;
    if (!rule.allowOutside && f.state === 'dir' && !isInsideDir(f.dest, f.workspace))
        return `${named} is outside the workspace ${f.workspace} and not empty: a restore deletes what the checkpoint does not have there. ${inside}, or set ${rule.optIn} to restore there anyway.`;
    return undefined;
}
/** Never touched by a restore, whatever its checkpoint says: git's own data and ci-recovery's own names. */
const LEFT_ALONE_GLOBS = ['.git', '**/.git', '.ci-recovery'];
/** Paths that may hold such a name: the slow check runs only for these (a restore tests every entry). */
const MAYBE_OWN = new RegExp(`git|ci-recovery|${entry_paths/* HFS_IGNORED */.ls.source}`, 'i');
/**
 * Whether a restore leaves the path `p` (relative to its destination) alone: git's own directory at any
 * depth (by any name a file system reads as `.git`, isGitDirName), `.ci-recovery`, a staging directory, and
 * the directories in `inside` (the store, the journals, the manifest cache where they lie in the
 * destination). Decided by the restoring side: a manifest's `exclude` can only add to it.
 */
function leftAloneBy(inside) {
    const ownName = (p) => {
        if (!MAYBE_OWN.test(p))
            return false;
        const parts = p.split('/');
        if ((0,entry_paths/* foldedName */.mw)(parts[0]) === '.ci-recovery')
            return true;
        return parts.some((s) => (0,entry_paths/* isGitDirName */.hA)(s) || (0,entry_paths/* hasStagingName */.n2)((0,entry_paths/* foldedName */.mw)(s)));
    };
    return (p) => ownName(p) || inside.some((r) => p === r || p.startsWith(r + '/'));
}
/** A literal path as a glob that matches only it. */
function literalGlob(p) {
    return p.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/checkpoint/core/verify.ts
/**
 * How much a restore verifies (the team's decision, issue 46). An archive whose sha256 and size match
 * what the manifest records proves every byte in it: a tamperer able to rewrite the manifest to vouch for
 * other bytes can rewrite the per-file hashes beside that digest just as well, so hashing each file again
 * adds no protection against them, only time. `archive` (the default) therefore checks each archive's
 * digest and every file's size; `full` hashes every file as well (what `validate` always does).
 *
 * Files are hashed whatever `verify` says when the digest that vouches for their archive is not one this
 * manifest records: a file an incremental checkpoint takes from a parent sits in the parent's archive,
 * checked against the parent's manifest, so only its hash ties it to this manifest's word.
 */

const RESTORE_VERIFY = ['archive', 'full'];
const DEFAULT_RESTORE_VERIFY = 'archive';
/** A `verify` value as given (case-insensitive; empty is the default), or undefined when it is none of them. */
function parseRestoreVerify(value) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return DEFAULT_RESTORE_VERIFY;
    return RESTORE_VERIFY.find((c) => c === v);
}
/**
 * Whether the files restored from archive `archiveId` of `manifest`'s chain are each hashed: always with
 * `full`; otherwise only for an archive whose digest `manifest` itself does not record (a parent's).
 * Its own archive and its keyed entries' (their digests are copied into it at save) are proven by digest.
 */
function hashesFilesOf(manifest, archiveId, verify) {
    if (verify === 'full')
        return true;
    if (archiveId === manifest.id)
        return false;
    return !((0,core_keyed/* isKeyedId */.Ko)(archiveId) && (manifest.keyed ?? []).some((k) => k.id === archiveId));
}

;// CONCATENATED MODULE: ./src/checkpoint/core/index.ts











/***/ }),

/***/ 48334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* reexport safe */ _core_keyed_paths_js__WEBPACK_IMPORTED_MODULE_1__.A),
/* harmony export */   Gc: () => (/* binding */ keyedManifestDigest),
/* harmony export */   Ko: () => (/* binding */ isKeyedId),
/* harmony export */   Mf: () => (/* reexport safe */ _core_keyed_paths_js__WEBPACK_IMPORTED_MODULE_1__.M),
/* harmony export */   Mu: () => (/* binding */ keyedRefsUsed),
/* harmony export */   QJ: () => (/* binding */ keyedCacheKey),
/* harmony export */   S6: () => (/* binding */ keyedId),
/* harmony export */   UQ: () => (/* binding */ KeyedMatch),
/* harmony export */   Yl: () => (/* binding */ keyedPathsIn),
/* harmony export */   pO: () => (/* binding */ KEYED_FORMAT),
/* harmony export */   qT: () => (/* binding */ checkKeyedManifest),
/* harmony export */   ur: () => (/* binding */ checkedKeyedRefs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_keyed_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84844);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20066);
/**
 * Keyed paths: a checkpoint path whose content is fully determined by some files (node_modules by
 * package-lock.json), kept once per key in the cache service as actions/cache users keep it
 * (`key: ${{ hashFiles('package-lock.json') }}`), instead of being packed into every checkpoint.
 *
 * A keyed entry is a full checkpoint of that one path (manifest + archive, our own format). A checkpoint
 * that finds the entry, and the workspace's path matching it entry for entry (path, type, mode, size, link
 * target), does not pack the path: its files name the entry as the archive that holds them (`from`), and
 * the manifest records the entry (`keyed`) with its archive's digest. A restore then takes those files
 * from the entry, checking the archive's digest and each file's sha256 against this manifest, never the
 * entry's own: a swapped entry is refused.
 *
 * Pure: hashes of the named files come in; the key, the decisions and the checks go out.
 */


// The config's checks of its keyed paths are core's (config.ts runs them); the engine's door shows them too.


/** Bumped when the entry's content or layout changes meaning: an older entry is then another key. */
const KEYED_FORMAT = 'keyed-1';
const ID_PREFIX = 'ci-recovery-keyed-';
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/** A keyed entry's manifest digest, as a checkpoint records it (KeyedRef.manifestSha256) and a lookup checks it. */
const keyedManifestDigest = (text) => sha256(text);
/**
 * The cache key: `ci-recovery-keyed-<os>-<arch>-<path>-<sha256>`, the digest over the format, the path
 * and every named file's path and content digest in path order (so renaming a lockfile changes it too).
 */
function keyedCacheKey(k) {
    const files = [...k.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const digest = sha256(JSON.stringify([KEYED_FORMAT, k.path, files.map((f) => [f.path, f.sha256])]));
    const name = k.path.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40);
    return `${ID_PREFIX}${k.platform}-${k.arch}-${name}-${digest}`;
}
/** The entry's checkpoint id (a valid id and archive name whatever the key holds). */
function keyedId(key) {
    return `${ID_PREFIX}${sha256(key).slice(0, 40)}`;
}
/** Whether an archive id names a keyed entry rather than a checkpoint of the store. */
function isKeyedId(id) {
    return id.startsWith(ID_PREFIX);
}
/** The keyed paths a save of `roots` covers (at or below one of them); the others are not its concern. */
function keyedPathsIn(keyed, roots) {
    return keyed.filter((k) => roots.some((r) => (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(k.path, r)));
}
/**
 * Checks a keyed entry's manifest read from the cache (already parsed, so its paths are safe): it must
 * be the full checkpoint of exactly `path` under the id its key gives. Throws a message saying what differs.
 */
function checkKeyedManifest(m, key, path) {
    const id = keyedId(key);
    if (m.id !== id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`keyed entry ${key} holds checkpoint '${m.id}', not '${id}'`);
    if (m.kind !== 'full' || m.parent !== undefined || m.keyed?.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`keyed entry ${key} is not a full checkpoint of its own`);
    if (m.paths.length !== 1 || m.paths[0] !== path)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`keyed entry ${key} holds ${m.paths.join(', ')}, not '${path}'`);
}
/** The entries of a keyed manifest at or below its path, by path (a nested path's ancestors are not its). */
function entriesUnder(m, root) {
    return new Map(m.entries.filter((e) => (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(e.path, root)).map((e) => [e.path, e]));
}
/** Two entries a stat scan cannot tell apart: same type, mode, size (files) and target (links). */
function sameOnDisk(a, b) {
    if (a.type !== b.type || a.mode !== b.mode)
        return false;
    if (a.type === 'file')
        return a.size === b.size;
    if (a.type === 'symlink')
        return a.target === b.target;
    return true;
}
/**
 * The workspace's keyed path against a keyed entry, as the walk meets the path's entries: the files are
 * taken from the entry only when the whole path matches it (no entry more, none less, none different).
 */
class KeyedMatch {
    ref;
    byContent;
    want;
    met = 0;
    difference;
    constructor(ref, entry, 
    /** Files' contents are compared too (KeyedPath.verify 'content'): `offer` then needs their sha256. */
    byContent = false) {
        this.ref = ref;
        this.byContent = byContent;
        this.want = entriesUnder(entry, ref.path);
    }
    /** Whether the entry at `p` lies in the keyed path (and must wait for the verdict). */
    covers(p) {
        return (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(p, this.ref.path);
    }
    /**
     * Compares `e`, an entry of the keyed path, with the entry's; `sha256` is the file's content digest,
     * needed by a match by content (without it, a file of the right size counts as the entry's).
     */
    offer(e, sha256) {
        const w = this.want.get(e.path);
        if (!w)
            this.difference ??= `'${e.path}' is not in the keyed entry`;
        else if (!sameOnDisk(w, e))
            this.difference ??= `'${e.path}' differs from the keyed entry (${describe(e)} vs ${describe(w)})`;
        else if (this.byContent && e.type === 'file' && sha256 !== w.sha256)
            this.difference ??= `the content of '${e.path}' differs from the keyed entry's`;
        else
            this.met++;
    }
    /** Once the walk is over: undefined when the path matches the entry, else the first difference. */
    verdict() {
        if (this.difference)
            return this.difference;
        if (this.met !== this.want.size) {
            const missing = this.want.size - this.met;
            return `${missing} entr${missing === 1 ? 'y' : 'ies'} of the keyed entry ${missing === 1 ? 'is' : 'are'} not in the workspace`;
        }
        return undefined;
    }
    /**
     * Takes a matching file's content from the entry: its digest and archive. Returns false for what has
     * none to take (a directory, a link: the manifest itself restores them).
     */
    take(e) {
        const w = this.want.get(e.path);
        if (e.type !== 'file' || w?.type !== 'file' || !w.sha256)
            return false;
        e.sha256 = w.sha256;
        e.from = this.ref.id;
        return true;
    }
}
function describe(e) {
    const mode = e.mode.toString(8);
    return e.type === 'file'
        ? `file ${mode} ${e.size} bytes`
        : e.type === 'symlink'
            ? `link to ${e.target}`
            : `dir ${mode}`;
}
/**
 * The keyed entries a new manifest records: those whose files it takes (`from`), from this save's refs
 * first, then the parent's (an incremental keeps taking files from the entries its parent used).
 */
function keyedRefsUsed(entries, ...sources) {
    const used = new Set();
    for (const e of entries)
        if (e.from && isKeyedId(e.from))
            used.add(e.from);
    const refs = new Map();
    for (const source of sources)
        for (const r of source ?? [])
            if (used.has(r.id) && !refs.has(r.id))
                refs.set(r.id, r);
    return [...refs.values()];
}
const SHA256 = /^[0-9a-f]{64}$/;
/**
 * The `keyed` of a manifest read from a store (untrusted): each ref a safe path, a key and the id it gives,
 * the archive named after that id; every file taken from an entry lies at or below the entry's path.
 * Throws a message naming the first bad field.
 */
function checkedKeyedRefs(value, entries, archiveName) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.length > 20)
        throw new Error("'keyed' must be a list of at most 20 entries");
    const refs = value.map((v, i) => {
        const r = v;
        const at = `'keyed[${i}]`;
        if (typeof r?.path !== 'string' || (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(r.path) !== r.path)
            throw new Error(`${at}.path' must be a normal relative path`);
        if (typeof r.key !== 'string' || r.key.length > 512 || r.key.includes(','))
            throw new Error(`${at}.key' must be a cache key`);
        if (r.id !== keyedId(r.key))
            throw new Error(`${at}.id' must be '${keyedId(r.key)}'`);
        if (!SHA256.test(String(r.manifestSha256)))
            throw new Error(`${at}.manifestSha256' must be a sha256 hex digest`);
        const a = r.archive;
        if (a?.compression !== 'zstd' && a?.compression !== 'gzip')
            throw new Error(`${at}.archive.compression' must be zstd or gzip`);
        if (a.file !== archiveName(r.id, a.compression))
            throw new Error(`${at}.archive.file' must be '${archiveName(r.id, a.compression)}'`);
        if (!SHA256.test(String(a.sha256)))
            throw new Error(`${at}.archive.sha256' must be a sha256 hex digest`);
        if (!Number.isSafeInteger(a.size) || a.size < 0 || !Number.isSafeInteger(a.entries) || a.entries < 0)
            throw new Error(`${at}.archive' must give its size and entries as whole numbers`);
        return {
            path: r.path,
            key: r.key,
            id: r.id,
            manifestSha256: r.manifestSha256,
            archive: a,
        };
    });
    const byId = new Map(refs.map((r) => [r.id, r]));
    for (const e of entries) {
        if (!e.from || !isKeyedId(e.from))
            continue;
        const ref = byId.get(e.from);
        if (!ref)
            throw new Error(`entry '${e.path}' takes its content from keyed entry '${e.from}', which 'keyed' does not record`);
        if (!(0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(e.path, ref.path))
            throw new Error(`entry '${e.path}' lies outside the keyed path '${ref.path}' it takes its content from`);
    }
    return refs;
}


/***/ }),

/***/ 81683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ fileTotals),
/* harmony export */   P2: () => (/* binding */ manifestStats),
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   jq: () => (/* binding */ archivesNeeded),
/* harmony export */   m0: () => (/* binding */ storedArchivesNeeded),
/* harmony export */   yP: () => (/* binding */ archiveExtension)
/* harmony export */ });
/* harmony import */ var _keyed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48334);

const MANIFEST_FORMAT = 'ci-recovery-checkpoint/2';
/** How many of `entries` are files, and their total size. */
function fileTotals(entries) {
    let files = 0;
    let bytes = 0;
    for (const e of entries) {
        if (e.type !== 'file')
            continue;
        files++;
        bytes += e.size ?? 0;
    }
    return { files, bytes };
}
/** Summary counts of a manifest, for outputs and `list`. */
function manifestStats(m) {
    return { ...fileTotals(m.entries), changed: m.changed.length, deleted: m.deleted.length };
}
/** Ids of every checkpoint whose archive this manifest needs, in chain order of first use. */
function archivesNeeded(m) {
    const ids = new Set();
    for (const e of m.entries)
        if (e.type === 'file' && e.from)
            ids.add(e.from);
    return [...ids];
}
/**
 * Ids of the checkpoints of the store whose archives this manifest needs: archivesNeeded without the keyed
 * entries, which live in the cache service, not in the store (a cleanup or a chain check never looks for them there).
 */
function storedArchivesNeeded(m) {
    return archivesNeeded(m).filter((id) => !(0,_keyed_js__WEBPACK_IMPORTED_MODULE_0__/* .isKeyedId */ .Ko)(id));
}
function summarize(m) {
    const { entries: _entries, changed: _changed, deleted: _deleted, ...rest } = m;
    return { ...rest, stats: manifestStats(m), needs: storedArchivesNeeded(m) };
}
function archiveExtension(compression) {
    return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}


/***/ }),

/***/ 35235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ checkedRootRecords),
/* harmony export */   Gr: () => (/* binding */ rootsToSave),
/* harmony export */   H6: () => (/* binding */ resolveRoot),
/* harmony export */   _W: () => (/* binding */ parseOutsidePath),
/* harmony export */   t4: () => (/* binding */ rootOverlaps)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20066);
/**
 * Paths outside the workspace a stage fills (package caches, toolchains), named explicitly by the `run/`
 * input `cache-paths`: `~/.m2`, `~/.cache/pip`, `$RUNNER_TOOL_CACHE/node`. Each is saved as its own
 * checkpoint and recorded in the workspace checkpoint's manifest as a root (`roots`), so the workspace's
 * confinement rules stay as they are and each root is restored only to the place its name says, and only
 * by a `run/` step that names it (main's resume restores the workspace alone).
 *
 * Only two bases: the home directory (`~/...`, never `~` itself) and the runner's tool cache
 * (`$RUNNER_TOOL_CACHE`, or a path inside it as `${{ runner.tool_cache }}` expands). Nothing else outside
 * the workspace, never `/`. Pure: the bases come from the job's environment.
 */



const SPELLING = { home: '~', 'tool-cache': '$RUNNER_TOOL_CACHE' };
const MAX_ROOTS = 20;
function root(base, rel) {
    return { name: `${base}:${rel}`, path: rel === '.' ? SPELLING[base] : `${SPELLING[base]}/${rel}` };
}
function relUnder(rel, entry, input) {
    const trimmed = rel.replace(/^\/+|\/+$/g, '');
    if (trimmed === '' || trimmed === '.')
        return '.';
    if (/[*?[\]{}!]/.test(trimmed))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${input}: '${entry}' has a glob: name each path outside the workspace exactly.`);
    try {
        return (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(trimmed);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${input}: '${entry}' is not a plain path below its base (no '..', no '//').`);
    }
}
/**
 * One `cache-paths` entry as a root. Refuses `/`, `~` itself, `~user`, globs, `..`, and absolute paths
 * outside the tool cache, each with the fix.
 */
function parseOutsidePath(entry, bases, input = 'cache-paths') {
    const e = entry.trim();
    const home = /^(?:~|\$HOME|\$\{HOME\})(\/.*)?$/.exec(e);
    if (home) {
        const rel = relUnder(home[1] ?? '', e, input);
        if (rel === '.')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${input}: '${e}' is the whole home directory: name the caches in it (~/.m2, ~/.cache/pip).`);
        return root('home', rel);
    }
    const tool = /^(?:\$RUNNER_TOOL_CACHE|\$\{RUNNER_TOOL_CACHE\})(\/.*)?$/.exec(e);
    if (tool)
        return root('tool-cache', relUnder(tool[1] ?? '', e, input));
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(e) && bases.toolCache) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.relative(bases.toolCache, node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(e));
        if (rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(rel)))
            return root('tool-cache', relUnder(rel, e, input));
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${input}: '${e}' is not a path ci-recovery may restore outside the workspace: name it under the home directory (~/.m2) or the tool cache ($RUNNER_TOOL_CACHE/node); workspace paths go in checkpoint-paths.`);
}
/** The absolute directory of `root` in this job, or why it has none (its base is not set). */
function resolveRoot(r, bases) {
    const [base, rel = ''] = splitName(r.name);
    const dir = base === 'home' ? bases.home : base === 'tool-cache' ? bases.toolCache : undefined;
    if (!dir || !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(dir) || node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir) === node_path__WEBPACK_IMPORTED_MODULE_0___default().parse(dir).root)
        return {};
    return { dir: rel === '.' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir) : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, rel), base: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir) };
}
function splitName(name) {
    const at = name.indexOf(':');
    return at < 0 ? [name, undefined] : [name.slice(0, at), name.slice(at + 1)];
}
/** A root that would hold the workspace or the runner's temp directory is refused (they are not caches). */
function rootOverlaps(dir, others) {
    return others.find((o) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, o);
        const within = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(o, dir);
        return rel === '' || !rel.startsWith('..') || within === '' || !within.startsWith('..');
    });
}
/**
 * The `roots` of a manifest (untrusted): each a known base and a safe relative path, its spelling derived
 * from its name, a valid checkpoint id, and its stages. Throws a message naming the first bad field.
 */
function checkedRootRecords(value, isValidId) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.length > MAX_ROOTS)
        throw new Error(`'roots' must be a list of at most ${MAX_ROOTS} roots`);
    return value.map((v, i) => {
        const r = v;
        const [base, rel] = splitName(typeof r?.name === 'string' ? r.name : '');
        if ((base !== 'home' && base !== 'tool-cache') || rel === undefined)
            throw new Error(`'roots[${i}].name' must be home:<path> or tool-cache:<path>`);
        const relOk = rel === '.' ? base === 'tool-cache' : safeRel(rel);
        if (!relOk)
            throw new Error(`'roots[${i}].name' names an unsafe path`);
        const expected = root(base, rel);
        if (r?.path !== expected.path)
            throw new Error(`'roots[${i}].path' must be '${expected.path}'`);
        if (typeof r.checkpoint !== 'string' || !isValidId(r.checkpoint))
            throw new Error(`'roots[${i}].checkpoint' must be a checkpoint id`);
        if (!Array.isArray(r.stages) || !r.stages.every((s) => typeof s === 'string'))
            throw new Error(`'roots[${i}].stages' must be a list of stage names`);
        return { ...expected, checkpoint: r.checkpoint, stages: [...r.stages] };
    });
}
function safeRel(rel) {
    try {
        return (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(rel) === rel;
    }
    catch {
        // not a safe relative path: not one
        return false;
    }
}
/** Roots to save with the next checkpoint: each declared root of a completed stage once, with its stages. */
function rootsToSave(cachePaths, completedStages, bases) {
    const byName = new Map();
    const refused = [];
    for (const stage of completedStages) {
        for (const entry of cachePaths[stage] ?? []) {
            try {
                const r = parseOutsidePath(entry, bases);
                const known = byName.get(r.name) ?? { ...r, stages: [] };
                if (!known.stages.includes(stage))
                    known.stages.push(stage);
                byName.set(r.name, known);
            }
            catch (error) {
                refused.push(error.message);
            }
        }
    }
    return { roots: [...byName.values()].slice(0, MAX_ROOTS), refused };
}


/***/ }),

/***/ 56088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ entriesOutsideDirs),
/* harmony export */   lb: () => (/* binding */ parseRestoredState),
/* harmony export */   o7: () => (/* binding */ restoredCheckpointOf),
/* harmony export */   of: () => (/* binding */ isEntryPath),
/* harmony export */   xG: () => (/* binding */ RESTORED_STATE_FORMAT)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81683);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20066);
/**
 * What main's resume restored, in a compact form for the `run/` steps that skip a completed stage: each
 * directory of the checkpoint with its identity (device, inode) and change time (ctime) taken right after
 * the restore, and the entries no such directory holds (the roots). A directory whose ctime has not moved
 * has had no entry added, removed or renamed in it since (POSIX: link, unlink, rename and rmdir mark the
 * parent's change time), so when every directory still has the identity and ctime it had, and every root
 * is still there with its type, every entry the restore put there still is, with its type: what the full
 * check of the checkpoint's manifest (every entry, one lstat each) finds, for one lstat per directory.
 * Anything else (a directory changed, a file added, a record that does not parse) proves nothing, and the
 * full check decides. The record also says what the checkpoint holds (`checkpoint`), so that the first
 * stage that runs after the resume can tell whether that checkpoint already is the one it would save.
 */


const RESTORED_STATE_FORMAT = 1;
/** The manifest's own fields of a RestoredCheckpoint, and its files counted. */
function restoredCheckpointOf(m) {
    const { stage, job, runId, paths, exclude, completedStages } = m;
    return { stage, job, runId, paths, exclude, completedStages, ...(0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .fileTotals */ .Ed)(m.entries) };
}
/** The parent of an entry's relative path ('' for a top-level one). */
function parentOf(rel) {
    const at = rel.lastIndexOf('/');
    return at < 0 ? '' : rel.slice(0, at);
}
/** The entries that no directory entry of `entries` holds: each must be checked on its own. */
function entriesOutsideDirs(entries) {
    const dirs = new Set(entries.filter((e) => e.type === 'dir').map((e) => e.path));
    return entries.filter((e) => !dirs.has(parentOf(e.path)));
}
const TYPES = ['file', 'dir', 'symlink'];
const DECIMAL = /^\d{1,40}$/;
const isStringList = (x) => Array.isArray(x) && x.every((v) => typeof v === 'string');
const isCount = (x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
/** A RestoredCheckpoint's shape: every field there, with its type. */
function isRestoredCheckpoint(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const c = x;
    return ([c.stage, c.job, c.runId].every((v) => typeof v === 'string') &&
        [c.paths, c.exclude, c.completedStages].every(isStringList) &&
        isCount(c.files) &&
        isCount(c.bytes));
}
const isIdentity = (x) => x.length === 3 && x.every((v) => typeof v === 'string' && DECIMAL.test(v));
/** A relative entry path as a manifest holds one: never absolute, never climbing out with '..'. */
function isEntryPath(p) {
    return typeof p === 'string' && (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isNormalPath */ .Xl)(p);
}
/**
 * The record in `text`, when it is one of checkpoint `id` restored into `workspace`; undefined for
 * anything else. It is this job's own file in RUNNER_TEMP, but is read as untrusted all the same: a record
 * that does not parse only sends the step to the full check.
 */
function parseRestoredState(text, id, workspace) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // a torn record is no record: the caller reads the manifest
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const r = value;
    if (r.format !== RESTORED_STATE_FORMAT || r.id !== id || r.workspace !== workspace)
        return undefined;
    if (!Array.isArray(r.dirs) || !Array.isArray(r.tops))
        return undefined;
    const dirsOk = r.dirs.every((d) => Array.isArray(d) && isEntryPath(d[0]) && isIdentity(d.slice(1)));
    const topsOk = r.tops.every((t) => Array.isArray(t) && t.length === 2 && isEntryPath(t[0]) && TYPES.includes(t[1]));
    const checkpointOk = r.checkpoint === undefined || isRestoredCheckpoint(r.checkpoint);
    return dirsOk && topsOk && checkpointOk ? value : undefined;
}


/***/ }),

/***/ 84004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   Dr: () => (/* binding */ rootBases),
/* harmony export */   Fi: () => (/* binding */ restoreFailure),
/* harmony export */   Fs: () => (/* binding */ sameCheckpoint),
/* harmony export */   IG: () => (/* binding */ DEFAULT_JOB_KEY),
/* harmony export */   LS: () => (/* binding */ IF_NO_FILES_FOUND),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   Qk: () => (/* binding */ LOCAL_RUN_ID),
/* harmony export */   Rb: () => (/* binding */ defaultManifestCache),
/* harmony export */   Rl: () => (/* binding */ jobContext),
/* harmony export */   Tm: () => (/* binding */ checkpointFailure),
/* harmony export */   UP: () => (/* binding */ excludeFor),
/* harmony export */   V2: () => (/* binding */ restoreOutputs),
/* harmony export */   VC: () => (/* binding */ lookupAnswer),
/* harmony export */   VP: () => (/* binding */ parentCheckpoint),
/* harmony export */   Vj: () => (/* reexport safe */ _core_text_js__WEBPACK_IMPORTED_MODULE_1__.Vj),
/* harmony export */   Y4: () => (/* binding */ boundedList),
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   n_: () => (/* binding */ resumedCandidate),
/* harmony export */   op: () => (/* binding */ MAX_LIST_OUTPUT_CHARS),
/* harmony export */   p7: () => (/* binding */ newestReadable),
/* harmony export */   xi: () => (/* binding */ restoreJournals)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70309);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81738);
/**
 * What the `checkpoint/` and `restore/` steps decide, as pure functions: whose checkpoints these are (from
 * the job's environment), which settings win, which checkpoint to restore, and what a failure, a miss or
 * a lookup means for the step. src/phases/checkpoint.ts and restore.ts gather the facts and act on these.
 */







/** The run id of checkpoints saved outside a workflow run (the CLI, a laptop). */
const LOCAL_RUN_ID = 'local';
/** The job key of checkpoints saved outside a job. */
const DEFAULT_JOB_KEY = 'job';
/** The bases of paths outside the workspace in this job (HOME, RUNNER_TOOL_CACHE). */
function rootBases(env) {
    return { ...(env.home ? { home: env.home } : {}), ...(env.toolCache ? { toolCache: env.toolCache } : {}) };
}
/** Where a job keeps the manifests it saved or restored: RUNNER_TEMP is per job; none off a runner. */
function defaultManifestCache(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'checkpoints') : undefined;
}
/**
 * Where restores keep their journals and destination locks (checkpoint/adapters/placement.ts): the job's
 * RUNNER_TEMP, outside every tree restored into; off a runner, undefined (the adapter's home directory).
 */
function restoreJournals(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'restores') : undefined;
}
/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
function jobContext(env) {
    // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
    const manifestCache = defaultManifestCache(env);
    const stageDurations = (0,_core_state_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
    return {
        job: env.job ? env.identity : `${DEFAULT_JOB_KEY}${env.identity}`,
        runId: env.runId || LOCAL_RUN_ID,
        attempt: env.attempt,
        workspace: env.workspace,
        ...(env.sha ? { commit: env.sha } : {}),
        ...(env.refName ? { branch: env.refName } : {}),
        ...(env.recovery.lane ? { lane: env.recovery.lane } : {}),
        completedStages: env.recovery.completedStages,
        ...(Object.keys(stageDurations).length > 0 ? { stageDurations } : {}),
        ...(Object.keys(env.recovery.cachePaths).length > 0
            ? { cachePaths: env.recovery.cachePaths, bases: rootBases(env) }
            : {}),
        ...(env.recovery.lastCheckpoint ? { lastCheckpoint: env.recovery.lastCheckpoint } : {}),
        ...(env.recovery.lastCheckpointStore ? { lastCheckpointStore: env.recovery.lastCheckpointStore } : {}),
        ...(env.recovery.resumedFrom ? { resumedFrom: env.recovery.resumedFrom } : {}),
        ...(env.owner && env.repo ? { owner: env.owner, repo: env.repo } : {}),
        ...(manifestCache ? { manifestCache } : {}),
    };
}
/**
 * The parent of the next incremental checkpoint in `store`: the job's last one, when it is in that store.
 * A job may checkpoint into two stores (an artifact, then a directory); a parent in the other one would
 * make a checkpoint that this store alone cannot restore.
 */
function parentCheckpoint(ctx, store) {
    if (!ctx.lastCheckpoint)
        return undefined;
    return ctx.lastCheckpointStore === undefined || ctx.lastCheckpointStore === store
        ? ctx.lastCheckpoint
        : undefined;
}
/**
 * The checkpoint a stage's save may stand on instead of saving (see `sameCheckpoint`): the one main
 * restored in this attempt, while no checkpoint was saved since (it is still the job's last) and no path
 * outside the workspace is in play. Undefined: save as always.
 */
function resumedCandidate(ctx) {
    const { resumedFrom } = ctx;
    if (!resumedFrom || ctx.lastCheckpoint !== resumedFrom || ctx.cachePaths)
        return undefined;
    return resumedFrom;
}
const sameSet = (a, b) => {
    const x = [...new Set(a)].sort();
    const y = [...new Set(b)].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
};
/**
 * Whether the checkpoint `m` that main restored into this workspace already is the one this stage's save
 * would make: taken before the same stage, of this job and run, over the same roots and exclusions, with
 * the same stages completed, and with no roots outside the workspace. The files can only differ by what
 * plain steps since main changed, which a later resume from `m` runs again anyway: the save would store a
 * copy (an incremental of 0 entries that still walks every file) that no resume needs.
 */
function sameCheckpoint(m, planned) {
    return (m.stage === planned.stage &&
        m.job === planned.job &&
        m.runId === planned.runId &&
        !m.roots?.length &&
        sameSet(m.paths, planned.paths) &&
        sameSet(m.exclude, planned.exclude) &&
        sameSet(m.completedStages, planned.completedStages));
}
/** Paths and globs that matched no file: the step's `if-no-files-found` decides what that means. */
class NoFilesFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
    name = 'NoFilesFoundError';
}
const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'];
/**
 * What a save leaves out besides its defaults (`.git`, the local store, hidden names): the given globs and
 * the paths' own `!` exclusions, which add to the defaults and never replace them (`exclude: '*.log'`
 * once let `.git/config` with checkout's token into a checkpoint); none when neither was given. Each is
 * read as a .gitignore line is, so what a user means to keep out stays out: a trailing '/' ('secrets/')
 * names the directory (as a glob it matched nothing, and saved `secrets/key.pem`), and a glob that can
 * match nothing (absolute, or with '..': globs are relative to the workspace) is a usage error naming
 * `input`, never a silent no-op.
 */
function excludeFor(given, fromPaths, input = "input 'exclude'") {
    if (!given && fromPaths.length === 0)
        return undefined;
    return [
        ...(given ?? []).map((g) => checkedExcludeGlob(g, input)),
        ...fromPaths.map((g) => checkedExcludeGlob(g, "'!' path")),
    ];
}
/** One exclusion glob as a .gitignore line reads it (see excludeFor); blank ones are dropped later. */
function checkedExcludeGlob(glob, input) {
    const g = glob.trim();
    const absolute = g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.startsWith('\\');
    if (absolute || g.split(/[\\/]/).includes('..'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
    // 'secrets/' and 'secrets/**/' mean the directory; './secrets//' is 'secrets'.
    return g.length > 1 ? g.replace(/\/+$/, '') : g;
}
/** The stage a checkpoint step names (the `stage` input), 'checkpoint' when not given. */
function stageName(given) {
    return given.stage?.trim() || 'checkpoint';
}
/** An input wins over the config, the config over the whole workspace. */
function checkpointSettings(inputs, config) {
    const name = inputs.name.trim();
    const reserved = name ? (0,_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .reservedNameProblem */ .Vq)(name, "input 'name'") : undefined;
    if (reserved)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(reserved);
    return {
        stage: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedStageName */ .Lg)(stageName(inputs), "Input 'stage'"),
        store: inputs.store.trim() || config.store,
        paths: inputs.paths.length ? inputs.paths : config.paths.length ? config.paths : ['.'],
        retentionDays: inputs.retentionDays ?? config.retentionDays,
        ...(name ? { name } : {}),
        ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
        ...(inputs.level ? { level: inputs.level } : {}),
        full: inputs.full,
        includeHidden: inputs.includeHidden === true,
        ...(config.keyed?.length ? { keyed: config.keyed } : {}),
    };
}
/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), unless the
 * user asks: `if-no-files-found: error` when nothing matched, `fail-on-error` for any checkpoint not saved
 * (a bad input, a refused or failing store, nothing matched) but one whose empty match
 * `if-no-files-found: ignore` allows. `ignore` makes an empty match a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound, failOnError = false) {
    // A reason is a sentence of its own, or not: it ends with one full stop either way.
    const message = `ci-recovery: no checkpoint saved for stage '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(stage)}': ${reason.replace(/\.$/, '')}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message: `${message}.` };
    if (failOnError)
        return { level: 'error', fail: true, message: `${message} ('fail-on-error: true').` };
    return { level: 'warning', fail: false, message: `${message}. The job goes on without it.` };
}
/** What the checkpoint step outputs after a save. */
function checkpointOutputs(r) {
    return {
        'checkpoint-id': r.manifest.id,
        kind: r.manifest.kind,
        incremental: String(r.manifest.kind === 'incremental'),
        digest: r.manifest.archive.sha256,
        'artifact-id': r.artifactId ? String(r.artifactId) : '',
        files: String(r.files),
        bytes: String(r.bytes),
        'stored-bytes': String(r.storedBytes),
        'archive-bytes': String(r.manifest.archive.size),
        'left-out': String(r.manifest.leftOut ?? 0),
    };
}
/**
 * The newest readable checkpoint of `candidates` (newest first): a broken newest manifest must not hide
 * an older good checkpoint. Stops at the first readable one, so later manifests are never read.
 */
async function newestReadable(candidates) {
    const passedOver = [];
    for await (const c of candidates) {
        if (c.manifest)
            return { chosen: { id: c.id, manifest: c.manifest }, passedOver };
        passedOver.push({ id: c.id, error: c.error ?? 'its manifest cannot be read' });
    }
    return { passedOver };
}
/**
 * A restore that fails fails the step, with the reason; a miss (no checkpoint, or none usable) only warns
 * with `fail-on-miss: false`, and the step then succeeds.
 */
function restoreFailure(checkpointId, reason, miss, failOnMiss) {
    const message = `ci-recovery: restore${checkpointId ? ` of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(checkpointId)}` : ''} failed: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(reason)}`;
    if (miss && !failOnMiss)
        return { level: 'warning', fail: false, message: `${message} ('fail-on-miss: false': the job goes on).` };
    return { level: 'error', fail: true, message };
}
/** The answer of a lookup-only restore: the outputs when the checkpoint is usable, else why it is a miss. */
function lookupAnswer(id, manifest, found) {
    if (!found.usable)
        return { miss: `Checkpoint ${id} is not usable: ${found.problem}.` };
    return {
        message: `Checkpoint ${id} exists and is complete; nothing was downloaded or changed.`,
        outputs: {
            found: 'true',
            'checkpoint-id': id,
            restored: 'false',
            'completed-stages': (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(manifest.completedStages).valid.join(','),
        },
    };
}
/**
 * The most characters of one list output. A job output is limited to 1 MB and the runner refuses template
 * results over 10 MB; three lists of a large restore could pass both. `changed` still counts every entry,
 * and the log lists them all.
 */
const MAX_LIST_OUTPUT_CHARS = 256 * 1024;
/** `paths` comma-separated, cut after the last whole path that fits, with `,...` when cut. */
function boundedList(paths, max = MAX_LIST_OUTPUT_CHARS) {
    let out = '';
    for (const p of paths) {
        const next = out === '' ? p : `${out},${p}`;
        if (next.length > max - 4)
            return `${out},...`;
        out = next;
    }
    return out;
}
/** What the restore step outputs after a restore (or a dry run). */
function restoreOutputs(id, r) {
    const c = r.changes;
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: boundedList(added),
        modified: boundedList(c.modified),
        deleted: boundedList(deleted),
        'completed-stages': (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(r.manifest.completedStages).valid.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
    const line = (mark) => (p) => `${mark} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printablePath */ .Vj)(p)}`;
    return [...added.map(line('+')), ...c.modified.map(line('~')), ...deleted.map(line('-'))];
}


/***/ }),

/***/ 39018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ RUN_ARTIFACTS),
/* harmony export */   G0: () => (/* binding */ trustArtifactName),
/* harmony export */   Jg: () => (/* binding */ TRUST_FORMAT),
/* harmony export */   NJ: () => (/* binding */ parseTrustRecord),
/* harmony export */   Nk: () => (/* binding */ trustedByRecords),
/* harmony export */   XI: () => (/* binding */ untrustedBecause),
/* harmony export */   n$: () => (/* binding */ trustRecordOf),
/* harmony export */   rr: () => (/* binding */ TRUST_ARTIFACT_PREFIX)
/* harmony export */ });
const TRUST_FORMAT = 'ci-recovery-checkpoints/1';
const TRUST_ARTIFACT_PREFIX = 'ci-recovery-checkpoints-';
/** A record is a few KiB; more than this many checkpoints in one job attempt is not ours. */
const MAX_NAMED = 1000;
const MAX_ID = 255;
const DIGEST = /^[0-9a-f]{64}$/;
const RUN_ARTIFACTS = 'run-artifacts';
/** `ci-recovery-checkpoints-<job>-a<attempt>`, the job made safe for a name as the plan's is. */
function trustArtifactName(job, attempt) {
    const safe = job
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${TRUST_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/** The record of this job attempt, from its step records: every checkpoint a step saved, with its digest. */
function trustRecordOf(records, place) {
    const seen = new Map();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && DIGEST.test(r.checkpointDigest))
            seen.set(r.checkpointId, r.checkpointDigest);
    if (seen.size === 0)
        return undefined;
    return {
        format: TRUST_FORMAT,
        runId: place.runId,
        job: place.job,
        attempt: place.attempt,
        checkpoints: [...seen].map(([id, manifestSha256]) => ({ id, manifestSha256 })),
    };
}
/** Validates a downloaded record (an artifact: bounded, every field checked). Throws naming the fault. */
function parseTrustRecord(text) {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null)
        throw new Error('not an object');
    const r = value;
    if (r.format !== TRUST_FORMAT)
        throw new Error(`format is not ${TRUST_FORMAT}`);
    if (typeof r.runId !== 'string' || typeof r.job !== 'string')
        throw new Error('runId or job missing');
    if (typeof r.attempt !== 'number' || !Number.isSafeInteger(r.attempt) || r.attempt < 1)
        throw new Error('attempt is not a positive integer');
    if (!Array.isArray(r.checkpoints) || r.checkpoints.length > MAX_NAMED)
        throw new Error(`checkpoints is not a list of at most ${MAX_NAMED}`);
    const checkpoints = r.checkpoints.map((c) => {
        const { id, manifestSha256 } = (c ?? {});
        if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
            throw new Error('a checkpoint id is not a string');
        if (typeof manifestSha256 !== 'string' || !DIGEST.test(manifestSha256))
            throw new Error('a manifest digest is not a hex sha256');
        return { id, manifestSha256 };
    });
    return { format: TRUST_FORMAT, runId: r.runId, job: r.job, attempt: r.attempt, checkpoints };
}
/**
 * The checkpoints that the records of this job's attempts before `beforeAttempt` name. A record for
 * another run or job, or a later attempt, names nothing here; two records naming one id differently
 * make it untrusted.
 */
function trustedByRecords(records, place) {
    const trusted = new Map();
    const conflicting = new Set();
    for (const r of records) {
        if (r.runId !== place.runId || r.job !== place.job || r.attempt >= place.beforeAttempt)
            continue;
        for (const c of r.checkpoints) {
            const had = trusted.get(c.id);
            if (had !== undefined && had !== c.manifestSha256)
                conflicting.add(c.id);
            trusted.set(c.id, c.manifestSha256);
        }
    }
    for (const id of conflicting)
        trusted.delete(id);
    return trusted;
}
/** Why checkpoint `id` with this manifest digest may not be resumed from; undefined when the run wrote it. */
function untrustedBecause(trusted, id, digest) {
    if (trusted === RUN_ARTIFACTS)
        return undefined;
    const named = trusted.get(id);
    if (named === undefined)
        return 'no record of this run names it (it was not saved by an earlier attempt of this job): not resumed from';
    if (named !== digest)
        return "its manifest differs from the one this run's record names (it was changed in the store): not resumed from";
    return undefined;
}


/***/ }),

/***/ 93248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckpointExistsError: () => (/* reexport */ ports_store/* CheckpointExistsError */.V9),
  DEFAULT_JOB_KEY: () => (/* reexport */ step/* DEFAULT_JOB_KEY */.IG),
  DEFAULT_RESTORE_VERIFY: () => (/* reexport */ core/* DEFAULT_RESTORE_VERIFY */.Z8),
  FinalizeRefusedError: () => (/* reexport */ ports_store/* FinalizeRefusedError */.bJ),
  HFS_IGNORED: () => (/* reexport */ core/* HFS_IGNORED */.ls),
  IF_NO_FILES_FOUND: () => (/* reexport */ step/* IF_NO_FILES_FOUND */.LS),
  IncrementalPlanner: () => (/* reexport */ core/* IncrementalPlanner */.zh),
  KEYED_FORMAT: () => (/* reexport */ core/* KEYED_FORMAT */.pO),
  KeyedMatch: () => (/* reexport */ core/* KeyedMatch */.UQ),
  LEFT_ALONE_GLOBS: () => (/* reexport */ core/* LEFT_ALONE_GLOBS */.AR),
  LOCAL_RUN_ID: () => (/* reexport */ step/* LOCAL_RUN_ID */.Qk),
  MANIFEST_FORMAT: () => (/* reexport */ core/* MANIFEST_FORMAT */.Sn),
  MANIFEST_SUFFIX: () => (/* reexport */ ports_store/* MANIFEST_SUFFIX */.OK),
  MAX_LIST_OUTPUT_CHARS: () => (/* reexport */ step/* MAX_LIST_OUTPUT_CHARS */.op),
  ManifestError: () => (/* reexport */ core/* ManifestError */.Sh),
  MemoryStore: () => (/* reexport */ ports_store/* MemoryStore */.ny),
  MemoryWorkspace: () => (/* reexport */ MemoryWorkspace),
  NoFilesFoundError: () => (/* reexport */ step/* NoFilesFoundError */.bM),
  NotFoundError: () => (/* reexport */ ports_store/* NotFoundError */.m_),
  RACY_SLACK_MS: () => (/* reexport */ core/* RACY_SLACK_MS */.Wi),
  RESERVED_PREFIXES: () => (/* reexport */ core/* RESERVED_PREFIXES */.AM),
  RESTORED_MODE_BITS: () => (/* reexport */ core/* RESTORED_MODE_BITS */.Sy),
  RESTORED_STATE_FORMAT: () => (/* reexport */ restored_state/* RESTORED_STATE_FORMAT */.xG),
  RESTORE_VERIFY: () => (/* reexport */ core/* RESTORE_VERIFY */.Zr),
  RUN_ARTIFACTS: () => (/* reexport */ trust/* RUN_ARTIFACTS */.A0),
  SECRET_NAMES: () => (/* reexport */ core/* SECRET_NAMES */.AS),
  STAGING_PREFIX: () => (/* reexport */ core/* STAGING_PREFIX */.th),
  TRUST_ARTIFACT_PREFIX: () => (/* reexport */ trust/* TRUST_ARTIFACT_PREFIX */.rr),
  TRUST_FORMAT: () => (/* reexport */ trust/* TRUST_FORMAT */.Jg),
  UnsafePathError: () => (/* reexport */ core/* UnsafePathError */.k0),
  ancestors: () => (/* reexport */ core/* ancestors */.T1),
  archiveExtension: () => (/* reexport */ core/* archiveExtension */.yP),
  archivesNeeded: () => (/* reexport */ core/* archivesNeeded */.jq),
  artifactsOfCheckpoints: () => (/* reexport */ green_cleanup/* artifactsOfCheckpoints */.WC),
  attemptInId: () => (/* reexport */ core/* attemptInId */.m4),
  boundedList: () => (/* reexport */ step/* boundedList */.Y4),
  changeLines: () => (/* reexport */ step/* changeLines */.Ow),
  checkKeyedManifest: () => (/* reexport */ core/* checkKeyedManifest */.qT),
  checkLinkTarget: () => (/* reexport */ core/* checkLinkTarget */.yl),
  checkedKeyedRefs: () => (/* reexport */ core/* checkedKeyedRefs */.ur),
  checkedRootRecords: () => (/* reexport */ outside/* checkedRootRecords */.GU),
  checkpointFailure: () => (/* reexport */ step/* checkpointFailure */.Tm),
  checkpointId: () => (/* reexport */ core/* checkpointId */.g),
  checkpointOutputs: () => (/* reexport */ step/* checkpointOutputs */.hR),
  checkpointSettings: () => (/* reexport */ step/* checkpointSettings */.cw),
  defaultManifestCache: () => (/* reexport */ step/* defaultManifestCache */.Rb),
  destinationProblem: () => (/* reexport */ core/* destinationProblem */.wI),
  droppedLine: () => (/* reexport */ green_cleanup/* droppedLine */.pj),
  dropsCheckpoints: () => (/* reexport */ green_cleanup/* dropsCheckpoints */.Mf),
  encodeManifest: () => (/* reexport */ core/* encodeManifest */.Gb),
  entriesOutsideDirs: () => (/* reexport */ restored_state/* entriesOutsideDirs */.ES),
  excludeFor: () => (/* reexport */ step/* excludeFor */.UP),
  fileTotals: () => (/* reexport */ core/* fileTotals */.Ed),
  foldedName: () => (/* reexport */ core/* foldedName */.mw),
  hasStagingName: () => (/* reexport */ core/* hasStagingName */.n2),
  hashesFilesOf: () => (/* reexport */ core/* hashesFilesOf */.rF),
  idPart: () => (/* reexport */ core/* idPart */.NK),
  isEntryPath: () => (/* reexport */ restored_state/* isEntryPath */.of),
  isGitDirName: () => (/* reexport */ core/* isGitDirName */.hA),
  isInsideDir: () => (/* reexport */ core/* isInsideDir */.is),
  isKeyedId: () => (/* reexport */ core/* isKeyedId */.Ko),
  isNormalPath: () => (/* reexport */ core/* isNormalPath */.Xl),
  isRollbackRecord: () => (/* reexport */ core/* isRollbackRecord */.G6),
  isSecretName: () => (/* reexport */ core/* isSecretName */.eh),
  isUnder: () => (/* reexport */ core/* isUnder */.Jo),
  isValidId: () => (/* reexport */ core/* isValidId */.Al),
  jobContext: () => (/* reexport */ step/* jobContext */.Rl),
  keyedCacheKey: () => (/* reexport */ core/* keyedCacheKey */.QJ),
  keyedId: () => (/* reexport */ core/* keyedId */.S6),
  keyedManifestDigest: () => (/* reexport */ core/* keyedManifestDigest */.Gc),
  keyedPathProblems: () => (/* reexport */ core/* keyedPathProblems */.Ak),
  keyedPathsIn: () => (/* reexport */ core/* keyedPathsIn */.Yl),
  keyedRefsUsed: () => (/* reexport */ core/* keyedRefsUsed */.Mu),
  leftAloneBy: () => (/* reexport */ core/* leftAloneBy */.ud),
  literalGlob: () => (/* reexport */ core/* literalGlob */.Iq),
  load: () => (/* binding */ load),
  lookupAnswer: () => (/* reexport */ step/* lookupAnswer */.VC),
  manifestStats: () => (/* reexport */ core/* manifestStats */.P2),
  newestReadable: () => (/* reexport */ step/* newestReadable */.p7),
  normalKeyedPaths: () => (/* reexport */ core/* normalKeyedPaths */.Mf),
  outermost: () => (/* reexport */ core/* outermost */.J9),
  ownCheckpointIds: () => (/* reexport */ green_cleanup/* ownCheckpointIds */.tW),
  parentCheckpoint: () => (/* reexport */ step/* parentCheckpoint */.VP),
  parseManifest: () => (/* reexport */ core/* parseManifest */.Ng),
  parseOutsidePath: () => (/* reexport */ outside/* parseOutsidePath */._W),
  parseRestoreVerify: () => (/* reexport */ core/* parseRestoreVerify */.P6),
  parseRestoredState: () => (/* reexport */ restored_state/* parseRestoredState */.lb),
  parseTrustRecord: () => (/* reexport */ trust/* parseTrustRecord */.NJ),
  planRestore: () => (/* reexport */ core/* planRestore */.q8),
  printablePath: () => (/* reexport */ step/* printablePath */.Vj),
  readsAsDotDot: () => (/* reexport */ core/* readsAsDotDot */.Gi),
  reservedNameProblem: () => (/* reexport */ core/* reservedNameProblem */.Vq),
  resolveRoot: () => (/* reexport */ outside/* resolveRoot */.H6),
  restoreFailure: () => (/* reexport */ step/* restoreFailure */.Fi),
  restoreJournals: () => (/* reexport */ step/* restoreJournals */.xi),
  restoreOutputs: () => (/* reexport */ step/* restoreOutputs */.V2),
  restoredCheckpointOf: () => (/* reexport */ restored_state/* restoredCheckpointOf */.o7),
  resumedCandidate: () => (/* reexport */ step/* resumedCandidate */.n_),
  reuseIfSameContent: () => (/* reexport */ core/* reuseIfSameContent */.Li),
  rootBases: () => (/* reexport */ step/* rootBases */.Dr),
  rootOverlaps: () => (/* reexport */ outside/* rootOverlaps */.t4),
  rootsToSave: () => (/* reexport */ outside/* rootsToSave */.Gr),
  safeEntryPath: () => (/* reexport */ core/* safeEntryPath */.FB),
  sameCheckpoint: () => (/* reexport */ step/* sameCheckpoint */.Fs),
  sameEntry: () => (/* reexport */ core/* sameEntry */.dI),
  saveStageCheckpoint: () => (/* reexport */ stage/* saveStageCheckpoint */.a),
  selectPaths: () => (/* reexport */ core/* selectPaths */.LO),
  shownChanges: () => (/* reexport */ core/* shownChanges */.ph),
  stageName: () => (/* reexport */ step/* stageName */.CT),
  storedArchivesNeeded: () => (/* reexport */ core/* storedArchivesNeeded */.m0),
  summarize: () => (/* reexport */ core/* summarize */.NV),
  trustArtifactName: () => (/* reexport */ trust/* trustArtifactName */.G0),
  trustRecordOf: () => (/* reexport */ trust/* trustRecordOf */.n$),
  trustedByRecords: () => (/* reexport */ trust/* trustedByRecords */.Nk),
  underAny: () => (/* reexport */ core/* underAny */.DR),
  untrustedBecause: () => (/* reexport */ trust/* untrustedBecause */.XI),
  worthRehashing: () => (/* reexport */ core/* worthRehashing */.GZ),
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
;// CONCATENATED MODULE: ./src/checkpoint/index.ts
/**
 * The checkpoint engine's one door: the rest of src/ imports the engine from here and from nowhere else
 * (eslint.config.js `wingDoor`). Inside, the wing keeps the house's floors: `core/` decides (pure),
 * `ports/` are its interfaces with their in-memory implementations, `adapters/` do the I/O.
 *
 * What is exported as it stands is pure and costs nothing to load: the core and the ports, so a phase or
 * src/core may import it under their floors. The adapters (archives, transfers, the artifact and cache
 * services) load on first use through `load`, each as its own chunk of the bundle, as they did before the
 * door: an entry point that only decides (pre, post on a green job, a `run/` step that saves no stage)
 * never loads them. Their types are exported here too.
 */










/** The engine's adapters, loaded on first use. */
const load = {
    /** The stall watchdog every store call runs under, and the entry points' end when a store was given up. */
    storeGuard: () => __webpack_require__.e(/* import() */ 9498).then(__webpack_require__.bind(__webpack_require__, 9498)),
    /** Save, restore, list, validate, clean up, resume, open a store: the whole engine. */
    engine: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(4385), __webpack_require__.e(2686)]).then(__webpack_require__.bind(__webpack_require__, 42686)),
    /** main's record of what its resume restored, checked without the engine (one lstat a directory). */
    restoredState: () => __webpack_require__.e(/* import() */ 5357).then(__webpack_require__.bind(__webpack_require__, 65357)),
    /** The job attempts' records of the checkpoints they stored in the run's artifacts. */
    trustRecords: () => Promise.all(/* import() */[__webpack_require__.e(4942), __webpack_require__.e(2280), __webpack_require__.e(8128)]).then(__webpack_require__.bind(__webpack_require__, 90574)),
    /** One artifact uploaded to the Results service from a stream or from memory (post's recovery plan). */
    artifactUpload: () => Promise.all(/* import() */[__webpack_require__.e(4942), __webpack_require__.e(2280), __webpack_require__.e(2476)]).then(__webpack_require__.bind(__webpack_require__, 28080)),
    /** Deleting a green attempt's checkpoint artifacts. */
    artifactCleanup: () => Promise.all(/* import() */[__webpack_require__.e(4942), __webpack_require__.e(5189)]).then(__webpack_require__.bind(__webpack_require__, 10285)),
    /** Where keyed entries live: the cache service, or a directory beside a `dir:` store. */
    keyedStore: () => __webpack_require__.e(/* import() */ 4385).then(__webpack_require__.bind(__webpack_require__, 84385)),
    /** The cache service's entries, spoken to as @actions/cache 6 does (for the ledger and the history too). */
    cacheTransfer: () => Promise.all(/* import() */[__webpack_require__.e(4942), __webpack_require__.e(2280), __webpack_require__.e(3467)]).then(__webpack_require__.bind(__webpack_require__, 38413)),
};


/***/ }),

/***/ 44076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ MANIFEST_SUFFIX),
/* harmony export */   V9: () => (/* binding */ CheckpointExistsError),
/* harmony export */   bJ: () => (/* binding */ FinalizeRefusedError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   ny: () => (/* binding */ MemoryStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59062);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/**
 * Where checkpoints live, as a port: the interface every store implements (checkpoint/adapters/store.ts
 * has the directory store, artifact-store.ts the run's artifacts) and `MemoryStore`, an in-memory one
 * that records what was asked of it, so that a phase can be tested without a disk or a network.
 */




const MANIFEST_SUFFIX = '.manifest.json';
/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    name = 'NotFoundError';
}
/** A save under a name the store already has (or that another process is saving right now). */
class CheckpointExistsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    name = 'CheckpointExistsError';
}
/**
 * The store wrote the object's bytes but refused to commit it (the Results service's `FinalizeArtifact`
 * answering 403, which its client never retries). The name stays reserved for the rest of the job attempt
 * (a second upload under it meets 409), so only a save under another name can succeed.
 */
class FinalizeRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    object;
    name = 'FinalizeRefusedError';
    constructor(
    /** The object (artifact) whose finalize was refused. */
    object, message) {
        super(message);
        this.object = object;
    }
}
/**
 * Objects kept in memory, each with the time it was put (a counter: later puts are newer). `calls`
 * records every operation, e.g. `getArchive x.tar.zst`, so that a test can tell what a phase touched.
 */
class MemoryStore {
    spec = 'memory:';
    calls = [];
    blobs = new Map();
    clock = 0;
    /** Puts `bytes` under `name` as it is (a test's way to plant a broken manifest). */
    put(name, bytes) {
        this.blobs.set(name, { bytes: Buffer.from(bytes), createdAt: new Date(++this.clock * 1000) });
    }
    async putArchive(file, data) {
        this.calls.push(`putArchive ${file}`);
        const chunks = [];
        for await (const chunk of data)
            chunks.push(Buffer.from(chunk));
        const bytes = Buffer.concat(chunks);
        this.put(file, bytes);
        return { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), size: bytes.length };
    }
    putManifest(id, bytes) {
        this.calls.push(`putManifest ${id}`);
        return settle(() => {
            if (this.blobs.has(`${id}${MANIFEST_SUFFIX}`))
                throw new CheckpointExistsError(`'${id}' exists`);
            this.put(`${id}${MANIFEST_SUFFIX}`, bytes);
        });
    }
    getArchive(file) {
        this.calls.push(`getArchive ${file}`);
        return settle(() => {
            const blob = this.blobs.get(file);
            if (!blob)
                throw new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`);
            return node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([blob.bytes]);
        });
    }
    getManifest(id) {
        this.calls.push(`getManifest ${id}`);
        return settle(() => {
            const blob = this.blobs.get(`${id}${MANIFEST_SUFFIX}`);
            if (!blob)
                throw new NotFoundError(`no checkpoint named '${id}' in ${this.spec}`);
            return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(blob.bytes.toString('utf8'), `${id}${MANIFEST_SUFFIX}`);
        });
    }
    objects() {
        this.calls.push('objects');
        return settle(() => [...this.blobs].map(([name, b]) => ({ name, createdAt: b.createdAt, size: b.bytes.length })));
    }
    removeObject(name) {
        this.calls.push(`removeObject ${name}`);
        return settle(() => void this.blobs.delete(name));
    }
}
/** `fn`'s value as a promise, or its error as a rejected one (as a store's asynchronous answer). */
function settle(fn) {
    try {
        return Promise.resolve(fn());
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
}


/***/ }),

/***/ 59056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14630);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80095);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59062);
/* harmony import */ var _core_outside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35235);
/* harmony import */ var _core_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84004);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44076);







async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const includeHidden = opts.includeHidden === true;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths, { includeHidden });
    if (resolved.roots.length === 0)
        throw new _core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length) {
        const said = `Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`;
        // A stage's checkpoint names the outputs of every stage; the later ones' are not there yet.
        if (opts.unmatched === 'note')
            log.info(said);
        else
            log.warning(said);
    }
    const seq = opts.name === undefined ? await ports.workspace.nextSeq(ctx.manifestCache) : 0;
    const nameOf = (fresh) => opts.name ??
        (0,_core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, seq + FRESH_SEQ_STEP * fresh);
    const id = nameOf(0);
    const exclude = (0,_core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude);
    const parent = (0,_core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const reuse = opts.reuseResumed && parent ? (0,_core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .resumedCandidate */ .n_)(ctx) : undefined;
    const roots = await saveOutsideRoots(opts, id, ports);
    let handedBack = false;
    const onRead = opts.onRead && (() => ((handedBack = true), opts.onRead?.()));
    const result = await saveUnderFreshNames(nameOf, () => handedBack, opts.name !== undefined, log, (id) => ports.workspace.save({
        store: opts.store,
        workspace: ctx.workspace,
        paths: resolved.roots,
        id,
        meta: {
            stage: opts.stage,
            job: ctx.job,
            runId: ctx.runId,
            attempt: ctx.attempt,
            ...(ctx.lane ? { lane: ctx.lane } : {}),
            ...(ctx.commit ? { commit: ctx.commit } : {}),
            ...(ctx.branch ? { branch: ctx.branch } : {}),
            completedStages: ctx.completedStages,
            ...(ctx.stageDurations ? { stageDurations: ctx.stageDurations } : {}),
            ...(roots.length > 0 ? { roots } : {}),
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        includeHidden,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        ...(reuse ? { reuse } : {}),
        ...(opts.keyed?.length ? { keyed: opts.keyed } : {}),
        ...(onRead ? { onPacked: onRead } : {}),
        logger: log,
    }));
    if (result.reused) {
        log.info(`ci-recovery: checkpoint ${result.manifest.id}, restored by this attempt's resume, already holds the state before stage '${opts.stage}': not saved again.`);
        return result; // still the job's last checkpoint
    }
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_CHECKPOINT_ENV */ .wp, result.manifest.id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
}
/** How far apart the sequences of a checkpoint's fresh names are (core/fresh-names.ts). */
const FRESH_SEQ_STEP = 1000;
/**
 * Saves under `nameOf(0)`; when the store refuses to finalize an object (FinalizeRefusedError: that name
 * stays reserved for the attempt), saves again under `nameOf(1)`, `nameOf(2)`: ids of the same form, so
 * resume, restore and list find them as any other of the job's (checkpointsOfJob). Not when the user named
 * the checkpoint (a restore asks for that name), nor once the workspace was handed back to the stage
 * (`handedBack`: packing it again would save another state).
 */
function saveUnderFreshNames(nameOf, handedBack, named, log, save) {
    return (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__/* .underFreshNames */ .N)({
        nameOf,
        save,
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_4__/* .FinalizeRefusedError */ .bJ,
        stop: () => named
            ? "the 'name' input chose it (leave 'name' out to let a refusal be retried under a fresh name)"
            : handedBack()
                ? 'the stage already runs in the workspace the checkpoint read'
                : undefined,
        giveUp: (error, why) => {
            const refused = error;
            return new _ports_store_js__WEBPACK_IMPORTED_MODULE_4__/* .FinalizeRefusedError */ .bJ(refused.object, `${refused.message}; not saved again: ${why}`);
        },
        retrying: (error, next, fresh) => log.warning(`ci-recovery: the artifact service refused to finalize '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(error.object)}' (a 403 its client never retries; the name stays reserved in this attempt): saving the checkpoint again as ${next} (${fresh} of ${_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__/* .FRESH_NAMES */ .Y}).`),
    });
}
/**
 * The paths outside the workspace the completed stages filled (their `cache-paths`), each saved as its own
 * checkpoint before the workspace's, whose manifest then records them. Never fails the checkpoint.
 */
async function saveOutsideRoots(opts, id, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    if (!ctx.cachePaths || !ports.workspace.saveRoots)
        return [];
    const bases = ctx.bases ?? {};
    const { roots, refused } = (0,_core_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .rootsToSave */ .Gr)(ctx.cachePaths, ctx.completedStages, bases);
    for (const why of refused)
        log.warning(`ci-recovery: not checkpointed: ${why}`);
    if (roots.length === 0)
        return [];
    return ports.workspace.saveRoots({
        store: opts.store,
        id,
        meta: { job: ctx.job, runId: ctx.runId, attempt: ctx.attempt },
        roots,
        place: { bases, keepOut: [ctx.workspace, ...(ctx.manifestCache ? [ctx.manifestCache] : [])] },
        logger: log,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
    });
}


/***/ }),

/***/ 20066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ SECRET_NAMES),
/* harmony export */   DR: () => (/* binding */ underAny),
/* harmony export */   FB: () => (/* binding */ safeEntryPath),
/* harmony export */   Gi: () => (/* binding */ readsAsDotDot),
/* harmony export */   J9: () => (/* binding */ outermost),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Sy: () => (/* binding */ RESTORED_MODE_BITS),
/* harmony export */   T1: () => (/* binding */ ancestors),
/* harmony export */   Xl: () => (/* binding */ isNormalPath),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   hA: () => (/* binding */ isGitDirName),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   ls: () => (/* binding */ HFS_IGNORED),
/* harmony export */   mw: () => (/* binding */ foldedName),
/* harmony export */   n2: () => (/* binding */ hasStagingName),
/* harmony export */   th: () => (/* binding */ STAGING_PREFIX),
/* harmony export */   yl: () => (/* binding */ checkLinkTarget)
/* harmony export */ });
/**
 * Path safety for checkpoint entries. Every path that comes out of an archive or a manifest goes through
 * these checks before anything touches the disk: a checkpoint is untrusted input. In core, below the
 * checkpoint engine, since the config's keyed paths are checked by them too (keyed-paths.ts).
 */
/** Why a path or link was refused; the message names the entry. */
class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
/**
 * Normalizes a relative, forward-slash entry path ('./a//b/' -> 'a/b') and refuses absolute paths, '..'
 * segments, NUL bytes and the empty path. Returns '.' only when `allowRoot` is set.
 */
function safeEntryPath(raw, { allowRoot = false } = {}) {
    if (isNormalPath(raw))
        return raw;
    if (raw.includes('\0'))
        throw new UnsafePathError(`entry '${raw.replace(/\0/g, '\\0')}' contains a NUL byte`);
    if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw) || raw.startsWith('\\')) {
        throw new UnsafePathError(`entry '${raw}' is an absolute path`);
    }
    const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..'))
        throw new UnsafePathError(`entry '${raw}' contains '..'`);
    if (WINDOWS_DOTDOT.test(raw))
        throw new UnsafePathError(`entry '${raw}' contains '..' as Windows reads it (through a backslash, or with trailing dots or spaces)`);
    if (parts.length === 0) {
        if (allowRoot)
            return '.';
        throw new UnsafePathError(`entry '${raw}' is empty`);
    }
    return parts.join('/');
}
/** 'a/b' with no empty, '.' or '..' segment, no NUL, not absolute: a path already safe as it is. */
const NORMAL_PATH = /^(?![A-Za-z]:[\\/]|\\)(?!\.\.?(?:\/|$))[^/\0]+(?:\/(?!\.\.?(?:\/|$))[^/\0]+)*$/;
/**
 * A segment Windows reads as '..': split at '\\' too (path.win32.join('D:\\ws', 'a\\..\\..\\x') is 'D:\\x'),
 * and with the trailing dots and spaces it drops ('.. ', '...'). A Windows runner would climb out with it.
 */
const WINDOWS_DOTDOT = /(?:^|[\\/])\.\.[. ]*(?=[\\/]|$)/;
/** One regular-expression test, for the hot paths (tens of thousands of entries per manifest or archive). */
function isNormalPath(p) {
    return NORMAL_PATH.test(p) && !readsAsDotDot(p);
}
/** Whether a path, as any runner's file system reads it, has a '..' segment (see WINDOWS_DOTDOT). */
function readsAsDotDot(p) {
    return p.includes('..') && WINDOWS_DOTDOT.test(p);
}
/** Longer targets than this are no link a file system would hold (Linux PATH_MAX). */
const MAX_LINK_TARGET = 4096;
/**
 * Refuses a symlink whose target no file system would hold: empty, with a NUL byte, or longer than
 * PATH_MAX. A target outside the workspace (a Python venv's `bin/python3 -> /usr/bin/python3.12`) is
 * kept as it is, like git keeps it: links are placed as links and nothing is ever written through one
 * (no entry may lie below a link, and a restore makes every ancestor a real directory), so where a link
 * points decides nothing about where a restore writes.
 */
function checkLinkTarget(linkPath, target) {
    if (target === '' || target.includes('\0') || target.length > MAX_LINK_TARGET)
        throw new UnsafePathError(`symlink '${linkPath}' has an empty or invalid target`);
}
/** True when `p` is `root` or lies below it ('.' covers everything). */
function isUnder(p, root) {
    return root === '.' || p === root || p.startsWith(root + '/');
}
/**
 * isUnder against any of `roots`, as a test made once for many paths: each root's prefix is built once,
 * not once per path (a manifest's parse asks it for every one of 45,000 entries).
 */
function underAny(roots) {
    if (roots.includes('.'))
        return () => true;
    const prefixes = roots.map((r) => `${r}/`);
    return (p) => roots.includes(p) || prefixes.some((prefix) => p.startsWith(prefix));
}
/** The proper ancestors of an entry path, nearest last: 'a/b/c' -> ['a', 'a/b']. */
function ancestors(p) {
    const parts = p.split('/');
    const out = [];
    for (let i = 1; i < parts.length; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
/**
 * The paths of a list that no other path of it lies above, each once, in their order: the tops of whole
 * subtrees ('a', 'a/b', 'c' -> 'a', 'c'; '.' covers everything). Lists can hold every entry of a
 * checkpoint (a restore's 'added' names them all), so each path's ancestors are looked up in a set of the
 * list as prefixes up to each '/', with no sort and no array of ancestors per path: for the 46,734 paths
 * of the bench's workspace, 9 ms instead of 24 (12 instead of 42 on a first call, as a CLI makes it).
 */
function outermost(paths) {
    const listed = new Set(paths);
    if (listed.has('.'))
        return ['.'];
    const seen = new Set();
    return paths.filter((p) => {
        if (seen.has(p))
            return false;
        seen.add(p);
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            if (listed.has(p.slice(0, i)))
                return false;
        return true;
    });
}
/**
 * The name prefix of a restore's staging directory. It is ci-recovery's own: no manifest may name it, and
 * a directory of that name found in a tree is only adopted when a journal outside the tree vouches for it.
 */
const STAGING_PREFIX = '.ci-recovery-staging-';
/** Whether a segment of `p` carries ci-recovery's own staging name. */
function hasStagingName(p) {
    return p.startsWith(STAGING_PREFIX) || p.includes('/' + STAGING_PREFIX);
}
/** Mode bits a restore sets unless asked for more: no setuid, setgid or sticky bit, nothing world-writable. */
const RESTORED_MODE_BITS = 0o775;
/**
 * The names of files that hold credentials: left out of every checkpoint, `include-hidden-files` or not,
 * inside a node_modules tree too (npm never publishes an `.npmrc`, and no package needs a `.env` or a
 * `.netrc` to run), unless a path names one itself. `.env.*` too (`.env.local`).
 */
const SECRET_NAMES = ['.npmrc', '.env', '.netrc', '.git-credentials', '.pypirc'];
/** Whether a file name is one SECRET_NAMES keeps out. */
const isSecretName = (name) => SECRET_NAMES.includes(name) || name.startsWith('.env.');
/**
 * Code points HFS+ ignores in a name (zero-width joiners, direction marks, the byte-order mark): on macOS
 * `.g\u200cit` opens `.git`. The list git itself strips (utf8.c, is_hfs_dotgit).
 */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
/**
 * A name as a case-insensitive, NTFS or HFS+ file system reads it: lower case, without what HFS+ ignores,
 * without an NTFS stream (`.git::$INDEX_ALLOCATION`) and without the trailing dots and spaces NTFS drops.
 */
function foldedName(segment) {
    const s = segment.replace(HFS_IGNORED, '').toLowerCase();
    const stream = s.indexOf(':');
    return (stream < 0 ? s : s.slice(0, stream)).replace(/[. ]+$/, '');
}
/**
 * Whether a name opens git's own directory on some file system: `.git`, and as macOS or Windows also read
 * it, `.GIT`, `.git.`, `.git `, `git~1` (the NTFS short name), `.g\u200cit`. Git refuses each of them in
 * a tree on every system (verify_path); a hook written there runs on the next git command.
 */
function isGitDirName(segment) {
    if (segment === '.git')
        return true;
    const folded = foldedName(segment);
    return folded === '.git' || folded === 'git~1';
}


/***/ }),

/***/ 14630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ underFreshNames),
/* harmony export */   Y: () => (/* binding */ FRESH_NAMES)
/* harmony export */ });
/**
 * Saving under fresh names when the store refuses to finalize an object: the artifact service wrote its
 * bytes, answered 403 at FinalizeArtifact (which its client never retries) and keeps the name reserved for
 * the job attempt, so only another name can succeed. One loop for every object saved that way: a
 * checkpoint, a checkpoint's trust record, the recovery plan.
 */
/** How many fresh names an object whose finalize was refused tries. */
const FRESH_NAMES = 2;
/** Runs `save` under `nameOf(0)`, and after a refused finalize under `nameOf(1)`, `nameOf(2)`. */
async function underFreshNames(o) {
    for (let fresh = 0;; fresh++) {
        try {
            return await o.save(o.nameOf(fresh));
        }
        catch (error) {
            if (!o.refused(error))
                throw error;
            const why = o.stop?.(fresh) ??
                (fresh === FRESH_NAMES ? `${FRESH_NAMES} fresh names were refused too` : undefined);
            if (why !== undefined)
                throw o.giveUp ? o.giveUp(error, why) : error;
            o.retrying?.(error, o.nameOf(fresh + 1), fresh + 1);
        }
    }
}


/***/ }),

/***/ 84844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ keyedPathProblems),
/* harmony export */   M: () => (/* binding */ normalKeyedPaths)
/* harmony export */ });
/* harmony import */ var _entry_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20066);

const GLOB = /[*?[\]{}!]/;
/**
 * Problems of the config's keyed paths, each naming the path and the fix: not a plain relative path, a
 * glob, not among (or below) the checkpoint's `paths`, named twice or inside another keyed path.
 */
function keyedPathProblems(keyed, paths) {
    const problems = [];
    const seen = [];
    // Globs in `paths` are matched when a checkpoint is taken: only plain paths can be checked here.
    const plainPaths = paths.some((r) => GLOB.test(r))
        ? []
        : paths.map((r) => r.replace(/^\.\/+|\/+$/g, '') || '.');
    for (const [index, k] of keyed.entries()) {
        const say = (message, field = 'path') => void problems.push({
            index,
            field,
            message: `checkpoint.keyed[${index}] ('${k.path}'): ${message}`,
            detail: message,
        });
        const p = normalPath(k.path);
        if (p === undefined || GLOB.test(p)) {
            say("a keyed path is one directory relative to the workspace, without '..' or globs; name it exactly (e.g. 'node_modules')");
            continue;
        }
        const kept = keptOut(p, plainPaths);
        if (kept) {
            say(kept);
            continue;
        }
        if (plainPaths.length > 0 && !plainPaths.some((r) => (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(p, r)))
            say(`it is not among checkpoint.paths (${paths.join(', ')}), so no checkpoint holds it; add '${p}' to checkpoint.paths`);
        const other = seen.find((s) => (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(p, s) || (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(s, p));
        if (other)
            say(`it ${other === p ? 'is named twice' : `overlaps the keyed path '${other}'`}; keep one entry per directory`);
        if (k.hashFiles.some((f) => f.startsWith('/') || f.split('/').includes('..')))
            say("hash-files are relative to the workspace, without '..' (e.g. 'package-lock.json' or '**/package-lock.json')", 'hash-files');
        seen.push(p);
    }
    return problems;
}
/**
 * Why a keyed path would publish what every checkpoint keeps out, if it would: `.git` (its `config` holds
 * checkout's token) or the local store anywhere in it, a credentials file (SECRET_NAMES), or a hidden name a
 * checkpoint path does not name itself (hidden names are left out; a node_modules tree's own are kept). A
 * keyed entry is a cache entry any job of the repository can read: it never holds these.
 */
function keptOut(p, plainPaths) {
    const parts = p.split('/');
    const fix = 'key the directory that holds what you need instead (e.g. node_modules)';
    // By any name a file system reads as .git too (.GIT on macOS, git~1 on Windows).
    if (parts.some(_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitDirName */ .hA))
        return `a keyed entry is a cache entry every job of the repository can read, and .git holds checkout's token in .git/config: .git is never keyed; ${fix}`;
    if (parts.some((n) => n === '.ci-recovery' || n.startsWith(_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGING_PREFIX */ .th)))
        return `'${p}' is ci-recovery's own store; ${fix}`;
    const secret = parts.find((n) => (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretName */ .eh)(n) || (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecretName */ .eh)(n.toLowerCase()));
    if (secret)
        return `'${secret}' holds credentials, which no checkpoint saves and no keyed entry publishes; ${fix}`;
    const hidden = parts.findIndex((n, i) => n.startsWith('.') && !parts.slice(0, i).includes('node_modules'));
    const upTo = parts.slice(0, hidden + 1).join('/');
    if (hidden >= 0 && !plainPaths.some((r) => (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(r, upTo) && (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(p, r)))
        return `hidden names such as '${parts[hidden]}' are left out of checkpoints, so a keyed entry would publish what the checkpoint keeps out; name '${upTo}' in checkpoint.paths to save it as named, or ${fix}`;
    return undefined;
}
function normalPath(raw) {
    try {
        return (0,_entry_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntryPath */ .FB)(raw.replace(/^\.\/+/, '').replace(/\/+$/, ''));
    }
    catch {
        // not a safe relative path: the caller refuses it
        return undefined;
    }
}
/** The keyed paths in normal form (keyedPathProblems found none). */
function normalKeyedPaths(keyed) {
    return keyed.map((k) => ({ ...k, path: normalPath(k.path) ?? k.path }));
}


/***/ })

};
