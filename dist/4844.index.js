export const id = 4844;
export const ids = [4844];
export const modules = {

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
