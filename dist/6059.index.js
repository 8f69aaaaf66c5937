export const id = 6059;
export const ids = [6059];
export const modules = {

/***/ 31637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ isBoilerplate),
/* harmony export */   bh: () => (/* binding */ BOM),
/* harmony export */   nU: () => (/* binding */ stripLine),
/* harmony export */   oY: () => (/* binding */ normalizeLine),
/* harmony export */   pk: () => (/* binding */ stripLineCut),
/* harmony export */   yL: () => (/* binding */ MAX_LINE_CHARS)
/* harmony export */ });
/* unused harmony export startsWithBom */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The byte order mark GitHub's log service puts at the head of each step's log, as `gh run view --log` passes
 * it on: U+FEFF, or its three UTF-8 bytes read back in a Windows code page when the log was saved through a
 * Windows console (`´╗┐` in code page 437 or 850, `ï»¿` in 1252) and then stored as UTF-8. A regex
 * fragment: the marks are alternatives of one position.
 */
const BOM = '(?:\\uFEFF|\\u00B4\\u2557\\u2510|\\u00EF\\u00BB\\u00BF)';
const BOM_AT_START = new RegExp(`^${BOM}`);
/** Whether a line starts with a byte order mark, in any of BOM's forms. */
function startsWithBom(line) {
    const c = line.charCodeAt(0);
    return (c === 0xfeff || c === 0xb4 || c === 0xef) && BOM_AT_START.test(line);
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
    new RegExp(`^[^\\t\\n]{0,200}\\t[^\\t\\n]{0,200}\\t(?=${BOM}?\\d{4}-\\d\\d-\\d\\dT)`),
    new RegExp(`^${BOM}?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z ?`),
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

/***/ 82775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ GH_UNKNOWN_STEP),
/* harmony export */   iK: () => (/* binding */ failsTheJob),
/* harmony export */   n1: () => (/* binding */ StructureReader),
/* harmony export */   pf: () => (/* binding */ STRUCTURE_KEYWORDS),
/* harmony export */   ug: () => (/* binding */ FIRST_STEP),
/* harmony export */   ws: () => (/* binding */ readStructure)
/* harmony export */ });
/* unused harmony export hasStructureMarker */
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31637);
/**
 * The log's structure: which steps a job ran, where each starts and ends, which failed, and which could not
 * fail the job (set-up, post-job cleanup, after-failure hooks, `|| true`). Evidence for a verdict comes from
 * the first failed step that was not allowed to fail; the lines of every other step never decide.
 *
 * Formats: a raw GitHub Actions job log (`##[group]Run x` … `##[endgroup]` header, `##[error]`,
 * `Post job cleanup.`, `Cleaning up orphan processes`), `gh run view --log`/`--log-failed`
 * (`job<TAB>step<TAB>timestamp line`), Travis (folds, `$ cmd`, `The command "x" exited with N.`), GitLab job
 * traces (`section_start:<ts>:<name>` / `section_end:`), Jenkins consoles (`[Pipeline] stage`, freestyle
 * `[job] $ /bin/sh -xe …`, `Build step '…' marked build as failure`, `Finished: X`), and the plain output of
 * one command (run/ knows its command). Pure and line-driven, so the streaming scanner feeds it only the lines
 * that carry a marker (STRUCTURE_KEYWORDS); readStructure reads a whole text.
 */

/** Lower-case substrings of every line the reader must see (the scanner's prefilter routes them here). */
const STRUCTURE_KEYWORDS = [
    '##[group]',
    '##[endgroup]',
    '##[error]',
    'post job cleanup.',
    'cleaning up orphan processes',
    'travis_fold:',
    'the command "',
    'your build exited with',
    'section_start:',
    'section_end:',
    'job succeeded',
    'job failed',
    '[pipeline]',
    'script returned exit code',
    ' $ /bin/sh',
    ' $ /bin/bash',
    ' $ cmd /c',
    'marked build as failure',
    'finished: ',
    'retry scheduled',
    'shell: ',
    '##[start-action ',
    '##[end-action ',
];
const MAX_COMMANDS = 8;
/** GitLab Runner's job verdicts that name a cause other than the script: its time limit, its own failure. */
const GITLAB_RUNNER_VERDICT = /^ERROR: Job failed(?:: execution took longer than | \(system failure\): )/;
/**
 * A tool saying it will try again what just failed: git's submodule clone (git/git builtin/submodule--helper.c
 * @ f178c13fdac42763a7aa58bf260aa67d9f4393ec, update_clone_task_finished: "Failed to clone '%s'. Retry
 * scheduled"; a second failure says "Failed to clone '%s' a second time, aborting"). The network error printed
 * before it was survived unless one comes again after it.
 */
