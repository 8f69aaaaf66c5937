export const id = 7645;
export const ids = [7645,26,3640];
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

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstLine: () => (/* binding */ firstLine),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   refusalOf: () => (/* binding */ refusalOf),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv),
/* harmony export */   restEnv: () => (/* binding */ restEnv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


/**
 * What the REST clients (github.ts, rest-light.ts) read of the process's environment: the API's address
 * (GITHUB_API_URL, as @actions/github reads it), the runner's orchestration id for the user agent (as
 * @actions/github tags a runner's calls), and whether a proxy is named (`HTTP(S)_PROXY`).
 */
function restEnv() {
    const env = process.env;
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return {
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(id ? { userAgent: `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` } : {}),
        proxied: Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY),
    };
}
/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
function repoFromEnv(env) {
    const { owner, repo } = env;
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(text)
        .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
        .slice(0, 200);
}
/** What GitHub answered to a refused call: status, first line of its message, headers (for core/api-refusal). */
function refusalOf(error) {
    const status = httpStatus(error);
    const response = typeof error === 'object' && error !== null && 'response' in error ? error.response : undefined;
    const headers = typeof response === 'object' &&
        response !== null &&
        'headers' in response &&
        typeof response.headers === 'object'
        ? response.headers
        : undefined;
    return {
        ...(status !== undefined ? { status } : {}),
        message: firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)),
        ...(headers ? { headers } : {}),
    };
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ }),

/***/ 25641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ BASE_URL),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   f8: () => (/* binding */ PageGuard),
/* harmony export */   pN: () => (/* binding */ listPages),
/* harmony export */   rL: () => (/* binding */ listFirst)
/* harmony export */ });
/* unused harmony exports PageRefusedError, PageCapError */
/** The base URL a light client (rest-light.ts) pages under; Octokit's methods carry theirs (`endpoint`). */
const BASE_URL = Symbol('base URL');
/** A listing's `link` GitHub gave that ci-recovery did not follow: the listing fails rather than end short. */
class PageRefusedError extends Error {
    name = 'PageRefusedError';
    /** As a bad answer from upstream: core/api-refusal reads no permission or rate limit into it. */
    status = 502;
    constructor(listing, why) {
        super(`${listing}: the next page ${why}; it was not asked`);
    }
}
/**
 * The page past a listing's most, refused: the pages before it were read whole, so a caller that can act on
 * part of a listing, knowing it is part, keeps them (listFirst).
 */
class PageCapError extends PageRefusedError {
}
/**
 * The pages of one listing: its pages' URLs, so that a `link` back to one is refused, and how many. Only the
 * origin is ever told of a refused link: the header is GitHub's (or a proxy's) text, not ours to echo.
 */
class PageGuard {
    listing;
    baseUrl;
    maxPages;
    asked = new Set();
    pages = 1;
    constructor(listing, baseUrl, maxPages) {
        this.listing = listing;
        this.baseUrl = baseUrl;
        this.maxPages = maxPages;
    }
    /** A page asked (its URL, or the URL its answer came from). */
    seen(url) {
        if (url)
            this.asked.add(new URL(url, this.baseUrl).href);
    }
    /**
     * The absolute URL of the page after one whose `link` header is `link` (undefined: it was the last), a
     * relative link joined to the base URL as Octokit joins it (GHES's `/api/v3` kept). Throws a
     * PageRefusedError for a link off the base URL's origin, one to a page asked already, or past `maxPages`.
     */
    next(link) {
        const found = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
        if (found === undefined)
            return undefined;
        // Octokit's endpoint expands a URI template (`{x}`, `:name`) in what it is handed: what is checked here
        // would not be what it asks.
        if (/[{}]/.test(found) || /:[a-z]\w+/.test(found.replace(/^https?:/i, '')))
            throw this.refuse('is a URI template, not a URL');
        let next;
        try {
            next = new URL(/^http/.test(found) ? found : `${this.baseUrl.replace(/\/$/, '')}${found}`);
        }
        catch {
            throw this.refuse('is no URL');
        }
        const origin = new URL(this.baseUrl).origin;
        if (next.origin !== origin)
            throw this.refuse(`is on another origin (${next.origin}), not the API's (${origin})`);
        if (this.asked.has(next.href))
            throw this.refuse('was asked already: the link loops back');
        if (this.pages >= this.maxPages)
            throw new PageCapError(this.listing, `is past ${this.maxPages} pages, this listing's most`);
        this.pages++;
        this.asked.add(next.href);
        return next.href;
    }
    refuse(why) {
        return new PageRefusedError(this.listing, why);
    }
}
/** The base URL `method` asks under: the light client's, or the one in the Octokit method's defaults. */
function baseUrlOf(client, method) {
    const light = client[BASE_URL];
    if (typeof light === 'string')
        return light;
    const octokit = method.endpoint?.DEFAULTS?.baseUrl;
    if (typeof octokit === 'string')
        return octokit;
    throw new TypeError('pages: a method with no base URL');
}
/**
 * The pages of `method`'s listing, one array of items each, through the client's own paginate (its retries,
 * rate-limit waits and each page's time limit), every `link` checked by a PageGuard before it is asked.
 * `limit.signal` goes with every page: Octokit's iterator hands each page's request only its method, URL
 * and headers, so the signal is put back by the method it calls.
 */
async function* listPages(client, method, params, limit) {
    const guard = new PageGuard(limit.listing, baseUrlOf(client, method), limit.maxPages);
    const { signal } = limit;
    const signed = (o = {}) => ({ ...o, request: { ...o.request, signal } });
    // Object.assign keeps what paginate reads of a method: Octokit's `endpoint`, the light client's route.
    const asked = signal ? Object.assign((o) => method(signed(o)), method) : method;
    const pages = client.paginate.iterator(asked, (signal ? signed(params) : params));
    for await (const page of pages) {
        guard.seen(page.url);
        yield page.data;
        guard.next(page.headers.link);
    }
}
/** Every item of `method`'s listing (listPages), in order. */
async function listAll(client, method, params, limit) {
    const items = [];
    for await (const page of listPages(client, method, params, limit))
        items.push(...page);
    return items;
}
/**
 * The items of a listing's first `limit.maxPages` pages, and whether it goes on past them (its next page, its
 * link checked as any other, not asked). Any other refusal or error fails the listing, as listAll does.
 */
async function listFirst(client, method, params, limit) {
    const items = [];
    try {
        for await (const page of listPages(client, method, params, limit))
            items.push(...page);
    }
    catch (error) {
        if (error instanceof PageCapError)
            return { items, more: true };
        throw error;
    }
    return { items, more: false };
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


/***/ })

};
