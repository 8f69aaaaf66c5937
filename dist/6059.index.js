export const id = 6059;
export const ids = [6059];
export const modules = {

/***/ 31637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ MARKED_YEAR),
/* harmony export */   Mj: () => (/* binding */ isBoilerplate),
/* harmony export */   c8: () => (/* binding */ strippedMayHold),
/* harmony export */   iP: () => (/* binding */ SPLICE_KEYWORDS),
/* harmony export */   m_: () => (/* binding */ stripLineIndented),
/* harmony export */   nU: () => (/* binding */ stripLine),
/* harmony export */   oY: () => (/* binding */ normalizeLine),
/* harmony export */   pk: () => (/* binding */ stripLineCut),
/* harmony export */   yL: () => (/* binding */ MAX_LINE_CHARS)
/* harmony export */ });
/* unused harmony exports BOM, startsWithBom, hasSpecial, searchSpecial */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The byte order mark GitHub's log service puts at the head of each step's log, as `gh run view --log` passes
 * it on: U+FEFF, or its three UTF-8 bytes (EF BB BF) read back in whatever code page the Windows console that
 * saved the log used, then stored as UTF-8. Each code page turns them into one to three characters, none of them
 * ASCII but a best-fit `?`: CP437 `\u2229\u2557\u2510`, CP850 `\u00b4\u2557\u2510`, CP866 `\u044f\u2557\u2510`, CP1252 `\u00ef\u00bb\u00bf`, CP1251 `\u043f\u00bb\u0457`, CP932 `\u30fb\uff7f`
 * (or U+FFFD `\uff7b\uff7f`), CP936 `\u9518` then `?` or U+FFFD, CP949 `\u7664`, CP950 `\u569c`, or `???` where the console had no
 * glyph (Python's codecs and the corpus's saved logs agree on these). Enumerating code pages misses the next
 * one, so the mark is read by its shape: up to six such characters (a mark saved twice) right before a
 * timestamp, which is what every form shares. A regex fragment, used only before a timestamp.
 */
const BOM = '(?:(?:[^\\x00-\\x7F]|\\?){1,6})';
/**
 * A timestamp's year, after a byte order mark in any of its forms. A double-byte code page (936, 949, 950) takes
 * BF and the year's first digit for one character it cannot map and prints `?` for both, so `\u9518?025-11-28T...`:
 * the year's three last digits after a non-ASCII character and `?` are a year too.
 */
const MARKED_YEAR = `(?:${BOM}?\\d{4}|[^\\x00-\\x7F]\\?\\d{3})`;
const BOM_AT_START = new RegExp(`^${MARKED_YEAR}-\\d\\d-\\d\\dT`);
/** Whether a line starts with a byte order mark, in any of BOM's forms, before a timestamp. */
function startsWithBom(line) {
    const c = line.charCodeAt(0);
    return (c >= 0x80 || c === 0x3f) && BOM_AT_START.test(line);
}
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
    // Each column at most 200 characters (stripColumns); the regex leaves the bound out: irregexp steps over an
    // unbounded class without keeping a place to go back to for each character.
    new RegExp(`^[^\\t\\n]*\\t[^\\t\\n]*\\t(?=${MARKED_YEAR}-\\d\\d-\\d\\dT)`),
    new RegExp(`^${MARKED_YEAR}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z ?`),
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
    (line) => startsWithDigit(line) || startsWithBom(line),
    (line) => line.startsWith('['),
    (line) => line.startsWith('['),
    startsWithDigit,
    (line) => line.startsWith('#'),
    (line) => startsWithDigit(line) && BUILDKIT_ERROR_LOG.test(line),
    (line) => line.includes('] ') && ANT_TASK_START.test(line),
];
/** The guards of PREFIXES that search the whole line for a tab and for `] `. */
const TAB_GUARD = 1;
const ANT_GUARD = 8;
/** Any of the guards but the tab column's (mayOpen). */
const ANY_GUARD = -1;
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
 * stripLine's text with its indentation kept: what the command printed, for the tests' console parsers
 * (jest's `  \u25cf describe \u203a test` is told by its two leading spaces, as `run/` reads the command's output).
 */
