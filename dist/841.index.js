export const id = 841;
export const ids = [841,8463];
export const modules = {

/***/ 40026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_FILE_LIMIT: () => (/* binding */ API_FILE_LIMIT),
/* harmony export */   MAIN_GIT_STALL_MS: () => (/* binding */ MAIN_GIT_STALL_MS),
/* harmony export */   apiChange: () => (/* binding */ apiChange),
/* harmony export */   gitChange: () => (/* binding */ gitChange),
/* harmony export */   gitHead: () => (/* binding */ gitHead),
/* harmony export */   pullRequestChange: () => (/* binding */ pullRequestChange),
/* harmony export */   readChange: () => (/* binding */ readChange)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_prepare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99652);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67667);
/* harmony import */ var _rest_pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25641);
/* harmony import */ var _github_plain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3640);
/**
 * What a change touches, for the lane: the files changed against the merge base with the base branch (git,
 * deepening a shallow clone as far as needed, within bounds), else the pull request's files from the REST API
 * (which lists at most 3,000), plus the PR's labels. Anything that cannot be known is left undefined, which
 * the lane decision reads as STANDARD.
 */






/** main's git calls give up after this long without output (at most two fetches can stall: 60 s). */
const MAIN_GIT_STALL_MS = 30_000;
/** The PR files API returns at most this many files. */
const API_FILE_LIMIT = 3000;
/** Deepening steps tried before giving up on the merge base (depth doubles each time: 50 .. 6400). */
const DEEPEN_STEPS = 8;
/**
 * One git process in `cwd`: its exit code (null: killed, or it could not start) and its output. Spawned
 * here, not through simple-git, whose 0.1 MB (with `debug`) every PR job's main compiled for a few reads.
 * Killed with SIGINT, as simple-git did, after `stallMs` without output, or when `signal` aborts.
 */
