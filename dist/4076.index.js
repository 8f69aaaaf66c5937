export const id = 4076;
export const ids = [4076];
export const modules = {

/***/ 70309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ worthRehashing),
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Li: () => (/* binding */ reuseIfSameContent),
/* harmony export */   W4: () => (/* binding */ withWholeLinkGroups),
/* harmony export */   Wi: () => (/* binding */ RACY_SLACK_MS),
/* harmony export */   iO: () => (/* binding */ spareLeftAlone),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   q8: () => (/* binding */ planRestore),
/* harmony export */   zh: () => (/* binding */ IncrementalPlanner)
/* harmony export */ });
/* unused harmony exports sameEntry, linkedApart */
/* harmony import */ var _manifest_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59830);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20066);


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
    /** The parent's entries as columns, where it was parsed and its entries never read: no object each. */
    table;
    /** Files modified at or after this are never trusted by their stat alone. */
    trustedBefore;
    /** New entries that the parent had too: fewer than the parent's means something was deleted. */
    matched = 0;
    /** The parent's entry after the last one matched: where the walk's next entry most likely stands. */
    next = 0;
    constructor(parent) {
        this.parent = parent;
        this.table = parent && (0,_manifest_table_js__WEBPACK_IMPORTED_MODULE_0__/* .entryTable */ .Vy)(parent);
        if (!this.table)
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
        if (this.table)
            return this.planOnTable(s, this.table);
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
    /** plan, against the parent's columns: the same decisions, from the same facts, read by index. */
    planOnTable(s, t) {
        const i = this.indexOf(s.path, t);
        if (i !== undefined)
            this.matched++;
        const entry = s;
        if (s.stat)
            entry.mtimeMs = s.stat.mtimeMs;
        let store;
        if (s.type === 'file') {
            entry.size = s.size ?? 0;
            const b = s.stat;
            const ctime = i === undefined ? undefined : t.ctimes?.[i];
            // A file entry of a parsed manifest always has its digest and archive; stat facts in a local copy.
            const reusable = i !== undefined &&
                t.types[i] === 'f' &&
                t.modes[i] === s.mode &&
                t.sizes[i] === s.size &&
                // A hard link's bytes are in its archive under its file's name, not under its own.
                t.links?.[String(i)] === undefined &&
                t.inos !== undefined &&
                t.devs !== undefined &&
                b !== undefined &&
                t.mtimes[i] === b.mtimeMs &&
                (ctime === undefined || ctime === -1 || ctime === b.ctimeMs) &&
                t.inos[i] === b.ino &&
                t.devs[i] === b.dev &&
                b.mtimeMs < this.trustedBefore;
            store = !reusable;
            if (reusable) {
                entry.sha256 = t.shas[i];
                entry.from = t.archives[t.froms[i]];
            }
        }
        else if (s.type === 'symlink') {
            entry.target = s.target ?? '';
            store = !(i !== undefined && t.types[i] === 'l' && t.targets[String(i)] === s.target);
        }
        else {
            store = !(i !== undefined && t.types[i] === 'd' && t.modes[i] === s.mode);
        }
        this.entries.push(entry);
        const old = i !== undefined && (store || s.link !== undefined) ? t.entry(i) : undefined;
        return { entry, store, old };
    }
    /**
     * The parent's index of `p`. The walk meets a tree in the order its parent was written (a parent taken
     * by the same walk), so the entry after the last one matched is tried first, and the parent's index of
     * paths only where that is not it (added or deleted entries, other roots): a lookup per entry, hashing
     * each walked path, was ~15 ms of CPU for 11,755 entries (Node 24). A parsed parent lists each path once.
     */
    indexOf(p, t) {
        const k = this.next;
        const i = t.paths[k] === p ? k : t.find(p);
        if (i !== undefined)
            this.next = i + 1;
        return i;
    }
    /**
     * Takes out entries planned but gone when they were read (deleted mid-save), `fromParent` of them paths
     * the parent had: those count as deleted.
     */
    leaveOut(gone, fromParent) {
        if (gone.size === 0)
            return;
        let kept = 0;
        for (const e of this.entries)
            if (!gone.has(e))
                this.entries[kept++] = e;
        this.entries.length = kept;
        this.matched -= fromParent;
    }
    /** Paths of the parent that the walk did not meet (call once the walk is over). */
    deleted() {
        // (A parsed parent lists each path once: its paths, not its index, which may never have been made.)
        if (this.matched >= (this.table ? this.table.paths.length : this.before.size))
            return [];
        const now = new Set(this.entries.map((e) => e.path));
        return (this.table ? this.table.paths : [...this.before.keys()]).filter((p) => !now.has(p));
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
    return items.filter((i) => only.some((root) => (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnder */ .Jo)(i.path, root)));
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
 * A file and its hard links are written together, or not at all: a link is made to the file this restore
 * writes (rewriting one name alone would split them), and a group found as separate copies on disk is
 * written again, so that it comes back linked. Names the checkpoint holds apart (separate files, or
 * separate groups) that share one inode on disk are written again too: left "unchanged", a write through
 * one of them would change the others, which the saved workspace never did. `target`: the entries
 * restored, by path; `linkedOnDisk`: the entries the scan found with more than one name.
 */
function withWholeLinkGroups(target, current, linkedOnDisk, changes) {
    const groups = new Map();
    for (const e of target.values()) {
        if (e.link === undefined)
            continue;
        const group = groups.get(e.link);
        if (group)
            group.push(e.path);
        else
            groups.set(e.link, [e.path]);
    }
    const apart = linkedApart(target, linkedOnDisk);
    if (groups.size === 0 && apart.length === 0)
        return;
    const cur = new Map(current.map((c) => [c.path, c]));
    const writing = new Set([...changes.added, ...changes.modified]);
    const rewrite = (p) => {
        if (writing.has(p))
            return;
        writing.add(p);
        changes.unchanged--;
        (cur.has(p) ? changes.modified : changes.added).push(p);
    };
    apart.forEach(rewrite);
    for (const [file, links] of groups) {
        const members = [file, ...links].filter((p) => target.has(p));
        const its = cur.get(file)?.stat;
        const linkedNow = its !== undefined &&
            members.every((p) => {
                const c = cur.get(p);
                return c?.type === 'file' && c.stat?.ino === its.ino && c.stat.dev === its.dev;
            });
        if (linkedNow && !members.some((p) => writing.has(p)))
            continue;
        members.forEach(rewrite);
    }
}
/**
 * The names of `linkedOnDisk` on an inode (one device, one number: two filesystems of a destination
 * reuse numbers) whose names the checkpoint holds as files of different groups.
 */
function linkedApart(target, linkedOnDisk) {
    if (linkedOnDisk.length === 0)
        return [];
    const groupOf = (c) => {
        const t = target.get(c.path);
        return c.type === 'file' && c.stat && t?.type === 'file' ? (t.link ?? t.path) : undefined;
    };
    // The first name met of each inode, by device then number: no string made per name (in a pnpm tree
    // every file is linked to the store).
    const firstOf = new Map();
    const first = (c) => {
        const { dev, ino } = c.stat;
        let byIno = firstOf.get(dev);
        if (!byIno)
            firstOf.set(dev, (byIno = new Map()));
        const f = byIno.get(ino);
        if (!f)
            byIno.set(ino, c);
        return f ?? c;
    };
    const split = new Set();
    for (const c of linkedOnDisk) {
        const group = groupOf(c);
        if (group === undefined)
            continue;
        const f = first(c);
        if (f !== c && groupOf(f) !== group)
            split.add(f);
    }
    if (split.size === 0)
        return [];
    return linkedOnDisk.filter((c) => groupOf(c) !== undefined && split.has(first(c))).map((c) => c.path);
}
/**
 * The changes as they are shown (the restore action's outputs and log, the CLI): a directory added or
 * deleted whole stands for its contents, so restoring node_modules into a fresh checkout names one
 * path, not tens of thousands (over a megabyte, more than a job output may hold).
 */
function shownChanges(c) {
    return { added: (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .outermost */ .J9)(c.added), modified: c.modified, deleted: (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .outermost */ .J9)(c.deleted) };
}
/**
 * Spares the directories that hold an entry the restore leaves alone (`leftAlone`: a nested repository's
 * `.git`, a file the save excluded, the store), which a directory moved away whole would take with it:
 * one the checkpoint lacks is kept, and only its other entries are deleted. Returns the first such
 * directory the checkpoint would put a file or link in place of, with what it holds, for the caller to
 * refuse (or the path left alone itself, which only a forged manifest names: a save's own `exclude` leaves
 * out what it names, and a write there would move it away whole; one that also drops the name from its
 * `exclude` is not caught here); undefined when there is none.
 */
function spareLeftAlone(target, leftAlone, changes) {
    for (const p of leftAlone)
        if (target.has(p))
            return { path: p, holds: p };
    if (leftAlone.length === 0 || (changes.deleted.length === 0 && changes.modified.length === 0))
        return;
    const holders = new Map();
    for (const p of leftAlone)
        // Climbs to the first directory already known to hold something: 300,000 paths took 961 ms when every
        // prefix of each was rebuilt.
        for (let cut = p.lastIndexOf('/'); cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
            const a = p.slice(0, cut);
            if (holders.has(a))
                break;
            holders.set(a, p);
        }
    for (const p of changes.modified) {
        const holds = holders.get(p);
        if (holds !== undefined && target.get(p)?.type !== 'dir')
            return { path: p, holds };
    }
    changes.deleted = changes.deleted.filter((p) => !holders.has(p));
    return undefined;
}


/***/ }),

