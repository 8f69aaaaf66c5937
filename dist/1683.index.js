export const id = 1683;
export const ids = [1683,4844];
export const modules = {

/***/ 48334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* reexport safe */ _core_keyed_paths_js__WEBPACK_IMPORTED_MODULE_2__.A),
/* harmony export */   Am: () => (/* binding */ takenFromKeyed),
/* harmony export */   Gc: () => (/* binding */ keyedManifestDigest),
/* harmony export */   Ko: () => (/* binding */ isKeyedId),
/* harmony export */   Mf: () => (/* reexport safe */ _core_keyed_paths_js__WEBPACK_IMPORTED_MODULE_2__.M),
/* harmony export */   Mu: () => (/* binding */ keyedRefsUsed),
/* harmony export */   QJ: () => (/* binding */ keyedCacheKey),
/* harmony export */   S6: () => (/* binding */ keyedId),
/* harmony export */   UQ: () => (/* binding */ KeyedMatch),
/* harmony export */   Yl: () => (/* binding */ keyedPathsIn),
/* harmony export */   qT: () => (/* binding */ checkKeyedManifest),
/* harmony export */   ur: () => (/* binding */ checkedKeyedRefs)
/* harmony export */ });
/* unused harmony export KEYED_FORMAT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_keyed_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84844);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20066);
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
    return keyed.filter((k) => roots.some((r) => (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnder */ .Jo)(k.path, r)));
}
/**
 * Checks a keyed entry's manifest read from the cache (already parsed, so its paths are safe): it must
 * be the full checkpoint of exactly `path` under the id its key gives. Throws a message saying what differs.
 */
function checkKeyedManifest(m, key, path) {
    const id = keyedId(key);
    if (m.id !== id)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`keyed entry ${key} holds checkpoint '${m.id}', not '${id}'`);
    if (m.kind !== 'full' || m.parent !== undefined || m.keyed?.length)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`keyed entry ${key} is not a full checkpoint of its own`);
    if (m.paths.length !== 1 || m.paths[0] !== path)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`keyed entry ${key} holds ${m.paths.join(', ')}, not '${path}'`);
}
/** The entries of a keyed manifest at or below its path, by path (a nested path's ancestors are not its). */
function entriesUnder(m, root) {
    return new Map(m.entries.filter((e) => (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnder */ .Jo)(e.path, root)).map((e) => [e.path, e]));
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
 * Compared by content, an entry is met in two steps: its stat as the walk meets it (`meet`), its content
 * once hashed (`content`); the difference named is always the first in walk order, however the hashes come.
 */
class KeyedMatch {
    ref;
    byContent;
    want = new Map();
    met = 0;
    /** Entries met so far: an entry's place in the walk. */
    seen = 0;
    first;
    /** Why the entry, looked up but read only later (`read`), could not be: the path is packed. */
    unreadable;
    load;
    /**
     * `entry` is the entry's manifest, or a function that parses and checks it (throwing when it cannot),
     * called by `read` before the walk meets the path: a save whose keyed path is walked beside the stage's
     * command parses the entry then too, since only that walk needs it.
     */
    constructor(ref, entry, 
    /** Files' contents are compared too (KeyedPath.verify 'content'): `offer` then needs their sha256. */
    byContent = false) {
        this.ref = ref;
        this.byContent = byContent;
        if (typeof entry === 'function')
            this.load = entry;
        else
            this.want = entriesUnder(entry, ref.path);
    }
    /**
     * Reads an entry not read yet; one that cannot be read differs (its reason is `unreadable`), so the path
     * is packed as the walk meets it. Its archive is the ref's from then on.
     */
    read() {
        const load = this.load;
        if (!load)
            return;
        this.load = undefined;
        try {
            const m = load();
            this.ref.archive = m.archive;
            this.want = entriesUnder(m, this.ref.path);
        }
        catch (error) {
            this.unreadable = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
            this.differs(-1, `its keyed entry could not be read: ${this.unreadable}`);
        }
    }
    /** Whether the entry at `p` lies in the keyed path (and must wait for the verdict). */
    covers(p) {
        return (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnder */ .Jo)(p, this.ref.path);
    }
    /**
     * Compares `e` by what a stat tells, as the walk meets it. Returns its place in the walk when its
     * content is still to be compared (`content`), else undefined; nothing once the path already differs
     * earlier in the walk (a path that differs is packed whatever its files hold).
     */
    meet(e) {
        const at = this.seen++;
        const w = this.want.get(e.path);
        if (!w)
            return void this.differs(at, `'${e.path}' is not in the keyed entry`);
        if (!sameOnDisk(w, e))
            return void this.differs(at, `'${e.path}' differs from the keyed entry (${describe(e)} vs ${describe(w)})`);
        this.met++;
        return this.byContent && e.type === 'file' && !this.first ? at : undefined;
    }
    /** The content of `e`, met at `at`, against the entry's: `sha256` undefined (unreadable) differs. */
    content(e, at, sha256) {
        if (sha256 === undefined || sha256 !== this.want.get(e.path)?.sha256)
            this.differs(at, `the content of '${e.path}' differs from the keyed entry's`);
    }
    /** Records a difference at walk place `at`: the verdict names the first one in walk order. */
    differs(at, text) {
        if (!this.first || at < this.first.at)
            this.first = { at, text };
    }
    /** Once the walk is over: undefined when the path matches the entry, else the first difference. */
    verdict() {
        if (this.first)
            return this.first.text;
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
 * the archive named after that id (its files are checked with takenFromKeyed). Throws a message naming the
 * first bad field.
 */
function checkedKeyedRefs(value, archiveName) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.length > 20)
        throw new Error("'keyed' must be a list of at most 20 entries");
    const refs = value.map((v, i) => {
        const r = v;
        const at = `'keyed[${i}]`;
        if (typeof r?.path !== 'string' || (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .safeEntryPath */ .FB)(r.path) !== r.path)
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
        if (r.tarBytes !== undefined && (!Number.isSafeInteger(r.tarBytes) || r.tarBytes < 0))
            throw new Error(`${at}.tarBytes' must be a whole number`);
        return {
            path: r.path,
            key: r.key,
            id: r.id,
            manifestSha256: r.manifestSha256,
            archive: a,
            ...(r.tarBytes !== undefined ? { tarBytes: r.tarBytes } : {}),
        };
    });
    return refs;
}
/**
 * A check of each file a manifest with `refs` takes from another checkpoint (`from`): one taken from a
 * keyed entry must lie at or below the path of a ref that records it. Throws a message naming the file.
 * Given a path and an id, not an entry: a parse checks its columns without making an object of each entry.
 */
function takenFromKeyed(refs) {
    const byId = new Map(refs.map((r) => [r.id, r]));
    return (path, from) => {
        if (!from || !isKeyedId(from))
            return;
        const ref = byId.get(from);
        if (!ref)
            throw new Error(`entry '${path}' takes its content from keyed entry '${from}', which 'keyed' does not record`);
        if (!(0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isUnder */ .Jo)(path, ref.path))
            throw new Error(`entry '${path}' lies outside the keyed path '${ref.path}' it takes its content from`);
    };
}


/***/ }),

