export const id = 2588;
export const ids = [2588];
export const modules = {

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


/***/ })

};