function stripLineIndented(raw) {
    return stripLineCut(raw, true).text;
}
/** What stripLineCut takes out or replaces besides prefixes: CR, ESC, CSI, NUL, `\u2039` and caret-notation ESC (`^[`). */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\r\u001b\u009b\0\u2039^]/;
/**
 * Whether a line holds one of SPECIAL's characters. Node 20's V8 (11.3) scans a character class several times
 * slower than Node 24's (13.x); six string searches are faster there: on the 557 thousand lines the 270 MB
 * corpus log decodes, 61 ms for the searches against 172 ms for the regex under Node 20, and 75 against 25 ms
 * under Node 24, which keeps the regex. End to end too: the CLI on that log under Node 20 (bench:classify,
 * paired, medians) spent 3.07 s of CPU against 3.22 s with the regex alone, 3.17 against 3.27 s in six more
 * pairs. The engine is told by a feature it shipped in the same generation (Set's union, V8 12.2, Node 22),
 * core reading no process state.
 */
const hasSpecial = 'union' in Set.prototype ? (line) => SPECIAL.test(line) : searchSpecial;
/** hasSpecial under Node 20: a string search per character. */
function searchSpecial(line) {
    return (line.includes('\u001b') ||
        line.includes('\r') ||
        line.includes('^') ||
        line.includes('\0') ||
        line.includes('\u009b') ||
        line.includes('\u2039'));
}
/**
 * A colour code in caret notation, as `cat -v` or a console that shows control characters writes ESC: `^[`,
 * then a CSI's parameter, intermediate and final bytes (ECMA-48 5.4). A log saved so carries the runner's
 * cyan script lines as `^[[36;1mtimeout 120 ...^[[0m`.
 */
