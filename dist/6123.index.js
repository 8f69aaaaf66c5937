export const id = 6123;
export const ids = [6123];
export const modules = {

/***/ 8175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Opening a file that someone else could have planted. A plain open of a FIFO waits for a writer for ever,
 * in one of libuv's threads, where no budget or timer can interrupt it (even process.exit then waits for
 * the thread); and a link put in a file's place reads whatever it points at. So a file that does not come
 * from us is opened non-blocking (which changes nothing for a regular file), without following a link,
 * and used only when it is a regular file.
 */


/** The file is there, but is a FIFO, a socket, a device or a directory. */
class NotRegularFileError extends Error {
    path;
    code = 'ENOTREG';
    constructor(path) {
        super(`'${path}' is not a regular file`);
        this.path = path;
    }
}
// Not defined on Windows, where neither FIFOs nor this open blocks: no flag there.
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * The file opened for reading, if it is a regular file. Rejects with NotRegularFileError when it is not,
 * with ELOOP when it is a symbolic link, and as open does otherwise (ENOENT, EACCES).
 */
async function openRegularFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, FLAGS);
    try {
        if ((await handle.stat()).isFile())
            return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    await handle.close();
    throw new NotRegularFileError(file);
}
/** The text of a file opened by openRegularFile. */
async function readRegularFile(file) {
    const handle = await openRegularFile(file);
    try {
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 28990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ LEFT_ALONE_GLOBS),
/* harmony export */   Iq: () => (/* binding */ literalGlob),
/* harmony export */   hA: () => (/* binding */ isGitDirName),
/* harmony export */   is: () => (/* binding */ isInsideDir),
/* harmony export */   ud: () => (/* binding */ leftAloneBy),
/* harmony export */   wI: () => (/* binding */ destinationProblem)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14654);
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(dir, p);
    return rel !== '' && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel);
}
/** Why restoring into the destination is refused, or undefined when it may go ahead. */
function destinationProblem(f, rule) {
    const named = `${rule.input} '${f.given}'${f.given === f.dest ? '' : ` (${f.dest})`}`;
    const inside = `Name a directory inside the workspace (${f.workspace}); a missing one is created`;
    if (f.state === 'not-dir')
        return `${named} is a file, not a directory: name the directory to restore into (a missing one is created).`;
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().parse(f.dest).root === f.dest)
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
/** Paths that may hold such a name: the slow check runs only for these (a restore tests every entry). */
const MAYBE_OWN = new RegExp(`git|ci-recovery|${HFS_IGNORED.source}`, 'i');
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
        if (foldedName(parts[0]) === '.ci-recovery')
            return true;
        return parts.some((s) => isGitDirName(s) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStagingName */ .n2)(foldedName(s)));
    };
    return (p) => ownName(p) || inside.some((r) => p === r || p.startsWith(r + '/'));
}
/** A literal path as a glob that matches only it. */
function literalGlob(p) {
    return p.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}


/***/ }),

/***/ 12588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ keyedPathProblems),
/* harmony export */   Gc: () => (/* binding */ keyedManifestDigest),
/* harmony export */   Ko: () => (/* binding */ isKeyedId),
/* harmony export */   Mf: () => (/* binding */ normalKeyedPaths),
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28990);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14654);
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
    return keyed.filter((k) => roots.some((r) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(k.path, r)));
}
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
        if (plainPaths.length > 0 && !plainPaths.some((r) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(p, r)))
            say(`it is not among checkpoint.paths (${paths.join(', ')}), so no checkpoint holds it; add '${p}' to checkpoint.paths`);
        const other = seen.find((s) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(p, s) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(s, p));
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
    if (parts.some(_destination_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitDirName */ .hA))
        return `a keyed entry is a cache entry every job of the repository can read, and .git holds checkout's token in .git/config: .git is never keyed; ${fix}`;
    if (parts.some((n) => n === '.ci-recovery' || n.startsWith(_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGING_PREFIX */ .th)))
        return `'${p}' is ci-recovery's own store; ${fix}`;
    const secret = parts.find((n) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isSecretName */ .eh)(n) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isSecretName */ .eh)(n.toLowerCase()));
    if (secret)
        return `'${secret}' holds credentials, which no checkpoint saves and no keyed entry publishes; ${fix}`;
    const hidden = parts.findIndex((n, i) => n.startsWith('.') && !parts.slice(0, i).includes('node_modules'));
    const upTo = parts.slice(0, hidden + 1).join('/');
    if (hidden >= 0 && !plainPaths.some((r) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(r, upTo) && (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(p, r)))
        return `hidden names such as '${parts[hidden]}' are left out of checkpoints, so a keyed entry would publish what the checkpoint keeps out; name '${upTo}' in checkpoint.paths to save it as named, or ${fix}`;
    return undefined;
}
function normalPath(raw) {
    try {
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(raw.replace(/^\.\/+/, '').replace(/\/+$/, ''));
    }
    catch {
        return undefined;
    }
}
/** The keyed paths in normal form (keyedPathProblems found none). */
function normalKeyedPaths(keyed) {
    return keyed.map((k) => ({ ...k, path: normalPath(k.path) ?? k.path }));
}
/**
 * Checks a keyed entry's manifest read from the cache (already parsed, so its paths are safe): it must
 * be the full checkpoint of exactly `path` under the id its key gives. Throws a message saying what differs.
 */
