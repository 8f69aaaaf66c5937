export const id = 9838;
export const ids = [9838];
export const modules = {

/***/ 31637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ isBoilerplate),
/* harmony export */   nU: () => (/* binding */ stripLine),
/* harmony export */   oY: () => (/* binding */ normalizeLine),
/* harmony export */   pk: () => (/* binding */ stripLineCut),
/* harmony export */   yL: () => (/* binding */ MAX_LINE_CHARS)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Prefixes that CI systems put before the text a tool printed. Stripped so rules see the tool's own line:
 * `gh run view --log` job/step columns, GitHub `2024-01-01T00:00:00.0000000Z `, Taskcluster
 * `[task 2024-...Z] ` / `[taskcluster 2024-... ]`, mozharness `12:00:00     INFO - `, Jenkins timestamper
 * `[2024-01-01T00:00:00.000Z] ` / `00:00:01.234 `, the `#=MATCH=# ` marker of pytorch/test-infra fixtures, and
 * BuildKit's plain progress `#8 1.234 ` before each line a RUN instruction printed (moby/buildkit
 * util/progress/progressui/printer.go '#%d %s' with display.go's seconds, 1 to 3 decimals): a tool failing
 * inside `docker build` says what failed in its own words. After the build, buildx repeats the failed step's
 * last lines in an error summary (util/progress/progressui/display.go printErrorLogs @ 73ed6825: `------`,
 * ` > [build 4/6] RUN npm ci:`, then each line as `%s %s` with the seconds alone, 3 decimals under 10 s, 2
 * under 100 s, else 1, so `12.34 npm ERR! code ETIMEDOUT`), and that summary may be all a log shows. Only those
 * exact precisions are taken, so `1.5 MB` or `0.12s` stay. Ant's task column (apache/ant
 * src/main/org/apache/tools/ant/DefaultLogger.java: `[task] ` right-aligned in a 12-character column, so
 * `    [javac] Foo.java:3: error: ...`; Gradle's `[ant:checkstyle] `; maven-antrun and maven-ant-tasks print
 * the same column): javac, junit or checkstyle run by Ant print their lines after it. Only Ant's task names, and
 * not `[checkstyle] `, which rule lint-other reads: sbt's `[info] `/`[error] ` and Maven's `[INFO] `/`[ERROR] `
 * levels stay, rules read them (junit-summary, checkstyle-violation, success-maven).
 */
const PREFIXES = [
    /^#=MATCH=# ?/,
    /^[^\t\n]{0,200}\t[^\t\n]{0,200}\t(?=\uFEFF?\d{4}-\d\d-\d\dT)/,
    /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/,
    /^\[(?:task|taskcluster|vcs|setup|fetches)(?:[: ][^\]]{0,40})?\] ?/,
    /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?Z?\] ?/,
    /^\d\d:\d\d:\d\d(?:\.\d+)? +(?:(?:INFO|WARNING|ERROR|CRITICAL|FATAL|DEBUG) +- +)?/,
    /^#\d+ \d+\.\d{1,3} /,
    /^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /,
    /^\s*\[(?:(?:ant|artifact|ivy|jacoco):[\w-]+|javac|junit|junitreport|java|exec|apply|echo|copy|move|mkdir|delete|jar|war|ear|zip|unzip|tar|untar|get|javadoc|native2ascii|scalac|groovyc|kotlinc|pmd|findbugs|spotbugs|cobertura|testng|xslt|rmic|sshexec|antcall|subant|concat|sql)\] /,
];
/**
 * What a line needs for each of PREFIXES to match, in the same order, checked before the regex runs: most lines
 * have none, and the tab-column prefix would otherwise backtrack over 200 characters of every line.
 */
