export const id = 8943;
export const ids = [8943,4744];
export const modules = {

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23759);
/* harmony import */ var _runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64984);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_test_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71018);
/* harmony import */ var _core_test_history_read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42363);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32721);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(73054);
/* harmony import */ var _core_test_identity_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(36630);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41695);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(35525);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(95377);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(72020);















const HELP = `usage: ci-recovery plan (<log> | --type T) --lane L --branch-kind K --attempt N [options]

Shows what ci-recovery would do with a failure: the strategy, the budget, and which rule of the policy
decided and why. With a log file (plain or .gz) the failure is classified first, and the failed tests its
runner's output names are shown (with --test-history, what the history knows of each).

  --type T              failure type instead of a log: ${_core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .FAILURE_TYPES */ .fs.join(', ')}
  --lane L              ${_core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .LANES */ .Ci.join(', ')} (default STANDARD)
  --branch-kind K       ${_core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .BRANCH_KINDS */ .$z.join(', ')} (default pr)
  --attempt N           the attempt that failed, 1 for the first run (default 1)
  --flaky               history says this failure passed on a re-run of the same commit
  --confirmed           the failure came back on a confirming re-run
  --parent-green        the previous commit of the branch was green
  --failed-test KEY...  the failed tests (runner:file::name[params], as the summary names them)
  --test-report FILE... JUnit XML reports whose failed tests are added to those
  --test-runner R       the runner that wrote the reports, for their tests' keys (default junit)
  --test-history FILE   a flaky-test history (test-history.json): what it knows of each failed test, and
                        whether they are all known flaky (then the job is retried once, on a PR too)
  --config FILE         config file (default .github/ci-recovery.yml in the current directory, if any)
  --json                machine-readable result on stdout

examples:
  ci-recovery plan build.log --lane STANDARD --branch-kind pr --attempt 1
  ci-recovery plan --type network --attempt 2 --json
  ci-recovery plan --type test --failed-test 'pytest:tests/test_api.py::test_login' --test-history test-history.json
  ci-recovery plan test.log --test-report junit.xml --test-runner pytest --test-history test-history.json`;