/***/ 81738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ isValidId),
/* harmony export */   G6: () => (/* binding */ isRollbackRecord),
/* harmony export */   Vq: () => (/* binding */ reservedNameProblem),
/* harmony export */   g: () => (/* binding */ checkpointId),
/* harmony export */   m4: () => (/* binding */ attemptInId)
/* harmony export */ });
/* unused harmony exports idPart, RESERVED_PREFIXES */
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
  zh: () => (/* reexport */ diff/* IncrementalPlanner */.zh),
  UQ: () => (/* reexport */ keyed/* KeyedMatch */.UQ),
  AR: () => (/* reexport */ LEFT_ALONE_GLOBS),
  Sn: () => (/* reexport */ manifest/* MANIFEST_FORMAT */.Sn),
  Sh: () => (/* reexport */ ManifestError),
  Wi: () => (/* reexport */ diff/* RACY_SLACK_MS */.Wi),
  Sy: () => (/* reexport */ entry_paths/* RESTORED_MODE_BITS */.Sy),
  Zr: () => (/* reexport */ RESTORE_VERIFY),
  AS: () => (/* reexport */ entry_paths/* SECRET_NAMES */.AS),
  th: () => (/* reexport */ entry_paths/* STAGING_PREFIX */.th),
  k0: () => (/* reexport */ entry_paths/* UnsafePathError */.k0),
  T1: () => (/* reexport */ entry_paths/* ancestors */.T1),
  yP: () => (/* reexport */ manifest/* archiveExtension */.yP),
  jq: () => (/* reexport */ manifest/* archivesNeeded */.jq),
  m4: () => (/* reexport */ ids/* attemptInId */.m4),
  qT: () => (/* reexport */ keyed/* checkKeyedManifest */.qT),
  yl: () => (/* reexport */ entry_paths/* checkLinkTarget */.yl),
  g: () => (/* reexport */ ids/* checkpointId */.g),
  wI: () => (/* reexport */ destinationProblem),
  zT: () => (/* reexport */ encodeEntries),
  Gb: () => (/* reexport */ encodeManifest),
  Vy: () => (/* reexport */ manifest_table/* entryTable */.Vy),
  Ed: () => (/* reexport */ manifest/* fileTotals */.Ed),
  n2: () => (/* reexport */ entry_paths/* hasStagingName */.n2),
  rF: () => (/* reexport */ hashesFilesOf),
  is: () => (/* reexport */ isInsideDir),
  Ko: () => (/* reexport */ keyed/* isKeyedId */.Ko),
  Xl: () => (/* reexport */ entry_paths/* isNormalPath */.Xl),
  G6: () => (/* reexport */ ids/* isRollbackRecord */.G6),
  Jo: () => (/* reexport */ entry_paths/* isUnder */.Jo),
  Al: () => (/* reexport */ ids/* isValidId */.Al),
  QJ: () => (/* reexport */ keyed/* keyedCacheKey */.QJ),
  S6: () => (/* reexport */ keyed/* keyedId */.S6),
  Gc: () => (/* reexport */ keyed/* keyedManifestDigest */.Gc),
  Ak: () => (/* reexport */ keyed/* keyedPathProblems */.Ak),
  Yl: () => (/* reexport */ keyed/* keyedPathsIn */.Yl),
  Mu: () => (/* reexport */ keyed/* keyedRefsUsed */.Mu),
  ud: () => (/* reexport */ leftAloneBy),
  Iq: () => (/* reexport */ literalGlob),
  P2: () => (/* reexport */ manifest/* manifestStats */.P2),
  Mf: () => (/* reexport */ keyed/* normalKeyedPaths */.Mf),
  J9: () => (/* reexport */ entry_paths/* outermost */.J9),
  Ng: () => (/* reexport */ parseManifest),
  P6: () => (/* reexport */ parseRestoreVerify),
  q8: () => (/* reexport */ diff/* planRestore */.q8),
  Gi: () => (/* reexport */ entry_paths/* readsAsDotDot */.Gi),
  Vq: () => (/* reexport */ ids/* reservedNameProblem */.Vq),
  Li: () => (/* reexport */ diff/* reuseIfSameContent */.Li),
  FB: () => (/* reexport */ entry_paths/* safeEntryPath */.FB),
  LO: () => (/* reexport */ diff/* selectPaths */.LO),
  ph: () => (/* reexport */ diff/* shownChanges */.ph),
  iO: () => (/* reexport */ diff/* spareLeftAlone */.iO),
  m0: () => (/* reexport */ manifest/* storedArchivesNeeded */.m0),
  NV: () => (/* reexport */ manifest/* summarize */.eh),
  DR: () => (/* reexport */ entry_paths/* underAny */.DR),
  W4: () => (/* reexport */ diff/* withWholeLinkGroups */.W4),
  GZ: () => (/* reexport */ diff/* worthRehashing */.GZ),
  UC: () => (/* reexport */ writeLocalManifest)
});