const PREFIX_GUARDS = [
    (line) => line.startsWith('#'),
    (line) => line.includes('\t'),
    (line) => startsWithDigit(line) || line.startsWith('\uFEFF'),
    (line) => line.startsWith('['),
    (line) => line.startsWith('['),
    startsWithDigit,
    (line) => line.startsWith('#'),
    (line) => startsWithDigit(line) && BUILDKIT_ERROR_LOG.test(line),
    (line) => line.includes('] ') && ANT_TASK_START.test(line),
];
/** The head of a line in BuildKit's error summary: seconds with display.go's precision, then a space. */
const BUILDKIT_ERROR_LOG = /^(?:\d\.\d{3}|\d\d\.\d\d|\d{3,}\.\d) /;
/** A line starting (after spaces) with a lowercase bracketed word: the cheap check before Ant's task column. */
const ANT_TASK_START = /^\s*\[[a-z]/;
function startsWithDigit(line) {
    const c = line.charCodeAt(0);
    return c >= 48 && c <= 57;
}
/**
 * Runner boilerplate that follows every failure and so decides nothing: the exit status lines of the
 * GitHub runner, Travis, Jenkins and Taskcluster.
 */
const BOILERPLATE = /^(?:##\[error\])?(?:Process completed with exit code \d+|Error: Process completed with exit code \d+|Done\. Your build exited with \d+|Build step '[^']*' marked build as failure|Finished: (?:FAILURE|ABORTED|UNSTABLE))\.?$/;
/** Longest line text kept for matching and evidence; the head of a longer line is what tells. */
const MAX_LINE_CHARS = 2000;
/**
 * The text a rule sees for one raw log line: ANSI codes, CR-overwritten progress, CI timestamp prefixes and
 * `##[error]`-style annotations removed. Returns '' for blank lines and runner boilerplate.
 */
function normalizeLine(raw) {
    const line = stripLine(raw);
    return isBoilerplate(line) ? '' : line;
}
/** Runner exit-status boilerplate: it decides nothing, but it ends a step (`Process completed with exit code 1`). */
function isBoilerplate(line) {
    return BOILERPLATE.test(line);
}
/** A line with colour codes, CR-overwritten progress and CI prefixes removed, boilerplate kept. */
function stripLine(raw) {
    return stripLineCut(raw).text;
}
/**
 * stripLine's text, and whether it is a stretch of `raw` (a cut: nothing taken out of its middle, nothing
 * replaced). Then any text it holds, the raw line's bytes hold too, where the keyword automaton finds it: the
 * scanner's exact guards rely on it.
 */
function stripLineCut(raw) {
    let line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    let cut = true;
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    if (line.includes('\r')) {
        // A terminal shows only what was written after the last carriage return.
        const parts = line.split('\r').filter((p) => p.trim() !== '');
        line = parts[parts.length - 1] ?? '';
    }
    // Colour codes start with ESC or CSI: a line with neither has none to strip.
    if (line.includes('\u001b') || line.includes('\u009b')) {
        line = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(line);
        cut = false;
    }
    if (line.includes('\0')) {
        line = line.replace(/\0+/g, ' ');
        cut = false;
    }
    for (let pass = 0; pass < 3; pass++) {
        const before = line;
        for (let i = 0; i < PREFIXES.length; i++) {
            if (PREFIX_GUARDS[i]?.(line))
                line = line.replace(PREFIXES[i], '');
        }
        if (line === before)
            break;
    }
    // pytorch/test-infra fixtures wrap the span their classifier matched in these marks.
    if (line.includes('\u2039')) {
        line = line.replace(/[\u2039\u203a]/g, '');
        cut = false;
    }
    return { text: line.trim(), cut };
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ teamRuleProblems),
/* harmony export */   EJ: () => (/* binding */ TeamRuleMatcher),
/* harmony export */   Jw: () => (/* binding */ teamVerdict),
/* harmony export */   LK: () => (/* binding */ teamRuleId),
/* harmony export */   fH: () => (/* binding */ StepTracker),
/* harmony export */   oY: () => (/* binding */ compileTeamRules)
/* harmony export */ });
/* unused harmony exports TeamPatternError, linearPattern, filterRegExp */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31637);
/**
 * A team's own rules (`classify.rules` in .github/ci-recovery.yml): the flaky signatures and known causes a
 * team knows and our rules cannot (PyTorch keeps such a ruleset; Jenkins has its Build Failure Analyzer).
 * They rank above the shipped rules: the first team rule, in the file's order, that matches a line of the
 * log (within the step or command it names) decides, as `team:<id>` with that line as evidence.
 * Also here: which step a log line belongs to (`gh run view --log` columns, a raw job log's `Run …` groups),
 * so a verdict can name the step it came from. Pure.
 */



