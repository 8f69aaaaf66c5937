export const id = 841;
export const ids = [841];
export const modules = {

/***/ 40026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pm: () => (/* binding */ readChange)
/* harmony export */ });
/* unused harmony exports API_FILE_LIMIT, gitChange, apiChange */
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(964);
/**
 * What a change touches, for the lane: the files changed against the merge base with the base branch (git,
 * deepening a shallow clone as far as needed, within bounds), else the pull request's files from the REST API
 * (which lists at most 3,000), plus the PR's labels. Anything that cannot be known is left undefined, which
 * the lane decision reads as STANDARD.
 */

/** The PR files API returns at most this many files. */
const API_FILE_LIMIT = 3000;
/** Deepening steps tried before giving up on the merge base (depth doubles each time: 50 .. 6400). */
const DEEPEN_STEPS = 8;
async function tryGit(git, args) {
    try {
        return (await git.raw(args)).trim();
    }
    catch {
        return undefined;
    }
}
/** A commit for the base: itself, its remote-tracking branch, or fetched from origin (shallow). */
async function resolveBase(git, base) {
    const branch = base.replace(/^refs\/heads\//, '').replace(/^origin\//, '');
    const candidates = base.startsWith('origin/') ? [base] : [`origin/${branch}`, base];
    for (const ref of candidates) {
        const sha = await tryGit(git, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (sha)
            return sha;
    }
    if (/^[0-9a-f]{7,40}$/i.test(base)) {
        await tryGit(git, ['fetch', '--no-tags', '--depth=1', 'origin', base]);
        return tryGit(git, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
    }
    await tryGit(git, [
        'fetch',
        '--no-tags',
        '--depth=1',
        'origin',
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ]);
    return tryGit(git, ['rev-parse', '--verify', '--quiet', `origin/${branch}^{commit}`]);
}
/** The merge base of HEAD and base, deepening a shallow clone until it appears (bounded). */
async function mergeBase(git, base) {
    let depth = 50;
    for (let step = 0;; step++) {
        const found = await tryGit(git, ['merge-base', 'HEAD', base]);
        if (found)
            return found;
        const shallow = await tryGit(git, ['rev-parse', '--is-shallow-repository']);
        if (shallow !== 'true' || step >= DEEPEN_STEPS)
            return undefined;
        // Deepens every shallow tip: HEAD's history and the base branch's.
        if ((await tryGit(git, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin'])) === undefined)
            return undefined;
        depth *= 2;
    }
}
/** Files and changed lines between the merge base with `base` and HEAD; undefined when git cannot tell. */
async function gitChange(cwd, base) {
    const git = (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({ baseDir: cwd });
    if ((await tryGit(git, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return undefined;
    const baseSha = await resolveBase(git, base);
    if (!baseSha)
        return undefined;
    const from = await mergeBase(git, baseSha);
    if (!from)
        return undefined;
    const numstat = await tryGit(git, ['diff', '--numstat', '--no-renames', '-z', from, 'HEAD']);
    if (numstat === undefined)
        return undefined;
    const files = [];
    let changedLines = 0;
    // -z: "added\tdeleted\tpath\0" per file; binary files show "-".
    for (const entry of numstat.split('\0')) {
        const match = /^(\d+|-)\t(\d+|-)\t(.+)$/s.exec(entry.replace(/^\n/, ''));
        if (!match)
            continue;
        changedLines += (Number(match[1]) || 0) + (Number(match[2]) || 0);
        files.push(match[3] ?? '');
    }
    return { files, changedLines };
}
/** The PR's files (up to the API's 3,000), its size and labels. */
async function apiChange(octokit, repo, pr) {
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
    const files = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pr,
        per_page: 100,
    })) {
        for (const file of page.data)
            files.push(file.filename);
        if (files.length >= API_FILE_LIMIT)
            break;
    }
    const change = {
        changedLines: pull.additions + pull.deletions,
        labels: pull.labels.map((l) => l.name),
    };
    // Past the API's limit the list is incomplete: the files are unknown (the size still counts).
    if (pull.changed_files <= API_FILE_LIMIT)
        change.files = files.slice(0, API_FILE_LIMIT);
    return change;
}
async function readChange(options) {
    const { cwd, base, octokit, repo, pr } = options;
    const git = base ? await gitChange(cwd, base) : undefined;
    let api;
    if (octokit && repo && pr !== undefined) {
        try {
            api = await apiChange(octokit, repo, pr);
        }
        catch (error) {
            // With the files from git, the API only adds labels: not worth failing for.
            if (!git)
                throw error;
        }
    }
    if (git)
        return { ...git, ...(api?.labels ? { labels: api.labels } : {}) };
    return api ?? {};
}


/***/ }),

/***/ 98835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   k: () => (/* binding */ effectiveConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);




const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the root action's
 * `config` input) replaces the default locations.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            text = await readBounded(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), rel);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        // The parser (yaml + ajv) loads only when there is a file to parse.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 29838));
        return { config: parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/** The file's text, refused (before reading it) when it is larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The effective config for a sub-action: what main exported in CI_RECOVERY_CONFIG, else the file in the
 * workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env = process.env) {
    const fromMain = env.CI_RECOVERY_CONFIG ? (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(env.CI_RECOVERY_CONFIG) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.GITHUB_WORKSPACE || process.cwd())).config;
}


/***/ }),

/***/ 92401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   QB: () => (/* binding */ getOctokit),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** The REST client; honours GITHUB_API_URL (read by @actions/github when the bundle loads). */
function getOctokit(token) {
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y("No GitHub token: set the 'github-token' input (default: github.token).");
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token);
}
/** owner/repo of the current run, from GITHUB_REPOSITORY. */
function repoFromEnv(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ }),

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The options of every CLI verb, parsed one way: the same syntax everywhere, and a mistake in any verb is
 * a usage error (exit 2) that names the option and lists the known ones. Node's util.parseArgs cannot
 * read lists written as several words (`--paths src dist`), which the checkpoint verbs take.
 */

