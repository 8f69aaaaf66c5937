export const id = 517;
export const ids = [517];
export const modules = {

/***/ 89517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports tokenIdentity, isNoWritePermission */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47091);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48463);
/**
 * The sticky PR comment through the REST API: find ours (the marker, written by the token's identity), merge this job's section into it, and
 * converge when racing jobs or runs created duplicates (keep the oldest, fold the others' sections into
 * it, delete them). Never throws: a token that may not comment (fork PR, read-only token) yields
 * `degraded`, so the caller writes the summary only and says the supervisor will comment.
 */




async function upsertStickyComment(octokit, repo, prNumber, jobKey, section, logger, options = {}) {
    const ours = typeof section === 'string' ? { key: jobKey, body: section } : { ...section, key: jobKey };
    const settleMs = options.settleMs ?? 700;
    const maxRounds = options.maxRounds ?? 4;
    const result = { status: 'unchanged', removedDuplicates: 0 };
    // Sections of other writers seen in any round, so a racing writer's stale overwrite is healed.
    let seen = [];
    try {
        const self = await tokenIdentity(octokit);
        for (let round = 0; round < maxRounds; round++) {
            const comments = await listSticky(octokit, repo, prNumber, self);
            const parsed = comments.map((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStickyBody */ .PI)(c.body ?? ''));
            if (round === 0 && options.updateOnly && !hasSection(parsed, jobKey))
                return result;
            seen = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSections */ .X0)(seen, ...parsed);
            const desired = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStickyBody */ .Sj)((0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSections */ .X0)(seen, [ours]), options.limit !== undefined ? { limit: options.limit } : {});
            let wrote = false;
            const keep = comments[0];
            if (!keep) {
                const { data } = await octokit.rest.issues.createComment({
                    ...repo,
                    issue_number: prNumber,
                    body: desired,
                });
                Object.assign(result, { status: 'created', commentId: data.id, url: data.html_url });
                logger.info(`ci-recovery: created the PR comment ${data.html_url}`);
                wrote = true;
            }
            else {
                result.commentId = keep.id;
                result.url = keep.html_url;
                if (keep.body !== desired) {
                    // A comment that vanished under us (deleted by a person) is simply looked for again next round.
                    if ((await updateComment(octokit, repo, keep.id, desired)) && result.status !== 'created')
                        result.status = 'updated';
                    wrote = true;
                }
                for (const duplicate of comments.slice(1)) {
                    await deleteComment(octokit, repo, duplicate.id);
                    result.removedDuplicates++;
                    wrote = true;
                }
            }
            if (!wrote || round === maxRounds - 1)
                break;
            // Let a racing writer land, then read again to verify (and heal) the result.
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(settleMs * (1 + Math.random()));
        }
        if (result.status === 'updated')
            logger.info(`ci-recovery: updated the PR comment ${result.url ?? ''}`);
        if (result.removedDuplicates > 0)
            logger.info(`ci-recovery: removed ${result.removedDuplicates} duplicate PR comment(s)`);
        return result;
    }
    catch (error) {
        return failure(error, logger, result);
    }
}
function hasSection(parsed, jobKey) {
    const id = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeJobKey */ .f$)(jobKey);
    return parsed.some((sections) => sections.some((s) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeJobKey */ .f$)(s.key) === id));
}
const identities = new WeakMap();
/**
 * Who the token writes as. `GET /user` answers for a person's token; an installation token (GITHUB_TOKEN,
 * a GitHub App's) gets 403 there, and GraphQL's `viewer` names the app's bot; when neither answers, the
 * token is taken for GITHUB_TOKEN, whose comments are `github-actions[bot]`'s. Asked once per client.
 */
function tokenIdentity(octokit) {
    let identity = identities.get(octokit);
    if (!identity) {
        identity = askIdentity(octokit);
        identities.set(octokit, identity);
    }
    return identity;
}
async function askIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (data.login)
            return { login: data.login, type: data.type };
    }
    catch {
        // an installation token: ask GraphQL
    }
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        const login = answer.viewer?.login;
        // GET /user refused it: an installation token, whose identity is a bot (GraphQL may omit "[bot]").
        if (login)
            return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, type: 'Bot' };
    }
    catch {
        // not answered: GITHUB_TOKEN
    }
    return _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIONS_BOT */ .aX;
}
/** Our sticky comments on the PR (the marker, by our identity), oldest first; others' are never touched. */
async function listSticky(octokit, repo, prNumber, self) {
    const all = (await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: prNumber,
        per_page: 100,
    }));
    return all
        .filter((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnStickyComment */ .PX)(c, self))
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
/** false when the comment no longer exists (deleted by a racing writer or a person). */
async function updateComment(octokit, repo, id, body) {
    try {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        return true;
    }
    catch (error) {
        if ((0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 404)
            return false;
        throw error;
    }
}
async function deleteComment(octokit, repo, id) {
    try {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    }
    catch (error) {
        if ((0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) !== 404)
            throw error; // already deleted by a racing writer
    }
}
/** Is this the answer GitHub gives a token that may not write here (fork PR, read-only permissions)? */
function isNoWritePermission(error) {
    return (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 403 && !/rate limit/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
}
function failure(error, logger, partial) {
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
    if (isNoWritePermission(error)) {
        const reason = 'this token may not comment on the pull request (a fork PR, or `pull-requests: write` not granted): ' +
            'the summary has the report, and the supervisor workflow will post the comment';
        logger.notice(`ci-recovery: ${reason}.`);
        return { ...partial, status: 'degraded', reason };
    }
    logger.warning(`ci-recovery: could not update the PR comment (${(0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) ?? 'no status'}): ${message}`);
    return { ...partial, status: 'failed', reason: message };
}


/***/ })

};
