export const id = 2156;
export const ids = [2156];
export const modules = {

/***/ 52156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ cli_checkpoint)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runner/adapters/runner.ts + 1 modules
var runner = __webpack_require__(64984);
// EXTERNAL MODULE: ./src/cli/support.ts
var support = __webpack_require__(24093);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(93248);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/cli/verb.ts
var verb = __webpack_require__(35525);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/cli/head.ts
/** The commit and branch a CLI checkpoint records (the manifest's `commit` and `branch`: shown, never trusted). */


/**
 * Whether git would find a repository for `dir`: a `.git` (a checkout's directory, or the file a worktree
 * or submodule has) in it or a folder above it. A repository named only by GIT_DIR is not looked for.
 */
function inGitCheckout(dir) {
    for (let at = external_node_path_default().resolve(dir);; at = external_node_path_default().dirname(at)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(at, '.git')))
            return true;
        if (external_node_path_default().dirname(at) === at)
            return false;
    }
}
/**
 * The job's commit and branch on a runner. Off one, git is asked (its client loaded only then), but only
 * inside a checkout: elsewhere its two processes (about 0.2 s of a small incremental save) could only
 * answer "not a repository", and the fields, which nothing reads back, are left out as they were then.
 */
async function checkpointHead(env, cwd) {
    if (env.sha)
        return { commit: env.sha, ...(env.refName ? { branch: env.refName } : {}) };
    if (!inGitCheckout(cwd))
        return {};
    return (await __webpack_require__.e(/* import() */ 7645).then(__webpack_require__.bind(__webpack_require__, 40026))).gitHead(cwd);
}

;// CONCATENATED MODULE: ./src/cli/checkpoint.ts

// The modules themselves, not the index: a save needs none of restore, resume or their git client.










const HELP = `usage: ci-recovery checkpoint --name NAME --paths P... [options]

Saves a checkpoint of the given paths. Incremental against the newest checkpoint of the same paths in
the store, unless --full or --parent is given.

  --store SPEC      dir:PATH or artifact (default ${support/* DEFAULT_CLI_STORE */.rp})
  --name NAME       checkpoint name (letters, digits, . _ -)
  --paths P...      paths or quoted globs relative to --cwd, '!GLOB' to leave out (default .)
  --exclude G...    globs to leave out, on top of .git, .ci-recovery and hidden names
  --include-hidden-files
                    keep hidden files and directories (.env, .cache) below the paths; .git stays
                    out unless a path names it
  --stage NAME      stage recorded in the manifest (default: the name)
  --parent NAME     incremental against this checkpoint
  --full            store everything
  --keyed P=F...    keep directory P once per content of the files F (comma-separated globs), as
                    actions/cache keys it: --keyed node_modules=package-lock.json. The first
                    checkpoint of a key packs P into an entry beside a dir: store (in the cache
                    service on a runner); later ones take it from there when P still matches it
  --keyed-verify V  how P is compared with its entry: stat (default: path, type, mode, size, link
                    for an entry this save published; content for any other) or content (always)
  --cwd DIR         workspace (default: current directory)
  --json            machine-readable result on stdout

example:
  ci-recovery checkpoint --name before-tests --paths build node_modules`;