const teamRuleId = (rule, index) => rule.id ?? `rule-${index + 1}`;
/** Why a pattern cannot be compiled: its syntax, or a feature the linear-time engine lacks. */
class TeamPatternError extends Error {
    unsupported;
    constructor(message, unsupported) {
        super(message);
        this.unsupported = unsupported;
        this.name = 'TeamPatternError';
    }
}
/** The JavaScript flags a filter may carry and what each is in RE2; g, d and u change nothing for a test. */
const FLAGS = {
    i: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.CASE_INSENSITIVE,
    m: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.MULTILINE,
    s: re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.DOTALL,
    g: 0,
    d: 0,
    u: 0,
};
/** RE2's refusal of what it cannot run in linear time, as its messages name it. */
const UNSUPPORTED = /invalid or unsupported Perl syntax|invalid named capture: `\(\?<[=!]|invalid escape sequence: `\\[1-9k]/;
/**
 * A team pattern compiled by RE2 (re2js, pure JavaScript): matching takes time linear in the line, whatever
 * the pattern, so a rule cannot stall classify on a line a pull request shaped (`(a|aa)+$` backtracks for
 * seconds in a JavaScript RegExp on 41 characters, and safe-regex2 passes it). Throws TeamPatternError.
 */
function linearPattern(source, flags = '') {
    let bits = 0;
    for (const flag of flags) {
        const bit = FLAGS[flag];
        if (bit === undefined)
            throw new TeamPatternError(`the flag '${flag}' is not supported (use i, m or s)`, false);
        bits |= bit;
    }
    try {
        return re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(source, bits);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new TeamPatternError(message.replace(/^error parsing regexp: /, ''), UNSUPPORTED.test(message));
    }
}
/** A step or command filter: `/source/flags` is a regex; anything else a whole-text glob, case-insensitive. */
function filterRegExp(filter) {
    const re = /^\/(.+)\/([a-z]*)$/s.exec(filter);
    if (re)
        return linearPattern(re[1], re[2]);
    const glob = filter
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return linearPattern(`^${glob}$`, 'is');
}
function compileOne(rule, index) {
    return {
        id: teamRuleId(rule, index),
        rule,
        re: linearPattern(rule.pattern, rule.ignoreCase ? 'i' : ''),
        ...(rule.step !== undefined ? { step: filterRegExp(rule.step) } : {}),
        ...(rule.command !== undefined ? { command: filterRegExp(rule.command) } : {}),
    };
}
/** What is wrong with the rules beyond their shape (the schema checks that): bad regexes, duplicate ids. */
function teamRuleProblems(rules) {
    const problems = [];
    const ids = new Map();
    rules.forEach((rule, index) => {
        const id = teamRuleId(rule, index);
        const earlier = ids.get(id);
        if (earlier !== undefined)
            problems.push({ index, field: 'id', message: `the id '${id}' is also rule ${earlier + 1}'s` });
        ids.set(id, index);
        // The policy retries these types by itself (git alone has a rule for a failure that is not transport).
        if (rule.retryable === false && rule.type !== 'git' && _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSIENT_TYPES */ .ZF.includes(rule.type))
            problems.push({
                index,
                field: 'retryable',
                message: `a ${rule.type} failure is retried by the policy`,
            });
        for (const field of ['pattern', 'step', 'command']) {
            const value = rule[field];
            if (value === undefined || typeof value !== 'string')
                continue;
            // A rule runs on every line of a log a pull request can shape: each is compiled by the linear-time
            // engine it runs on, so what cannot run there is refused here, with the rule named.
            try {
                if (field === 'pattern')
                    linearPattern(value, rule.ignoreCase ? 'i' : '');
                else
                    filterRegExp(value);
            }
            catch (error) {
                const unsupported = error instanceof TeamPatternError && error.unsupported;
                problems.push({
                    index,
                    field,
                    message: error.message,
                    ...(unsupported ? { unsupported } : {}),
                });
            }
        }
    });
    return problems;
}
const compiled = new WeakMap();
/** The rules compiled once per list; a rule that does not compile is left out (the config loader refuses it). */
function compileTeamRules(rules) {
    let out = compiled.get(rules);
    if (!out) {
        const bad = new Set(teamRuleProblems(rules)
            .filter((p) => p.field !== 'id')
            .map((p) => p.index));
        // The rules reach run/ as JSON from main (the file CI_RECOVERY_CONFIG_FILE names): a rule of the wrong
        // shape is left out too, rather than compiled into a pattern that matches every line.
        const usable = (rule, index) => !bad.has(index) &&
            typeof rule.pattern === 'string' &&
            rule.pattern !== '' &&
            _types_js__WEBPACK_IMPORTED_MODULE_2__/* .FAILURE_TYPES */ .fs.includes(rule.type);
        out = rules.flatMap((rule, index) => (usable(rule, index) ? [compileOne(rule, index)] : []));
        compiled.set(rules, out);
    }
    return out;
}
/** Steps recorded per log; past this, lines are not placed in a step (an endless alternation costs no memory). */
const MAX_STEPS = 10_000;
const MAX_NAME_CHARS = 200;
const clipName = (s) => (s.length > MAX_NAME_CHARS ? s.slice(0, MAX_NAME_CHARS) : s).trim();
const GROUP_RUN = '##[group]Run ';
/** A raw job log's post-job lines: what follows belongs to no `Run …` step. */
const POST_JOB = /^(?:\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z )?(?:Post job cleanup\.|Cleaning up orphan processes)\s*$/;
const POST_STEP = 'Post job cleanup';
/** A job extension's header (structure.ts EXTENSION_HEADER) and the `shell:` line the runner prints right after it. */
const EXTENSION_COMMAND = /^'[^']+'$/;
const SHELL_LINE = /^(?:\uFEFF?\d{4}-\d\d-\d\dT[\d:.]+Z )?shell: /;
/** gh's step column for a job whose log has no per-step files (the whole job log): its groups tell the steps. */
const GH_UNKNOWN_STEP = 'UNKNOWN STEP';
/** The job and step columns of a `gh run view --log` line (`job<TAB>step<TAB>timestamp text`), if it is one. */
function ghColumns(head) {
    const tab = head.indexOf('\t');
    if (tab < 0 || tab > MAX_NAME_CHARS)
        return undefined;
    const tab2 = head.indexOf('\t', tab + 1);
    if (tab2 < 0 || tab2 - tab > MAX_NAME_CHARS + 1)
        return undefined;
    const text = head.slice(tab2 + 1);
    if (!/^\uFEFF?\d{4}-\d\d-\d\dT/.test(text))
        return undefined;
    return { job: clipName(head.slice(0, tab)), step: clipName(head.slice(tab + 1, tab2)), text };
}
/**
 * Follows the steps of a log line by line: `gh run view --log` / `--log-failed` lines carry the job and step
 * as their first two tab-separated columns; a raw GitHub Actions job log starts each `run:` step with
 * `##[group]Run <command>`. Only each step's start is kept, so memory stays bounded.
 */