// UNUSED EXPORTS: HFS_IGNORED, KEYED_FORMAT, RESERVED_PREFIXES, checkedKeyedRefs, foldedName, idPart, isGitDirName, isSecretName, linkedApart, sameEntry, takenFromKeyed, walksBefore

// EXTERNAL MODULE: ./src/checkpoint/core/manifest.ts
var manifest = __webpack_require__(81683);
;// CONCATENATED MODULE: ./src/checkpoint/core/manifest-encode.ts
const TYPE_LETTER = { file: 'f', dir: 'd', symlink: 'l' };
/**
 * Bytes left free before the entries' part for the fields before it (a few hundred bytes, more with many
 * deleted paths or roots), and two after it for the closing braces, so that the stored form is written
 * around the entries where they are: copied into memory of its own, a 7.7 MB manifest's bytes cost ~50 ms
 * of CPU (the new pages' faults, on a 2-core VM: 0.6 ms for the same copy into memory written before).
 */
const HEAD_ROOM = 64 * 1024;
/** encodeManifest's entries' part, on its own (see EncodedEntries). */
function encodeEntries(entries, changed) {
    const scan = scanEntries(entries);
    const out = new JsonWriter(HEAD_ROOM + changed.length * 8 + scan.estimate + 1024);
    out.skip(HEAD_ROOM);
    writeBody(out, entries, changed, scan);
    out.spare(2);
    return {
        entries,
        changed,
        count: entries.length,
        archives: scan.archives,
        body: out.bytes().subarray(HEAD_ROOM),
        roomFree: true,
    };
}
/**
 * Both forms of a manifest from one encoding: the stored bytes (what a store keeps), and the local form
 * as pieces to write in a row (the stored bytes, less their closing braces, then the `ino` and `dev`
 * columns: this machine's stat facts, which let the next incremental skip reading unchanged files). Saving needs
 * both; for tens of thousands of entries a second encoding costs about a tenth of a second, and a second
 * copy of the text would be the save's memory peak. `pre`, the entries already encoded (encodeEntries),
 * is taken when it encoded `m`'s own entries and changed paths, as they are now.
 *
 * The text is written straight into one Buffer, a few hundred entries at a time: building the columns as
 * arrays and the whole text as one string first held about 15 MiB of heap for 46,734 entries (a 6 MB
 * manifest) at the end of a save, its memory peak, where this holds the Buffer and one small piece.
 */