/* harmony default export */ const cli_checkpoint = ({
    run: (argv, { env }) => (0,support/* stdoutToStderr */.vS)(async () => {
        if ((0,verb/* wantsHelp */.l)(argv))
            return ((0,support/* print */.yy)(HELP), 0);
        const f = (0,flags/* parseFlags */.bQ)('checkpoint', argv, {
            store: 'string',
            name: 'string',
            paths: 'list',
            exclude: 'list',
            stage: 'string',
            parent: 'string',
            full: 'bool',
            'include-hidden-files': 'bool',
            keyed: 'list',
            'keyed-verify': 'string',
            cwd: 'string',
            json: 'bool',
        });
        const name = (0,flags/* str */.gx)(f, 'name');
        if (!name)
            throw new errors/* UsageError */.eb("'--name' is required: the checkpoint's name, e.g. --name before-tests");
        if (!(0,checkpoint.isValidId)(name))
            throw new errors/* UsageError */.eb(`'--name ${(0,core_text/* inert */.tJ)(name)}' is not a valid name: use letters, digits, '.', '_' and '-' (at most 200).`);
        const reserved = (0,checkpoint.reservedNameProblem)(name, '--name');
        if (reserved)
            throw new errors/* UsageError */.eb(reserved);
        const stage = stageFlag((0,flags/* str */.gx)(f, 'stage')) ?? name;
        const store = await (0,support/* openCliStore */.Iy)((0,flags/* str */.gx)(f, 'store'), env);
        const manifestCache = await (0,support/* cliManifestCache */.ko)(store, env);
        const { newestCheckpointOver, resolveCheckpointPaths, loadManifest, saveCheckpoint, leaveTopTierOut } = await checkpoint.load.engine();
        leaveTopTierOut(); // the process ends after this save
        const cwd = external_node_path_default().resolve((0,flags/* str */.gx)(f, 'cwd') ?? process.cwd());
        const patterns = (0,flags/* list */.p_)(f, 'paths') ?? ['.'];
        const includeHidden = f['include-hidden-files'] === true;
        const resolved = resolveCheckpointPaths(cwd, patterns, { includeHidden });
        if (!resolved.roots.length)
            throw new errors/* UserError */.yo(`No files match --paths ${patterns.join(' ')} in ${cwd}; nothing was saved.`);
        if (resolved.unmatched.length)
            process.stderr.write((0,runner/* inertText */.UJ)((0,core_text/* inert */.tJ)(`warning: --paths that match nothing: ${resolved.unmatched.join(' ')}`)) + '\n');
        const paths = resolved.roots;
        const keyed = keyedFlags((0,flags/* list */.p_)(f, 'keyed') ?? [], (0,flags/* str */.gx)(f, 'keyed-verify'), paths);
        const exclude = (0,checkpoint.excludeFor)((0,flags/* list */.p_)(f, 'exclude'), resolved.exclude, '--exclude');
        let parent = (0,flags/* str */.gx)(f, 'parent');
        if (!parent && !f.full)
            parent = await newestCheckpointOver(store, paths, name, (id) => loadManifest(store, id, manifestCache, cwd));
        // The commit and branch it was taken at, as a job's checkpoint records them (head.ts).
        const head = await checkpointHead(env, cwd);
        const logger = (0,support/* stderrLogger */.D7)(env.debug);
        const progress = (0,cli_progress/* progressOnTerminal */.xt)('checkpoint', f.json === true, { countFiles: true });
        const r = await (0,cli_progress/* withFileCounts */.d3)(progress, () => saveCheckpoint({
            store: (0,cli_progress/* withArchiveProgress */.u3)(store, progress),
            workspace: cwd,
            paths,
            id: name,
            ...(parent ? { parent } : {}),
            full: f.full === true,
            ...(exclude?.length ? { exclude } : {}),
            includeHidden,
            keyed,
            meta: { stage, job: 'cli', runId: checkpoint.LOCAL_RUN_ID, attempt: 1, ...head },
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
        }));
        printSaved(r, f.json === true);
        return 0;
    }),
});
/** What a save did: one line (and one per keyed path), or the JSON result. */
/** `--stage`, under the stage-name rules (a line break or a comma in it is a usage error naming the flag). */
function stageFlag(stage) {
    if (stage === undefined)
        return undefined;
    const problem = (0,core_text/* stageNameProblem */.BM)(stage);
    if (problem)
        throw new errors/* UsageError */.eb(`--stage '${(0,core_text/* inert */.tJ)(stage)}' is not a valid stage name: ${problem}. Write one line of at most 100 characters without commas, e.g. --stage build.`);
    return stage;
}
function printSaved(r, asJson) {
    const m = r.manifest;
    if (asJson)
        return (0,support/* printJson */.Q2)({
            id: m.id,
            kind: m.kind,
            parent: m.parent ?? null,
            files: r.files,
            bytes: r.bytes,
            stored: r.stored,
            storedBytes: r.storedBytes,
            deleted: m.deleted.length,
            leftOut: m.leftOut ?? 0,
            archive: m.archive,
            keyed: r.keyed ?? [],
            timings: m.timings,
        });
    (0,support/* print */.yy)(`${m.id}: ${m.kind}${m.parent ? ` on ${m.parent}` : ''}, ${r.files} files (${(0,support/* bytes */.ee)(r.bytes)}), stored ${r.stored} entries (${(0,support/* bytes */.ee)(r.storedBytes)}) in ${(0,support/* bytes */.ee)(m.archive.size)} ${m.archive.compression}, ${m.deleted.length} deleted, ${m.timings.totalMs} ms`);
    for (const k of r.keyed ?? [])
        (0,support/* print */.yy)((0,core_text/* inert */.tJ)(`  keyed ${k.path}: ${k.outcome} (${k.key})`));
}
/** `--keyed PATH=GLOB,GLOB` as the config's `checkpoint.keyed`, checked the same way. */
function keyedFlags(specs, verify, paths) {
    if (verify !== undefined && verify !== 'stat' && verify !== 'content')
        throw new errors/* UsageError */.eb(`--keyed-verify '${verify}' is not valid; write stat or content`);
    const keyed = specs.map((spec) => {
        const at = spec.indexOf('=');
        const hashFiles = spec
            .slice(at + 1)
            .split(',')
            .filter(Boolean);
        if (at <= 0 || hashFiles.length === 0)
            throw new errors/* UsageError */.eb(`--keyed '${spec}' is not valid; write the directory, '=' and the files that decide it, e.g. --keyed node_modules=package-lock.json`);
        return { path: spec.slice(0, at), hashFiles, ...(verify ? { verify } : {}) };
    });
    const problem = (0,checkpoint.keyedPathProblems)(keyed, paths)[0];
    if (problem)
        throw new errors/* UsageError */.eb(`--keyed '${specs[problem.index]}': ${problem.detail.replace('checkpoint.paths', '--paths')}`);
    return (0,checkpoint.normalKeyedPaths)(keyed);
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ withFileCounts),
/* harmony export */   u3: () => (/* binding */ withArchiveProgress),
/* harmony export */   xt: () => (/* binding */ progressOnTerminal)
/* harmony export */ });
/* unused harmony exports renderProgress, Progress */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99057);
/**
 * Progress of long CLI work on a terminal: one line on stderr, redrawn at most every 100 ms and cleared at
 * the end. Only when stderr is a TTY and the output is not JSON, so logs, pipes and scripts never see it.
 */