function runGit(cwd, args, o) {
    return new Promise((resolve) => {
        if (o.signal?.aborted)
            return resolve({ code: null, stdout: '' });
        const config = (o.config ?? []).flatMap((c) => ['-c', c]);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...config, ...args], {
            cwd,
            windowsHide: true,
            // This process's environment as it is now (a PATH set since start included), as simple-git passed it.
            env: process.env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        let timer;
        const done = (code) => {
            clearTimeout(timer);
            o.signal?.removeEventListener('abort', kill);
            resolve({ code, stdout: Buffer.concat(out).toString('utf8') });
        };
        // Ends the call at once: git's HTTP helper, which outlives git until curl's low-speed limit, holds
        // copies of its pipes, and would hold the call until then.
        const kill = () => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill('SIGINT');
            child.stdout.destroy();
            child.stderr.destroy();
            done(null);
        };
        const stalled = () => {
            clearTimeout(timer);
            timer = setTimeout(kill, o.stallMs);
        };
        child.stdout.on('data', (chunk) => {
            out.push(chunk);
            stalled();
        });
        child.stderr.on('data', stalled);
        o.signal?.addEventListener('abort', kill, { once: true });
        stalled();
        // No git, or no such directory: the change is unknown, as for a git that refuses.
        child.on('error', () => done(null));
        child.on('close', (code) => done(code));
    });
}
/** git's trimmed output, or undefined where it refuses (an unknown ref, a shallow clone): the caller falls back. */
function gitIn(cwd, o) {
    return async (args) => {
        const { code, stdout } = await runGit(cwd, args, o);
        return code === 0 ? stdout.trim() : undefined;
    };
}
/** The base's branch name: `main` of `refs/heads/main`, `origin/main` or `main`. */
const baseBranch = (base) => base.replace(/^refs\/heads\//, '').replace(/^origin\//, '');
/**
 * The refs that may name the base, in the order tried: its remote-tracking branch, then itself; a full
 * commit id (a push's `before`) itself alone, so that a push's change takes one git process, not five.
 */
function baseCandidates(base) {
    if ((0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(base))
        return [base];
    return base.startsWith('origin/') ? [base] : [`origin/${baseBranch(base)}`, base];
}
/**
 * A commit for the base: the first of `candidates` git knows, or fetched from origin (shallow); `ref` is the
 * candidate that named it (undefined: fetched).
 */
async function resolveBase(git, base, candidates) {
    for (const ref of candidates) {
        const sha = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (sha)
            return { sha, ref };
    }
    const branch = baseBranch(base);
    const fetched = /^[0-9a-f]{7,40}$/i.test(base) ? base : `origin/${branch}`;
    await git(fetched === base
        ? ['fetch', '--no-tags', '--depth=1', 'origin', base]
        : ['fetch', '--no-tags', '--depth=1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    const sha = await git(['rev-parse', '--verify', '--quiet', `${fetched}^{commit}`]);
    return sha ? { sha } : undefined;
}
/** The merge base of HEAD and base, deepening a shallow clone until it appears (bounded). */
async function mergeBase(git, base) {
    let depth = 50;
    for (let step = 0;; step++) {
        const found = await git(['merge-base', 'HEAD', base]);
        if (found)
            return found;
        const shallow = await git(['rev-parse', '--is-shallow-repository']);
        if (shallow !== 'true' || step >= DEEPEN_STEPS)
            return undefined;
        // Deepens every shallow tip: HEAD's history and the base branch's.
        if ((await git(['fetch', '--no-tags', `--deepen=${depth}`, 'origin'])) === undefined)
            return undefined;
        depth *= 2;
    }
}
/**
 * `git diff --numstat` from the merge base of HEAD and `baseSha` to HEAD, deepening a shallow clone for it.
 * `directTried`: `baseSha...HEAD` was already refused (the base was the ref the first diff named).
 */
async function changedAgainst(git, base, baseSha, directTried) {
    const diff = (from, to) => git(['diff', '--numstat', '--no-renames', '-z', from, ...to]);
    // `A...HEAD` is the diff from their merge base: git refuses it where the clone lacks that base.
    const direct = directTried ? undefined : await diff(`${baseSha}...HEAD`, []);
    if (direct !== undefined)
        return { text: direct };
    const from = await mergeBase(git, baseSha);
    if (!from)
        return {
            unknownBecause: `no merge base with '${base}' (unrelated history, or deeper than the clone could be deepened)`,
        };
    const text = await diff(from, ['HEAD']);
    return text === undefined ? { unknownBecause: `git diff against '${base}' failed` } : { text };
}
/**
 * Files and changed lines between the merge base with `base` and HEAD; when git cannot tell, no files and
 * the reason.
 */
async function gitChange(cwd, base, opts = {}) {
    // A fetch from a remote that accepts and never answers would hold main without end: git is killed after
    // this long with no output, the fetch counts as failed, and the lane says the change is unknown. Main
    // giving up on it (its budget spent) kills git too. Killing git leaves its HTTP helper (git-remote-http)
    // waiting on the socket; curl's low-speed limit ends that one after the same silence.
    const stallMs = opts.stallMs ?? MAIN_GIT_STALL_MS;
    const run = {
        stallMs,
        config: ['http.lowSpeedLimit=1', `http.lowSpeedTime=${Math.max(1, Math.ceil(stallMs / 1000))}`],
        ...(opts.signal ? { signal: opts.signal } : {}),
    };
    const [first = base, ...others] = baseCandidates(base);
    // A green job's one git process: the diff from the merge base of HEAD and the base's remote-tracking
    // branch, or the push's `before` (`A...HEAD`). Where git refuses it (no such branch here, no work tree, a shallow clone without
    // that merge base), the steps below find out which.
    const direct = await gitIn(cwd, run)(['diff', '--numstat', '--no-renames', '-z', `${first}...HEAD`, '--']);
    if (direct !== undefined)
        return numstatChange(direct);
    // The search below (on actions/checkout's default depth-1 clone of a pull request: a dozen processes, two
    // of them fetches) ends where `enough` aborts: the caller has the change from elsewhere (the API's list).
    const { enough } = opts;
    const known = {
        unknownBecause: `the base '${base}' is not in this clone; not searched for, the change is known without it`,
    };
    if (enough?.aborted)
        return known;
    const signal = enough && run.signal ? AbortSignal.any([run.signal, enough]) : (enough ?? run.signal);
    const found = await searched(gitIn(cwd, { ...run, ...(signal ? { signal } : {}) }), cwd, base, [
        first,
        ...others,
    ]);
    return enough?.aborted ? known : found;
}
/** Where the one diff was refused: whether `cwd` is a work tree, which commit the base is, the diff from it. */
async function searched(git, cwd, base, candidates) {
    if ((await git(['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return { unknownBecause: `${cwd} is not a git work tree` };
    const resolved = await resolveBase(git, base, candidates);
    if (!resolved)
        return { unknownBecause: `the base '${base}' is not a known commit or branch here, nor on origin` };
    const numstat = await changedAgainst(git, base, resolved.sha, resolved.ref === candidates[0]);
    return 'unknownBecause' in numstat ? numstat : numstatChange(numstat.text);
}
/** Files and changed lines from `git diff --numstat -z`: "added\tdeleted\tpath\0" a file, "-" for binary. */
function numstatChange(numstat) {
    const files = [];
    let changedLines = 0;
    for (const entry of numstat.split('\0')) {
        const match = /^(\d+|-)\t(\d+|-)\t(.+)$/s.exec(entry.replace(/^\n/, ''));
        if (!match)
            continue;
        changedLines += (Number(match[1]) || 0) + (Number(match[2]) || 0);
        files.push(match[3] ?? '');
    }
    return { files, changedLines };
}
/**
 * The commit and branch checked out in `cwd`, as a checkpoint made there records them (a job's come from
 * GITHUB_SHA and GITHUB_REF_NAME); none where `cwd` is no git work tree or HEAD is detached.
 */
async function gitHead(cwd, stallMs = MAIN_GIT_STALL_MS) {
    const git = gitIn(cwd, { stallMs });
    const commit = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const branch = await git(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return {
        ...(commit && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit) ? { commit } : {}),
        ...(branch ? { branch } : {}),
    };
}
/**
 * The PR's files (up to the API's 3,000), its size and labels. `signal` goes with each request: aborted (main's
 * budget given up), they let go of their connections.
 */
async function apiChange(octokit, repo, pr, signal) {
    // The pull request and its files are round trips that need nothing of each other: they overlap. Where
    // both fail, the pull request's failure is the one told, as when it was asked first.
    const pulling = octokit.rest.pulls.get({
        ...repo,
        pull_number: pr,
        ...(signal ? { request: { signal } } : {}),
    });
    pulling.catch(() => undefined); // awaited below
    const { files, renamed } = await listedFiles(octokit, repo, pr, signal).catch(async (error) => {
        await pulling;
        throw error;
    });
    const { data: pull } = await pulling;
    const change = {
        changedLines: pull.additions + pull.deletions,
        labels: pull.labels.map((l) => l.name),
    };
    if (renamed > 0)
        change.notAsGit = `${renamed} renamed file(s): git counts their lines, the API does not`;
    else if (files.length - renamed < pull.changed_files)
        change.notAsGit = `the API listed ${files.length} of ${pull.changed_files} files`;
    // Past the API's limit the list is incomplete: the files are unknown (the size still counts).
    if (pull.changed_files <= API_FILE_LIMIT)
        change.files = files.slice(0, API_FILE_LIMIT);
    else
        change.unknownBecause = `pull request #${pr} changes ${pull.changed_files} files, more than the API lists (${API_FILE_LIMIT})`;
    return change;
}
/** The API lists a PR's first 3,000 files: 30 pages of 100. */
const FILE_PAGES = API_FILE_LIMIT / 100;
/**
 * The pull request's files, up to the API's limit, a renamed file's old path too (git, which reads no renames,
 * lists both: a glob on the old path still counts), and how many were renamed.
 */
async function listedFiles(octokit, repo, pr, signal) {
    const files = [];
    let renamed = 0;
    const listing = {
        listing: `listing the files of pull request #${pr}`,
        maxPages: FILE_PAGES,
        ...(signal ? { signal } : {}),
    };
    const params = { ...repo, pull_number: pr, per_page: 100 };
    for await (const page of (0,_rest_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .listPages */ .pN)(octokit, octokit.rest.pulls.listFiles, params, listing)) {
        for (const file of page) {
            files.push(file.filename);
            if (file.previous_filename !== undefined) {
                files.push(file.previous_filename);
                renamed++;
            }
        }
        if (files.length - renamed >= API_FILE_LIMIT)
            break;
    }
    return { files, renamed };
}
/** The PR's change through the API; a failed call comes back as the reason the files are unknown. */
async function pullRequestChange(octokit, repo, pr, signal) {
    try {
        return await apiChange(octokit, repo, pr, signal);
    }
    catch (error) {
        // With the files from git the API only adds labels; without them its failure is why they are unknown.
        const status = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.httpStatus)(error);
        return {
            unknownBecause: `pull request #${pr} could not be read through the API (${status ? `${status}: ` : ''}${(0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.firstLine)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))})`,
        };
    }
}
/** The change from git, completed by the pull request's through the API when one is given. */
async function readChange(options) {
    const { cwd, base, octokit, repo, pr } = options;
    const git = base
        ? await gitChange(cwd, base)
        : { unknownBecause: 'no base branch to compare with' };
    const api = octokit && repo && pr !== undefined ? await pullRequestChange(octokit, repo, pr) : undefined;
    return (0,_core_prepare_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeChange */ .re)(git, api);
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90422);





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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}' does not exist in the workspace (the 'config' input or --config names it): fix the path, or leave it out to use ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2} or the defaults.`);
        }
        // The parser (yaml + ajv) loads only when there is a file to parse (a start with no config file does
        // not pay for it); the team rules' engine only when the file has team rules (core/config.ts).
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6059), __webpack_require__.e(5339), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 75339));
        return { config: await parseConfig(text, rel), file: rel };
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}' lies outside the repository: give a path inside the workspace (e.g. ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2}).`);
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, at)); // ENOENT: no config there
        if (st.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}': '${at}' is a symbolic link; the config is read only as a regular file inside the repository (replace the link by the file).`);
    }
}
/** The file's text, refused (before reading it) when it is not a regular file or larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(file).catch((error) => {
        if (!(error instanceof _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .NotRegularFileError */ .iZ))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${shownAs}' is not a regular file; the config is read only as a regular file inside the repository.`);
    });
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
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
            // Its team rules are not compiled here: run/'s classify port loads their engine when a failure is classified.
            return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(await handle.readFile('utf8'));
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // no config file, or one that cannot be read, is the caller's "not found"
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