function oneOf(flag, value, allowed) {
    if (!allowed.includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--${flag} '${value}' is not valid; write one of: ${allowed.join(', ')}`);
    }
    return value;
}
const FLAGS = {
    type: 'string',
    lane: 'string',
    'branch-kind': 'string',
    attempt: 'string',
    flaky: 'bool',
    confirmed: 'bool',
    'parent-green': 'bool',
    'failed-test': 'list',
    'test-history': 'string',
    'test-report': 'list',
    'test-runner': 'string',
    config: 'string',
    json: 'bool',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    async run(argv) {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_13__/* .wantsHelp */ .l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const { flags, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parseArgs */ .Zy)('plan', argv, FLAGS, { positionals: true });
        const typeText = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'type');
        const [log, ...extra] = positionals;
        if (extra.length > 0 || (log === undefined) === (typeText === undefined)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb("give either a log file or --type, not both or neither; see 'ci-recovery plan --help'");
        }
        const where = failedWhere(flags);
        const { config, file } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(process.cwd(), (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'config'));
        // The config's team rules rank first, as in the action.
        const verdict = log !== undefined
            ? await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyLog */ .PU)(log, {}, { teamRules: config.classify.rules, tests: true })
            : undefined;
        const classification = verdict?.classification;
        const type = classification?.type ?? oneOf('type', typeText ?? '', _core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .FAILURE_TYPES */ .fs);
        const reports = flags['test-report'] ?? [];
        const runner = (0,_tests_js__WEBPACK_IMPORTED_MODULE_9__/* .testRunnerFlag */ .Bw)((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'test-runner'));
        const found = [...(verdict?.failedTests ?? []), ...(await (0,_tests_js__WEBPACK_IMPORTED_MODULE_9__/* .failedInReports */ .Sx)(reports, runner))];
        const tests = await failedTests(flags, found);
        const input = {
            type,
            ...(classification
                ? { confidence: classification.confidence, retryable: classification.retryable }
                : {}),
            ...where,
            ...(tests.flakyTests ? { flaky: true, flakyTests: tests.flakyTests } : {}),
        };
        const decision = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .decide */ .LD)(input, config);
        const recovered = verdict?.recovered;
        if (flags.json === true) {
            const result = {
                ...(classification ? { classification } : {}),
                ...(recovered ? { recovered } : {}),
                ...(tests.known.length > 0 ? { tests: tests.known } : {}),
                input,
                config: file ?? null,
                decision,
            };
            process.stdout.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)(result, 2) + '\n');
            return 0;
        }
        const explained = explain(input, classification, file, decision);
        const lines = [...(recovered ? passedLines(explained, recovered) : explained), ...testLines(tests)];
        // One fact a line: flags, file names and test names inside a line never break it.
        process.stdout.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(lines.map(_core_text_js__WEBPACK_IMPORTED_MODULE_11__/* .inert */ .tJ).join('\n')) + '\n');
        return 0;
    },
});
/** Where the failure happened, from the flags: lane, branch kind, attempt, and what history says. */
function failedWhere(flags) {
    const attempt = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .int */ .Wh)(flags, 'attempt', { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
    const lane = oneOf('lane', ((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'lane') ?? 'STANDARD').toUpperCase(), _core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .LANES */ .Ci);
    const branchKind = oneOf('branch-kind', (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'branch-kind') ?? 'pr', _core_types_js__WEBPACK_IMPORTED_MODULE_12__/* .BRANCH_KINDS */ .$z);
    return {
        lane,
        branchKind,
        attempt,
        ...(flags.flaky === true ? { flaky: true } : {}),
        ...(typeof flags.confirmed === 'boolean' ? { confirmedOnRerun: flags.confirmed } : {}),
        ...(typeof flags['parent-green'] === 'boolean' ? { parentGreen: flags['parent-green'] } : {}),
    };
}
/**
 * The failed tests the flags name and those `found` in the log and the reports, each once, with what the
 * history file knows of each.
 */
async function failedTests(flags, found) {
    const named = flags['failed-test'] ?? [];
    const keys = [...new Set([...named, ...found.map(_core_test_identity_js__WEBPACK_IMPORTED_MODULE_14__/* .testKey */ .S8)])];
    const file = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'test-history');
    if (file === undefined)
        return { known: keys.map((key) => ({ key, knowledge: null })), history: false };
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(file, 'utf8').catch((error) => {
        if (jobHistoryNotYetLeft(file, error))
            return undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`--test-history: cannot read ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    });
    if (text === undefined) {
        process.stderr.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_11__/* .inert */ .tJ)(`ci-recovery plan: ${file}: no flaky-test history in this job yet (a ci-recovery/run step leaves it once its test fails): the failed tests are shown without it.`)) + '\n');
        return { known: keys.map((key) => ({ key, knowledge: null })), history: false };
    }
    const { history, problem } = (0,_core_test_history_read_js__WEBPACK_IMPORTED_MODULE_7__/* .parseTestHistory */ .ie)(text, '');
    if (problem)
        process.stderr.write((0,_runner_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_11__/* .inert */ .tJ)(`ci-recovery plan: ${file}: ${problem}`)) + '\n');
    const view = (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_6__.testHistoryView)(history);
    const known = keys.map((key) => ({ key, knowledge: view(key) ?? null }));
    // As post decides (core/test-history.ts onlyKnownFlaky): every failed test flaky, none broken, none keyed by
    // its title alone (a title key's flakes may be another job's test's: test-identity.ts `titleKeyed`).
    const allFlaky = known.length > 0 &&
        known.every(({ key, knowledge: k }) => k?.flaky === true && !k.broken && !/^[^:]*:::/.test(key));
    return { known, history: true, ...(allFlaky ? { flakyTests: keys } : {}) };
}
/**
 * The job's own history file (`$RUNNER_TEMP/ci-recovery/test-history.json`), absent: main no longer leaves
 * it, a `run/` step does once its test fails. A plain step's `plan --test-history` on it (as this CLI's
 * docs long said) goes on without it instead of failing the step.
 */