const CARET_CSI = /\^\[\[[0-?]*[ -/]*[@-~]/g;
/**
 * stripLine's text, and whether it is a stretch of `raw` (a cut: nothing taken out of its middle, nothing
 * replaced). Then any text it holds, the raw line's bytes hold too, where the keyword automaton finds it: the
 * scanner's exact guards rely on it.
 */
function stripLineCut(raw, keepIndent = false) {
    let line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    let cut = true;
    // Most lines hold none of the characters the steps below look for, but for a CRLF line's last: one search
    // tells (each was its own search, six of a CRLF line). The CR goes first, so a CRLF line (most of a Windows
    // runner's or a downloaded log's) is searched once, not to its end twice (Node 20's irregexp: 2.5x the time).
    if (line.endsWith('\r'))
        line = line.slice(0, -1);
    const special = hasSpecial(line);
    if (special) {
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
        if (line.includes('^[[')) {
            line = line.replace(CARET_CSI, '');
            cut = false;
        }
    }
    line = stripPrefixes(line);
    // pytorch/test-infra fixtures wrap the span their classifier matched in these marks.
    if (special && line.includes('\u2039')) {
        line = line.replace(/[\u2039\u203a]/g, '');
        cut = false;
    }
    return { text: keepIndent ? line.trimEnd() : line.trim(), cut };
}
/**
 * The bytes of what stripLineCut takes out of a line's middle or replaces that the keyword automaton does not
 * step over (it steps over a real ESC's colour code only), as the automaton reads them (latin1, a character a
 * byte): caret-notation ESC `^[[`, NUL, `\u2039` (E2 80 B9) and an 8-bit CSI (U+009B, C2 9B). A keyword the text
 * holds across one of them is not in the bytes (` - ^[[31merror` reads ` - error`), so a line holding one is
 * searched again as the patterns read it (scan-lines.ts LineReader.spliced). `\u203a` alone is left in the text.
 * Also the string terminators BEL and 8-bit ST (U+009C, C2 9C): stripVTControlCharacters takes out a whole
 * string sequence ended by one (an OSC 8 link `ESC ]8;;url BEL`, an OSC 0 title), whose body the automaton reads
 * as text; one ended by ST (`ESC \`) the automaton reads as BEL (keyword-lanes.ts TERMINATED).
 */
const SPLICE_KEYWORDS = [
    '^[[',
    '\0',
    '\u00e2\u0080\u00b9',
    '\u00c2\u009b',
    '\u0007',
    '\u00c2\u009c',
];
/** What besides colour codes stripLineCut takes out of a line's middle or replaces, or that a later reader may. */
// eslint-disable-next-line no-control-regex
const SPLICED = /[\u001b\0\r\u2039\u203a]|\^\[\[/;
/**
 * Whether stripLineCut(raw)'s text, or that text with colour codes taken out, may hold a match of `literals`, an
 * alternation of literal strings (so it matches a string holding a substring it matches). False only when it
 * holds none: the line is no longer than MAX_LINE_CHARS, and once its colour codes are out (the same
 * stripVTControlCharacters) it holds no CR, ESC, NUL, `\u2039`, `\u203a` or caret-notation ESC, so the text is a stretch
 * of what is left, and the literals are not there. A prefix is never read: a line whose colour codes alone
 * could join a literal is told without stripping it whole.
 */
function strippedMayHold(raw, literals) {
    if (raw.length > MAX_LINE_CHARS)
        return true;
    const plain = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(raw);
    return SPLICED.test(plain) || literals.test(plain);
}
/**
 * PREFIXES taken off a line's head, each where its guard (PREFIX_GUARDS) holds, in their order, up to three
 * passes (a prefix may follow another). Taking a prefix off adds no tab: a line without one is not searched for
 * it on each pass (the tab-column prefix needs one).
 */
function stripPrefixes(text) {
    let line = text;
    const tab = line.includes('\t');
    for (let pass = 0; pass < 3; pass++) {
        // The line's first character, read again only when a prefix was taken off: each of the nine guards read it.
        let c = firstCode(line);
        if (!tab && !mayOpen(ANY_GUARD, c))
            break;
        const before = line;
        for (let i = 0; i < PREFIXES.length; i++) {
            if (i === TAB_GUARD) {
                if (tab)
                    c = firstCode((line = stripColumns(line)));
            }
            else if (mayOpen(i, c) && PREFIX_GUARDS[i]?.(line)) {
                c = firstCode((line = line.replace(PREFIXES[i], '')));
            }
            else if (i > TAB_GUARD && !mayOpen(ANY_GUARD, c))
                break;
        }
        if (line === before)
            break;
    }
    return line;
}
/**
 * `gh run view --log`'s job and step columns taken off (PREFIXES[TAB_GUARD]): each at most 200 characters, before
 * a timestamp. The columns hold no tab, so the regex's match ends at the line's second tab, whatever the bound.
 */
function stripColumns(line) {
    const first = line.indexOf('\t');
    if (first < 0 || first > COLUMN_CHARS)
        return line;
    const match = PREFIXES[TAB_GUARD].exec(line);
    if (!match)
        return line;
    const end = match[0].length;
    return end - first - 2 <= COLUMN_CHARS ? line.slice(end) : line;
}
/** The longest job or step column of `gh run view --log` taken off (PREFIXES[TAB_GUARD]). */
const COLUMN_CHARS = 200;
/**
 * A line's first UTF-16 code unit, -1 for an empty line. Not charCodeAt's NaN: the first empty line left
 * after a prefix, often deep into a log, made V8 drop the optimised line reader that inlines this.
 */
function firstCode(line) {
    return line.length > 0 ? line.charCodeAt(0) : -1;
}
/**
 * Whether PREFIX_GUARDS[i] may hold for a line starting with character `c` (-1 for an empty line): each but
 * the tab column's wants a `#`, a digit, a `[` or a byte order mark first, Ant's column spaces then `[`. Most
 * lines start otherwise and skip their guards (ANY_GUARD: whether one of them may hold).
 */
function mayOpen(i, c) {
    if (i === ANY_GUARD)
        return mayOpen(0, c) || mayOpen(ANT_GUARD, c);
    if (i === ANT_GUARD)
        return c === 0x5b || (c >= 0 && c <= 0x20) || c >= 0xa0;
    return c === 0x23 || c === 0x5b || c === 0x3f || (c >= 0x30 && c <= 0x39) || c >= 0x80;
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ teamRuleProblems),
/* harmony export */   AR: () => (/* binding */ loadTeamRuleEngine),
/* harmony export */   EJ: () => (/* binding */ TeamRuleMatcher),
/* harmony export */   Jw: () => (/* binding */ teamVerdict),
/* harmony export */   LK: () => (/* binding */ teamRuleId),
/* harmony export */   Sr: () => (/* binding */ STEP_MARKS),
/* harmony export */   fH: () => (/* binding */ StepTracker),
/* harmony export */   oY: () => (/* binding */ compileTeamRules),
/* harmony export */   vV: () => (/* binding */ teamRuleEngineLoaded)
/* harmony export */ });
/* unused harmony exports TeamPatternError, linearPattern, filterRegExp */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31637);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);



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
let engine;
/**
 * Loads the linear-time engine the team's rules compile on (re2js, 263 KB of code): a start whose config has
 * no rules (the CLI on a log, most jobs) does not pay for it. Awaited where a config with team rules is
 * parsed (core/config.ts), where run/ classifies a failure (adapters/run-step.ts), and before rules compile in
 * a test.
 */
