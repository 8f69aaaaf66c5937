export const id = 841;
export const ids = [841,7668];
export const modules = {

/***/ 98915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47498);



/**
 * `dir:PATH` (a local directory, relative paths against `cwd`) or `artifact` (the run's artifacts; the
 * artifact client is loaded only then, so the CLI with a dir store never loads it).
 */
async function openStore(spec, ctx = {}) {
    const s = spec.trim();
    if (s.startsWith('dir:') && s.length > 4)
        return new _store_js__WEBPACK_IMPORTED_MODULE_1__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.cwd ?? process.cwd(), s.slice(4)));
    if (s === 'artifact') {
        const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4942), __webpack_require__.e(5709), __webpack_require__.e(1673)]).then(__webpack_require__.bind(__webpack_require__, 71673));
        return new ArtifactStore(ctx);
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Unknown checkpoint store '${spec}': use 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts).`);
}


/***/ }),

/***/ 98835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ writeChangedFiles),
/* harmony export */   Ns: () => (/* binding */ changedFilesPath),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   k3: () => (/* binding */ effectiveConfig),
/* harmony export */   ze: () => (/* binding */ writeEffectiveConfig)
/* harmony export */ });
/* unused harmony export effectiveConfigPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8175);





const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the `config` input
 * or `--config`, set to another path) replaces the default locations, and must exist: a team that named its
 * config and mistyped the path would otherwise run on the defaults without knowing.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            await checkInRepository(workspace, rel);
            text = await readBounded(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), rel);
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            if (file === undefined)
                continue;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${rel}' does not exist in the workspace (the 'config' input or --config names it): fix the path, or leave it out to use ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2} or the defaults.`);
        }
        // The parser (yaml + ajv) loads only when there is a file to parse.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(6059), __webpack_require__.e(9838), __webpack_require__.e(2588)]).then(__webpack_require__.bind(__webpack_require__, 29838));
        return { config: parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/**
 * Refuses a config path that leaves the repository or passes through a link: a config that is a link to
 * any file of the runner (`/etc/shadow`, a token file) would have its lines echoed in parse errors.
 */
async function checkInRepository(workspace, rel) {
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || parts[0] === '..')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${rel}' lies outside the repository: give a path inside the workspace (e.g. ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2}).`);
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, at)); // ENOENT: no config there
        if (st.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${rel}': '${at}' is a symbolic link; the config is read only as a regular file inside the repository (replace the link by the file).`);
    }
}
/** The file's text, refused (before reading it) when it is not a regular file or larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(file).catch((error) => {
        if (!(error instanceof _regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Config file '${shownAs}' is not a regular file; the config is read only as a regular file inside the repository.`);
    });
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The effective config for a sub-action: what main wrote to the file named by CI_RECOVERY_CONFIG_FILE, else
 * the file in the workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env) {
    const fromMain = env.recovery.configFile ? await readEffectiveConfig(env.recovery.configFile) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.workspace)).config;
}
/** The file main writes the effective config to, in the job's RUNNER_TEMP. */
function effectiveConfigPath(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'effective-config.json');
}
/** Writes the effective config for later steps; returns its path. */
async function writeEffectiveConfig(runnerTemp, config) {
    const file = effectiveConfigPath(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(config));
    return file;
}
/** Main's effective config, or undefined when the file is gone, too large or not a config. */
async function readEffectiveConfig(file) {
    try {
        // JSON of a config that passed the YAML limit: allow for quoting, refuse anything far larger.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
        try {
            if ((await handle.stat()).size > 4 * _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
                return undefined;
            return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(await handle.readFile('utf8'));
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return undefined;
    }
}
/** Where main leaves the change's files for the job's later steps. */
function changedFilesPath(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'changed-files.json');
}
/** Main: writes the change's files for later steps; returns the path. */
async function writeChangedFiles(runnerTemp, files) {
    const file = changedFilesPath(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(files));
    return file;
}


/***/ }),

/***/ 30841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_changed_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40026);
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98835);
/* harmony import */ var _adapters_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48463);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47166);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _core_lanes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57668);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24093);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35525);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95377);