function checkKeyedManifest(m, key, path) {
    const id = keyedId(key);
    if (m.id !== id)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`keyed entry ${key} holds checkpoint '${m.id}', not '${id}'`);
    if (m.kind !== 'full' || m.parent !== undefined || m.keyed?.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`keyed entry ${key} is not a full checkpoint of its own`);
    if (m.paths.length !== 1 || m.paths[0] !== path)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`keyed entry ${key} holds ${m.paths.join(', ')}, not '${path}'`);
}
/** The entries of a keyed manifest at or below its path, by path (a nested path's ancestors are not its). */
function entriesUnder(m, root) {
    return new Map(m.entries.filter((e) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(e.path, root)).map((e) => [e.path, e]));
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
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(p, this.ref.path);
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
        if (typeof r?.path !== 'string' || (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(r.path) !== r.path)
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
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(e.path, ref.path))
            throw new Error(`entry '${e.path}' lies outside the keyed path '${ref.path}' it takes its content from`);
    }
    return refs;
}


/***/ }),

/***/ 69965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ isValidId),
/* harmony export */   Ed: () => (/* binding */ fileTotals),
/* harmony export */   G6: () => (/* binding */ isRollbackRecord),
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   P2: () => (/* binding */ manifestStats),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT),
/* harmony export */   UC: () => (/* binding */ writeLocalManifest),
/* harmony export */   Vq: () => (/* binding */ reservedNameProblem),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   g: () => (/* binding */ checkpointId),
/* harmony export */   jq: () => (/* binding */ archivesNeeded),
/* harmony export */   m0: () => (/* binding */ storedArchivesNeeded),
/* harmony export */   m4: () => (/* binding */ attemptInId),
/* harmony export */   yP: () => (/* binding */ archiveExtension)
/* harmony export */ });
/* unused harmony exports idPart, RESERVED_PREFIXES */
/* harmony import */ var _keyed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12588);
/* harmony import */ var _outside_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37485);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14654);



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
const SHA256 = /^[0-9a-f]{64}$/;
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
const TYPE_LETTER = { file: 'f', dir: 'd', symlink: 'l' };
const LETTER_TYPE = { f: 'file', d: 'dir', l: 'symlink' };
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
function checkedPath(raw) {
    if (typeof raw === 'string' && (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isNormalPath */ .Xl)(raw))
        return raw;
    if (typeof raw !== 'string')
        bad("'path' must be a string");
    try {
        if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(raw) !== raw)
            throw new _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafePathError */ .k0(`entry '${raw}' is not in normal form`);
    }
    catch (error) {
        if (error instanceof _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafePathError */ .k0)
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
 * each root, so a root like '../victim' would reach outside the destination.
 */
function checkedRoots(raw, where) {
    if (raw.length === 0)
        fail(where, "'paths' must name at least one root");
    const seen = new Set();
    for (const p of raw) {
        try {
            if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .safeEntryPath */ .FB)(p, { allowRoot: true }) !== p)
                throw new _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafePathError */ .k0(`root '${p}' is not in normal form`);
        }
        catch (error) {
            if (error instanceof _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafePathError */ .k0)
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
    const under = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .underAny */ .DR)(roots);
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
    const rootAncestors = new Set(roots.flatMap((r) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .ancestors */ .T1)(r)));
    const covered = coveredBy(roots, rootAncestors);
    const cols = entryColumns(raw.entries, where, archives.length);
    const { entries, seen, links } = checkedEntries(cols, where, archives, covered);
    if (links.size > 0)
        checkNothingBelowLinks(seen, links, where);
    let keyed;
    try {
        keyed = (0,_keyed_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedKeyedRefs */ .ur)(raw.keyed, entries, (id, compression) => `${id}${archiveExtension(compression)}`);
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
    if (raw.format !== MANIFEST_FORMAT) {
        const hint = raw.format === 'ci-recovery-checkpoint/1'
            ? ' (written by an older ci-recovery: save a new checkpoint)'
            : '';
        fail(where, `unknown format '${String(raw.format)}', expected '${MANIFEST_FORMAT}'${hint}`);
    }
    return raw;
}
/**
 * Checks every field but the entries: the id, the kind and its parent, the archive, the lists and the
 * job's fields. Returns `archives`, the ids of the checkpoints the entries take files from.
 */