async function loadTeamRuleEngine() {
    engine ??= (await __webpack_require__.e(/* import() */ 2856).then(__webpack_require__.bind(__webpack_require__, 2856))).RE2JS;
}
/** Whether the engine is loaded in this process: a config without team rules must not have loaded it. */
function teamRuleEngineLoaded() {
    return engine !== undefined;
}
/** A programming error, not a bad rule: said outside teamRuleProblems' catch, so no rule is blamed for it. */
function loadedEngine() {
    if (!engine)
        throw new Error('team rules compiled before their engine was loaded: await loadTeamRuleEngine() where the config is read');
    return engine;
}
/** The JavaScript flags a filter may carry and what each is in RE2; g, d and u change nothing for a test. */
function flagBits(re2) {
    return { i: re2.CASE_INSENSITIVE, m: re2.MULTILINE, s: re2.DOTALL, g: 0, d: 0, u: 0 };
}
/** RE2's refusal of what it cannot run in linear time, as its messages name it. */
const UNSUPPORTED = /invalid or unsupported Perl syntax|invalid named capture: `\(\?<[=!]|invalid escape sequence: `\\[1-9k]/;
/**
 * A team pattern compiled by RE2 (re2js, pure JavaScript): matching takes time linear in the line, whatever
 * the pattern, so a rule cannot stall classify on a line a pull request shaped (`(a|aa)+$` backtracks for
 * seconds in a JavaScript RegExp on 41 characters, and safe-regex2 passes it). Throws TeamPatternError.
 */