/** `restore: 1.2 GiB, 85.3 MiB/s` or `classify: 12/40 files, 3.1 MiB, 9.8 MiB/s`. */
function renderProgress(label, c, unit = 'files') {
    const parts = [];
    if (c.files !== undefined)
        parts.push(`${c.files}${c.total !== undefined ? `/${c.total}` : ''} ${unit}`);
    parts.push((0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .e)(c.bytes));
    if (c.elapsedMs > 0)
        parts.push(`${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .e)(Math.round((c.bytes * 1000) / c.elapsedMs))}/s`);
    return `${label}: ${parts.join(', ')}`;
}
class Progress {
    label;
    out;
    opts;
    files;
    bytes = 0;
    lastDraw = -Infinity;
    drawn = false;
    start;
    constructor(label, out, opts = {}) {
        this.label = label;
        this.out = out;
        this.opts = opts;
        this.start = this.now();
        if (opts.countFiles)
            this.files = 0;
    }
    now() {
        return (this.opts.now ?? Date.now)();
    }
    add(files, bytes) {
        if (this.files !== undefined)
            this.files += files;
        this.bytes += bytes;
        const now = this.now();
        if (now - this.lastDraw < 100)
            return;
        this.lastDraw = now;
        this.drawn = true;
        const counts = {
            ...(this.files !== undefined ? { files: this.files } : {}),
            ...(this.opts.total !== undefined ? { total: this.opts.total } : {}),
            bytes: this.bytes,
            elapsedMs: now - this.start,
        };
        this.out.write(`\r\x1b[K${renderProgress(this.label, counts, this.opts.unit)}`);
    }
    /** Clears the line, so that what is printed next stands alone; the next add draws it again. */
    done() {
        if (this.drawn)
            this.out.write('\r\x1b[K');
        this.drawn = false;
        this.lastDraw = -Infinity;
    }
}
/** A progress line on stderr, or none when stderr is not a terminal or the output is JSON. */
function progressOnTerminal(label, json, opts = {}, out = process.stderr) {
    return out.isTTY && !json ? new Progress(label, out, opts) : undefined;
}
/** Counts the bytes that pass through a stream. */
function counted(data, onBytes) {
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            onBytes(chunk.length);
            callback(null, chunk);
        },
    });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(data, tap, () => undefined);
    return tap;
}
/**
 * The store with every archive counted as it is written or read. It keeps the store's class (a directory
 * store inside the workspace is still left out of its own checkpoints) and calls the store itself, but
 * offers no in-place path, so that archives are read as streams whose bytes can be seen.
 */
function withArchiveProgress(store, progress) {
    if (!progress)
        return store;
    const wrapped = Object.create(store);
    return Object.assign(wrapped, {
        putArchive: (file, data) => store.putArchive(file, counted(data, (n) => progress.add(0, n))),
        getArchive: async (file) => counted(await store.getArchive(file), (n) => progress.add(0, n)),
        archivePath: undefined,
        putManifest: store.putManifest.bind(store),
        getManifest: store.getManifest.bind(store),
        objects: store.objects.bind(store),
        removeObject: store.removeObject.bind(store),
    });
}
/**
 * Runs a save or restore with every file it packs or unpacks counted on `progress` (a progress made with
 * `countFiles`), and the line cleared at the end.
 */
function withFileCounts(progress, fn, part = 'engine') {
    // The engine's door is loaded here, not at import: classify shows progress too and needs none of it.
    return Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(3248)]).then(__webpack_require__.bind(__webpack_require__, 93248))
        .then(({ load }) => load[part]())
        .then(({ withFileProgress }) => withFileProgress(progress && (() => progress.add(1, 0)), fn))
        .finally(() => progress?.done());
}


/***/ })

};