/***/ 59830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ withEntryTable),
/* harmony export */   Vy: () => (/* binding */ entryTable)
/* harmony export */ });
/* unused harmony export entryOf */
const LETTER_TYPE = { f: 'file', d: 'dir', l: 'symlink' };
const tables = new WeakMap();
/**
 * The table of `m`'s entries while its `entries` were never read (once read, a caller may have changed
 * them, and only the objects say what they hold); undefined for a manifest not parsed here.
 */
function entryTable(m) {
    return tables.get(m);
}
/** Entry `i` of checked columns, made whole (manifest-parse.ts checked every value it takes). */
function entryOf(cols, i) {
    // One literal per type, so entries of a type share one shape.
    const path = cols.paths[i];
    const type = LETTER_TYPE[cols.types[i]];
    const mode = cols.modes[i];
    const mtimeMs = cols.mtimes[i] || undefined;
    if (type === 'file') {
        const { inos, devs } = cols;
        const ctime = cols.ctimes?.[i];
        const link = cols.links?.[String(i)];
        const stat = inos && devs
            ? {
                mtimeMs: cols.mtimes[i],
                ino: inos[i],
                dev: devs[i],
                ctimeMs: ctime === -1 ? undefined : ctime,
            }
            : undefined;
        return {
            path,
            type,
            mode,
            mtimeMs,
            size: cols.sizes[i],
            sha256: cols.shas[i],
            from: cols.archives[cols.froms[i]],
            stat,
            ...(link === undefined ? {} : { link }),
        };
    }
    if (type === 'symlink')
        return { path, type, mode, mtimeMs, target: cols.targets[String(i)] };
    return { path, type, mode, mtimeMs };
}
/**
 * `m` (whose `entries` key is a placeholder) with its entries held as `cols`: `entries` becomes an array
 * of objects on first read or write, and entryTable answers until then.
 */
function withEntryTable(m, cols, lookup, needed) {
    const { index, find } = lookup;
    // The index only when first read: a save whose walk meets its parent's entries in order never needs it.
    const table = {
        ...cols,
        get index() {
            return index();
        },
        find,
        needed,
        entry: (i) => entryOf(cols, i),
    };
    const settle = (value) => {
        tables.delete(m);
        Object.defineProperty(m, 'entries', { value, writable: true, enumerable: true, configurable: true });
    };
    // Redefined where the key already stands: the manifest's keys keep their order.
    Object.defineProperty(m, 'entries', {
        enumerable: true,
        configurable: true,
        get: () => {
            const all = new Array(cols.paths.length);
            for (let i = 0; i < all.length; i++)
                all[i] = entryOf(cols, i);
            settle(all);
            return all;
        },
        set: settle,
    });
    tables.set(m, table);
    return m;
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
/* harmony import */ var _manifest_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59830);


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
    // A parsed manifest knows them without an object per entry (a save's parent).
    const table = (0,_manifest_table_js__WEBPACK_IMPORTED_MODULE_1__/* .entryTable */ .Vy)(m);
    if (table)
        return [...table.needed];
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