function linearPattern(source, flags = '') {
    const re2 = loadedEngine();
    const bitOf = flagBits(re2);
    let bits = 0;
    for (const flag of flags) {
        const bit = bitOf[flag];
        if (bit === undefined)
            throw new TeamPatternError(`the flag '${flag}' is not supported (use i, m or s)`, false);
        bits |= bit;
    }
    try {
        return re2.compile(source, bits);
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
    if (rules.length > 0)
        loadedEngine();
    const problems = [];
    const ids = new Map();
    rules.forEach((rule, index) => {
        const id = teamRuleId(rule, index);
        const earlier = ids.get(id);
        if (earlier !== undefined)
            problems.push({ index, field: 'id', message: `the id '${id}' is also rule ${earlier + 1}'s` });
        ids.set(id, index);
        // The policy retries these types by itself (git has a rule for a failure that is not transport, resource
        // for a limit the job sets itself, network for one a retry meets again).
        if (rule.retryable === false &&
            rule.type !== 'git' &&
            rule.type !== 'resource' &&
            rule.type !== 'network' &&
            _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TRANSIENT_TYPES */ .ZF.includes(rule.type))
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
/** A raw job log's post-job lines: what follows belongs to no `Run \u2026` step. */
const POST_JOB = new RegExp(`^(?:${_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKED_YEAR */ .$W}-\\d\\d-\\d\\dT[\\d:.]+Z )?(?:Post job cleanup\\.|Cleaning up orphan processes)\\s*$`);
const POST_STEP = 'Post job cleanup';
/**
 * A job extension's header (structure-markers.ts EXTENSION_HEADER) and the `shell:` line the runner prints right
 * after it.
 */
const EXTENSION_COMMAND = /^'[^']+'$/;
const SHELL_LINE = new RegExp(`^(?:${_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKED_YEAR */ .$W}-\\d\\d-\\d\\dT[\\d:.]+Z )?shell: `);
const TIMESTAMP_AT_START = new RegExp(`^${_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .MARKED_YEAR */ .$W}-\\d\\d-\\d\\dT`);
/** gh's step column for a job whose log has no per-step files (the whole job log): its groups tell the steps. */
const GH_UNKNOWN_STEP = 'UNKNOWN STEP';
/**
 * What a line must hold for StepTracker.line to move the step, besides gh's columns (a tab): a `run:` step's
 * header (GROUP_RUN) or a post-job line (POST_JOB). A line with none of them, no tab and no extension header
 * before it leaves the step as it is: the CLI reads such lines without decoding them (StepTracker.keeps).
 */
const STEP_MARKS = [
    '##[group]Run ',
    'Post job cleanup.',
    'Cleaning up orphan processes',
];
/** The job and step columns of a `gh run view --log` line (`job<TAB>step<TAB>timestamp text`), if it is one. */
function ghColumns(head) {
    const tab = head.indexOf('\t');
    if (tab < 0 || tab > MAX_NAME_CHARS)
        return undefined;
    const tab2 = head.indexOf('\t', tab + 1);
    if (tab2 < 0 || tab2 - tab > MAX_NAME_CHARS + 1)
        return undefined;
    const text = head.slice(tab2 + 1);
    if (!TIMESTAMP_AT_START.test(text))
        return undefined;
    return {
        job: clipName(head.slice(0, tab)),
        step: clipName(head.slice(tab + 1, tab2)),
        text,
        end: tab2 + 1,
    };
}
const utf8 = new TextEncoder();
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
    /** The UTF-8 bytes of the last line read, up to its second tab, when that line had gh's columns. */
    columns;
    /** An extension header waits for the next line to say whether it began a step: that line must be read. */
    get waiting() {
        return this.extension !== undefined;
    }
    /**
     * Whether reading a line that holds none of STEP_MARKS, whose head is the raw bytes bytes[start, end), would
     * leave the step as it is: no extension header waits for it, and it has no tab (no gh columns) or starts with
     * the bytes of the last line read up to that line's second tab (the same job and step columns, or none).
     */
    keeps(bytes, start, end, hasTab) {
        if (this.extension)
            return false;
        if (!hasTab)
            return true;
        const prefix = this.columns;
        if (!prefix || end - start < prefix.length)
            return false;
        for (let i = prefix.length - 1; i >= 0; i--)
            if (bytes[start + i] !== prefix[i])
                return false;
        return true;
    }
    /** The head of line `line` (the first few hundred characters are enough). */
    line(head, line) {
        const columns = ghColumns(head);
        this.columns = columns ? utf8.encode(head.slice(0, columns.end)) : undefined;
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
 * and command filters its step satisfies; the step is the log's (gh columns, `Run \u2026` group) or else the
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
            // As the shipped rules' verdicts (index.ts shareable): the line is quoted where no runner masks it.
            evidence: { ...evidence, text: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutCredentials */ .ri)(evidence.text) },
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


/***/ })

};