const RETRY_MARKER = /^Failed to clone '.*'\. Retry scheduled$/;
/**
 * The header of a job extension the runner runs itself, not a step: a container hook (`run_script_step` runs
 * each step of a job container through it) or a job started/completed hook. actions/runner
 * src/Runner.Worker/Handlers/ScriptHandler.cs @ 258d6c857 (PrintActionDetails) prints `##[group]Run '{path}'`
 * for these and `shell: …` on the very next line; a `run:` step's header prints its script's lines between the
 * two, so a script whose first line is a quoted path alone is told apart by that next line.
 */
const EXTENSION_HEADER = /^'[^']+'$/;
/**
 * A composite action's markers around each of its steps, which the runner alone can print (it escapes them in
 * a step's output): actions/runner src/Runner.Worker/Handlers/CompositeActionHandler.cs @ 258d6c857
 * (`##[start-action display={name};id={id}]`, `##[end-action id={id};outcome={outcome};conclusion={conclusion};
 * duration_ms={ms}]`, properties escaped by ActionCommand.EscapeValue, so `;` never occurs inside one).
 * `outcome=failure;conclusion=success` is a step that failed and was allowed to (continue-on-error): the only
 * place a raw log says so; a top-level step's continue-on-error is written to the runner's trace alone.
 */
