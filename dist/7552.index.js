export const id = 7552;
export const ids = [7552];
export const modules = {

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* reexport */ config_defaults/* DEFAULT_CONFIG */.PV),
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_FILE, DEFAULT_BUDGETS, DEFAULT_EARLY_FLAKE_DETECTION, DEFAULT_REVERT_CONFIG, MAX_CONFIG_BYTES, MAX_CONFIG_NESTING, PR_RETRIES, camelize, configFromJson, isObject, mergeConfig

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/ci-recovery.schema.json
const ci_recovery_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/ci-recovery/ci-recovery/schema/ci-recovery.schema.json","title":"ci-recovery configuration (.github/ci-recovery.yml)","description":"How ci-recovery decides lanes, which failures it retries, resumes or reverts, its budgets per lane, checkpoints, reverts and the ledger. Every key is optional: what you leave out keeps its default.","type":"object","additionalProperties":false,"definitions":{"failureType":{"type":"string","enum":["test","build","quality-gate","dependency","network","git","timeout","resource","infrastructure","cancelled","config","unknown"]},"lane":{"type":"string","enum":["DOCS","STANDARD","HEAVY"]},"branchKind":{"type":"string","enum":["default","pr","other"]},"strategy":{"type":"string","enum":["retry","resume","skip","rollback","manual"]},"globs":{"type":"array","items":{"type":"string","minLength":1}},"budget":{"type":"object","additionalProperties":false,"properties":{"max-attempts":{"description":"Attempts allowed in total (the first run included) before a person has to look.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Wait before the second attempt; doubles for each later attempt (at most 10 minutes).","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Time limit of one attempt of a run/ step; the whole process tree is killed when it is reached.","type":"number","exclusiveMinimum":0,"maximum":4320},"checkpoint":{"description":"Take a checkpoint of checkpoint.paths before each run/ step in this lane.","type":"boolean"}}}},"properties":{"lanes":{"description":"How the lane of a change is decided. DOCS only if every changed file matches \'docs\'; HEAVY if any file matches \'heavy\', a heavy label is set, or the diff is large; STANDARD otherwise.","type":"object","additionalProperties":false,"properties":{"docs":{"description":"Globs of documentation files (picomatch; a glob without a slash matches the base name anywhere; \'!glob\' excludes). Replaces the default list.","$ref":"#/definitions/globs"},"heavy":{"description":"Globs of files that make a change HEAVY (lockfiles, build and CI config, infra, migrations); \'!glob\' excludes. Replaces the default list.","$ref":"#/definitions/globs"},"heavy-labels":{"description":"PR labels that make a change HEAVY.","type":"array","items":{"type":"string"}},"docs-labels":{"description":"PR labels that make a change DOCS.","type":"array","items":{"type":"string"}},"heavy-diff-lines":{"description":"A diff with more changed lines than this is HEAVY.","type":"integer","minimum":0}}},"policy":{"description":"Rules tried before the defaults, in order; the first whose \'when\' matches decides.","type":"array","items":{"type":"object","additionalProperties":false,"required":["strategy"],"properties":{"name":{"description":"Shown as the deciding rule in outputs, summaries and \'ci-recovery plan\'.","type":"string","minLength":1},"when":{"description":"Conditions; all given must hold. Leave one out to match anything.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Failure type, or a list of them.","anyOf":[{"$ref":"#/definitions/failureType"},{"type":"array","items":{"$ref":"#/definitions/failureType"}}]},"lane":{"description":"Lane, or a list of lanes.","anyOf":[{"$ref":"#/definitions/lane"},{"type":"array","items":{"$ref":"#/definitions/lane"}}]},"branch":{"description":"Branch kind: default, pr or other (or a list).","anyOf":[{"$ref":"#/definitions/branchKind"},{"type":"array","items":{"$ref":"#/definitions/branchKind"}}]},"attempt-below":{"description":"Matches while the failed attempt number is below this.","type":"integer","minimum":1}}},"strategy":{"description":"What to do: retry, resume (from the last checkpoint), skip, rollback (revert PR on the default branch) or manual.","$ref":"#/definitions/strategy"},"reason":{"description":"Why, in words; shown with the decision.","type":"string"},"max-attempts":{"description":"Overrides the lane\'s max-attempts for failures this rule matches.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Overrides the lane\'s backoff-seconds.","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Overrides the lane\'s timeout-minutes.","type":"number","exclusiveMinimum":0,"maximum":4320}}}},"budgets":{"description":"Budgets per lane.","type":"object","additionalProperties":false,"properties":{"DOCS":{"description":"Budget of DOCS changes.","$ref":"#/definitions/budget"},"STANDARD":{"description":"Budget of STANDARD changes.","$ref":"#/definitions/budget"},"HEAVY":{"description":"Budget of HEAVY changes.","$ref":"#/definitions/budget"}}},"checkpoint":{"description":"Checkpoints of the workspace.","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Paths (globs) to checkpoint, relative to the workspace.","$ref":"#/definitions/globs"},"retention-days":{"description":"Days a checkpoint is kept.","type":"integer","minimum":1,"maximum":90},"store":{"description":"\'artifact\' (the run\'s artifacts) or \'dir:PATH\' (a local directory).","type":"string","pattern":"^(artifact|dir:.+)$"},"when":{"description":"Which run/ stages\' checkpoints are taken: \'pays\' (the default) only where a resume from it would skip at least 3 times what the checkpoint costs (timed in the job, or estimated from the paths\' size), \'always\' every one.","type":"string","enum":["pays","always"]},"keyed":{"description":"Paths fully determined by some files (node_modules by package-lock.json), kept once per key in the cache service, as actions/cache keeps them, instead of being packed into every checkpoint.","type":"array","maxItems":20,"items":{"type":"object","additionalProperties":false,"required":["path","hash-files"],"properties":{"path":{"description":"One directory among (or below) checkpoint.paths, relative to the workspace, e.g. node_modules.","type":"string","minLength":1},"hash-files":{"description":"Files (globs, as hashFiles takes them) whose content determines the path, e.g. [package-lock.json]; the key changes when any of them does.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"verify":{"description":"How a checkpoint confirms the workspace\'s path is the published entry before taking it from there: \'stat\' (the default: every entry\'s path, type, mode, size and link target, for an entry this save just published; any other entry is compared by content) or \'content\' (every file\'s sha256 always: it reads the whole path, about a second per GB).","type":"string","enum":["stat","content"]}}}}}},"revert":{"description":"Automatic reverts of commits that broke the default branch.","type":"object","additionalProperties":false,"properties":{"mode":{"description":"\'pr\' opens a draft revert pull request; \'push\' pushes the revert to the default branch.","type":"string","enum":["pr","push"]},"daily-cap":{"description":"At most this many reverts per day; 0 turns reverts off.","type":"integer","minimum":0},"opt-out-marker":{"description":"A commit message containing this is never reverted automatically.","type":"string","minLength":1},"kill-switch-label":{"description":"This label on the pull request, applied by a writer, stops a revert.","type":"string","minLength":1}}},"classify":{"description":"How failures are classified, beyond the shipped rules.","type":"object","additionalProperties":false,"properties":{"rules":{"description":"The team\'s own rules, tried before the shipped ones, in order: the first whose pattern matches a line of the failed step\'s log decides, shown as rule team:<id> with that line as evidence.","type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["pattern","type"],"properties":{"id":{"description":"a short name (letters, digits, \'.\', \'_\', \'-\'), shown as team:<id>; default rule-<n>, the rule\'s place in the list","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"description":{"description":"What the rule is about, in words.","type":"string"},"pattern":{"description":"a regular expression in RE2\'s syntax (no lookaround, no backreferences; linear time) matched against each log line (timestamps, colour codes and ##[error] prefixes removed), e.g. \'SessionNotCreatedException\'","type":"string","minLength":1,"maxLength":500},"ignore-case":{"description":"Match the pattern ignoring case.","type":"boolean"},"type":{"description":"The failure type a match means.","$ref":"#/definitions/failureType"},"retryable":{"description":"Whether a retry may help (a flaky test: true); default true for network, infrastructure, git, timeout and resource.","type":"boolean"},"step":{"description":"a glob (\'e2e*\', case-insensitive) or \'/regex/\' on the step\'s name: only lines of such a step match","type":"string","minLength":1,"maxLength":200},"command":{"description":"a glob (\'npm run e2e*\') or \'/regex/\' on the step\'s command: only lines of such a step match","type":"string","minLength":1,"maxLength":200}}}}}},"ledger":{"description":"Per-branch history kept with the Actions cache (caps, flaky failures).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Keep the ledger.","type":"boolean"}}},"tests":{"description":"Test recovery in run/ steps: re-runs of failed tests alone, quarantine of flaky tests (opt-in).","type":"object","additionalProperties":false,"properties":{"retries":{"description":"Re-runs of a known-flaky failed test alone, inside a run/ step; any other failed test gets one (0 turns re-runs off). A test passing on one is reported flaky. Default 2.","type":"integer","minimum":0,"maximum":10},"max-failures":{"description":"When more tests than this failed in a run/ step, none is re-run (a broken change, not a flake); tests the flaky history knows as flaky do not count. Default 10.","type":"integer","minimum":0,"maximum":10000},"fail-on-passed-after-retry":{"description":"true: a test that failed and then passed on a re-run still fails its run/ step. false (default): the step passes and the test is reported flaky.","type":"boolean"},"quarantine":{"description":"A test the default branch\'s history knows as flaky (at least two same-commit flakes there: failed and passed on one commit), whose failure is a run/ step\'s only failure, does not fail the step (reported as quarantined). Flips across commits never quarantine; a broken test, or one that only failed on the default branch\'s latest commit, is never quarantined.","type":"boolean"},"quarantined":{"description":"Test keys (runner:suite::name[params], as the step\'s outputs print them) quarantined whatever the history says; a test the history calls broken still fails.","type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":2000}},"pr-retries":{"description":"On a pull request, which failed tests run/ re-runs alone: \'retry-once\' (default) re-runs once a test the history does not know flaky (tests.retries times for a known-flaky one); \'known-flaky-only\' re-runs only tests the default branch knows flaky and leaves every other failure red. Tests in files the change added or edited are never re-run either way.","enum":["retry-once","known-flaky-only"]},"early-flake-detection":{"description":"On a pull request, the tests of the test files the change added or edited run a few more times alone after the step; one that both fails and passes is named flaky on arrival (opt-in).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Turn it on (default false).","type":"boolean"},"repeats":{"description":"Extra runs of those tests (default 5).","type":"integer","minimum":1,"maximum":50},"budget-seconds":{"description":"Time the repeats may take in all (default 300); the repeats left are not run past it, and the log says so.","type":"integer","minimum":1,"maximum":3600},"fail-step":{"description":"A test flaky on arrival fails the step (default false: it is named in the outputs, summary and comment).","type":"boolean"}}}}},"supervise":{"description":"Which failed jobs the supervisor may re-run or revert for; the others are left to a person.","type":"object","additionalProperties":false,"properties":{"jobs":{"description":"a list of job name globs the supervisor may act on (default: every job, \'*\')","type":"array","items":{"type":"string","minLength":1}},"exclude-jobs":{"description":"a list of job name globs the supervisor never re-runs or reverts for","type":"array","items":{"type":"string","minLength":1}},"exclude-steps":{"description":"a list of step name globs: a job whose failed step matches is left to a person","type":"array","items":{"type":"string","minLength":1}},"deploy-jobs":{"description":"a list of job name globs of jobs that deploy (default: \'*deploy*\', \'*release*\', \'*publish*\'); jobs with an environment deploy too","type":"array","items":{"type":"string","minLength":1}},"deployments":{"description":"\'manual\' (default): deployments are never re-run or reverted for; \'policy\': like any other job","type":"string","enum":["manual","policy"]},"sweep-window-minutes":{"description":"How far back a sweep looks at completed runs, in minutes: a few times the schedule\'s interval (default 60).","type":"integer","minimum":1,"maximum":10080}}}}}');
// EXTERNAL MODULE: ./src/core/keyed-paths.ts
var keyed_paths = __webpack_require__(84844);
// EXTERNAL MODULE: ./src/core/classify/team-rules.ts
var team_rules = __webpack_require__(6059);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
;// CONCATENATED MODULE: ./src/core/config-schema-errors.ts