class StepTracker {
    starts = [];
    current = {};
    /** Lines from here on are in no known step (MAX_STEPS was reached). */
    overflowFrom = Infinity;
    /** A `Run '<path>'` header: a step of its own unless the next line shows a job extension (structure.ts). */
    extension;
    /** The head of line `line` (the first few hundred characters are enough). */
    line(head, line) {
        const columns = ghColumns(head);
        const text = columns ? columns.text : head;
        const extension = this.extension;
        this.extension = undefined;
        if (extension && !(line === extension.line + 1 && SHELL_LINE.test(text)))
            this.enter(extension.at, extension.line);
        let next = this.current;
        // gh's step column names the step, unless gh had only the whole job log: then its groups tell.
        const named = columns !== undefined && columns.step !== GH_UNKNOWN_STEP;
        const job = columns ? { job: columns.job } : {};
        if (columns && (columns.job !== next.job || (named && columns.step !== next.step)))
            next = named ? { ...job, step: columns.step } : job;
        const group = text.indexOf(GROUP_RUN);
        if (group >= 0 && group <= 40) {
            const command = clipName(text.slice(group + GROUP_RUN.length).replace(/\r$/, ''));
            const step = named ? { ...next, command } : { ...job, step: `Run ${command}`, command };
            if (EXTENSION_COMMAND.test(command))
                this.extension = { line, at: step };
            else
                next = step;
        }
        else if (!named && next.step !== POST_STEP && POST_JOB.test(text)) {
            next = { ...job, step: POST_STEP };
        }
        this.enter(next, line);
        return line >= this.overflowFrom ? {} : this.current;
    }
    enter(next, line) {
        if (next === this.current)
            return;
        this.current = next;
        if (this.starts.length < MAX_STEPS)
            this.starts.push({ line, at: next });
        else
            this.overflowFrom = Math.min(this.overflowFrom, line);
    }
    /** The step line `line` was in, if the log said. */
    stepAt(line) {
        if (line >= this.overflowFrom)
            return {};
        let lo = 0;
        let hi = this.starts.length - 1;
        let found = {};
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const start = this.starts[mid];
            if (start.line <= line) {
                found = start.at;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }
}
/**
 * Matches team rules line by line and keeps each rule's first hit. A line is tried only on rules whose step
 * and command filters its step satisfies; the step is the log's (gh columns, `Run …` group) or else the
 * caller's. A filter with nothing to test against does not match.
 */
class TeamRuleMatcher {
    rules;
    fallback;
    hits;
    constructor(rules, fallback = {}) {
        this.rules = rules;
        this.fallback = fallback;
        this.hits = new Array(rules.length);
    }
    /** One raw log line (1-based number) and the step it is in. */
    line(raw, line, at) {
        const text = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLine */ .oY)(raw.length > 2 * _normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_CHARS */ .yL ? raw.slice(0, 2 * _normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_CHARS */ .yL) : raw);
        if (!text)
            return;
        this.rules.forEach((rule, i) => {
            if (this.hits[i] || !rule.re.test(text))
                return;
            if (rule.step && !this.names(at).some((name) => rule.step.test(name)))
                return;
            const command = at.command ?? this.fallback.command;
            if (rule.command && (command === undefined || !rule.command.test(command)))
                return;
            this.hits[i] = { line, text };
        });
    }
    names(at) {
        if (at.step !== undefined)
            return [at.step];
        return [this.fallback.step, this.fallback.stage].filter((s) => s !== undefined);
    }
    /** The first rule (in the config's order) that matched, as a verdict; undefined when none did. */
    verdict() {
        const i = this.hits.findIndex((hit) => hit !== undefined);
        const rule = this.rules[i];
        const evidence = this.hits[i];
        if (!rule || !evidence)
            return undefined;
        const { type, retryable } = rule.rule;
        return {
            type,
            confidence: 'high',
            retryable: retryable ?? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSIENT_TYPES */ .ZF.includes(type),
            rule: `team:${rule.id}`,
            evidence,
        };
    }
}
/** The team rules' verdict on a whole in-memory log, undefined when none matches. */
function teamVerdict(log, rules, fallback = {}) {
    const compiledRules = compileTeamRules(rules);
    if (compiledRules.length === 0)
        return undefined;
    const matcher = new TeamRuleMatcher(compiledRules, fallback);
    const steps = new StepTracker();
    let start = 0;
    for (let n = 1; start <= log.length; n++) {
        const end = log.indexOf('\n', start);
        const raw = log.slice(start, end < 0 ? log.length : end);
        matcher.line(raw, n, steps.line(raw.slice(0, 512), n));
        if (end < 0)
            break;
        start = end + 1;
    }
    return matcher.verdict();
}