const HELP = `usage: ci-recovery lanes [--base REF] [--pr N] [--label L]... [--config FILE] [--json]

Decides the lane (DOCS, STANDARD, HEAVY) of the change in the current git checkout: the files changed since
the merge base with REF (a shallow clone is deepened as needed), PR labels and the diff size, with the lane
globs of the config. Without a base the change is unknown: STANDARD.

  --base REF      base branch or commit (default: $GITHUB_BASE_REF)
  --pr N          read files (when git cannot) and labels from pull request N; needs GITHUB_TOKEN and
                  GITHUB_REPOSITORY
  --label L       a PR label to take into account (repeatable)
  --config FILE   config file (default .github/ci-recovery.yml in the current directory, if any)
  --json          {"lane","reason","files","changedLines","labels"} on stdout

examples:
  ci-recovery lanes --base main
  GITHUB_TOKEN=$(gh auth token) GITHUB_REPOSITORY=o/r ci-recovery lanes --pr 42 --json`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    async run(argv, { env, token }) {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_6__/* .wantsHelp */ .l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)('lanes', argv, {
            base: 'string',
            pr: 'string',
            label: 'list',
            config: 'string',
            json: 'bool',
        });
        const pr = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .int */ .Wh)(flags, 'pr', { min: 1, max: Number.MAX_SAFE_INTEGER });
        const base = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'base') ?? env.baseRef;
        if (pr !== undefined && !token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo("--pr reads the pull request through GitHub's REST API and needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) and GITHUB_REPOSITORY=owner/repo");
        const cwd = process.cwd();
        const { config } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(cwd, (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'config'));
        const change = await (0,_adapters_changed_files_js__WEBPACK_IMPORTED_MODULE_0__.readChange)({
            cwd,
            ...(base ? { base } : {}),
            ...(pr !== undefined && token
                ? { octokit: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__.getOctokit)(token, { logger: (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D7)(env.debug) }), repo: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__.repoFromEnv)(env), pr }
                : {}),
        });
        const labels = [...(change.labels ?? []), ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(flags, 'label') ?? [])];
        const { lane, reason } = (0,_core_lanes_js__WEBPACK_IMPORTED_MODULE_4__/* .decideLane */ .XS)({ ...change, labels }, config.lanes);
        if (flags.json === true) {
            const out = {
                lane,
                reason,
                files: change.files ?? null,
                changedLines: change.changedLines ?? null,
                labels,
            };
            process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .inertJson */ .nl)(out) + '\n');
        }
        else {
            const size = change.files
                ? `${change.files.length} file(s), ${change.changedLines ?? '?'} changed line(s)`
                : 'files unknown';
            process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .inertText */ .UJ)(`${lane}: ${reason} (${size}${base ? `, base ${base}` : ', no base'})`) + '\n');
        }
        return 0;
    },
});


/***/ }),

/***/ 24093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Iy: () => (/* binding */ openCliStore),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   ee: () => (/* binding */ bytes),
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
/* harmony import */ var _adapters_checkpoint_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98915);
/* harmony import */ var _adapters_checkpoint_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47498);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47166);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72020);
/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */








/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';
/**
 * The store a CLI verb names with --store. A spec that is neither form is a usage error. The artifact
 * store needs the runtime token the runner gives each job (ACTIONS_RUNTIME_TOKEN): outside a job there is
 * none, which no permission or github-token can make up for, so say that instead of what the artifact
 * client would report.
 */
async function openCliStore(spec, env) {
    const s = (spec ?? DEFAULT_CLI_STORE).trim();
    if (!(s.startsWith('dir:') && s.length > 4) && s !== 'artifact')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`);
    if (s === 'artifact' && !env.runtime.token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo('--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.');
    if (s.startsWith('dir:'))
        refuseLinkedStore(s.slice('dir:'.length), spec === undefined, process.cwd());
    return (0,_adapters_checkpoint_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .C)(s, { cwd: process.cwd() });
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${which} in ${cwd} goes through a symbolic link (${parts.slice(0, i).join('/')} -> ${target}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`);
    }
}
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
function cliManifestCache(store, env) {
    return ((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultManifestCache */ .Rb)(env) ?? (store instanceof _adapters_checkpoint_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DirStore */ .VW ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.dir, '.local') : undefined));
}
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
/** The real stdout while stdoutToStderr is active: results go there, library chatter does not. */
let resultOut;
/** A result line on stdout; paths and log text in it cannot act as workflow commands under Actions. */
function print(line = '') {
    (resultOut ?? process.stdout.write.bind(process.stdout))((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)(line) + '\n');
}
function printJson(value) {
    print((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertJson */ .nl)(value, 2));
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
    const w = (prefix) => (m) => void process.stderr.write(`${(0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inertLines */ .wi)(`${prefix}${m}`))}\n`);
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


/***/ }),

/***/ 97390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   Dr: () => (/* binding */ rootBases),
/* harmony export */   Fi: () => (/* binding */ restoreFailure),
/* harmony export */   Fs: () => (/* binding */ sameCheckpoint),
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
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   n_: () => (/* binding */ resumedCandidate),
/* harmony export */   p7: () => (/* binding */ newestReadable),
/* harmony export */   xi: () => (/* binding */ restoreJournals)
/* harmony export */ });
/* unused harmony exports DEFAULT_JOB_KEY, MAX_LIST_OUTPUT_CHARS, boundedList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19227);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56376);
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
 * Where restores keep their journals and destination locks (adapters/checkpoint/placement.ts): the job's
 * RUNNER_TEMP, outside every tree restored into; off a runner, undefined (the adapter's home directory).
 */