/***/ 48463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CallAbandonedError: () => (/* reexport */ rest_call/* CallAbandonedError */.Nx),
  CallTimeoutError: () => (/* reexport */ rest_call/* CallTimeoutError */.c2),
  DEFAULT_REST_POLICY: () => (/* reexport */ rest_call/* DEFAULT_REST_POLICY */.es),
  firstLine: () => (/* reexport */ github_plain.firstLine),
  getOctokit: () => (/* binding */ getOctokit),
  httpStatus: () => (/* reexport */ github_plain.httpStatus),
  refusalOf: () => (/* reexport */ github_plain.refusalOf),
  repoFromEnv: () => (/* reexport */ github_plain.repoFromEnv),
  unspaced: () => (/* reexport */ rest_call/* unspaced */.y8)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 10 modules
var dist_src = __webpack_require__(20708);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/answer-body.ts
var answer_body = __webpack_require__(56893);
// EXTERNAL MODULE: ./src/adapters/rest-fetch.ts
var rest_fetch = __webpack_require__(32681);
// EXTERNAL MODULE: ./src/adapters/github-plain.ts
var github_plain = __webpack_require__(3640);
// EXTERNAL MODULE: ./src/adapters/rest-call.ts
var rest_call = __webpack_require__(58193);
// EXTERNAL MODULE: ./src/adapters/rest-routes.ts
var rest_routes = __webpack_require__(37603);
// EXTERNAL MODULE: ./src/adapters/undici-lazy.ts
var undici_lazy = __webpack_require__(91257);
;// CONCATENATED MODULE: ./src/adapters/github.ts