/***/ }),

/***/ 29838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* reexport */ config_defaults/* DEFAULT_CONFIG */.PV),
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_FILE, DEFAULT_BUDGETS, DEFAULT_REVERT_CONFIG, MAX_CONFIG_BYTES, MAX_CONFIG_NESTING, MAX_REPORTED_PROBLEMS, camelize, closest, configFromJson, isObject, mergeConfig

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/ci-recovery.schema.json
const ci_recovery_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/ci-recovery/ci-recovery/schema/ci-recovery.schema.json","title":"ci-recovery configuration (.github/ci-recovery.yml)","description":"How ci-recovery decides lanes, which failures it retries, resumes or reverts, its budgets per lane, checkpoints, reverts and the ledger. Every key is optional: what you leave out keeps its default.","type":"object","additionalProperties":false,"definitions":{"failureType":{"type":"string","enum":["test","build","quality-gate","dependency","network","git","timeout","resource","infrastructure","cancelled","config","unknown"]},"lane":{"type":"string","enum":["DOCS","STANDARD","HEAVY"]},"branchKind":{"type":"string","enum":["default","pr","other"]},"strategy":{"type":"string","enum":["retry","resume","skip","rollback","manual"]},"globs":{"type":"array","items":{"type":"string","minLength":1}},"budget":{"type":"object","additionalProperties":false,"properties":{"max-attempts":{"description":"Attempts allowed in total (the first run included) before a person has to look.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Wait before the second attempt; doubles for each later attempt (at most 10 minutes).","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Time limit of one attempt of a run/ step; the whole process tree is killed when it is reached.","type":"number","exclusiveMinimum":0,"maximum":4320},"checkpoint":{"description":"Take a checkpoint of checkpoint.paths before each run/ step in this lane.","type":"boolean"}}}},"properties":{"lanes":{"description":"How the lane of a change is decided. DOCS only if every changed file matches \'docs\'; HEAVY if any file matches \'heavy\', a heavy label is set, or the diff is large; STANDARD otherwise.","type":"object","additionalProperties":false,"properties":{"docs":{"description":"Globs of documentation files (picomatch; a glob without a slash matches the base name anywhere; \'!glob\' excludes). Replaces the default list.","$ref":"#/definitions/globs"},"heavy":{"description":"Globs of files that make a change HEAVY (lockfiles, build and CI config, infra, migrations); \'!glob\' excludes. Replaces the default list.","$ref":"#/definitions/globs"},"heavy-labels":{"description":"PR labels that make a change HEAVY.","type":"array","items":{"type":"string"}},"docs-labels":{"description":"PR labels that make a change DOCS.","type":"array","items":{"type":"string"}},"heavy-diff-lines":{"description":"A diff with more changed lines than this is HEAVY.","type":"integer","minimum":0}}},"policy":{"description":"Rules tried before the defaults, in order; the first whose \'when\' matches decides.","type":"array","items":{"type":"object","additionalProperties":false,"required":["strategy"],"properties":{"name":{"description":"Shown as the deciding rule in outputs, summaries and \'ci-recovery plan\'.","type":"string","minLength":1},"when":{"description":"Conditions; all given must hold. Leave one out to match anything.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Failure type, or a list of them.","anyOf":[{"$ref":"#/definitions/failureType"},{"type":"array","items":{"$ref":"#/definitions/failureType"}}]},"lane":{"description":"Lane, or a list of lanes.","anyOf":[{"$ref":"#/definitions/lane"},{"type":"array","items":{"$ref":"#/definitions/lane"}}]},"branch":{"description":"Branch kind: default, pr or other (or a list).","anyOf":[{"$ref":"#/definitions/branchKind"},{"type":"array","items":{"$ref":"#/definitions/branchKind"}}]},"attempt-below":{"description":"Matches while the failed attempt number is below this.","type":"integer","minimum":1}}},"strategy":{"description":"What to do: retry, resume (from the last checkpoint), skip, rollback (revert PR on the default branch) or manual.","$ref":"#/definitions/strategy"},"reason":{"description":"Why, in words; shown with the decision.","type":"string"},"max-attempts":{"description":"Overrides the lane\'s max-attempts for failures this rule matches.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Overrides the lane\'s backoff-seconds.","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Overrides the lane\'s timeout-minutes.","type":"number","exclusiveMinimum":0,"maximum":4320}}}},"budgets":{"description":"Budgets per lane.","type":"object","additionalProperties":false,"properties":{"DOCS":{"description":"Budget of DOCS changes.","$ref":"#/definitions/budget"},"STANDARD":{"description":"Budget of STANDARD changes.","$ref":"#/definitions/budget"},"HEAVY":{"description":"Budget of HEAVY changes.","$ref":"#/definitions/budget"}}},"checkpoint":{"description":"Checkpoints of the workspace.","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Paths (globs) to checkpoint, relative to the workspace.","$ref":"#/definitions/globs"},"retention-days":{"description":"Days a checkpoint is kept.","type":"integer","minimum":1,"maximum":90},"store":{"description":"\'artifact\' (the run\'s artifacts) or \'dir:PATH\' (a local directory).","type":"string","pattern":"^(artifact|dir:.+)$"},"keyed":{"description":"Paths fully determined by some files (node_modules by package-lock.json), kept once per key in the cache service, as actions/cache keeps them, instead of being packed into every checkpoint.","type":"array","maxItems":20,"items":{"type":"object","additionalProperties":false,"required":["path","hash-files"],"properties":{"path":{"description":"One directory among (or below) checkpoint.paths, relative to the workspace, e.g. node_modules.","type":"string","minLength":1},"hash-files":{"description":"Files (globs, as hashFiles takes them) whose content determines the path, e.g. [package-lock.json]; the key changes when any of them does.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"verify":{"description":"How a checkpoint confirms the workspace\'s path is the published entry before taking it from there: \'stat\' (the default: every entry\'s path, type, mode, size and link target, for an entry this save just published; any other entry is compared by content) or \'content\' (every file\'s sha256 always: it reads the whole path, about a second per GB).","type":"string","enum":["stat","content"]}}}}}},"revert":{"description":"Automatic reverts of commits that broke the default branch.","type":"object","additionalProperties":false,"properties":{"mode":{"description":"\'pr\' opens a draft revert pull request; \'push\' pushes the revert to the default branch.","type":"string","enum":["pr","push"]},"daily-cap":{"description":"At most this many reverts per day; 0 turns reverts off.","type":"integer","minimum":0},"opt-out-marker":{"description":"A commit message containing this is never reverted automatically.","type":"string","minLength":1},"kill-switch-label":{"description":"This label on the pull request, applied by a writer, stops a revert.","type":"string","minLength":1}}},"classify":{"description":"How failures are classified, beyond the shipped rules.","type":"object","additionalProperties":false,"properties":{"rules":{"description":"The team\'s own rules, tried before the shipped ones, in order: the first whose pattern matches a line of the failed step\'s log decides, shown as rule team:<id> with that line as evidence.","type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["pattern","type"],"properties":{"id":{"description":"a short name (letters, digits, \'.\', \'_\', \'-\'), shown as team:<id>; default rule-<n>, the rule\'s place in the list","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"description":{"description":"What the rule is about, in words.","type":"string"},"pattern":{"description":"a regular expression in RE2\'s syntax (no lookaround, no backreferences; linear time) matched against each log line (timestamps, colour codes and ##[error] prefixes removed), e.g. \'SessionNotCreatedException\'","type":"string","minLength":1,"maxLength":500},"ignore-case":{"description":"Match the pattern ignoring case.","type":"boolean"},"type":{"description":"The failure type a match means.","$ref":"#/definitions/failureType"},"retryable":{"description":"Whether a retry may help (a flaky test: true); default true for network, infrastructure, git, timeout and resource.","type":"boolean"},"step":{"description":"a glob (\'e2e*\', case-insensitive) or \'/regex/\' on the step\'s name: only lines of such a step match","type":"string","minLength":1,"maxLength":200},"command":{"description":"a glob (\'npm run e2e*\') or \'/regex/\' on the step\'s command: only lines of such a step match","type":"string","minLength":1,"maxLength":200}}}}}},"ledger":{"description":"Per-branch history kept with the Actions cache (caps, flaky failures).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Keep the ledger.","type":"boolean"}}},"tests":{"description":"Test recovery in run/ steps: quarantine of flaky tests (opt-in).","type":"object","additionalProperties":false,"properties":{"quarantine":{"description":"A test the flaky history knows as flaky, whose failure is a run/ step\'s only failure, does not fail the step (reported as quarantined). A broken test is never quarantined.","type":"boolean"},"quarantined":{"description":"Test keys (runner:suite::name[params], as the step\'s outputs print them) quarantined whatever the history says; a test the history calls broken still fails.","type":"array","maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":2000}}}},"supervise":{"description":"Which failed jobs the supervisor may re-run or revert for; the others are left to a person.","type":"object","additionalProperties":false,"properties":{"jobs":{"description":"a list of job name globs the supervisor may act on (default: every job, \'*\')","type":"array","items":{"type":"string","minLength":1}},"exclude-jobs":{"description":"a list of job name globs the supervisor never re-runs or reverts for","type":"array","items":{"type":"string","minLength":1}},"exclude-steps":{"description":"a list of step name globs: a job whose failed step matches is left to a person","type":"array","items":{"type":"string","minLength":1}},"deploy-jobs":{"description":"a list of job name globs of jobs that deploy (default: \'*deploy*\', \'*release*\', \'*publish*\'); jobs with an environment deploy too","type":"array","items":{"type":"string","minLength":1}},"deployments":{"description":"\'manual\' (default): deployments are never re-run or reverted for; \'policy\': like any other job","type":"string","enum":["manual","policy"]}}}}}');
// EXTERNAL MODULE: ./src/core/checkpoint/keyed.ts
var checkpoint_keyed = __webpack_require__(12588);
// EXTERNAL MODULE: ./src/core/classify/team-rules.ts
var team_rules = __webpack_require__(6059);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
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
/** Problems listed in one error; the rest are counted. */
const MAX_REPORTED_PROBLEMS = 20;
/** Characters of a value or key quoted back in a message. */
const MAX_SHOWN_CHARS = 60;
/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`. Linear in the size of the text, whatever it
 * holds: at most MAX_REPORTED_PROBLEMS lines, and values and keys are quoted back shortened.
 */
function parseConfig(text, file = config_defaults/* CONFIG_FILE */.g2) {
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
        throw new errors/* UserError */.yo(report(yamlErrors
            .slice(0, MAX_REPORTED_PROBLEMS)
            .map((e) => `${at(e.offset)}: invalid YAML: ${e.message}; ${yamlFix(e.code)}`), yamlErrors.length));
    }
    const numbers = nonDecimalNumbers(doc, text);
    if (numbers.length > 0) {
        const lines = numbers
            .slice(0, MAX_REPORTED_PROBLEMS)
            .map(({ offset, source, value }) => `${at(offset)}: '${clip(source)}' is not a decimal number (YAML reads it as ${value}); write it in decimal digits${Number.isFinite(value) ? `, e.g. ${value}` : ''}`);
        throw new errors/* UserError */.yo(report(lines, numbers.length));
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
        throw new errors/* UserError */.yo(report(lines, total));
    }
    const config = (0,config_defaults/* mergeConfig */.R2)((0,config_defaults/* camelize */.PT)(value));
    checkKeyedPaths(config, doc, at);
    const problems = (0,team_rules/* teamRuleProblems */.AC)(config.classify.rules);
    if (problems.length > 0) {
        const locate = new Locator(doc);
        const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((problem) => {
            const node = locate.nodeAt(['classify', 'rules', problem.index, problem.field]);
            return `${at(node?.range?.[0] ?? 0)}: ${teamRuleMessage(problem, config)}`;
        });
        throw new errors/* UserError */.yo(report(lines, problems.length));
    }
    return config;
}
/**
 * The keyed checkpoint paths (core/checkpoint/keyed.ts): each a plain directory among checkpoint.paths,
 * once; refused with the place and the fix, else kept in normal form.
 */
function checkKeyedPaths(config, doc, at) {
    const keyed = config.checkpoint.keyed;
    if (!keyed)
        return;
    const problems = (0,checkpoint_keyed/* keyedPathProblems */.Ak)(keyed, config.checkpoint.paths);
    if (problems.length > 0) {
        const locate = new Locator(doc);
        const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => {
            const node = locate.nodeAt(['checkpoint', 'keyed', p.index, p.field]);
            return `${at(node?.range?.[0] ?? 0)}: ${p.message}`;
        });
        throw new errors/* UserError */.yo(report(lines, problems.length));
    }
    config.checkpoint.keyed = (0,checkpoint_keyed/* normalKeyedPaths */.Mf)(keyed);
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
    return [
        ...lines,
        ...(total > lines.length ? [`... and ${total - lines.length} more problem(s)`] : []),
    ].join('\n');
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
// ---- mapping schema errors to positions and advice ----
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


/***/ })

};
