export const id = 8190;
export const ids = [8190];
export const modules = {

/***/ 78190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   GIT_STALL_MS: () => (/* binding */ GIT_STALL_MS),
/* harmony export */   cloneDefaultBranch: () => (/* binding */ cloneDefaultBranch),
/* harmony export */   commitInfo: () => (/* binding */ commitInfo),
/* harmony export */   culpritRange: () => (/* binding */ culpritRange),
/* harmony export */   gitPort: () => (/* binding */ gitPort),
/* harmony export */   pushHead: () => (/* binding */ pushHead),
/* harmony export */   rangeCommits: () => (/* binding */ rangeCommits),
/* harmony export */   revertCommit: () => (/* binding */ revertCommit),
/* harmony export */   validateBranch: () => (/* binding */ validateBranch),
/* harmony export */   validateSha: () => (/* binding */ validateSha),
/* harmony export */   workflowFilesChanged: () => (/* binding */ workflowFilesChanged),
/* harmony export */   workflowsPermissionReason: () => (/* reexport safe */ _core_revert_js__WEBPACK_IMPORTED_MODULE_5__.EO)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _simple_git_argv_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36343);
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(964);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_revert_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1436);
/* harmony import */ var _ports_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52313);
/**
 * The git side of a revert, through simple-git: clone the base repository's default branch (never the PR's
 * code), revert one commit (against parent 1 for a merge), push a branch or the default branch. Every ref
 * that reaches git is validated first and passed after `--end-of-options` or `--`, so a crafted value can
 * never turn into an option (argument injection is a known class of simple-git vulnerabilities).
 */