/**
 * @actions/github's client (Octokit with its REST methods and pagination) plus the retry and throttling
 * plugins, built here from the same packages: @actions/github loads undici and its proxy code (~1 MB of
 * the bundle, most of a phase's start-up) and parses the event payload at import, whatever the job. The REST
 * methods are those ci-recovery calls (rest-routes.ts), not the plugin's table of every endpoint.
 */
const GitHubClient = dist_src/* Octokit */.E.plugin(rest_routes/* restRoutes */.v, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, throttling);
/**
 * With no proxy named, a fetch over node:http(s) (rest-fetch.ts), which the cache service's transport loads
 * anyway: undici's fetch, compiled and run for a few API calls, cost main and post ~20 ms of CPU each. With a
 * proxy, @actions/github's proxy-aware fetch itself (undici's, `HTTP(S)_PROXY` and `NO_PROXY` as the toolkit
 * reads them).
 */
function restFetch() {
    if (!(0,github_plain.restEnv)().proxied)
        return callBound((0,rest_fetch/* nodeFetch */.v)(undici_lazy.fetch));
    let proxied;
    return callBound(async (url, init) => {
        proxied ??= Promise.all(/* import() */[__webpack_require__.e(3665), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 43665)).then((utils) => utils.defaults.request?.fetch);
        return (await proxied)(url, init);
    });
}
/**
 * `fetch` ended by the time limit of the call it serves (bindCalls): the plugins' scheduling drops the
 * signal the call hands Octokit, so without this a call given up left its fetch, and its socket, open, and
 * the socket kept the process alive after the phase was done (issue 42: main ran on for 20 minutes).
 */