const ACTION_MARKER = /^##\[(start|end)-action ([^\]]*)\]$/;
/** The runner's words when a step is cancelled (actions/runner src/Runner.Worker/StepsRunner.cs, "The operation was canceled."). */
const CANCELLATION = /^##\[error\]The operation was canceled\.?$/;
/** Whether a step counts as the job's failure: it failed, was not allowed to, and is the job's own work. */
function failsTheJob(step) {
    return step.failed && !step.allowedToFail && (step.kind === 'run' || step.kind === 'setup');
}
/** The first step that failed the job; a step only cancelled (a sibling job's fail-fast) only when none other did. */
function firstFailed(steps) {
    const failed = steps.findIndex((s) => failsTheJob(s) && s.cancelled !== true);
    return failed >= 0 ? failed : steps.findIndex(failsTheJob);
}
/** Name of the lines before the first step the log marks. */
const FIRST_STEP = '(before the first marked step)';
/** gh's step column for a job whose log has no per-step files (the whole job log): its groups tell the steps. */
const GH_UNKNOWN_STEP = 'UNKNOWN STEP';
// Phases that run after the script and cannot fail the job (cache.1, before the install, is not one).
const TRAVIS_HOOKS = /^(?:after_failure|after_script|after_success|before_cache|after_deploy)/;
const GITLAB_SETUP = /^(?:prepare_executor|prepare_script|resolve_secrets|get_sources|restore_cache|download_artifacts)/;
const GITLAB_POST = /^(?:archive_cache|upload_artifacts|cleanup_)/;
/** Reads a log's structure one line at a time. Lines may be skipped unless they hold a marker. */
class StructureReader {
    command;
    format;
    steps = [];
    outcome = 'unknown';
    complete = false;
    /** Inside a GitHub `##[group]Run` header: the step's script and env, not its output. */
    header = false;
    travisHook;
    /** The job whose lines are being read, in a `gh run view --log` file of several (its first column). */
    job;
    /** The latest retry a tool announced, anywhere in the log. */
    retriedAt;
    /** A `##[group]Run '<path>'` header whose next line says whether it is a job extension (EXTENSION_HEADER). */
    extension;
    /** Per composite step marker id (ACTION_MARKER) not yet ended, the index of the first step it may hold. */
    actions = new Map();
    constructor(command) {
        this.command = command;
    }
    /** True while the current line belongs to a step's header (its script), which is never evidence. */
    get inHeader() {
        return this.header;
    }
    /** True while a `Run '<path>'` header may still be a job extension's: its step, if any, has not begun. */
    get deferring() {
        return this.extension !== undefined;
    }
    /** Index of the step the latest line belongs to (-1 before any). */
    get current() {
        return this.steps.length - 1;
    }
    /**
     * One line: `raw` is the decoded line (colour codes may remain), `text` its stripped form (normalize.ts
     * stripLine). Returns whether the line is structure (a marker or a header line), not a tool's output.
     */
    line(no, raw, text) {
        const step = this.steps[this.steps.length - 1];
        if (step)
            step.end = no;
        if (RETRY_MARKER.test(text)) {
            this.retriedAt = no;
            if (step)
                step.retriedAt = no;
        }
        const extension = this.extension;
        if (extension) {
            this.extension = undefined;
            // A job extension's `shell:` line follows its group line: the step it runs for goes on.
            if (no === extension.no + 1 && text.startsWith('shell: '))
                return true;
            this.beginRun(extension.no, extension.command, extension.column).end = no;
        }
        if (raw.includes('travis_fold:') || raw.includes('The command "') || text.startsWith('Done. Your build'))
            return this.travis(no, raw, text);
        if (raw.includes('section_start:') ||
            raw.includes('section_end:') ||
            /^(?:ERROR: )?Job (?:succeeded|failed)/.test(text))
            return this.gitlab(no, raw, text);
        if (text.startsWith('##[') || text === 'Post job cleanup.' || text === 'Cleaning up orphan processes')
            return this.github(no, raw, text);
        return this.jenkins(no, text);
    }
    end(lines) {
        const extension = this.extension;
        this.extension = undefined;
        if (extension)
            this.beginRun(extension.no, extension.command, extension.column);
        const last = this.steps[this.steps.length - 1];
        if (last)
            last.end = Math.max(last.end, lines);
        if (this.steps.length === 0 && this.command !== undefined) {
            this.steps.push(newStep(this.command, 'run', 1, [this.command]));
            this.steps[0].end = lines;
        }
        const failedStep = firstFailed(this.steps);
        let outcome = this.outcome;
        if (outcome === 'unknown' && failedStep >= 0)
            outcome = 'failed';
        // A complete GitHub job log in which no step failed is a passing job.
        if (outcome === 'unknown' && this.complete && !this.steps.some((s) => s.failed))
            outcome = 'passed';
        const structure = { format: this.format ?? 'plain', steps: this.steps, outcome };
        if (failedStep >= 0)
            structure.failedStep = failedStep;
        if (this.retriedAt !== undefined)
            structure.retriedAt = this.retriedAt;
        return structure;
    }
    begin(no, name, kind, commands = []) {
        const previous = this.steps[this.steps.length - 1];
        if (previous && previous.end >= no)
            previous.end = no - 1;
        const step = newStep(name, kind, no, commands);
        this.steps.push(step);
        return step;
    }
    /**
     * The current step. Lines before the first marked step are one step from line 1: a job's set-up, or in an
     * excerpt (a fixture, `--log-failed` of one step) the step it was cut from.
     */
    here(no) {
        const current = this.steps[this.steps.length - 1];
        if (current)
            return current;
        const first = newStep(FIRST_STEP, 'setup', 1, []);
        first.end = no;
        // Its lines were read before it was made: a retry among them is its own.
        if (this.retriedAt !== undefined)
            first.retriedAt = this.retriedAt;
        this.steps.push(first);
        return first;
    }
    github(no, raw, text) {
        this.format ??= /^[^\t]*\t[^\t]*\t/.test(raw) ? 'github-cli' : 'github';
        const columns = this.format === 'github-cli' ? /^([^\t]*)\t([^\t]*)\t/.exec(raw) : null;
        const column = columns?.[2];
        // `gh run view --log` of a whole run holds its jobs one after another: a new job starts with its own set-up,
        // not as the post steps of the job before it.
        const job = columns?.[1];
        if (job !== undefined && this.job !== undefined && job !== this.job) {
            this.header = false;
            this.begin(no, job, 'setup');
        }
        if (job !== undefined)
            this.job = job;
        if (text.startsWith('##[group]Run ')) {
            const command = text.slice('##[group]Run '.length).trim();
            this.header = true;
            if (EXTENSION_HEADER.test(command))
                this.extension = { no, command, column };
            else
                this.beginRun(no, command, column);
            return true;
        }
        if (text.startsWith('##[endgroup]')) {
            this.header = false;
            return true;
        }
        if (text === 'Post job cleanup.' ||
            (column !== undefined && /^Post /.test(column) && this.here(no).kind !== 'post')) {
            this.header = false;
            this.begin(no, column ?? 'Post job cleanup', 'post');
            return true;
        }
        if (text === 'Cleaning up orphan processes') {
            this.header = false;
            this.complete = true;
            this.begin(no, 'Complete job', 'post');
            return true;
        }
        const marker = ACTION_MARKER.exec(text);
        if (marker) {
            this.compositeStep(marker[1] === 'start', marker[2] ?? '');
            return true;
        }
        if (text.startsWith('##[error]')) {
            this.header = false;
            const step = this.here(no);
            // A time limit's own error comes before the cancellation it causes: only a bare cancellation is one.
            if (!step.failed && CANCELLATION.test(text))
                step.cancelled = true;
            step.failed = true;
            const code = /^##\[error\]Process completed with exit code (\d+)/.exec(text)?.[1];
            if (code !== undefined)
                step.exitCode = Number(code);
            return false;
        }
        return this.header;
    }
    /**
     * A composite action's step began or ended (ACTION_MARKER): one that failed and was allowed to leaves every
     * step the log began since its start failed but allowed to fail.
     */
    compositeStep(start, properties) {
        const values = new Map(properties.split(';').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
        const id = values.get('id');
        if (id === undefined)
            return;
        if (start) {
            this.actions.set(id, this.steps.length);
            return;
        }
        const from = this.actions.get(id);
        this.actions.delete(id);
        if (from === undefined || values.get('outcome') !== 'failure')
            return;
        const allowed = values.get('conclusion') === 'success';
        for (const step of this.steps.slice(from)) {
            if (!step.failed)
                continue;
            if (allowed)
                step.allowedToFail = true;
            else
                step.failureStood = true;
        }
    }
    /** A step's `##[group]Run <command>` header at line `no` (gh's step column names it, when there is one). */
    beginRun(no, command, column) {
        const name = column ?? `Run ${command}`;
        const post = /^Post /.test(name) || this.here(no).kind === 'post';
        return this.begin(no, name, post ? 'post' : 'run', [command]);
    }
    travis(no, raw, text) {
        this.format = 'travis';
        for (const [, edge, name] of raw.matchAll(/travis_fold:(start|end):([\w.-]*)/g)) {
            if (edge === 'start' && name && TRAVIS_HOOKS.test(name)) {
                this.travisHook = name;
                this.begin(no, name, 'hook');
            }
            else if (edge === 'end' && name === this.travisHook) {
                // Hooks come last (after_failure.1, .2, after_script): what follows is hook output or the verdict line.
                this.travisHook = undefined;
            }
        }
        const done = /^Done\. Your build exited with (\d+)/.exec(text);
        if (done) {
            this.outcome = done[1] === '0' ? 'passed' : 'failed';
            return true;
        }
        const end = /^The command "(.*)" (?:exited with (\d+)|failed(?!\. Retrying)(?: and exited with (\d+))?)/.exec(text);
        if (!end)
            return raw.includes('travis_fold:') && text === '';
        const step = this.here(no);
        const code = end[2] ?? end[3];
        step.name = end[1] ?? step.name;
        if (!step.commands.includes(step.name))
            step.commands.unshift(step.name);
        if (step.commands.length > MAX_COMMANDS)
            step.commands.length = MAX_COMMANDS;
        step.exitCode = code === undefined ? undefined : Number(code);
        step.failed = code !== '0';
        step.end = no;
        if (/\|\|\s*true\s*$/.test(step.name))
            step.allowedToFail = true;
        // The next command's lines start after this end.
        this.begin(no + 1, 'script', this.travisHook ? 'hook' : 'run');
        return true;
    }
    gitlab(no, raw, text) {
        this.format = 'gitlab';
        const job = /^(?:ERROR: )?Job (succeeded|failed)/.exec(text);
        if (job)
            this.outcome = job[1] === 'succeeded' ? 'passed' : 'failed';
        for (const [, edge, name] of raw.matchAll(/section_(start|end):\d+:([\w.-]+)/g)) {
            if (edge !== 'start' || !name)
                continue;
            const kind = GITLAB_SETUP.test(name)
                ? 'setup'
                : GITLAB_POST.test(name)
                    ? 'post'
                    : name.startsWith('after_script')
                        ? 'hook'
                        : 'run';
            this.begin(no, name, kind);
        }
        if (/^ERROR: Job failed/.test(text)) {
            const step = this.lastOf('run');
            if (step) {
                step.failed = true;
                const code = /exit code (\d+)/.exec(text)?.[1];
                if (code !== undefined)
                    step.exitCode = Number(code);
            }
            // The runner's own word on why the job failed, when it is not the script's exit status (its time limit,
            // its own failure: gitlab-runner common/build.go), is evidence the rules read.
            if (GITLAB_RUNNER_VERDICT.test(text))
                return false;
        }
        return true;
    }
    jenkins(no, text) {
        const finished = /^Finished: (SUCCESS|FAILURE|UNSTABLE|ABORTED|NOT_BUILT)/.exec(text);
        if (finished) {
            this.format ??= 'jenkins';
            this.outcome = finished[1] === 'SUCCESS' ? 'passed' : 'failed';
            return true;
        }
        const stage = /^\[Pipeline\] \{ \((.+)\)$/.exec(text);
        if (stage?.[1]) {
            this.format = 'jenkins';
            const name = stage[1];
            this.begin(no, name, /^Declarative: Post/.test(name) ? 'post' : 'run');
            return true;
        }
        if (text.startsWith('[Pipeline]')) {
            this.format = 'jenkins';
            return true;
        }
        const shell = /^\[[^\]]*\] \$ (\/bin\/(?:ba)?sh .*|cmd \/c .*)$/.exec(text);
        if (shell?.[1]) {
            this.format = 'jenkins';
            if (this.here(no).kind !== 'post')
                this.begin(no, 'Execute shell', 'run', [shell[1]]);
            return true;
        }
        const marked = /^Build step '(.+)' marked build as failure$/.exec(text);
        if (marked) {
            this.format = 'jenkins';
            const step = this.lastOf('run') ?? this.here(no);
            step.failed = true;
            step.end = no;
            this.begin(no + 1, 'Post-build actions', 'post');
            return true;
        }
        const returned = /^ERROR: script returned exit code (\d+)/.exec(text);
        if (returned) {
            const step = this.here(no);
            step.failed = true;
            step.exitCode = Number(returned[1]);
            return true;
        }
        return false;
    }
    lastOf(kind) {
        return this.steps.findLast((s) => s.kind === kind);
    }
    /** A step read so far. */
    stepAt(index) {
        return this.steps[index];
    }
}
function newStep(name, kind, start, commands) {
    return { name, kind, commands, start, end: start, failed: false, allowedToFail: false };
}
/** Whether a line may carry a structure marker (case-insensitive, as the scanner's prefilter sees it). */
function hasStructureMarker(raw) {
    const lower = raw.toLowerCase();
    return STRUCTURE_KEYWORDS.some((k) => lower.includes(k));
}
/** The structure of a whole log; `command` is the one command of a plain log (what run/ ran). */
function readStructure(log, command) {
    const reader = new StructureReader(command);
    const lines = log.split('\n');
    lines.forEach((raw, i) => {
        if (hasStructureMarker(raw))
            reader.line(i + 1, raw, (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .stripLine */ .nU)(raw));
    });
    const count = log.endsWith('\n') ? lines.length - 1 : lines.length;
    return reader.end(count);
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
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2856);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31637);
/* harmony import */ var _structure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82775);
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
    i: re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.CASE_INSENSITIVE,
    m: re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.MULTILINE,
    s: re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.DOTALL,
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
        return re2js__WEBPACK_IMPORTED_MODULE_2__/* .RE2JS */ .L3.compile(source, bits);
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
        if (rule.retryable === false && rule.type !== 'git' && _types_js__WEBPACK_IMPORTED_MODULE_3__/* .TRANSIENT_TYPES */ .ZF.includes(rule.type))
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
            _types_js__WEBPACK_IMPORTED_MODULE_3__/* .FAILURE_TYPES */ .fs.includes(rule.type);
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
const POST_JOB = new RegExp(`^(?:${_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .BOM */ .bh}?\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z )?(?:Post job cleanup\\.|Cleaning up orphan processes)\\s*$`);
const POST_STEP = 'Post job cleanup';
/** A job extension's header (structure.ts EXTENSION_HEADER) and the `shell:` line the runner prints right after it. */
const EXTENSION_COMMAND = /^'[^']+'$/;
const SHELL_LINE = new RegExp(`^(?:${_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .BOM */ .bh}?\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z )?shell: `);
const TIMESTAMP_AT_START = new RegExp(`^${_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .BOM */ .bh}?\\d{4}-\\d\\d-\\d\\dT`);
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
        const named = columns !== undefined && columns.step !== _structure_js__WEBPACK_IMPORTED_MODULE_1__/* .GH_UNKNOWN_STEP */ .CZ;
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
            retryable: retryable ?? _types_js__WEBPACK_IMPORTED_MODULE_3__/* .TRANSIENT_TYPES */ .ZF.includes(type),
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


/***/ })

};