/** Problems listed in one error; the rest are counted. */
const MAX_REPORTED_PROBLEMS = 20;
/** Characters of a value or key quoted back in a message. */
const MAX_SHOWN_CHARS = 60;
/** A key or text quoted back in a message, cut to MAX_SHOWN_CHARS. */
function clip(s) {
    return s.length > MAX_SHOWN_CHARS ? `${s.slice(0, MAX_SHOWN_CHARS)}... (${s.length} chars)` : s;
}
/** A value quoted back as JSON; a long string is cut before JSON copies it (a 50 MB value is not echoed). */
function shown(value) {
    if (typeof value === 'string' && value.length > MAX_SHOWN_CHARS)
        return `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}... (${value.length} chars)`;
    return clip(JSON.stringify(value) ?? String(value));
}
const FIX_BY_TYPE = {
    integer: 'a whole number, e.g. 3',
    number: 'a number, e.g. 10',
    boolean: 'true or false',
    string: 'a text value',
    array: 'a list, e.g. [a, b] or one "- item" per line',
    object: 'a mapping of keys ("key: value" on indented lines)',
};
function pathSegments(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function displayPath(segments) {
    let out = '';
    for (const s of segments)
        out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
    return out || 'the top level';
}
/**
 * Finds the nodes errors point at. Each mapping's keys are indexed once, so that thousands of errors in
 * one big mapping cost a lookup each, not a scan of the mapping each (doc.getIn scans).
 */
class Locator {
    doc;
    keys = new Map();
    constructor(doc) {
        this.doc = doc;
    }
    pairOf(map, key) {
        let index = this.keys.get(map);
        if (!index) {
            index = new Map();
            for (const pair of map.items) {
                const k = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
                if (!index.has(k))
                    index.set(k, pair);
            }
            this.keys.set(map, index);
        }
        return index.get(key);
    }
    /** The deepest node on the way to `segments`. */
    nodeAt(segments) {
        let node = this.doc.contents;
        let deepest = (0,dist/* isNode */.Ll)(node) ? node : undefined;
        for (const segment of segments) {
            if ((0,dist/* isMap */.jh)(node))
                node = this.pairOf(node, segment)?.value;
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number')
                node = node.items[segment];
            else
                break;
            if (!(0,dist/* isNode */.Ll)(node))
                break;
            deepest = node;
        }
        return deepest;
    }
    keyNodeAt(segments, key) {
        const map = this.nodeAt(segments);
        if (!(0,dist/* isMap */.jh)(map))
            return map;
        const pair = this.pairOf(map, key);
        return pair && (0,dist/* isNode */.Ll)(pair.key) ? pair.key : map;
    }
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest candidate, if it is close enough to be what was meant. */
function closest(word, candidates) {
    const near = (c) => Math.max(2, Math.floor(c.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        // The lengths alone put it too far: skip the distance (a 50 MB key against 'budgets').
        if (Math.abs(word.length - c.length) > near(c))
            continue;
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best !== undefined && bestDistance <= near(best) ? best : undefined;
}
function quoteList(values) {
    return values.map((v) => String(v)).join(', ');
}
/** Enum values of an `anyOf: [{$ref enum}, {array of $ref enum}]` pair in our schema. */
function anyOfValues(branches) {
    const defs = ci_recovery_schema_namespaceObject.definitions;
    const resolve = (s) => {
        const ref = s?.$ref;
        return ref ? defs[ref.replace('#/definitions/', '')] : s;
    };
    const first = Array.isArray(branches) ? resolve(branches[0]) : undefined;
    return first?.enum ?? [];
}
/**
 * The first MAX_REPORTED_PROBLEMS problems in file order, worded with advice, and how many there are in
 * all. Only those first ones are worded (the advice's closest-name search is the costly part).
 */
function describeErrors(errors, doc, at) {
    const locate = new Locator(doc);
    const anyOfAt = new Map();
    for (const e of errors)
        if (e.keyword === 'anyOf' && !anyOfAt.has(e.instancePath))
            anyOfAt.set(e.instancePath, e);
    const kept = problemErrors(errors);
    const placed = kept
        .map((e) => {
        const segments = pathSegments(e.instancePath);
        const { additionalProperty } = e.params;
        const node = e.keyword === 'additionalProperties'
            ? locate.keyNodeAt(segments, String(additionalProperty))
            : locate.nodeAt(segments);
        return { e, offset: node?.range?.[0] ?? 0 };
    })
        .sort((a, b) => a.offset - b.offset);
    // One problem per place and kind (the two type errors of "X or a list of X" are one).
    const problems = new Set(kept.map((e) => {
        const { additionalProperty, missingProperty } = e.params;
        return `${e.instancePath}\0${e.keyword}\0${additionalProperty ?? missingProperty ?? ''}`;
    }));
    const lines = new Map();
    const seenTypePaths = new Set();
    for (const { e } of placed) {
        if (lines.size >= MAX_REPORTED_PROBLEMS)
            break;
        // The two type errors of "X or a list of X" at one place are said once, from the anyOf.
        const anyOf = e.keyword === 'type' ? anyOfAt.get(e.instancePath) : undefined;
        if (anyOf && seenTypePaths.has(e.instancePath))
            continue;
        if (anyOf)
            seenTypePaths.add(e.instancePath);
        const { segments, node, text } = wordError(e, locate, anyOf, anyOfAt.has(e.instancePath));
        const key = displayPath(segments) + text;
        if (!lines.has(key))
            lines.set(key, { offset: node?.range?.[0] ?? 0, text: `${at(node?.range?.[0] ?? 0)}: ${text}` });
    }
    return {
        lines: [...lines.values()].sort((a, b) => a.offset - b.offset).map((l) => l.text),
        total: Math.max(problems.size, lines.size),
    };
}
/**
 * The errors worth a line: no anyOf wrappers; in "X or a list of X", not the enum branch's complaint about a
 * list value; and no type error where another kind of error sits at its path or below (every path that
 * holds one, with all its ancestors, goes in a set once).
 */
function problemErrors(errors) {
    const concrete = errors.filter((e) => e.keyword !== 'anyOf' && !(e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null));
    const belowOther = new Set();
    for (const o of concrete) {
        if (o.keyword === 'type')
            continue;
        for (let p = o.instancePath; !belowOther.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
            belowOther.add(p);
            if (p === '')
                break;
        }
    }
    return concrete.filter((e) => e.keyword !== 'type' || !belowOther.has(e.instancePath));
}
/** One schema error in words, with advice, and the node it is about. */
function wordError(e, locate, anyOf, inAnyOf) {
    const segments = pathSegments(e.instancePath);
    const where = displayPath(segments);
    const params = e.params;
    const parent = e.parentSchema;
    const at = (text) => ({ segments, node: locate.nodeAt(segments), text });
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(parent?.properties ?? {});
            const guess = closest(key, allowed);
            return {
                segments: [...segments, key],
                node: locate.keyNodeAt(segments, key),
                text: `unknown key '${clip(key)}' ${segments.length ? `in ${where}` : 'at the top level'}; ` +
                    (guess ? `write '${guess}' instead` : `use one of: ${quoteList(allowed)}`),
            };
        }
        case 'enum': {
            const allowed = params.allowedValues ?? [];
            const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
            return at(`${shown(e.data)} is not allowed for ${where}; ` +
                (guess
                    ? `write '${guess}' instead (allowed: ${quoteList(allowed)})`
                    : `write one of: ${quoteList(allowed)}`) +
                (inAnyOf ? ' (or a list of them)' : ''));
        }
        case 'required': {
            const missing = String(params.missingProperty);
            const hint = missing === 'strategy' ? ' followed by one of: retry, resume, skip, rollback, manual' : '';
            return at(`${where} has no '${missing}'; add '${missing}:'${hint}`);
        }
        case 'type': {
            if (anyOf)
                return at(`${where} must be one value or a list of values, got ${shown(e.data)}; write one of: ${quoteList(anyOfValues(anyOf.schema))} (or a list of them)`);
            const expected = String(params.type);
            return at(`${where} must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'an integer' : `a ${expected}`}, got ${shown(e.data)}; write ${FIX_BY_TYPE[expected] ?? expected}`);
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return at(`${where} is out of range, got ${shown(e.data)}; write a value ${String(params.comparison)} ${String(params.limit)}`);
        default:
            return at(`${where} is not valid (${e.message ?? 'rejected by the schema'}), got ${shown(e.data)}; ${parent?.description ? `write ${parent.description}` : 'see schema/ci-recovery.schema.json'}`);
    }
}

;// CONCATENATED MODULE: ./src/core/config.ts
/**
 * `.github/ci-recovery.yml`: parsed with `yaml` (so every error maps back to a line and column),
 * validated against the JSON Schema shipped in `schema/ci-recovery.schema.json`, then turned into the
 * camelCase `Config` used in code, with defaults for whatever the file leaves out. Pure: the text comes in.
 */










let validator;
function validate() {
    // Compiled once per process, in main, on every job: unoptimized code compiles in half the time (16 ms
    // instead of 34 here) and validates a config of a few lines just as well.
    validator ??= new ajv.Ajv({ allErrors: true, verbose: true, strict: false, code: { optimize: false } }).compile(ci_recovery_schema_namespaceObject);
    return validator;
}
/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`. Linear in the size of the text, whatever it
 * holds: at most MAX_REPORTED_PROBLEMS lines, and values and keys are quoted back shortened. The team
 * rules' engine (re2js, 263 KB of code) loads only for a config that has team rules, right before they
 * are checked on it: most configs have none, and their job does not pay for it.
 */
async function parseConfig(text, file = config_defaults/* CONFIG_FILE */.g2) {
    refuseDeepNesting(text, file);
    const lineCounter = new dist/* LineCounter */.HN();
    // yaml's own uniqueKeys check compares each key with every earlier one: quadratic in a map's size.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    const yamlErrors = [
        ...doc.errors.map((e) => ({ offset: e.pos[0], message: yamlMessage(e.code, e.message), code: e.code })),
        ...duplicateKeys(doc),
    ].sort((a, b) => a.offset - b.offset);
    if (yamlErrors.length > 0) {
        throw new errors/* ProblemsError */.FQ(report(yamlErrors
            .slice(0, MAX_REPORTED_PROBLEMS)
            .map((e) => `${at(e.offset)}: invalid YAML: ${e.message}; ${yamlFix(e.code)}`), yamlErrors.length));
    }
    const numbers = nonDecimalNumbers(doc, text);
    if (numbers.length > 0) {
        const lines = numbers
            .slice(0, MAX_REPORTED_PROBLEMS)
            .map(({ offset, source, value }) => `${at(offset)}: '${clip(source)}' is not a decimal number (YAML reads it as ${value}); write it in decimal digits${Number.isFinite(value) ? `, e.g. ${value}` : ''}`);
        throw new errors/* ProblemsError */.FQ(report(lines, numbers.length));
    }
    const value = toJs(doc, file);
    if (value === null || value === undefined)
        return (0,config_defaults/* mergeConfig */.R2)({});
    if (!(0,config_defaults/* isObject */.Gv)(value)) {
        throw new errors/* UserError */.yo(`${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`);
    }
    const check = validate();
    if (!check(value)) {
        const { lines, total } = describeErrors(check.errors ?? [], doc, at);
        throw new errors/* ProblemsError */.FQ(report(lines, total));
    }
    const config = (0,config_defaults/* mergeConfig */.R2)((0,config_defaults/* camelize */.PT)(value));
    checkKeyedPaths(config, doc, at);
    if (config.classify.rules.length === 0)
        return config;
    await (0,team_rules/* loadTeamRuleEngine */.AR)();
    const problems = (0,team_rules/* teamRuleProblems */.AC)(config.classify.rules);
    if (problems.length > 0) {
        const locate = new Locator(doc);
        const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => {
            const node = locate.nodeAt(['classify', 'rules', problem.index, problem.field]);
            return `${at(node?.range?.[0] ?? 0)}: ${teamRuleMessage(problem, config)}`;
        });
        throw new errors/* ProblemsError */.FQ(report(lines, problems.length));
    }
    return config;
}
/**
 * The keyed checkpoint paths (keyed-paths.ts): each a plain directory among checkpoint.paths,
 * once; refused with the place and the fix, else kept in normal form.
 */
function checkKeyedPaths(config, doc, at) {
    const keyed = config.checkpoint.keyed;
    if (!keyed)
        return;
    const problems = (0,keyed_paths/* keyedPathProblems */.A)(keyed, config.checkpoint.paths);
    if (problems.length > 0) {
        const locate = new Locator(doc);
        const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => {
            const node = locate.nodeAt(['checkpoint', 'keyed', p.index, p.field]);
            return `${at(node?.range?.[0] ?? 0)}: ${p.message}`;
        });
        throw new errors/* ProblemsError */.FQ(report(lines, problems.length));
    }
    config.checkpoint.keyed = (0,keyed_paths/* normalKeyedPaths */.M)(keyed);
}
/** A number as the config takes it: decimal digits, a minus sign and a decimal point at most. */
const DECIMAL_SOURCE = /^-?[0-9]+(?:\.[0-9]+)?$/;
/**
 * Plain scalars YAML reads as numbers though they are not written in decimal: `0x10` (16), `0o17`, `1e1`
 * (10), `1e400` and `.inf` (Infinity), `+5`. As with inputs (core/numbers.ts), a number that does not look
 * like one is a mistake to name, not a value to guess.
 */
function nonDecimalNumbers(doc, text) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Scalar(_, node) {
            if (typeof node.value !== 'number' || !node.range)
                return;
            const source = text.slice(node.range[0], node.range[1]).trim();
            if (!DECIMAL_SOURCE.test(source))
                found.push({ offset: node.range[0], source, value: node.value });
        },
    });
    return found;
}
/** A team rule's problem in words: the rule (place and id), the field, why, and what to write. */
function teamRuleMessage(problem, config) {
    const { index, field, message, unsupported } = problem;
    const rule = config.classify.rules[index];
    const where = `classify.rules[${index}] ('${rule ? clip((0,team_rules/* teamRuleId */.LK)(rule, index)) : index + 1}')`;
    if (field === 'id')
        return `${where}: ${message}; give each rule its own id`;
    if (unsupported && (field === 'pattern' || field === 'step' || field === 'command'))
        return `${where}: ${field} ${shown(rule?.[field])} needs what team rules cannot run in time linear in the line (${clip(message)}): they run on RE2, which has no lookaround ('(?=', '(?!', '(?<=') and no backreferences ('\\1'); match the text itself instead, e.g. 'foo bar' rather than 'foo(?= bar)'`;
    if (field === 'retryable')
        return `${where}: retryable: false cannot hold, ${message}; to keep it from retries give it a type that is not retried (config, dependency, build, ...) or add a policy rule for its type`;
    const fix = field === 'pattern'
        ? "write a regular expression in RE2's syntax (JavaScript's, without lookaround, backreferences or '\\u'; '\\x{41}' for a code point); escape ( ) [ ] { } + * ? . with a backslash to match them as they are, e.g. 'Timeout \\(30s\\)'"
        : "write a glob ('e2e*') or a regular expression between slashes ('/^e2e/')";
    return `${where}: ${field} ${shown(rule?.[field])} is not a valid regular expression (${clip(message)}); ${fix}`;
}
/** Deeper than any real config nests: past this the parser would recurse into a stack overflow. */
const MAX_CONFIG_NESTING = 64;
/**
 * Refuses, in one linear pass before parsing, a text whose brackets or indentation nest deeper than any
 * config needs (YAML nested 20,000 deep overflows the parser's stack, after seconds).
 */
function refuseDeepNesting(text, file) {
    let depth = 0;
    let line = 1;
    let lineStart = 0;
    let indenting = true;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
            indenting = true;
            continue;
        }
        if (c === 91 || c === 123)
            depth++;
        else if ((c === 93 || c === 125) && depth > 0)
            depth--;
        // Two columns of indentation a level: a line indented past this nests too deep too.
        let tooIndented = false;
        if (indenting && c !== 32) {
            indenting = false;
            tooIndented = i - lineStart > 2 * MAX_CONFIG_NESTING;
        }
        if (depth > MAX_CONFIG_NESTING || tooIndented)
            throw new errors/* UserError */.yo(`${file}:${line}: the YAML nests deeper than ${MAX_CONFIG_NESTING} levels; a config needs a few: write the sections of schema/ci-recovery.schema.json flat`);
    }
}
/** The document as plain data; an alias that expands too far (a "billion laughs") is refused by name. */
function toJs(doc, file) {
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file}: the YAML's aliases (*name) expand too far (${error instanceof Error ? error.message : String(error)}); write the values out instead of nesting aliases of aliases`);
    }
}
/** The first problems' lines, and how many more there are of `total`. */
function report(lines, total) {
    return [...lines, ...(total > lines.length ? [`... and ${total - lines.length} more problem(s)`] : [])];
}
/** A key that appears twice in one mapping, found with one set per mapping. */
function duplicateKeys(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                if (seen.has(pair.key.value))
                    found.push({
                        offset: pair.key.range?.[0] ?? 0,
                        message: `Map keys must be unique (${shown(pair.key.value)} again)`,
                        code: 'DUPLICATE_KEY',
                    });
                seen.add(pair.key.value);
            }
        },
    });
    return found;
}
/**
 * The YAML parser's message without the position it appends (the caller says where), in the user's terms
 * where the parser speaks of its own API ("please use YAML.parseAllDocuments()").
 */
function yamlMessage(code, message) {
    if (code === 'MULTIPLE_DOCS')
        return "a second YAML document starts here (a '---' line)";
    return (0,core_text/* firstLine */.TM)(message).replace(/ at line \d+, column \d+:?$/, '');
}
function yamlFix(code) {
    if (code === 'DUPLICATE_KEY')
        return 'keep one of the two keys';
    if (code === 'MULTIPLE_DOCS')
        return "the config is one YAML document: remove this '---' line and put the settings after it in the first document";
    if (code === 'TAB_AS_INDENT')
        return 'indent with spaces, not tabs';
    if (code.includes('INDENT'))
        return 'indent nested keys consistently with spaces';
    if (code.includes('QUOTE') || code.includes('SCALAR'))
        return 'quote the value or close the quote';
    return 'fix the YAML syntax (indentation, a missing colon, or an unclosed bracket or quote)';
}


/***/ })

};