function callBound(base) {
    return async (url, init) => {
        // The call's own signal, which bindCalls puts in its options: the context's clock may be another
        // call's, as the throttling's scheduler runs a call queued beside another in that one's context.
        const signal = init?.signal ?? callClocks.getStore()?.signal;
        const response = await base(url, signal && !init?.signal ? { ...init, signal } : init);
        // bindCalls reads this answer's body itself, by iterating it: rest-fetch's body need not be a web stream.
        if (signal && clocksBySignal.get(signal)?.readsAnswer)
            response.bodyAsNodeStream?.();
        return response;
    };
}
/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (as @actions/github does)
 * unless `baseUrl` is given. Its messages (rate-limit waits, Octokit's own) go to `logger`, never straight
 * to the console.
 */
function getOctokit(token, { baseUrl, policy = rest_call/* DEFAULT_REST_POLICY */.es, logger, }) {
    if (!token)
        throw new errors/* UserError */.yo("No GitHub token: set the 'github-token' input (default: github.token).");
    const waitOrGiveUp = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const waits = retryCount < policy.retries && retryAfter <= policy.maxWaitSeconds;
        // A wait GitHub asked for is not the server hanging: the call's time limit moves by it. The call is
        // found by its signal: the async context may be another call's (the throttling's scheduler).
        if (waits)
            clockOf(options.request?.signal)?.extend(retryAfter * policy.msPerSecond);
        const message = `ci-recovery: GitHub's ${kind} rate limit on ${options.method} ${options.url}: ` +
            (waits
                ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${policy.retries})`
                : `giving up (${retryCount} retries made, reset in ${retryAfter} s)`);
        // A wait is news; giving up is a warning (the caller then reports the failed call in its own words).
        if (waits)
            logger.info(message);
        else
            logger.warning(message);
        return waits;
    };
    const { userAgent, apiUrl } = (0,github_plain.restEnv)();
    const options = {
        baseUrl: baseUrl ?? apiUrl,
        auth: `token ${token}`,
        ...(userAgent ? { userAgent } : {}),
        request: { fetch: restFetch() },
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
        retry: { retries: policy.retries, retryAfterBaseValue: policy.msPerSecond },
        throttle: {
            retryAfterBaseValue: policy.msPerSecond,
            onRateLimit: waitOrGiveUp('primary'),
            onSecondaryRateLimit: waitOrGiveUp('secondary'),
        },
    };
    const octokit = new GitHubClient(options);
    bindCalls(octokit, policy.callTimeoutMs);
    // The same client without the throttling's write spacing, built on first use, for reads Octokit's
    // throttling takes for writes (a GraphQL query).
    let twin;
    rest_call/* readTwins */.gp.set(octokit, () => {
        if (!twin) {
            twin = new ReadClient(options);
            bindCalls(twin, policy.callTimeoutMs);
        }
        return twin;
    });
    return octokit;
}
const ReadClient = dist_src/* Octokit */.E.plugin(rest_routes/* restRoutes */.v, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L);
const callClocks = new external_node_async_hooks_.AsyncLocalStorage();
/** Each call's clock by the signal bindCalls hands its fetch, which the plugins pass on with its options. */
const clocksBySignal = new WeakMap();
/** The clock of the call whose options hold `signal`; the async context's when the signal is not one of ours. */
function clockOf(signal) {
    return (signal && clocksBySignal.get(signal)) || callClocks.getStore();
}
/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included (limitCall:
 * the outermost request hook aborts the fetch, the body's download too, and rejects). Octokit hooks added
 * after the plugins wrap them.
 */
function bindCalls(octokit, ms) {
    octokit.hook.wrap('request', async (request, options) => {
        // Each call its own `request` options: Octokit hands every call the one object of the client's
        // defaults, and the retry and throttling plugins count a call's retries in it, so after one retried
        // call every later call's first 5xx retry waited 4 s instead of 1 (octokit/plugin-throttling.js#462).
        // The hooks inside this one get this same `options` object, so it is replaced here, in place.
        options.request = { ...options.request };
        const what = `${options.method} ${String(options.url)}`;
        // Unless the caller asked for the body raw, it is read here (answer-body.ts: JSON without Octokit's reviver).
        const parseHere = options.request?.parseSuccessResponseBody !== false;
        return (0,rest_call/* limitCall */.mG)(what, ms, options.request?.signal, async ({ signal, extend }) => {
            const clock = { extend, signal, readsAnswer: parseHere };
            // In place too: the hooks inside get the options this hook was given (before-after-hook binds them),
            // not those handed to `request`, and Octokit hands their signal to the fetch. Without it a call that
            // ran out of time while another ran beside it left its fetch, and its socket, open. A new `request`
            // object, so that a `request` the options may share with other calls (defaults) keeps its own signal.
            options.request = { ...options.request, signal, ...(parseHere && { parseSuccessResponseBody: false }) };
            clocksBySignal.set(signal, clock);
            return callClocks.run(clock, async () => {
                const response = await request({ ...options, request: { ...options.request, signal } });
                if (parseHere)
                    response.data = await (0,answer_body/* answerData */.p)(response.data, response.headers['content-type']);
                return response;
            });
        });
    });
}
// What callers of the client need without it: the run's repository, an error's status and message.



/***/ }),

/***/ 58193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ endCallsWith),
/* harmony export */   Nx: () => (/* binding */ CallAbandonedError),
/* harmony export */   c2: () => (/* binding */ CallTimeoutError),
/* harmony export */   es: () => (/* binding */ DEFAULT_REST_POLICY),
/* harmony export */   gp: () => (/* binding */ readTwins),
/* harmony export */   mG: () => (/* binding */ limitCall),
/* harmony export */   y8: () => (/* binding */ unspaced)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A REST call's time limit, shared by the Octokit client (github.ts) and the light reader of a green job's
 * GETs (rest-light.ts), and the push-back policy both follow. No client here: importing this loads no Octokit.
 */

const DEFAULT_REST_POLICY = {
    retries: 3,
    maxWaitSeconds: 120,
    msPerSecond: 1000,
    callTimeoutMs: 30_000,
};
/** A call that ran out of its time: not retried (by the retry plugin, which skips these statuses). */
class CallTimeoutError extends Error {
    status = 408;
    constructor(what, ms) {
        super(`GitHub did not answer ${what} within ${Math.round(ms / 1000)} s`);
        this.name = 'CallTimeoutError';
    }
}
/** A call its caller stopped waiting for (a phase's budget spent, a question no longer needed). */
class CallAbandonedError extends Error {
    constructor(what) {
        super(`${what} was abandoned before GitHub answered: its caller stopped waiting`);
        this.name = 'CallAbandonedError';
    }
}
/** The signal of the work each call is made for (endCallsWith), found in the call's async context. */
const callers = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/**
 * `work` with every REST call made within it, however deep (a port's call is several, through the sticky
 * comment's or the revert PR's code and Octokit's paginate), ended when `signal` aborts, as a call handed
 * that signal is: work its phase's budget gave up lets go of its sockets then, not at each call's own limit.
 * Within other such work, the calls end with either's signal.
 */
function endCallsWith(signal, work) {
    const outer = callers.getStore();
    return callers.run(outer ? AbortSignal.any([outer, signal]) : signal, work);
}
/** The call's own signal and that of the work it is made in (endCallsWith), as one; either alone; or none. */
function callerSignal(given) {
    const scoped = callers.getStore();
    if (!scoped || scoped === given)
        return given;
    return given ? AbortSignal.any([given, scoped]) : scoped;
}
/** A call's timer this much past due means the process was starved, not that GitHub said nothing. */
const STARVED_MS = 100;
/** How long a starved call's answer, if it came, is given to be read before the timer looks again. */
const STARVED_GRANT_MS = 250;
/**
 * `run` ended within `ms` plus the rate-limit waits it asks for (`extend`), its retries included: the
 * signal aborts the fetch (the body's download too) and the call rejects with a CallTimeoutError, or a
 * CallAbandonedError when its caller's signal (`own`, or the work's: endCallsWith) aborted it.
 */
async function limitCall(what, ms, own, run) {
    const given = callerSignal(own);
    const controller = new AbortController();
    let endsAt = Date.now() + ms;
    let timer;
    let expire = () => undefined;
    const expired = new Promise((_, reject) => {
        expire = reject;
    });
    let forgiven = 0;
    const arm = () => {
        clearTimeout(timer);
        const due = endsAt;
        timer = setTimeout(() => {
            // Fired late: this process did not run meanwhile (a loaded runner), and an answer that came in
            // that time is still unread. Give it a short while to be read (again while the timer keeps
            // firing late, up to one limit's worth in all), not the whole time lost: the phase's budget
            // would end the call first, and say less.
            const late = Date.now() - due;
            if (late > STARVED_MS && forgiven < ms) {
                const grant = Math.min(late, STARVED_GRANT_MS, ms - forgiven);
                forgiven += grant;
                endsAt = Date.now() + grant;
                arm();
                return;
            }
            controller.abort();
            expire(new CallTimeoutError(what, ms));
        }, Math.max(0, endsAt - Date.now()));
    };
    arm();
    const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
    const extend = (wait) => {
        endsAt += wait;
        arm();
    };
    try {
        return await Promise.race([run({ signal, extend }), expired]);
    }
    catch (error) {
        if (controller.signal.aborted)
            throw new CallTimeoutError(what, ms);
        // Octokit reports a fetch its caller aborted as a bare 'Unknown Error': say which call, and why.
        throw given?.aborted ? new CallAbandonedError(what) : error;
    }
    finally {
        clearTimeout(timer);
    }
}
/** Each client of getOctokit (github.ts) and its twin without the write spacing, built on first use. */
const readTwins = new WeakMap();
/**
 * `octokit` for a read that its throttling would queue as a write (POST /graphql): Octokit spaces writes
 * a second apart (GitHub's advice for content-creating requests), which a query creates nothing to need.
 * A client not made by getOctokit (rest-light.ts's: its GraphQL goes unspaced already) is returned as it is.
 */
function unspaced(octokit) {
    return readTwins.get(octokit)?.() ?? octokit;
}


/***/ }),

/***/ 91257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   realUndici: () => (/* binding */ realUndici)
/* harmony export */ });
let loading;
/** The real undici, in a chunk of its own that no process loads before this call. */
function realUndici() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(4398), __webpack_require__.e(6752)]).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}
/**
 * Stands for undici's `ProxyAgent` where the toolkit builds one (`getAgentDispatcher`): it keeps the options
 * and builds the real agent, once, when a fetch below is given it as its dispatcher.
 */
class ProxyAgent {
    options;
    #agent;
    constructor(options) {
        this.options = options;
    }
    /** The real agent. */
    agent() {
        this.#agent ??= realUndici().then((u) => new u.ProxyAgent(this.options));
        return this.#agent;
    }
}
let fetching;
/**
 * undici's fetch with its agent, pools and parser, not the rest of the package (its WebSocket, EventSource,
 * mocks, cache and request API), which its index loads: a smaller chunk to compile, less to run.
 */
function fetchAlone() {
    fetching ??= __webpack_require__.e(/* import() */ 4398).then(__webpack_require__.t.bind(__webpack_require__, 54398, 23)).then((m) => m.fetch);
    return fetching;
}
/** undici's `fetch`, loaded at its first call; a stand-in `ProxyAgent` given as dispatcher becomes the real one. */
async function fetch(input, init) {
    const given = init?.dispatcher;
    if (!(given instanceof ProxyAgent))
        return (await fetchAlone())(input, init);
    return (await fetchAlone())(input, { ...init, dispatcher: await given.agent() });
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
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64984);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_lanes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57668);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24093);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35525);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95377);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72020);










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
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_9__/* .wantsHelp */ .l)(argv)) {
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo("--pr reads the pull request through GitHub's REST API and needs a token: set GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)) and GITHUB_REPOSITORY=owner/repo");
        const cwd = process.cwd();
        const { config } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(cwd, (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .str */ .gx)(flags, 'config'));
        const change = await (0,_adapters_changed_files_js__WEBPACK_IMPORTED_MODULE_0__.readChange)({
            cwd,
            ...(base ? { base } : {}),
            ...(pr !== undefined && token
                ? { octokit: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__.getOctokit)(token, { logger: (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLogger */ .D7)(env.debug) }), repo: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__.repoFromEnv)(env), pr }
                : {}),
        });
        const labels = [...(change.labels ?? []), ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(flags, 'label') ?? [])];
        const { lane, reason } = (0,_core_lanes_js__WEBPACK_IMPORTED_MODULE_5__/* .decideLane */ .XS)({ ...change, labels }, config.lanes, await (0,_core_lanes_js__WEBPACK_IMPORTED_MODULE_5__/* .loadGlobs */ .wz)());
        if (flags.json === true) {
            const out = {
                lane,
                reason,
                files: change.files ?? null,
                changedLines: change.changedLines ?? null,
                labels,
            };
            process.stdout.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .inertJson */ .nl)(out) + '\n');
        }
        else {
            const size = change.files
                ? `${change.files.length} file(s), ${change.changedLines ?? '?'} changed line(s)`
                : 'files unknown';
            process.stdout.write(
            // The base is an argument and the reason may quote it: one inert line, no raw line break.
            (0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inert */ .tJ)(`${lane}: ${reason} (${size}${base ? `, base ${base}` : ', no base'})`)) + '\n');
        }
        return 0;
    },
});


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
/* unused harmony exports PR_RETRIES, DEFAULT_EARLY_FLAKE_DETECTION */
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30047);
/* harmony import */ var _lane_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55587);


/**
 * `tests.pr-retries`, on a pull request: `retry-once` (default) re-runs once a failed test the history does
 * not know flaky; `known-flaky-only` re-runs only a test the default branch knows flaky (a same-commit flake
 * seen there) and leaves every other failure red.
 */
const PR_RETRIES = (/* unused pure expression or super */ null && (['retry-once', 'known-flaky-only']));
const DEFAULT_EARLY_FLAKE_DETECTION = {
    enabled: false,
    repeats: 5,
    budgetSeconds: 300,
    failStep: false,
};
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
    lanes: _lane_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANE_RULES */ .D,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact', when: 'pays' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
    classify: { rules: [] },
    supervise: { ..._job_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUPERVISE_SCOPE */ .sh, sweepWindowMinutes: 60 },
    tests: {
        retries: 2,
        maxFailures: 10,
        failOnPassedAfterRetry: false,
        quarantine: false,
        quarantined: [],
        prRetries: 'retry-once',
        earlyFlakeDetection: DEFAULT_EARLY_FLAKE_DETECTION,
    },
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
        tests: mergeTests(p.tests),
    };
}
function mergeTests(t) {
    const efd = isObject(t?.earlyFlakeDetection) ? t.earlyFlakeDetection : {};
    const count = (v, fallback) => Number.isSafeInteger(v) && v >= 0 ? v : fallback;
    const d = DEFAULT_EARLY_FLAKE_DETECTION;
    const dt = DEFAULT_CONFIG.tests;
    return {
        retries: count(t?.retries, dt.retries),
        maxFailures: count(t?.maxFailures, dt.maxFailures),
        failOnPassedAfterRetry: t?.failOnPassedAfterRetry === true,
        quarantine: t?.quarantine === true,
        quarantined: Array.isArray(t?.quarantined)
            ? t.quarantined.filter((k) => typeof k === 'string')
            : [],
        prRetries: t?.prRetries === 'known-flaky-only' ? 'known-flaky-only' : 'retry-once',
        earlyFlakeDetection: {
            enabled: efd.enabled === true,
            repeats: count(efd.repeats, d.repeats),
            budgetSeconds: count(efd.budgetSeconds, d.budgetSeconds),
            failStep: efd.failStep === true,
        },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        // not JSON (or not a valid config): the caller falls back to the defaults
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

/***/ 55587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DEFAULT_LANE_RULES)
/* harmony export */ });
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


/***/ }),

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ compilesGlobs),
/* harmony export */   XS: () => (/* binding */ decideLane),
/* harmony export */   wz: () => (/* binding */ loadGlobs)
/* harmony export */ });
/* unused harmony exports requiredText, globList */
/* harmony import */ var _lane_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55587);

/**
 * The text every match of `glob` contains, when it is made of plain characters, `*` and `/` alone (what
 * picomatch reads literally, between its wildcards); undefined for any other glob.
 */
function requiredText(glob) {
    if (!/^[\w.\-/*]+$/.test(glob))
        return undefined;
    // picomatch drops a leading `./` and reads `.` and `..` segments its own way: no literal text to require.
    if (/(?:^|\/)\.{1,2}(?:\/|$)/.test(glob))
        return undefined;
    return glob.split(/[*/]+/).filter(Boolean);
}
async function loadGlobs() {
    return (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))).default;
}
/** A glob as it is matched: one without a slash matches a base name at any depth, like .gitignore. */
const patternOf = (glob) => (glob.includes('/') ? glob : `**/${glob}`);
/** Whether `file` may match the glob whose required text is `needs` (undefined: any file may). */
const mayMatch = (needs, file) => !needs || needs.every((text) => file.includes(text));
/** A file as the globs see it: forward slashes, no leading `./`. */
const normalize = (file) => file.replace(/\\/g, '/').replace(/^\.\//, '');
/**
 * A glob's test, compiled at its first use by a file that holds its required text: picomatch compiles each
 * glob into a regular expression (~0.1 ms each, ~5 ms of main's CPU for the default lane rules' 39 on
 * every job, issue 67), and most globs cannot match a given file (Cargo.lock's glob, a path without that
 * name). The answer is picomatch's either way.
 */
function lazyGlob(glob, compile) {
    const pattern = patternOf(glob);
    const needs = requiredText(pattern);
    let test;
    return (file) => {
        if (!mayMatch(needs, file))
            return false;
        if (!compile)
            throw new Error(`the lane glob '${glob}' is to be compiled, and picomatch was not loaded`);
        test ??= compile(pattern, { dot: true, basename: false });
        return test(file);
    };
}
/**
 * Whether deciding the lane of `files` compiles some glob of `rules`: whether some file holds a glob's
 * required text (or a glob has none). When it does not, `decideLane` needs no compiler.
 */
function compilesGlobs(files, rules) {
    if (!files)
        return false;
    const needs = [...rules.heavy, ...rules.docs].map((g) => requiredText(patternOf(g.replace(/^!/, ''))));
    return files.some((file) => needs.some((n) => mayMatch(n, normalize(file))));
}
/**
 * Compiles a glob list into a test: some positive glob matches and no `!` glob does. `compile` may be left
 * out where `compilesGlobs` says no glob is compiled for the files tested.
 */
function globList(globs, compile) {
    const include = globs
        .filter((g) => !g.startsWith('!'))
        .map((g) => ({ glob: g, test: lazyGlob(g, compile) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => lazyGlob(g.slice(1), compile));
    return (file) => {
        const normalized = normalize(file);
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
/** The lane; `compile` may be left out where `compilesGlobs` says the change's files compile no glob. */
function decideLane(change, rules, compile) {
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
    const heavy = globList(rules.heavy, compile);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs, compile);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ }),

/***/ 99652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ laneOfChange),
/* harmony export */   C8: () => (/* binding */ REPORT_WHEN),
/* harmony export */   Hc: () => (/* binding */ laterStepsEnv),
/* harmony export */   Tm: () => (/* binding */ wantsResume),
/* harmony export */   er: () => (/* binding */ parseReportWhen),
/* harmony export */   kr: () => (/* binding */ laneWhenUnreadable),
/* harmony export */   lK: () => (/* binding */ laneFromInput),
/* harmony export */   re: () => (/* binding */ mergeChange),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80095);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);



const REPORT_WHEN = ['on-failure', 'always', 'never'];
/**
 * An input of `on-failure | always | never` (its default is in action.yml). 'true' and 'false', the
 * `comment` input's values before it took these, still mean always and never.
 */
function parseReportWhen(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return 'always';
    if (v === 'false')
        return 'never';
    if (REPORT_WHEN.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be on-failure (the default: only when something failed or was recovered), always or never, got '${value}'.`);
}
/** The lane the input forces, if any. */
function laneFromInput(lane) {
    return lane ? { lane, reason: "set by the 'lane' input" } : undefined;
}
/** The lane when the change could not be read at all: the change is taken as unknown. */
function laneWhenUnreadable(why) {
    return { lane: 'STANDARD', reason: `the change could not be read (${why})` };
}
/** The ref the change is measured against: the input, else the PR's base, the push's before, the default branch. */
function changeBase(baseRef, context) {
    return baseRef ?? context.pr?.baseRef ?? context.before ?? context.defaultBranch;
}
/** The change as git saw it, completed by the API's (labels; the files when git could not tell). */
function mergeChange(git, api) {
    if (git.files)
        return { ...git, ...(api?.labels ? { labels: api.labels } : {}) };
    if (!api)
        return git;
    if (api.files)
        return api;
    return {
        ...api,
        unknownBecause: `${git.unknownBecause ?? 'git could not tell'}; ${api.unknownBecause ?? ''}`,
    };
}
/**
 * The lane of the change, with the labels of the event's pull request added to the change's own; `compile`
 * may be left out where `compilesGlobs` (lanes.ts) says the change's files compile no glob.
 */