const SHA = /^[0-9a-f]{40}$/;
/** A plain branch name: no leading '-', no '..', no control or glob characters (git check-ref-format). */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+(?<![./])$/;
function validateSha(sha) {
    if (!SHA.test(sha))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'${sha}' is not a full 40-character commit sha`);
    return sha;
}
function validateBranch(name) {
    if (!BRANCH.test(name) || name.endsWith('.lock') || name.length > 200)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`'${name}' is not a valid branch name`);
    return name;
}
/** The bot identity GitHub shows for commits made with the workflow token. */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** Two minutes of silence: a clone, fetch or push of a remote that accepts and never answers gives up. */
const GIT_STALL_MS = 120_000;
/**
 * The child's environment, built explicitly. It reads `process.env` here, not through JobEnv: it is the git
 * child's own environment (PATH, HOME, proxies, the trusted GIT_CONFIG_* pass-through), not the job's facts.
 * simple-git refuses editors, pagers and GIT_* variables it was
 * not told about. Keep the caller's `GIT_CONFIG_*` entries (the supervisor's own trusted environment: the
 * test stand maps github.com to a local bare repository that way) and add the auth header after them.
 */
function gitEnv(token, url) {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (v !== undefined && !(0,_simple_git_argv_parser__WEBPACK_IMPORTED_MODULE_2__/* .isGitEnvKey */ .dI)(k.toLowerCase()) && !k.toUpperCase().startsWith('GIT_'))
            env[k] = v;
    }
    const inheritedCount = Number(process.env.GIT_CONFIG_COUNT ?? '0');
    let count = 0;
    if (Number.isInteger(inheritedCount)) {
        for (let i = 0; i < inheritedCount; i += 1) {
            const key = process.env[`GIT_CONFIG_KEY_${i}`];
            const value = process.env[`GIT_CONFIG_VALUE_${i}`];
            if (key === undefined || value === undefined)
                continue;
            env[`GIT_CONFIG_KEY_${count}`] = key;
            env[`GIT_CONFIG_VALUE_${count}`] = value;
            count += 1;
        }
    }
    const inherited = count > 0;
    if (token) {
        env[`GIT_CONFIG_KEY_${count}`] = `http.${new URL(url).origin}/.extraheader`;
        env[`GIT_CONFIG_VALUE_${count}`] =
            `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
        count += 1;
    }
    if (count > 0)
        env.GIT_CONFIG_COUNT = String(count);
    env.GIT_TERMINAL_PROMPT = '0';
    const allow = ['GIT_CONFIG_COUNT', 'GIT_TERMINAL_PROMPT'];
    for (let i = 0; i < count; i += 1)
        allow.push(`GIT_CONFIG_KEY_${i}`, `GIT_CONFIG_VALUE_${i}`);
    return { env, allow, inherited };
}
function client(dir, opts) {
    const { env, allow, inherited } = gitEnv(opts.token, opts.url);
    const who = opts.identity ?? ACTIONS_BOT;
    // git's HTTP helper outlives a git killed for its silence (or the supervisor ending when its budget is
    // spent): curl's low-speed limit ends the helper too, a little after git's own limit has said why.
    const helperSeconds = Math.ceil((opts.stallMs ?? GIT_STALL_MS) / 1000) + 5;
    return (0,simple_git__WEBPACK_IMPORTED_MODULE_3__.simpleGit)({
        baseDir: dir,
        allowEnvironment: allow,
        // Only config set through the environment by us or the supervisor's own workflow, never by PR data.
        unsafe: { allowUnsafeConfigEnvCount: true, ...(inherited ? { allowUnsafeUrlRewrite: true } : {}) },
        config: [
            `user.name=${who.name}`,
            `user.email=${who.email}`,
            'http.lowSpeedLimit=1',
            `http.lowSpeedTime=${helperSeconds}`,
        ],
        // Killed after that long without output (progress resets it), so the supervisor's phase ends.
        timeout: { block: opts.stallMs ?? GIT_STALL_MS },
        // simple-git resolves a non-zero exit with an empty stderr (merge-base --is-ancestor): every one fails here.
        errors: (error, result) => error ??
            (result.exitCode !== 0
                ? Buffer.from(`git exited with ${result.exitCode}: ${Buffer.concat(result.stdErr).toString()}`)
                : undefined),
    }).env(env);
}
/** Clones only the default branch (single branch, no tags), then checks out nothing else. */
async function cloneDefaultBranch(opts) {
    const branch = validateBranch(opts.branch);
    const url = new URL(opts.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`repository URL '${opts.url}' must be https`);
    }
    const outside = client(process.cwd(), opts);
    await outside
        .raw([
        'clone',
        '--single-branch',
        '--no-tags',
        `--depth=${opts.depth ?? 100}`,
        `--branch=${branch}`,
        '--end-of-options',
        url.toString(),
        opts.dir,
    ])
        .catch((error) => {
        if (!/block timeout/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)))
            throw error;
        const seconds = Math.round((opts.stallMs ?? GIT_STALL_MS) / 1000);
        throw new Error(`cloning ${url.origin}${url.pathname} gave up: the remote sent nothing for ${seconds} s (a git timeout)`);
    });
    return { git: client(opts.dir, opts), dir: opts.dir, branch };
}
/** Reads a commit of the clone, deepening the shallow history until it is found. */
async function commitInfo(repo, sha) {
    validateSha(sha);
    await ensureCommit(repo, sha);
    const raw = await repo.git.raw(['show', '-s', '--format=%H%n%P%n%an <%ae>%n%B', '--end-of-options', sha]);
    const [full = '', parents = '', author = '', ...body] = raw.split('\n');
    const message = body.join('\n').trimEnd();
    return {
        sha: full,
        parents: parents.split(' ').filter((p) => p !== ''),
        subject: message.split('\n', 1)[0] ?? '',
        message,
        author,
    };
}
async function ensureCommit(repo, sha) {
    for (let i = 0; i < 6; i += 1) {
        const known = await repo.git
            .raw(['cat-file', '-e', `${sha}^{commit}`])
            .then(() => true)
            // cat-file failing is the answer: the commit is not in the clone yet
            .catch(() => false);
        if (known)
            return;
        const shallow = (await repo.git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
        if (!shallow)
            break;
        await repo.git.raw([
            'fetch',
            '--no-tags',
            `--deepen=${200 * 2 ** i}`,
            'origin',
            '--end-of-options',
            repo.branch,
        ]);
    }
    throw new _ports_git_js__WEBPACK_IMPORTED_MODULE_6__/* .NotOnBranchError */ .z(sha, repo.branch);
}
/** Commits in (from, to] along the first parent: 1 when `from` is the direct parent of `to`. */
async function culpritRange(repo, from, to) {
    return (await rangeCommits(repo, from, to))?.length;
}
/** The commits in (from, to] along the first parent, oldest first. */
async function rangeCommits(repo, from, to) {
    validateSha(from);
    validateSha(to);
    try {
        await ensureCommit(repo, from);
        await ensureCommit(repo, to);
        await repo.git.raw(['merge-base', '--is-ancestor', '--end-of-options', from, to]);
        const out = await repo.git.raw([
            'rev-list',
            '--reverse',
            '--first-parent',
            '--end-of-options',
            `${from}..${to}`,
        ]);
        return out.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l));
    }
    catch {
        // git cannot list them (a shallow or unrelated history): the caller says the commits are unknown
        return undefined;
    }
}
/**
 * Reverts `sha` on top of the checked-out default branch (`-m 1` for a merge commit). A conflict is
 * aborted, leaving the clone clean, and reported with the conflicting files.
 */