function checkedHeader(raw, where) {
    const id = str(raw, 'id', where);
    if (!isValidId(id))
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
    if (file !== `${id}${archiveExtension(archive.compression)}`)
        fail(where, `'archive.file' must be '${id}${archiveExtension(archive.compression)}'`);
    for (const k of ['paths', 'exclude', 'completedStages', 'deleted', 'archives'])
        strList(raw, k, where);
    const archives = raw.archives;
    for (const a of archives)
        if (!isValidId(a))
            fail(where, `invalid archive id '${a}'`);
    str(raw, 'stage', where);
    str(raw, 'job', where);
    str(raw, 'runId', where);
    num(raw, 'attempt', where);
    str(raw, 'createdAt', where);
    checkStageDurations(raw.stageDurations, where);
    try {
        (0,_outside_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedRootRecords */ .GU)(raw.roots, isValidId);
    }
    catch (error) {
        fail(where, error.message);
    }
    if (raw.parent !== undefined && (typeof raw.parent !== 'string' || !isValidId(raw.parent)))
        fail(where, "'parent' must be a checkpoint id");
    if (raw.parent === id)
        fail(where, `checkpoint '${id}' names itself as its parent`);
    if ((raw.kind === 'incremental') !== (raw.parent !== undefined))
        fail(where, "an incremental checkpoint needs a 'parent', and a full one has none");
    // (A full one may take files from keyed entries: they are no checkpoints of the store.)
    if (raw.kind === 'full' && archives.some((a) => a !== id && !(0,_keyed_js__WEBPACK_IMPORTED_MODULE_0__/* .isKeyedId */ .Ko)(a)))
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
    const local = Array.isArray(cols.ino) && Array.isArray(cols.dev);
    const inos = local ? column(cols, 'ino', n, where, isCount) : undefined;
    const devs = local ? column(cols, 'dev', n, where, isCount) : undefined;
    const ctimes = local && Array.isArray(cols.ctime) ? column(cols, 'ctime', n, where, isTime) : undefined;
    return { paths: cols.path, types, modes, mtimes, sizes, shas, froms, targets, inos, devs, ctimes };
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
            if ((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .hasStagingName */ .n2)(p))
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
        };
    }
    if (type === 'symlink') {
        const target = cols.targets[String(i)];
        if (typeof target !== 'string')
            bad('a symlink needs a target');
        try {
            (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .checkLinkTarget */ .yl)(p, target);
        }
        catch (error) {
            if (error instanceof _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .UnsafePathError */ .k0)
                bad(error.message);
            throw error;
        }
        return { path: p, type, mode, mtimeMs, target };
    }
    return { path: p, type, mode, mtimeMs };
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
function archiveExtension(compression) {
    return compression === 'zstd' ? '.tar.zst' : '.tar.gz';
}


/***/ })

};