function laneOfChange(change, context, rules, compile) {
    return (0,_lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .decideLane */ .XS)({ ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] }, rules, compile);
}
/** A re-run attempt with `resume` on restores the previous attempt's checkpoint. */
function wantsResume(settings, start) {
    return settings.resume && start.attempt > 1;
}
/**
 * The job-wide variables main leaves for later steps (GITHUB_ENV). The effective config goes by the path
 * of the file main wrote it to (`configFile`; none when that failed, and later steps read the workspace's).
 */
function laterStepsEnv(lane, configFile, resumed, checkoutHead) {
    return {
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LANE_ENV */ .FD]: lane,
        ...(checkoutHead ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_HEAD_ENV */ .Sk]: checkoutHead } : {}),
        ...(configFile ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE_ENV */ .K1]: configFile } : {}),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPLETED_STAGES_ENV */ .Q3]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESTORED_STAGES_ENV */ .D8]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_DURATIONS_ENV */ .TM]: JSON.stringify(resumed.stageDurations ?? {}),
        ...(resumed.resumeFrom
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LAST_CHECKPOINT_ENV */ .wp]: resumed.resumeFrom, [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_FROM_ENV */ .vg]: resumed.resumeFrom }
            : {}),
        ...(resumed.resumeFrom && resumed.cost ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_COST_ENV */ .SL]: JSON.stringify(resumed.cost) } : {}),
        ...(resumed.resumeFrom && resumed.store
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]: resumed.store, [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_STORE_ENV */ .O_]: resumed.store }
            : {}),
    };
}


/***/ }),

/***/ 90422:
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


/***/ })

};