async function revertCommit(repo, sha) {
    const info = await commitInfo(repo, sha);
    const parent = (await repo.git.raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const onBranch = await repo.git
        .raw(['merge-base', '--is-ancestor', '--end-of-options', sha, parent])
        .then(() => true)
        // merge-base --is-ancestor exits 1 for "not an ancestor": that is the answer
        .catch(() => false);
    if (!onBranch)
        throw new _ports_git_js__WEBPACK_IMPORTED_MODULE_6__/* .NotOnBranchError */ .z(sha, repo.branch);
    const mainline = info.parents.length > 1 ? 1 : undefined;
    try {
        await repo.git.raw([
            'revert',
            '--no-edit',
            ...(mainline ? ['-m', String(mainline)] : []),
            '--end-of-options',
            sha,
        ]);
    }
    catch (error) {
        const files = (await repo.git.raw(['diff', '--name-only', '--diff-filter=U']))
            .split('\n')
            .filter((f) => f !== '');
        // best effort: there may be no revert in progress to abort
        await repo.git.raw(['revert', '--abort']).catch(() => undefined);
        if (files.length > 0)
            return {
                ok: false,
                conflict: true,
                files,
                reason: `reverting ${sha.slice(0, 12)} conflicts in ${files.join(', ')}`,
            };
        if (/nothing to commit|empty/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error))) {
            return {
                ok: false,
                conflict: true,
                files: [],
                reason: `reverting ${sha.slice(0, 12)} changes nothing: it was already undone on '${repo.branch}'`,
            };
        }
        throw error;
    }
    const commit = (await repo.git.raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    return { ok: true, commit, parent, ...(mainline ? { mainline } : {}) };
}
/** Files under `.github/workflows/` that differ between `from` and `to`. */
async function workflowFilesChanged(repo, from, to) {
    const out = await repo.git.raw([
        'diff',
        '--name-only',
        '--end-of-options',
        validateSha(from),
        validateSha(to),
        '--',
        '.github/workflows/',
    ]);
    return out.split('\n').filter((f) => f !== '');
}
/** Pushes HEAD to `refs/heads/<branch>`. Without `force`, an existing different branch is left alone. */
async function pushHead(repo, branch, { force = false, culprit } = {}) {
    validateBranch(branch);
    const ref = `refs/heads/${branch}`;
    try {
        await repo.git.raw([
            'push',
            '--porcelain',
            ...(force ? ['--force'] : []),
            '--end-of-options',
            'origin',
            `HEAD:${ref}`,
        ]);
        return { ok: true, ref };
    }
    catch (error) {
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
        const workflow = /refusing to allow .* to create or update workflow `?([^`\s]+)`?/.exec(message);
        if (workflow)
            return {
                ok: false,
                protectedBranch: false,
                reason: (0,_core_revert_js__WEBPACK_IMPORTED_MODULE_5__/* .workflowsPermissionReason */ .EO)(culprit ?? 'HEAD', [workflow[1] ?? '.github/workflows/']),
            };
        // GH013 is also secret scanning's push protection: the revert would bring back a secret the culprit
        // removed, and no revert mode gets past it (docs: "Working with push protection from the command line").
        if (/PUSH PROTECTION|Push cannot contain secrets/i.test(message))
            return {
                ok: false,
                protectedBranch: false,
                reason: `GitHub's secret push protection refused the push to '${branch}': the revert would bring back a secret ` +
                    'that the reverted commit removed; revert it by hand without the secret',
            };
        const protectedBranch = /protected branch|GH006|GH013|pre-receive hook declined|rule violations/i.test(message);
        return {
            ok: false,
            protectedBranch,
            reason: protectedBranch
                ? `branch protection on '${branch}' refused the push; use revert mode 'pr' (revert.mode: pr in .github/ci-recovery.yml) ` +
                    'or allow the workflow token to bypass the rule in Settings > Branches (or Rules)'
                : `git push to '${branch}' failed: ${firstLines(message)}`,
        };
    }
}
function firstLines(text) {
    return text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(0, 3)
        .join(' / ');
}
/** The supervisor's git port: each clone in its own directory under `tempDir`, removed by `dispose`. */
function gitPort(tempDir) {
    return {
        cloneDefaultBranch: async (opts) => {
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(tempDir, 'revert-'));
            return gitClone(await cloneDefaultBranch({ ...opts, dir }));
        },
    };
}
function gitClone(repo) {
    return {
        branch: repo.branch,
        commitInfo: (sha) => commitInfo(repo, sha),
        culpritRange: (from, to) => culpritRange(repo, from, to),
        rangeCommits: (from, to) => rangeCommits(repo, from, to),
        revert: (sha) => revertCommit(repo, sha),
        workflowFilesChanged: (from, to) => workflowFilesChanged(repo, from, to),
        push: (branch, opts) => pushHead(repo, branch, opts),
        dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(repo.dir, { recursive: true, force: true }),
    };
}


/***/ })

};