function jobHistoryNotYetLeft(file, error) {
    const temp = process.env.RUNNER_TEMP;
    return (error?.code === 'ENOENT' &&
        temp !== undefined &&
        temp !== '' &&
        node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(file) === node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(temp, ..._core_test_history_js__WEBPACK_IMPORTED_MODULE_6__.TEST_HISTORY_VIEW_FILE.split('/')));
}
function testLines({ known, history }) {
    return known.map(({ key, knowledge: k }) => {
        if (!k)
            return `test:     ${key}: ${history ? 'not in the history' : 'failed (give --test-history to see whether it is known flaky)'}`;
        const state = k.broken ? 'broken' : k.flaky ? 'flaky' : 'not flaky';
        const seen = k.firstSeen && k.lastSeen ? `, first seen ${k.firstSeen}, last seen ${k.lastSeen}` : '';
        return `test:     ${key}: ${state}, ${k.flips} flip(s) in its window${seen}`;
    });
}
/**
 * A log run/ turned green: the failure and what the policy would say of it alone stay, but what comes next
 * is nothing (the step passed).
 */
function passedLines(lines, recovered) {
    return [
        ...lines.filter((l) => !/^(strategy|rule|reason):/.test(l)),
        `passed:   line ${recovered.line}: ${recovered.text}`,
        'strategy: none: ci-recovery turned this step green (the failure above passed on its re-run); nothing to fix',
        `policy:   for this failure alone, ${lines.find((l) => l.startsWith('strategy:'))?.slice(10) ?? '?'} (${lines.find((l) => l.startsWith('rule:'))?.slice(10) ?? '?'})`,
    ];
}
/** The decision in words, one line per fact. */
function explain(input, classification, file, decision) {
    const lines = [];
    if (classification) {
        lines.push(`failure:  ${classification.type} (rule ${classification.rule}, ${classification.confidence} confidence)`);
        if (classification.evidence)
            lines.push(`evidence: line ${classification.evidence.line}: ${classification.evidence.text}`);
    }
    else {
        lines.push(`failure:  ${input.type}`);
    }
    lines.push(`context:  lane ${input.lane}, branch kind ${input.branchKind}, attempt ${input.attempt}${file ? `, config ${file}` : ', default config'}`, `strategy: ${decision.strategy}`, `rule:     ${decision.rule}`, `reason:   ${decision.reason}`, `budget:   ${decision.maxAttempts} attempt(s), backoff ${decision.backoffSeconds} s, time limit ${decision.timeoutMinutes} min per attempt; the whole step retried inside it: ${decision.retryInStep ? 'yes' : 'no'}`);
    // run/ re-runs failed tests alone before any strategy (test-recovery/core/plan.ts): the strategy is for those still failing.
    if (input.type === 'test')
        lines.push('tests:    a run/ step first re-runs each failed test alone inside the step (tests.retries; none past tests.max-failures or in a file the change edited); the strategy is for the tests that still fail');
    return lines;
}


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports DETERMINISTIC_TYPES, ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */

/** Types that never retry blindly: the change itself is the likely cause. */
const DETERMINISTIC_TYPES = [
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
];
const BRANCH_WORDS = {
    default: 'the default branch',
    pr: 'a pull request',
    other: 'a non-default branch',
};
function asList(value) {
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
/** Does a config rule's `when` match? Missing conditions match anything. */
function ruleMatches(rule, input) {
    const { when } = rule;
    const types = asList(when.type);
    const lanes = asList(when.lane);
    const branches = asList(when.branch);
    return ((!types || types.includes(input.type)) &&
        (!lanes || lanes.includes(input.lane)) &&
        (!branches || branches.includes(input.branchKind)) &&
        (when.attemptBelow === undefined || input.attempt < when.attemptBelow));
}
function ruleId(rule, index) {
    return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}
function defaultVerdict(input, budget) {
    const { type } = input;
    if (type === 'cancelled') {
        return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
    }
    if (type === 'unknown') {
        return {
            strategy: 'manual',
            rule: 'unknown-manual',
            reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
        };
    }
    return classifierWord(input) ?? transientVerdict(input, budget) ?? deterministicVerdict(input);
}
/**
 * A deterministic failure that the rule typing it calls retryable (a team rule's known flaky failure) is
 * retried once. Only team rules say so; the shipped ones keep the type's default.
 */
function classifierWord(input) {
    const { type, retryable, attempt } = input;
    if (retryable !== true || !DETERMINISTIC_TYPES.includes(type))
        return undefined;
    return {
        strategy: 'retry',
        rule: 'classified-retryable-retry-once',
        reason: `the rule that typed this ${type} failure says a retry may help (a known flaky failure): retry once`,
        attemptCap: attempt + 1,
    };
}
/** Failures of the machine or the network, which a retry may cure; undefined for any other type. */
function transientVerdict(input, budget) {
    const { type, lane } = input;
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'network-not-transient',
            reason: 'the network failure is one a retry meets again (a certificate the client refused: a CA the runner lacks, an intercepting proxy, an expired certificate)',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        // The machine went away (every infrastructure rule says so): a new attempt of the job runs on another
        // machine, which waiting does not bring sooner. Inside a step (a Docker daemon not up yet), time may cure it.
        const noWait = type === 'infrastructure' && !input.inStep ? { noWait: true } : {};
        if (input.confidence === 'low') {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
                ...noWait,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
            ...noWait,
        };
    }
    if (type === 'resource' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'resource-not-transient',
            reason: "the limit is the job's own (a ulimit it set, its container's settings), not the machine's: a retry would hit it alike",
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
            noWait: true,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
                noWait: true,
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
                noWait: true,
            };
    }
    return undefined;
}
/** A deterministic failure: the change is the likely cause. */
function deterministicVerdict(input) {
    const { type, branchKind, attempt } = input;
    if (input.flaky && input.flakyTests?.length) {
        const n = input.flakyTests.length;
        return {
            strategy: 'retry',
            rule: 'flaky-tests-retry-once',
            reason: `${n === 1 ? 'the only failed test is' : `all ${n} failed tests are`} known flaky (the test history saw ${n === 1 ? 'it' : 'them'} fail and pass with no change to ${n === 1 ? 'its' : 'their'} file): retry once, at once`,
            // One re-run: a known flake that fails twice running is worth a person's look.
            attemptCap: 2,
            noWait: true,
        };
    }
    if (input.flaky) {
        return {
            strategy: 'retry',
            rule: 'flaky-retry-once',
            reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (branchKind === 'pr') {
        return {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
        };
    }
    if (branchKind === 'other') {
        return {
            strategy: 'manual',
            rule: 'deterministic-manual',
            reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
        };
    }
    return defaultBranchVerdict(input);
}
/**
 * The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
 * type needs a re-run that saw the same failure, not merely a later attempt.
 */
function defaultBranchVerdict(input) {
    const { type, attempt } = input;
    const unsure = input.confidence === 'low';
    const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (input.parentGreen === true) {
        return {
            strategy: 'rollback',
            rule: 'deterministic-default-rollback',
            reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
        };
    }
    return {
        strategy: 'manual',
        rule: 'deterministic-default-manual',
        reason: input.parentGreen === false
            ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
            : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
    };
}
function decide(input, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV) {
    const laneBudget = config.budgets[input.lane];
    let verdict;
    let budget = laneBudget;
    for (const [index, rule] of config.policy.entries()) {
        if (!ruleMatches(rule, input))
            continue;
        budget = {
            ...laneBudget,
            ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
            ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
            ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
        };
        verdict = {
            strategy: rule.strategy,
            rule: ruleId(rule, index),
            reason: rule.reason ??
                `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
        };
        break;
    }
    verdict ??= defaultVerdict(input, laneBudget);
    const maxAttempts = Math.max(1, Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER));
    const backoffSeconds = waitsBeforeNext(verdict, budget, input.lane) ? budget.backoffSeconds : 0;
    const base = { maxAttempts, backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
    const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
    const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
    if (again && spent >= maxAttempts) {
        return {
            ...base,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
            retryInStep: false,
        };
    }
    const { strategy, rule, reason } = verdict;
    return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}
/**
 * A wait helps only when time can cure the cause (a network blip, a service outage). Where it cannot, the
 * lane's default backoff is skipped; a backoff the user set (step input, budget or policy rule) still holds.
 */
function waitsBeforeNext(verdict, budget, lane) {
    return !verdict.noWait || budget.backoffSeconds !== _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUDGETS */ .Dm[lane].backoffSeconds;
}
/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
function backoffMs(decision, next) {
    if (decision.backoffSeconds <= 0)
        return 0;
    return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}
function describe(input) {
    return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}


/***/ }),

/***/ 42363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ testOutcomesOf),
/* harmony export */   VB: () => (/* binding */ serializeTestHistory),
/* harmony export */   ie: () => (/* binding */ parseTestHistory)
/* harmony export */ });
/* unused harmony export MAX_HISTORY_CHARS */
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36630);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71018);
/**
 * What other jobs wrote about tests, read without trusting it: the flaky-test history's stored form (a JSON
 * document a pull request's run may have written) and a step record's test outcomes. Never throws; anything
 * odd is dropped and the bounds hold. Pure.
 */


/** A stored history larger than this is not read (the cap keeps a hostile entry from costing the job). */
const MAX_HISTORY_CHARS = 8_000_000;
/**
 * The stored form, never over what `parseTestHistory` reads: a full history (2,000 tests x 20 observations,
 * each naming its branch) of a long branch name outgrows MAX_HISTORY_CHARS, and the next job would start
 * a new one. Whole tests are dropped, the one seen longest ago first (as `bounded` drops them): a test kept
 * keeps its whole window, in which its flips are counted.
 */
function serializeTestHistory(history) {
    const text = `${JSON.stringify(history)}\n`;
    if (text.length <= MAX_HISTORY_CHARS)
        return text;
    let over = text.length - MAX_HISTORY_CHARS;
    const dropped = new Set();
    for (const i of (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.evictionOrder)(history.tests)) {
        if (over <= 0)
            break;
        dropped.add(i);
        // The test's text and its comma.
        over -= JSON.stringify(history.tests[i]).length + 1;
    }
    return `${JSON.stringify({ ...history, tests: history.tests.filter((_, i) => !dropped.has(i)) })}\n`;
}
const OUTCOMES = ['passed', 'failed', 'flaky'];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const shortString = (v) => typeof v === 'string' && v.length > 0 && v.length <= _test_history_js__WEBPACK_IMPORTED_MODULE_0__.MAX_FIELD;
const count = (v) => Number.isSafeInteger(v) && v >= 0;
/**
 * One stored observation; `branch` labels one an old document kept without its branch. A missing or empty
 * commit is kept as unknown (''): it still counts in the test's story, never as flake evidence.
 */
function observationOf(v, branch) {
    if (!isObject(v))
        return undefined;
    const { sha, runId, attempt, outcome, at, fileDigest, changed, passedInStep } = v;
    if (!(shortString(sha) || sha === undefined || sha === '') || !count(runId) || !count(attempt))
        return undefined;
    if (typeof outcome !== 'string' || !OUTCOMES.includes(outcome))
        return undefined;
    if (typeof at !== 'string' || !ISO_TIME.test(at))
        return undefined;
    const seenOn = shortString(v.branch) ? v.branch : branch;
    return {
        sha: sha ?? '',
        ...(seenOn ? { branch: seenOn } : {}),
        runId,
        attempt,
        outcome: outcome,
        at,
        ...(shortString(fileDigest) ? { fileDigest } : {}),
        ...(changed === true ? { changed: true } : {}),
        ...(passedInStep === true && outcome === 'flaky' ? { passedInStep: true } : {}),
    };
}
/**
 * A stored history, read without trusting it (a pull request's run may have written its branch's entry).
 * Never throws: a missing, corrupt, oversized or future-version document gives an empty history and a
 * `problem` to say; malformed tests and observations are dropped one by one; the bounds hold.
 */
function parseTestHistory(text, branch, bounds = {}) {
    const empty = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.emptyTestHistory)(branch);
    if (text === undefined || text.trim() === '')
        return { history: empty };
    if (text.length > MAX_HISTORY_CHARS)
        return {
            history: empty,
            problem: `test history is over ${MAX_HISTORY_CHARS} characters: starting a new one`,
        };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // the problem is returned and told: a new history starts
        return { history: empty, problem: 'test history is not valid JSON: starting a new one' };
    }
    if (!isObject(value) || value.version !== _test_history_js__WEBPACK_IMPORTED_MODULE_0__.TEST_HISTORY_VERSION || !Array.isArray(value.tests))
        return { history: empty, problem: 'test history has an unknown format or version: starting a new one' };
    const tests = [];
    const seen = new Set();
    let dropped = 0;
    // Read without a branch (a step's view of the job's history): the document's own names are kept.
    const own = branch || (shortString(value.branch) ? value.branch : '');
    const base = shortString(value.base) ? value.base : undefined;
    for (const t of value.tests) {
        const raw = isObject(t) && Array.isArray(t.observations) ? t.observations : undefined;
        if (!isObject(t) || !shortString(t.key) || !raw || seen.has(t.key)) {
            dropped++;
            continue;
        }
        const observations = raw
            .map((o) => observationOf(o, own))
            .filter((o) => o !== undefined);
        dropped += raw.length - observations.length;
        seen.add(t.key);
        tests.push({ key: t.key, observations });
    }
    const history = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.bounded)({ version: _test_history_js__WEBPACK_IMPORTED_MODULE_0__.TEST_HISTORY_VERSION, branch: own, ...(base ? { base } : {}), tests }, bounds);
    return {
        history,
        ...(dropped > 0 ? { problem: `test history: dropped ${dropped} malformed record(s)` } : {}),
    };
}
/** Outcomes post may trust from a step record (written by `run/`, in RUNNER_TEMP): anything odd is dropped. */
function testOutcomesOf(value) {
    if (!Array.isArray(value))
        return [];
    const outcomes = [];
    for (const v of value.slice(0, 10_000)) {
        if (!isObject(v) || !isObject(v.id) || typeof v.outcome !== 'string' || !OUTCOMES.includes(v.outcome))
            continue;
        const { runner, suite, name, params } = v.id;
        // mocha's console names no file: its test is keyed by its full title (suite ''), as its re-run selects
        // and keys it. Kept, a shared one too (`sharedName`: assess must see its failure; recordTestOutcomes and
        // onlyKnownFlaky skip it); node's console key without a file is still dropped.
        const titleOnly = suite === '' && runner === 'mocha';
        if (!_test_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_RUNNERS */ .Ln.includes(runner) ||
            !(shortString(suite) || titleOnly) ||
            !shortString(name))
            continue;
        if (params !== undefined && (typeof params !== 'string' || params.length > _test_history_js__WEBPACK_IMPORTED_MODULE_0__.MAX_FIELD))
            continue;
        outcomes.push({
            id: {
                runner: runner,
                suite,
                name,
                ...(params !== undefined ? { params } : {}),
            },
            outcome: v.outcome,
            retries: count(v.retries) ? v.retries : 0,
            ...(v.changed === true ? { changed: true } : {}),
            ...(v.quarantined === true ? { quarantined: true } : {}),
            ...(v.arrival === true ? { arrival: true } : {}),
            ...(v.sharedName === true ? { sharedName: true } : {}),
            ...(v.passedInStep === true && v.outcome === 'flaky' ? { passedInStep: true } : {}),
            ...(v.failedAgain === true && v.outcome === 'failed' && typeof v.retries === 'number' && v.retries > 0
                ? { failedAgain: true }
                : {}),
        });
    }
    return outcomes;
}


/***/ })

};
