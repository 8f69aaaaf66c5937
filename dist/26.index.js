export const id = 26;
export const ids = [26];
export const modules = {

/***/ 40026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitChange: () => (/* binding */ gitChange),
/* harmony export */   pm: () => (/* binding */ readChange),
/* harmony export */   pullRequestChange: () => (/* binding */ pullRequestChange)
/* harmony export */ });
/* unused harmony exports API_FILE_LIMIT, apiChange */
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(964);
/* harmony import */ var _core_prepare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99652);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48463);
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
/**
 * Files and changed lines between the merge base with `base` and HEAD; when git cannot tell, no files and
 * the reason.
 */
async function gitChange(cwd, base) {
    const git = (0,simple_git__WEBPACK_IMPORTED_MODULE_0__.simpleGit)({ baseDir: cwd });
    if ((await tryGit(git, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return { unknownBecause: `${cwd} is not a git work tree` };
    const baseSha = await resolveBase(git, base);
    if (!baseSha)
        return { unknownBecause: `the base '${base}' is not a known commit or branch here, nor on origin` };
    const from = await mergeBase(git, baseSha);
    if (!from)
        return {
            unknownBecause: `no merge base with '${base}' (unrelated history, or deeper than the clone could be deepened)`,
        };
    const numstat = await tryGit(git, ['diff', '--numstat', '--no-renames', '-z', from, 'HEAD']);
    if (numstat === undefined)
        return { unknownBecause: `git diff against '${base}' failed` };
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
    else
        change.unknownBecause = `pull request #${pr} changes ${pull.changed_files} files, more than the API lists (${API_FILE_LIMIT})`;
    return change;
}
/** The PR's change through the API; a failed call comes back as the reason the files are unknown. */
async function pullRequestChange(octokit, repo, pr) {
    try {
        return await apiChange(octokit, repo, pr);
    }
    catch (error) {
        // With the files from git the API only adds labels; without them its failure is why they are unknown.
        const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error);
        return {
            unknownBecause: `pull request #${pr} could not be read through the API (${status ? `${status}: ` : ''}${(0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error))})`,
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

/***/ 99652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ laneOfChange),
/* harmony export */   Hc: () => (/* binding */ laterStepsEnv),
/* harmony export */   Tm: () => (/* binding */ wantsResume),
/* harmony export */   kr: () => (/* binding */ laneWhenUnreadable),
/* harmony export */   lK: () => (/* binding */ laneFromInput),
/* harmony export */   re: () => (/* binding */ mergeChange),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);


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
/** The lane of the change, with the labels of the event's pull request added to the change's own. */
function laneOfChange(change, context, rules) {
    return (0,_lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .decideLane */ .XS)({ ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] }, rules);
}
/** A re-run attempt with `resume` on restores the previous attempt's checkpoint. */
function wantsResume(settings, start) {
    return settings.resume && start.attempt > 1;
}
/**
 * The job-wide variables main leaves for later steps (GITHUB_ENV). The effective config goes by the path
 * of the file main wrote it to (`configFile`; none when that failed, and later steps read the workspace's).
 */
function laterStepsEnv(lane, configFile, resumed) {
    return {
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LANE_ENV */ .FD]: lane,
        ...(configFile ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE_ENV */ .K1]: configFile } : {}),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPLETED_STAGES_ENV */ .Q3]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_DURATIONS_ENV */ .TM]: JSON.stringify(resumed.stageDurations ?? {}),
        ...(resumed.resumeFrom
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_ENV */ .wp]: resumed.resumeFrom, [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_FROM_ENV */ .vg]: resumed.resumeFrom }
            : {}),
        ...(resumed.resumeFrom && resumed.store
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]: resumed.store, [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_STORE_ENV */ .O_]: resumed.store }
            : {}),
    };
}


/***/ })

};