function restoreJournals(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'restores') : undefined;
}
/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
function jobContext(env) {
    // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
    const manifestCache = defaultManifestCache(env);
    const stageDurations = (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
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
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(reserved);
    return {
        stage: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedStageName */ .Lg)(stageName(inputs), "Input 'stage'"),
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
    const message = `ci-recovery: no checkpoint saved for stage '${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(stage)}': ${reason.replace(/\.$/, '')}`;
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
    const message = `ci-recovery: restore${checkpointId ? ` of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(checkpointId)}` : ''} failed: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(reason)}`;
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
            'completed-stages': (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(manifest.completedStages).valid.join(','),
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
        'completed-stages': (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(r.manifest.completedStages).valid.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
    const line = (mark) => (p) => `${mark} ${printablePath(p)}`;
    return [...added.map(line('+')), ...c.modified.map(line('~')), ...deleted.map(line('-'))];
}
/**
 * A path as one safe log line: a name from a checkpoint or a workspace may hold a newline followed by
 * `::error::` (a workflow command the runner would obey) or terminal escapes, so control characters are
 * shown escaped (`\n`, `\u001b`) and a backslash doubled, as JSON would. So are the characters a reader
 * cannot see: format characters (a zero-width joiner makes `.g\u200cit` read as `.git`, a bidi override
 * reorders what follows) and the line and paragraph separators.
 */
function printablePath(path) {
    if (!UNPRINTABLE.test(path))
        return path;
    return JSON.stringify(path)
        .slice(1, -1)
        .replace(ESCAPED_BEYOND_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]|\p{Cf}/u;
/** What JSON.stringify leaves as it is, and a log line must not. */
const ESCAPED_BEYOND_JSON = /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ DEFAULT_BUDGETS),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30047);
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57668);


const DEFAULT_REVERT_CONFIG = {
    mode: 'pr',
    dailyCap: 3,
    optOutMarker: 'NO-AUTO-REVERT',
    killSwitchLabel: 'ci-recovery:no-revert',
};
const CONFIG_FILE = '.github/ci-recovery.yml';
/** A real config is a few KiB; past this the file is refused before it is read or parsed. */
const MAX_CONFIG_BYTES = 256 * 1024;
const DEFAULT_BUDGETS = {
    DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
    STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
    HEAVY: { maxAttempts: 4, backoffSeconds: 10, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
    classify: { rules: [] },
    supervise: _job_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUPERVISE_SCOPE */ .sh,
    tests: { quarantine: false, quarantined: [] },
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** kebab-case keys -> camelCase, recursively (the schema has no free-form maps, so every key is ours). */
function camelize(value) {
    if (Array.isArray(value))
        return value.map(camelize);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [
        k.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
        camelize(v),
    ]));
}
/** Fills what a (validated, camelCase) partial config leaves out with the defaults. */
function mergeConfig(partial) {
    const p = (isObject(partial) ? partial : {});
    const budgets = (p.budgets ?? {});
    return {
        lanes: { ...DEFAULT_CONFIG.lanes, ...p.lanes },
        policy: Array.isArray(p.policy)
            ? p.policy.map((r) => ({ ...r, when: r.when ?? {} }))
            : [],
        budgets: {
            DOCS: { ...DEFAULT_BUDGETS.DOCS, ...budgets.DOCS },
            STANDARD: { ...DEFAULT_BUDGETS.STANDARD, ...budgets.STANDARD },
            HEAVY: { ...DEFAULT_BUDGETS.HEAVY, ...budgets.HEAVY },
        },
        checkpoint: { ...DEFAULT_CONFIG.checkpoint, ...p.checkpoint },
        revert: { ...DEFAULT_CONFIG.revert, ...p.revert },
        ledger: { ...DEFAULT_CONFIG.ledger, ...p.ledger },
        classify: { rules: Array.isArray(p.classify?.rules) ? p.classify.rules : [] },
        supervise: { ...DEFAULT_CONFIG.supervise, ...p.supervise },
        tests: {
            quarantine: p.tests?.quarantine === true,
            quarantined: Array.isArray(p.tests?.quarantined)
                ? p.tests.quarantined.filter((k) => typeof k === 'string')
                : [],
        },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 30047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ outOfScope),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   sh: () => (/* binding */ DEFAULT_SUPERVISE_SCOPE)
/* harmony export */ });
/**
 * Which failed jobs the supervisor may act on (re-run, or revert for), from the config's `supervise:`
 * section: job and step name globs, and deployments, which are left to a person unless the user says
 * otherwise. Pure.
 */