function encodeManifest(m, pre) {
    const body = pre && pre.entries === m.entries && pre.changed === m.changed && pre.count === m.entries.length
        ? pre
        : encodeEntries(m.entries, m.changed);
    const head = headOf(m, body.archives);
    const bytes = storedAround(head, body);
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
 * The stored form: `head`, the entries' part, and the closing braces. Written around the entries' part in
 * its own memory where the room there is free and wide enough (once only: a second form would overwrite
 * the first's head), else copied into memory of its own.
 */
function storedAround(head, body) {
    const headBytes = Buffer.byteLength(head);
    const { body: b } = body;
    const end = b.byteOffset + b.length;
    if (body.roomFree && headBytes <= b.byteOffset && end + 2 <= b.buffer.byteLength) {
        body.roomFree = false;
        const whole = Buffer.from(b.buffer, 0, b.buffer.byteLength);
        whole.write(head, b.byteOffset - headBytes);
        whole.write('}}', end);
        return whole.subarray(b.byteOffset - headBytes, end + 2);
    }
    const bytes = Buffer.allocUnsafeSlow(headBytes + b.length + 2);
    bytes.write(head, 0);
    b.copy(bytes, headBytes);
    bytes.write('}}', headBytes + b.length);
    return bytes;
}
/**
 * The local form alone (see encodeManifest), handed to `sink` a quarter of a MiB at a time (each chunk is
 * valid only during the call): a restore keeps it for the next incremental, and the whole text in one
 * Buffer (6 MB for 46,734 entries) was part of the restore's memory peak.
 */
function writeLocalManifest(m, sink) {
    const scan = scanEntries(m.entries);
    const out = new JsonWriter(256 * 1024, sink);
    out.text(headOf(m, scan.archives));
    writeBody(out, m.entries, m.changed, scan);
    writeStatFacts(out, m.entries);
    out.text('}}');
    out.flush();
}
function scanEntries(entries) {
    const archives = [];
    const archiveIndex = new Map();
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
    return { archives, from, target, link, links, estimate };
}
/**
 * The stored form up to `changed`, without its closing brace. Key order as a plain JSON.stringify of the
 * stored object gives: the rest, archives, changed, entries (last, and its own last key is `target`: the
 * local form appends its columns before the two '}').
 */
function headOf(m, archives) {
    const { entries: _entries, changed: _changed, ...rest } = m;
    return JSON.stringify({ ...rest, archives }).slice(0, -1);
}
/** From `,"changed":` to the end of the entries' `target` column (see EncodedEntries). */
function writeBody(out, entries, changed, scan) {
    out.column(',', 'changed', changedIndices(entries, changed));
    out.column(',"entries":{', 'path', entries, (e) => e.path);
    out.text(`,"type":${JSON.stringify(entries.map((e) => TYPE_LETTER[e.type]).join(''))}`);
    out.column(',', 'mode', entries, (e) => e.mode);
    out.column(',', 'mtime', entries, (e) => e.mtimeMs ?? e.stat?.mtimeMs ?? 0);
    out.column(',', 'size', entries, (e) => e.size ?? 0);
    out.column(',', 'sha256', entries, (e) => e.sha256 ?? '');
    out.column(',', 'from', scan.from);
    // Only when there are any: a manifest without hard links reads as before in older versions.
    if (scan.links > 0)
        out.text(`,"link":${JSON.stringify(scan.link)}`);
    out.text(`,"target":${JSON.stringify(scan.target)}`);
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
    /** Leaves `n` bytes unwritten here (a writer without a sink only). */
    skip(n) {
        this.room(n);
        this.off += n;
    }
    /** Makes room for `n` more bytes after what is written, writing none (a writer without a sink only). */
    spare(n) {
        this.room(n);
    }
    room(need) {
        if (this.off + need <= this.buf.length)
            return;
        const grown = Buffer.allocUnsafeSlow(Math.max(this.off + need, Math.ceil(this.buf.length * 1.5)));
        this.buf.copy(grown, 0, 0, this.off);
        this.buf = grown;
    }
    text(s) {
        const need = Buffer.byteLength(s);
        if (this.off + need > this.buf.length) {
            if (this.sink) {
                this.flush();
                if (need > this.buf.length)
                    return this.sink(Buffer.from(s));
            }
            else
                this.room(need);
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

// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
// EXTERNAL MODULE: ./src/checkpoint/core/ids.ts
var ids = __webpack_require__(81738);
// EXTERNAL MODULE: ./src/checkpoint/core/keyed.ts
var keyed = __webpack_require__(48334);
// EXTERNAL MODULE: ./src/checkpoint/core/outside.ts
var outside = __webpack_require__(35235);
// EXTERNAL MODULE: ./src/checkpoint/core/manifest-table.ts
var manifest_table = __webpack_require__(59830);
// EXTERNAL MODULE: ./src/core/entry-paths.ts
var entry_paths = __webpack_require__(20066);
;// CONCATENATED MODULE: ./src/checkpoint/core/manifest-parse.ts
/**
 * Reads a stored manifest (written by manifest-encode.ts) and checks it: a manifest read from a store is
 * untrusted, so every field, path and link target is checked before anything uses it.
 */







const SHA256 = /^[0-9a-f]{64}$/;
/** A commit: sha-1, or sha-256 in a repository of that format. */
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
function column(cols, k, n, where) {
    const v = cols[k];
    if (!Array.isArray(v) || v.length !== n)
        fail(where, `'entries.${k}' must be a list of ${n} values`);
    return v;
}
/**
 * A column of numbers from `min` to `max` (whole ones where `whole`), checked in one loop: a check
 * called per value (seven columns of 20,000 entries) cost a parse ~10 ms in a fresh process.
 */
function numbers(cols, k, n, where, [min, max, whole]) {
    const v = column(cols, k, n, where);
    for (let i = 0; i < n; i++) {
        const x = v[i];
        if (typeof x !== 'number' || !(x >= min && x <= max) || (whole && !Number.isSafeInteger(x)))
            fail(`${where}: entries[${i}]`, `'${k}' has an invalid value`);
    }
    return v;
}
/** What numbers() takes for a count. */
const COUNT = [0, Number.MAX_SAFE_INTEGER, true];
/**
 * What numbers() takes for a time in milliseconds a Date can hold (\u00b18.64e15: \u00b1273,790 years): a forged
 * 1e300 was restored with exit 0 and the file's time silently left as it was, since nothing can set it.
 */
const TIME = [-8.64e15, 8.64e15, false];
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
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
    const cols = entryColumns(raw.entries, where, archives);
    const checked = checkedEntries(cols, where, covered);
    const { links, needed } = checked;
    // The paths' index, made only where asked for: in walk order they were seen to be distinct without it.
    let index = checked.index;
    const indexOfPaths = () => (index ??= pathIndex(cols.paths));
    const find = pathFinder(cols.paths, checked.runs, indexOfPaths);
    if (links.size > 0)
        checkNothingBelowLinks(cols.paths, links, where);
    if (cols.links)
        checkHardLinks(cols, find, cols.links, where);
    const keyed = keyedRefsOf(raw.keyed, cols, where);
    checkedExclude(raw.exclude, where);
    const n = cols.paths.length;
    const changedIdx = raw.changed;
    if (!Array.isArray(changedIdx) || !changedIdx.every((i) => isCount(i) && i < n))
        fail(where, "'changed' must be a list of entry indices");
    raw.deleted.forEach((p, i) => placed(where, () => `deleted[${i}]`, () => covered(checkedPath(p), 'file') || bad(`'${String(p)}' lies outside the checkpoint's paths`)));
    const { archives: _a, entries: _e, changed: _c, keyed: _k, ...rest } = raw;
    const m = {
        ...rest,
        ...(keyed ? { keyed } : {}),
        // (a placeholder: withEntryTable makes it the entries, on first read)
        entries: [],
        changed: changedIdx.map((i) => cols.paths[i]),
    };
    return (0,manifest_table/* withEntryTable */.LP)(m, cols, { index: indexOfPaths, find }, needed);
}
/**
 * The keyed entries the manifest records, checked against its files, read from the columns: an object
 * for each entry (every parse of a job that keys node_modules) cost an incremental save of 46,000 entries
 * ~45 ms of CPU and 18 MiB of peak RSS.
 */
function keyedRefsOf(value, cols, where) {
    if (value === undefined)
        return undefined;
    try {
        const refs = (0,keyed/* checkedKeyedRefs */.ur)(value, (id, compression) => `${id}${(0,manifest/* archiveExtension */.yP)(compression)}`);
        const check = (0,keyed/* takenFromKeyed */.Am)(refs);
        // Only a file takes its content from a checkpoint (its `from`); checkedEntries saw each one has one. A
        // directory's or link's `from` column is never read (entryOf, the planner), so none is checked.
        for (let i = 0; i < cols.paths.length; i++)
            if (cols.types[i] === 'f')
                check(cols.paths[i], cols.archives[cols.froms[i]]);
        return refs;
    }
    catch (error) {
        fail(where, error.message);
    }
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
    if (raw.head !== undefined && !(typeof raw.head === 'string' && (0,core_event/* isCommitId */.jh)(raw.head)))
        fail(where, "'head' must be a commit's hex sha");
    if (raw.leg !== undefined && !(typeof raw.leg === 'string' && SHA256.test(raw.leg)))
        fail(where, "'leg' must be a sha256 hex digest");
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
    if (raw.kind === 'full' && archives.some((a) => a !== id && !(0,keyed/* isKeyedId */.Ko)(a)))
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
/**
 * The entries' columns, each checked value by value (paths and types are checked entry by entry, in
 * checkedEntries: until then `paths` holds whatever the JSON did).
 */
function entryColumns(cols, where, archives) {
    if (!isRecord(cols) || !Array.isArray(cols.path))
        fail(where, "'entries' must hold entry columns");
    const n = cols.path.length;
    const types = cols.type;
    if (typeof types !== 'string' || types.length !== n)
        fail(where, `'entries.type' must have ${n} letters`);
    const modes = numbers(cols, 'mode', n, where, [0, 0o7777, true]);
    const mtimes = numbers(cols, 'mtime', n, where, TIME);
    const sizes = numbers(cols, 'size', n, where, COUNT);
    const shas = column(cols, 'sha256', n, where);
    for (let i = 0; i < n; i++)
        if (typeof shas[i] !== 'string')
            fail(`${where}: entries[${i}]`, "'sha256' has an invalid value");
    const froms = numbers(cols, 'from', n, where, [-1, archives.length - 1, true]);
    const targets = cols.target;
    if (!isRecord(targets))
        fail(where, "'entries.target' must be an object");
    const links = cols.link;
    if (links !== undefined && !isRecord(links))
        fail(where, "'entries.link' must be an object");
    const local = Array.isArray(cols.ino) && Array.isArray(cols.dev);
    const inos = local ? numbers(cols, 'ino', n, where, COUNT) : undefined;
    const devs = local ? numbers(cols, 'dev', n, where, COUNT) : undefined;
    const ctimes = local && Array.isArray(cols.ctime) ? numbers(cols, 'ctime', n, where, TIME) : undefined;
    const paths = cols.path;
    return {
        paths,
        types,
        modes,
        mtimes,
        sizes,
        shas: shas,
        froms,
        archives,
        targets,
        links,
        inos,
        devs,
        ctimes,
    };
}
/**
 * Runs of paths in walk order a parse keeps apart, at most: a save of several roots writes one run per
 * root, in the order the roots were given (`node_modules` then `build`), and a local copy of such a save
 * broke the order once, which made a map of every path (~45 ms of CPU for 48,000 entries, Node 24).
 */
const MAX_RUNS = 16;
/**
 * The entries, each checked where it stands in the columns (no object made of it): a safe path in normal
 * form, once only, inside the checkpoint's paths, and what its type needs (a file its digest and archive,
 * a link a safe target). Returns each path's index where the paths are not a few runs in walk order
 * (undefined where they are: then `runs`, each [start, end), sorted by their first paths, which do not
 * overlap), the links among them, and the archives the files need.
 */
function checkedEntries(cols, where, covered) {
    const n = cols.paths.length;
    // Paths in strictly increasing walk order are distinct without a map of them: a map of 11,755 paths,
    // each hashed, was ~15 ms of an incremental's CPU (Node 24). So are a few such runs whose ranges do not
    // overlap (checked once the paths are). Off that, a map from there on.
    let index;
    const starts = [0];
    let previous = '';
    const links = new Set();
    const used = new Uint8Array(cols.archives.length);
    const needed = [];
    let i = 0;
    // Entries whose paths passed checkedPath.
    let valid = 0;
    // One try around the loop, not one per entry: the entry that failed is `i`.
    placed(where, 
    // (Asked once entry `i` failed.) A path listed twice before it, in runs not yet told apart, is the
    // problem said, as the map made at the first break of order said it.
    () => {
        if (index === undefined && starts.length > 1)
            distinctIndex(cols.paths, valid, where);
        return `entries[${i}]`;
    }, () => {
        for (; i < n; i++) {
            const p = checkedPath(cols.paths[i]);
            valid = i + 1;
            if (index === undefined && i > 0 && !walksBefore(previous, p)) {
                if (starts.length < MAX_RUNS)
                    starts.push(i);
                else
                    index = distinctIndex(cols.paths, i, where);
            }
            // A path seen before leaves the map as large as it was: one lookup, not two.
            if (index !== undefined && index.set(p, i).size === i)
                bad(`duplicate entry '${p}'`);
            previous = p;
            if ((0,entry_paths/* hasStagingName */.n2)(p))
                bad(`entry '${p}' carries the name of ci-recovery's own staging directories`);
            const type = LETTER_TYPE[cols.types[i]];
            if (!type)
                bad(`unexpected type '${cols.types[i]}'`);
            if (!covered(p, type))
                bad(`entry '${p}' lies outside the checkpoint's paths`);
            checkEntryAt(cols, i, p, type);
            if (type === 'symlink')
                links.add(p);
            else if (type === 'file') {
                if (used[cols.froms[i]] === 0) {
                    used[cols.froms[i]] = 1;
                    needed.push(cols.archives[cols.froms[i]]);
                }
            }
        }
    });
    if (index !== undefined || n === 0)
        return { index, runs: undefined, links, needed };
    const runs = disjointRuns(cols.paths, starts);
    if (runs)
        return { index: undefined, runs, links, needed };
    return { index: distinctIndex(cols.paths, n, where), runs: undefined, links, needed };
}
/**
 * The runs starting at `starts` (each strictly increasing in walk order), sorted by their first paths,
 * when each ends before the next begins: then no path is in two of them. Undefined where two overlap.
 */
function disjointRuns(paths, starts) {
    const runs = starts.map((s, k) => [s, starts[k + 1] ?? paths.length]);
    runs.sort((a, b) => (walksBefore(paths[a[0]], paths[b[0]]) ? -1 : 1));
    for (let k = 1; k < runs.length; k++)
        if (!walksBefore(paths[runs[k - 1][1] - 1], paths[runs[k][0]]))
            return undefined;
    return runs;
}
/** Each of the first `end` paths' index, refusing a path listed twice among them (at its second place). */
function distinctIndex(paths, end, where) {
    const index = new Map();
    for (let i = 0; i < end; i++)
        if (index.set(paths[i], i).size === i)
            fail(`${where}: entries[${i}]`, `duplicate entry '${paths[i]}'`);
    return index;
}
/** Each of the first `end` paths' index (all of them by default). */
function pathIndex(paths, end = paths.length) {
    const index = new Map();
    for (let i = 0; i < end; i++)
        index.set(paths[i], i);
    return index;
}
/** Lookups by binary search before the paths' map is made for them (~30 ms for 48,000 paths). */
const SEARCHES_BEFORE_INDEX = 1024;
/**
 * The index of a path: a binary search in the runs where the parse found the paths in a few of them (a
 * save's walk that meets a path its parent lacks, a new file, asks for one), and the map of every path
 * once many were asked for, or where the paths are in no such order.
 */
function pathFinder(paths, runs, indexOfPaths) {
    let searches = 0;
    return (p) => {
        if (!runs || ++searches > SEARCHES_BEFORE_INDEX)
            return indexOfPaths().get(p);
        for (const [start, end] of runs) {
            let lo = start;
            let hi = end - 1;
            while (lo <= hi) {
                const mid = (lo + hi) >>> 1;
                const q = paths[mid];
                if (q === p)
                    return mid;
                if (walksBefore(q, p))
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }
        }
        return undefined;
    };
}
/**
 * Whether `a` comes before `b` in the order a save's walk writes entries (scan.ts walkTree: parents
 * before children, siblings sorted by code unit): their code units compared with '/' below every other,
 * a strict total order, so paths strictly increasing in it are all distinct.
 */
function walksBefore(a, b) {
    const n = Math.min(a.length, b.length);
    for (let k = 0; k < n; k++) {
        const x = a.charCodeAt(k);
        const y = b.charCodeAt(k);
        if (x !== y)
            return x === 47 || (y !== 47 && x < y);
    }
    return a.length < b.length;
}
/** Checks what entry `i` at path `p` needs as a `type` (entryOf makes it whole later, trusting these). */
function checkEntryAt(cols, i, p, type) {
    if (type === 'file') {
        // A regex per digest: in a process that parses one manifest (a save's parent, 10,000 files), ~6 ms
        // of CPU, where joining the digests and a round trip through hex bytes took ~14 (Node 24, cold).
        if (!SHA256.test(cols.shas[i]))
            bad("'sha256' must be a sha256 hex digest");
        if (cols.froms[i] === -1)
            bad("a file needs the checkpoint that holds it ('from')");
        const linked = cols.links?.[String(i)];
        if (linked !== undefined)
            checkedPath(linked);
    }
    else if (type === 'symlink') {
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
    }
}
/**
 * Hard links, untrusted like the rest: each names a file entry before it that is no link itself, and
 * shares its size, sha256, mode and archive, so a restore makes it from a file it already wrote and
 * verified (never from anything outside the restored tree); only file entries carry one.
 */
function checkHardLinks(cols, find, raw, where) {
    const { types, sizes, shas, froms, modes, archives } = cols;
    let carried = 0;
    for (let i = 0; i < types.length; i++) {
        const link = types[i] === 'f' ? raw[String(i)] : undefined;
        if (link === undefined)
            continue;
        carried++;
        const at = find(link);
        const problem = at === undefined || at >= i || types[at] !== 'f'
            ? `names '${link}', which is no file entry before it`
            : raw[String(at)] !== undefined
                ? `names '${link}', itself a hard link`
                : sizes[at] !== sizes[i] ||
                    shas[at] !== shas[i] ||
                    archives[froms[at]] !== archives[froms[i]] ||
                    modes[at] !== modes[i]
                    ? `differs from '${link}', the file it is a hard link to`
                    : undefined;
        if (problem)
            fail(`${where}: entries[${i}]`, `hard link '${cols.paths[i]}' ${problem}`);
    }
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
function checkNothingBelowLinks(paths, links, where) {
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
    for (const p of paths) {
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
    if (f.state === 'not-dir' && f.blocker !== undefined)
        return `${named} cannot be made: ${f.blocker} is a file, where a directory above the destination is needed. Move that file away, or name another directory to restore into.`;
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
    return !((0,keyed/* isKeyedId */.Ko)(archiveId) && (manifest.keyed ?? []).some((k) => k.id === archiveId));
}

;// CONCATENATED MODULE: ./src/checkpoint/core/index.ts












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

/***/ 19358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V9: () => (/* binding */ CheckpointExistsError),
/* harmony export */   bJ: () => (/* binding */ FinalizeRefusedError),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The stores' errors, apart from store.ts: the store guard (loaded by every job that reads the cache
 * service) names NotFoundError, and store.ts imports the engine's core to parse manifests. store.ts
 * exports them as before.
 */

/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'NotFoundError';
}
/** A save under a name the store already has (or that another process is saving right now). */
class CheckpointExistsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'CheckpointExistsError';
}
/**
 * The store wrote the object's bytes but refused to commit it (the Results service's `FinalizeArtifact`
 * answering 403, which its client never retries). The name stays reserved for the rest of the job attempt
 * (a second upload under it meets 409), so only a save under another name can succeed.
 */
class FinalizeRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    object;
    name = 'FinalizeRefusedError';
    constructor(
    /** The object (artifact) whose finalize was refused. */
    object, message) {
        super(message);
        this.object = object;
    }
}


/***/ }),

/***/ 44076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ MANIFEST_SUFFIX),
/* harmony export */   V9: () => (/* reexport safe */ _store_errors_js__WEBPACK_IMPORTED_MODULE_3__.V9),
/* harmony export */   bJ: () => (/* reexport safe */ _store_errors_js__WEBPACK_IMPORTED_MODULE_3__.bJ),
/* harmony export */   m_: () => (/* reexport safe */ _store_errors_js__WEBPACK_IMPORTED_MODULE_3__.m_),
/* harmony export */   ny: () => (/* binding */ MemoryStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59062);
/* harmony import */ var _store_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19358);
/**
 * Where checkpoints live, as a port: the interface every store implements (checkpoint/adapters/store.ts
 * has the directory store, artifact-store.ts the run's artifacts) and `MemoryStore`, an in-memory one
 * that records what was asked of it, so that a phase can be tested without a disk or a network.
 */




const MANIFEST_SUFFIX = '.manifest.json';

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
                throw new _store_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CheckpointExistsError */ .V9(`'${id}' exists`);
            this.put(`${id}${MANIFEST_SUFFIX}`, bytes);
        });
    }
    getArchive(file) {
        this.calls.push(`getArchive ${file}`);
        return settle(() => {
            const blob = this.blobs.get(file);
            if (!blob)
                throw new _store_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotFoundError */ .m_(`checkpoint archive '${file}' is missing from ${this.spec}`);
            return node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([blob.bytes]);
        });
    }
    getManifest(id) {
        this.calls.push(`getManifest ${id}`);
        return settle(() => {
            const blob = this.blobs.get(`${id}${MANIFEST_SUFFIX}`);
            if (!blob)
                throw new _store_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotFoundError */ .m_(`no checkpoint named '${id}' in ${this.spec}`);
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


/***/ })

};