/**
 * `--name value`, `--name=value`, `--flag` (or `--flag=false`), and lists that take every following word
 * up to the next option (`--paths a b c`) or repeat (`--label a --label b`). `--help` is always known;
 * verbs check for it before parsing, so that it works next to a mistake.
 */
function parseArgs(verb, argv, spec, { positionals: allowPositionals = false } = {}) {
    const known = { ...spec, help: 'bool' };
    const flags = {};
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--' && allowPositionals) {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            if (allowPositionals && (!arg.startsWith('-') || arg === '-')) {
                positionals.push(arg);
                continue;
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unexpected argument '${arg}'; see 'ci-recovery ${verb} --help'`);
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const kind = known[name];
        if (!kind) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown option '--${name}' for '${verb}'; known: ${Object.keys(spec)
                .map((k) => `--${k}`)
                .join(', ')}`);
        }
        const inline = eq === -1 ? undefined : arg.slice(eq + 1);
        if (kind === 'bool') {
            flags[name] = inline === undefined ? true : !['false', '0', 'no'].includes(inline);
        }
        else if (kind === 'string') {
            const v = inline ?? argv[++i];
            if (v === undefined || (inline === undefined && v.startsWith('--')))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`option '--${name}' needs a value`);
            flags[name] = v;
        }
        else {
            const list = flags[name] ?? [];
            if (inline !== undefined)
                list.push(...inline.split(',').filter(Boolean));
            while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--'))
                list.push(argv[++i]);
            if (list.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`option '--${name}' needs at least one value`);
            flags[name] = list;
        }
    }
    return { flags, positionals };
}
/** The options of a verb that takes no positional arguments. */
function parseFlags(verb, argv, spec) {
    return parseArgs(verb, argv, spec).flags;
}
function str(flags, name) {
    const v = flags[name];
    return typeof v === 'string' ? v : undefined;
}
function list(flags, name) {
    const v = flags[name];
    return Array.isArray(v) ? v : undefined;
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
/* harmony import */ var _adapters_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92401);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85512);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_lanes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57668);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95377);







const HELP = `usage: ci-recovery lanes [--base REF] [--pr N] [--label L]... [--config FILE] [--json]

Decides the lane (DOCS, STANDARD, HEAVY) of the change in the current git checkout: the files changed since
the merge base with REF (a shallow clone is deepened as needed), PR labels and the diff size, with the lane
globs of the config. Without a base the change is unknown: STANDARD.

  --base REF      base branch or commit (default: $GITHUB_BASE_REF)
  --pr N          read files (when git cannot) and labels from pull request N; needs GITHUB_TOKEN and
                  GITHUB_REPOSITORY
  --label L       a PR label to take into account (repeatable)
  --config FILE   config file (default .github/ci-recovery.yml in the current directory, if any)
  --json          {"lane","reason","files","changedLines","labels"} on stdout`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout',
    async run(argv) {
        if (argv.includes('--help')) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const flags = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)('lanes', argv, {
            base: 'string',
            pr: 'string',
            label: 'list',
            config: 'string',
            json: 'bool',
        });
        const prText = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'pr');
        let pr;
        if (prText !== undefined) {
            pr = Number(prText);
            if (!Number.isInteger(pr) || pr < 1)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y(`--pr '${prText}' is not valid; write a pull request number`);
        }
        const base = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'base') ?? (process.env.GITHUB_BASE_REF || undefined);
        const token = process.env.GITHUB_TOKEN;
        if (pr !== undefined && !token)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .y('--pr needs a token: set GITHUB_TOKEN');
        const cwd = process.cwd();
        const { config } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(cwd, (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(flags, 'config'));
        const change = await (0,_adapters_changed_files_js__WEBPACK_IMPORTED_MODULE_0__/* .readChange */ .pm)({
            cwd,
            ...(base ? { base } : {}),
            ...(pr !== undefined && token ? { octokit: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .QB)(token), repo: (0,_adapters_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromEnv */ .K)(), pr } : {}),
        });
        const labels = [...(change.labels ?? []), ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .list */ .p_)(flags, 'label') ?? [])];
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

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_BUDGETS */
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/**
 * The config's types and defaults, without the parser: loading this module costs nothing, so steps that
 * get the effective config from main (CI_RECOVERY_CONFIG) never load yaml and ajv. `src/core/config.ts`
 * re-exports all of it with `parseConfig`.
 */

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
    HEAVY: { maxAttempts: 4, backoffSeconds: 30, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
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
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
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
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (changed files unknown)` };
        return { lane: 'STANDARD', reason: 'changed files unknown' };
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