const DEFAULT_SUPERVISE_SCOPE = {
    jobs: ['*'],
    excludeJobs: [],
    excludeSteps: [],
    deployJobs: ['*deploy*', '*release*', '*publish*'],
    deployments: 'manual',
};
/**
 * A name glob: `*` any run of characters, `?` one; case-insensitive, whole name. Matched without a regular
 * expression, in time linear in the name for each star (job names come from the run, which a PR may name).
 */
function globMatches(glob, name) {
    const g = [...glob.toLowerCase()];
    const n = [...name.toLowerCase()];
    let gi = 0;
    let ni = 0;
    let star = -1;
    let resume = 0;
    while (ni < n.length) {
        if (gi < g.length && (g[gi] === '?' || g[gi] === n[ni])) {
            gi++;
            ni++;
        }
        else if (gi < g.length && g[gi] === '*') {
            star = gi++;
            resume = ni;
        }
        else if (star >= 0) {
            gi = star + 1;
            ni = ++resume;
        }
        else
            return false;
    }
    while (gi < g.length && g[gi] === '*')
        gi++;
    return gi === g.length;
}
const firstMatch = (globs, name) => globs.find((g) => globMatches(g, name));
/** Why the supervisor leaves this job to a person; undefined when it may act on it. */
function outOfScope(job, scope = DEFAULT_SUPERVISE_SCOPE) {
    const person = 'left to a person';
    if (!firstMatch(scope.jobs, job.name))
        return `${person}: the job is not in supervise.jobs (${scope.jobs.map((g) => `'${g}'`).join(', ')})`;
    const excluded = firstMatch(scope.excludeJobs, job.name);
    if (excluded)
        return `${person}: the job matches supervise.exclude-jobs '${excluded}'`;
    for (const step of job.steps) {
        if (step.conclusion !== 'failure')
            continue;
        const glob = firstMatch(scope.excludeSteps, step.name);
        if (glob)
            return `${person}: its failed step '${step.name}' matches supervise.exclude-steps '${glob}'`;
    }
    if (scope.deployments === 'manual') {
        if (job.environment)
            return `${person}: the job deploys to the environment '${job.environment}' (deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
        const deploy = firstMatch(scope.deployJobs, job.name);
        if (deploy)
            return `${person}: the job deploys (its name matches supervise.deploy-jobs '${deploy}'; deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
    }
    return undefined;
}


/***/ }),

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ DEFAULT_LANE_RULES),
/* harmony export */   XS: () => (/* binding */ decideLane)
/* harmony export */ });
/* unused harmony export globList */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */

const DEFAULT_LANE_RULES = {
    docs: [
        '**/*.md',
        '**/*.mdx',
        '**/*.rst',
        '**/*.adoc',
        '**/*.txt',
        'docs/**',
        'doc/**',
        '**/LICENSE*',
        '**/CODEOWNERS',
        '**/.github/ISSUE_TEMPLATE/**',
        '!**/requirements*.txt',
        '!**/CMakeLists.txt',
    ],
    heavy: [
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/Cargo.lock',
        '**/go.sum',
        '**/poetry.lock',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/Gemfile.lock',
        '**/composer.lock',
        '**/requirements*.txt',
        '.github/workflows/**',
        '.github/actions/**',
        '**/action.yml',
        '**/Dockerfile*',
        '**/docker-compose*.yml',
        '**/Makefile',
        '**/CMakeLists.txt',
        '**/*.gradle',
        '**/*.gradle.kts',
        '**/pom.xml',
        '**/*.tf',
        '**/terraform/**',
        '**/infra/**',
        '**/migrations/**',
        '**/db/migrate/**',
    ],
    heavyLabels: ['ci:heavy', 'heavy'],
    docsLabels: ['ci:docs'],
    heavyDiffLines: 2000,
};
/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
function globList(globs) {
    const options = { dot: true, basename: false };
    const compile = (glob) => 
    // A glob without a slash matches a base name at any depth, like .gitignore.
    picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.includes('/') ? glob : `**/${glob}`, options);
    const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: compile(g) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)));
    return (file) => {
        const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
function decideLane(change, rules) {
    const labels = lower(change.labels ?? []);
    const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
    if (heavyLabel)
        return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
    if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
        return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
    }
    const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
    const files = change.files;
    if (files === undefined) {
        const unknown = `changed files unknown${change.unknownBecause ? `: ${change.unknownBecause}` : ''}`;
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (${unknown})` };
        return { lane: 'STANDARD', reason: unknown };
    }
    const heavy = globList(rules.heavy);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ })

};
