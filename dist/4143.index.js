export const id = 4143;
export const ids = [4143,5419];
export const modules = {

/***/ 72133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ costBudgetMs),
/* harmony export */   aE: () => (/* binding */ checkpointPays),
/* harmony export */   it: () => (/* binding */ estimateCostMs),
/* harmony export */   sd: () => (/* binding */ workSkipped),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports CHECKPOINT_WHEN, PAYS_FACTOR, ESTIMATE, stagesGained */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/**
 * Whether a `run/` stage's checkpoint can pay for itself (config `checkpoint.when: pays`, the default). A
 * checkpoint costs every green job; it gains only when a resume starts from it, and then it skips the
 * stages completed before it, less those the job's last checkpoint already lets a resume skip (without this
 * one, a resume starts from that one). So it is taken when that work is at least PAYS_FACTOR times what the
 * checkpoint costs, each timed from this job (the stage ledger, the durations a resumed checkpoint
 * recorded) or, for the cost with no checkpoint of this job timed yet, estimated from the paths' size.
 * Pure: the figures come in, the verdict and its one log line go out.
 */

const CHECKPOINT_WHEN = (/* unused pure expression or super */ null && (['pays', 'always']));
/**
 * Three times the cost: a resume pays the save back once, then its own restore, which measures at
 * 0.9-1.7x the save (bench:checkpoint, issue 67), and a third for the noise of timing on a shared
 * machine. Below that, a lost runner is better served by running the stages again.
 */
const PAYS_FACTOR = 3;
/** What the estimate takes a checkpoint to cost, per byte and per file, with a floor for the store. */
const ESTIMATE = {
    /** Bytes a second of a path packed with tar and zstd -3, which the stage waits for (vercel/ms: ~100 MB/s). */
    packedBytesPerSecond: 100e6,
    /** Bytes a second of a keyed path compared by content with its entry (sha256, about a second a GB). */
    keyedBytesPerSecond: 1e9,
    /** A file's lstat, open and tar header. */
    msPerFile: 0.05,
    /** Loading the engine and the store's round trips, whatever the size. */
    fixedMs: 200,
};
/** The estimated cost of checkpointing paths of this size (see ESTIMATE). */
function estimateCostMs(size) {
    const packed = Math.max(0, size.bytes - size.keyedBytes);
    return (ESTIMATE.fixedMs +
        (packed / ESTIMATE.packedBytesPerSecond) * 1000 +
        (size.keyedBytes / ESTIMATE.keyedBytesPerSecond) * 1000 +
        size.files * ESTIMATE.msPerFile);
}
/**
 * The stages a resume from this checkpoint skips that it would not skip without it: those the job's last
 * checkpoint does not hold, and its own stage (a second step of a name it holds ran after it), else all.
 */
function stagesGained(facts) {
    const { since } = facts;
    if (!since)
        return facts.completed;
    return facts.completed.filter((s) => s === since.stage || !since.holds.includes(s));
}
/** The work this checkpoint lets a resume skip (stagesGained): the timed durations, and those not timed. */
function workSkipped(facts) {
    let ms = 0;
    const untimed = [];
    for (const stage of stagesGained(facts)) {
        const d = facts.durations[stage];
        if (d === undefined || !Number.isFinite(d) || d < 0)
            untimed.push(stage);
        else
            ms += d;
    }
    return { ms, untimed };
}
/** The cost past which a checkpoint cannot pay: a size walk may stop there. */
const costBudgetMs = (skipMs) => skipMs / PAYS_FACTOR;
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** `1.0 GB`, `216.6 MB`, `64 KB`, `22 B`. */
function formatBytes(bytes) {
    if (bytes >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    if (bytes >= 1e6)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    if (bytes >= 1e3)
        return `${Math.round(bytes / 1e3)} KB`;
    return `${Math.round(bytes)} B`;
}
function describeCost(cost) {
    if (cost.from === 'measured')
        return `${seconds(cost.ms)} (what the checkpoint before '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(cost.stage)}' cost this job${cost.bytes !== undefined ? `, ${formatBytes(cost.bytes)}` : ''})`;
    const { size } = cost;
    const keyed = size.keyedBytes > 0 ? `, ${formatBytes(size.keyedBytes)} of it keyed` : '';
    const atLeast = size.partial ? 'at least ' : '';
    return `${atLeast}${seconds(cost.ms)} (estimated from the paths' ${atLeast}${formatBytes(size.bytes)} in ${size.files} files${keyed}: no checkpoint of this job timed yet)`;
}
/** Decides, and says why in one line. `always` takes every checkpoint, as before `pays` existed. */
function checkpointPays(facts, when = 'pays') {
    const head = `ci-recovery: checkpoint before stage '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.stage)}'`;
    const { ms: skipMs, untimed } = workSkipped(facts);
    const gained = stagesGained(facts);
    const timed = gained
        .filter((s) => !untimed.includes(s))
        .slice(0, 10)
        .map((s) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(s)} ${seconds(facts.durations[s])}`);
    // Said only when it leaves stages out: the earlier checkpoint already skips those.
    const beyond = gained.length < facts.completed.length
        ? ` more than the checkpoint before '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.since.stage)}' does`
        : '';
    const skips = `a resume from it skips ${seconds(skipMs)} of work${beyond}${timed.length ? ` (${timed.join(', ')})` : ''}`;
    if (when === 'always')
        return { take: true, skipMs, line: `${head} taken: checkpoint.when is 'always'.` };
    if (facts.completed.length === 0)
        return {
            take: false,
            skipMs,
            line: `${head} skipped: no stage completed before it, so a resume from it would skip no work.`,
        };
    if (untimed.length > 0)
        return {
            take: true,
            skipMs,
            line: `${head} taken: stage(s) ${untimed
                .slice(0, 10)
                .map((s) => `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(s)}'`)
                .join(', ')} not timed, so whether it pays cannot be told; ${skips}.`,
        };
    if (!facts.cost || (facts.cost.from === 'estimate' && facts.cost.size.unknown))
        return {
            take: true,
            skipMs,
            line: `${head} taken: its cost is not known${facts.cost?.from === 'estimate' ? ` (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.cost.size.unknown)})` : ''}; ${skips}.`,
        };
    const ratio = skipMs / Math.max(1, facts.cost.ms);
    if (facts.cost.from === 'estimate' && facts.cost.size.capped && ratio >= PAYS_FACTOR)
        return {
            take: true,
            skipMs,
            line: `${head} taken: ${skips}, and its cost is ${describeCost(facts.cost)}; the walk stops at ${facts.cost.size.files} files, so whether it pays cannot be told.`,
        };
    const take = ratio >= PAYS_FACTOR;
    const verdict = `${take ? 'taken' : 'skipped'}: ${skips}, ${ratio.toFixed(1)}x its cost of ${describeCost(facts.cost)}; taken from ${PAYS_FACTOR}x (checkpoint.when: always takes every one)`;
    return { take, skipMs, line: `${head} ${verdict}.` };
}


/***/ }),

/***/ 64143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_LINE_END_BYTES: () => (/* binding */ SUMMARY_LINE_END_BYTES),
  renderPostMortem: () => (/* binding */ renderPostMortem),
  renderSummary: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var report_markdown = __webpack_require__(34201);
// EXTERNAL MODULE: ./src/core/report/model.ts
var model = __webpack_require__(327);
// EXTERNAL MODULE: ./src/core/report/tests.ts
var tests = __webpack_require__(63247);
// EXTERNAL MODULE: ./src/core/report/time-saved.ts
var time_saved = __webpack_require__(75419);
;// CONCATENATED MODULE: ./src/core/report/timeline.ts
/** A Mermaid gantt chart of the job's attempts: one section per stage, one bar per attempt. */

const MAX_BARS = 60;
/**
 * The fenced ```mermaid block, or '' when there is nothing timed to show. Times are epoch milliseconds
 * (`dateFormat x`); a failed attempt is `crit`, a passed one `done`, a stage resumed from an earlier
 * attempt a milestone.
 */
function renderTimeline(stages, title = 'Attempts') {
    const lines = [];
    let bars = 0;
    let omitted = 0;
    for (const stage of stages) {
        const section = [];
        if (stage.resumed) {
            const at = Date.parse(stage.startedAt ?? '');
            if (!Number.isNaN(at))
                section.push(`    resumed from an earlier attempt :milestone, ${at}, ${at + 1}`);
        }
        stage.attempts.forEach((a, i) => {
            const start = Date.parse(a.startedAt);
            if (Number.isNaN(start))
                return;
            const failed = !(stage.outcome === 'success' && i === stage.attempts.length - 1);
            const why = failed
                ? a.timedOut
                    ? 'timeout'
                    : (a.failureType ?? (a.exitCode !== undefined ? `exit ${a.exitCode}` : 'failed'))
                : 'ok';
            const end = start + Math.max(1, Math.round(a.durationMs));
            section.push(`    attempt ${a.attempt} ${(0,report_markdown/* mermaidLabel */._b)(why, 30)} :${failed ? 'crit' : 'done'}, ${start}, ${end}`);
        });
        if (section.length === 0)
            continue;
        if (bars + section.length > MAX_BARS) {
            omitted += section.length;
            continue;
        }
        bars += section.length;
        lines.push(`    section ${(0,report_markdown/* mermaidLabel */._b)(stage.name)}`, ...section);
    }
    if (bars === 0)
        return '';
    const head = [
        '```mermaid',
        'gantt',
        `    title ${(0,report_markdown/* mermaidLabel */._b)(title)}`,
        '    dateFormat x',
        '    axisFormat %H:%M:%S',
    ];
    const out = [...head, ...lines, '```'];
    if (omitted > 0)
        out.push('', `_${omitted} more attempts not drawn._`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/report/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY) and the manual post-mortem. Everything derived from logs, step
 * names, branches or commits goes through the escaping helpers; `warnings` are ci-recovery's own markdown.
 */






const OUTCOME_ICON = { success: '\u2705', failure: '\u274c', skipped: '\u23ed\ufe0f' };
/** The most bytes the line end after a summary takes (CRLF). */
const SUMMARY_LINE_END_BYTES = 2;
/** The job summary markdown, under `limitBytes` with its line end (cut with a note when it would not fit). */
function renderSummary(report, options = {}) {
    const limit = options.limitBytes ?? report_markdown/* STEP_SUMMARY_LIMIT_BYTES */.Wm;
    const parts = [heading(report), contextLines(report)];
    if (report.warnings.length > 0)
        parts.push(warningsBlock(report.warnings));
    const decision = report.decision ?? (0,model/* strongestDecision */.uc)(report.failures);
    if (decision) {
        parts.push(`### Decision\n\n**${decision.strategy}** (rule ${(0,report_markdown/* codeSpan */.SS)(decision.rule, { max: 80 })}): ${(0,report_markdown/* escapeText */.X1)(decision.reason, 500)}` +
            flakyNote(report));
    }
    if (report.failures.length > 0)
        parts.push(`### Failures\n\n${failuresTable(report.failures)}\n\n${evidenceLines(report.failures)}`);
    if (report.skipped?.length)
        parts.push(skippedBlock(report.skipped));
    if (report.tests?.tests.length)
        parts.push((0,tests/* renderTestsBlock */.RB)(report.tests));
    if (report.stages.length > 0)
        parts.push(`### Stages\n\n${stagesTable(report.stages)}`);
    parts.push(timeBlock(report));
    const timeline = renderTimeline(report.stages, `${report.job} attempt ${report.attempt}`);
    if (timeline)
        parts.push(`### Timeline\n\n${timeline}`);
    if (decision?.strategy === 'manual')
        parts.push(renderPostMortem(report));
    const markdown = `${parts.join('\n\n')}\n`;
    const note = `> [!NOTE]\n> This summary was cut to fit GitHub's ${formatBytes(limit)} step summary limit${report.jobUrl ? `; the job log has the rest: ${(0,report_markdown/* link */.nf)('job log', report.jobUrl)}` : ''}.`;
    // Room for the line end the runner adapter appends (`appendSummary`, up to 2 bytes on Windows): the file
    // must stay within the limit, not just this text.
    return (0,report_markdown/* truncateMarkdown */.o4)(markdown, limit - SUMMARY_LINE_END_BYTES, note, report_markdown/* utf8Bytes */.dy);
}
function flakyNote(report) {
    if (report.failures.length > 0 && report.failures.every((f) => f.flakyTests))
        return '\n\nThis failure is **flaky**: every failed test is known flaky from the test history (see Tests).';
    return report.flaky
        ? '\n\nThis failure is **flaky**: the same commit passed after it before (ledger).'
        : '';
}
function heading(report) {
    const icon = report.conclusion === 'success' ? '\u2705' : report.conclusion === 'cancelled' ? '\u23f9\ufe0f' : '\u274c';
    const recovered = report.conclusion === 'success' &&
        report.stages.some((s) => s.attempts.length > 1 || s.resumed || (s.flakyTests ?? 0) > 0);
    const state = report.conclusion === 'success'
        ? recovered
            ? 'recovered'
            : report.skipped?.length
                ? 'passed, with skipped failures'
                : 'passed'
        : report.conclusion === 'cancelled'
            ? 'cancelled'
            : 'failed';
    return `## ${icon} ci-recovery: ${(0,report_markdown/* escapeText */.X1)(report.job, 120)} ${state} (attempt ${report.attempt})`;
}
function contextLines(report) {
    const lines = [];
    if (report.lane)
        lines.push(`**Lane:** ${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 300)}`);
    const where = [];
    if (report.runId !== undefined)
        where.push((0,report_markdown/* link */.nf)(`run ${report.runId}, attempt ${report.attempt}`, report.runUrl));
    if (report.jobUrl)
        where.push((0,report_markdown/* link */.nf)('job log', report.jobUrl));
    if (report.sha)
        where.push(`commit ${(0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12))}`);
    if (report.branch)
        where.push(`branch ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}`);
    if (report.prNumber !== undefined)
        where.push(`PR #${report.prNumber}`);
    if (where.length > 0)
        lines.push(`**Run:** ${where.join(' \u00b7 ')}`);
    return lines.join('  \n');
}
/**
 * Warnings are sentences of ours that name steps, stages and files (a pull request names those): they are
 * plain text, escaped like any other, never markup.
 */
function warningsBlock(warnings) {
    return ['> [!WARNING]', ...warnings.map((w) => `> ${(0,report_markdown/* escapeText */.X1)(w, 1000)}`)].join('\n');
}
function failuresTable(failures) {
    const rows = failures.map((f) => {
        const c = f.classification;
        const step = (0,report_markdown/* codeSpan */.SS)(f.stage && f.stage !== f.step ? `${f.step} [${f.stage}]` : f.step, {
            inTable: true,
            max: 120,
        });
        const exit = f.signal
            ? `signal ${(0,report_markdown/* escapeText */.X1)(f.signal, 20)}`
            : f.exitCode !== undefined
                ? `exit ${f.exitCode}`
                : f.conclusion && f.conclusion !== 'failure'
                    ? f.conclusion
                    : '';
        const decision = f.decision
            ? `${f.decision.strategy} (${(0,report_markdown/* codeSpan */.SS)(f.decision.rule, { inTable: true, max: 60 })})`
            : '\u2013';
        return `| ${step} | ${c ? `**${c.type}**` : 'not classified'} | ${c?.confidence ?? '\u2013'} | ${c ? (0,report_markdown/* codeSpan */.SS)(c.rule, { inTable: true, max: 60 }) : '\u2013'} | ${f.attempts ?? '\u2013'} | ${exit || '\u2013'} | ${decision} |`;
    });
    return [
        '| Step | Type | Confidence | Rule | Attempts | Exit | Decision |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The decisive line of each failure, verbatim in a code span (never markup). */
function evidenceLines(failures) {
    const lines = failures.map((f) => {
        const e = f.classification?.evidence;
        const name = (0,report_markdown/* codeSpan */.SS)(f.step, { max: 80 });
        if (!e || e.text.trim() === '')
            return `- ${name}: no decisive line found`;
        return `- ${name}, evidence (${(0,types/* evidencePlace */.ZV)(e)}): ${(0,report_markdown/* codeSpan */.SS)(e.text, { max: 400 })}`;
    });
    return `**Evidence**\n\n${lines.join('\n')}`;
}
/** Failures a policy rule let pass: the job went on and may be green, but nothing is hidden. */
function skippedBlock(skipped) {
    return ('### Skipped failures\n\n' +
        'A policy rule (`strategy: skip`) let these failures pass: their steps ended with a warning and the job went on.\n\n' +
        `${failuresTable(skipped)}\n\n${evidenceLines(skipped)}`);
}
function stagesTable(stages) {
    const rows = stages.map((s) => {
        const outcome = s.resumed
            ? `${OUTCOME_ICON.skipped} resumed${s.previousDurationMs !== undefined ? ` (took ${(0,report_markdown/* formatDuration */.a3)(s.previousDurationMs)} before)` : ''}`
            : s.policySkipped
                ? `${OUTCOME_ICON.skipped} failed, skipped by policy`
                : `${OUTCOME_ICON[s.outcome]} ${s.outcome}`;
        const failedTypes = [
            ...new Set(s.attempts.map((a) => (a.timedOut ? 'timeout' : a.failureType)).filter((t) => t !== undefined)),
        ];
        const attempts = s.attempts.length === 0
            ? '0'
            : `${s.attempts.length}${failedTypes.length > 0 ? ` (${failedTypes.join(', ')})` : ''}`;
        return `| ${(0,report_markdown/* codeSpan */.SS)(s.name, { inTable: true, max: 80 })} | ${s.kind} | ${outcome} | ${attempts} | ${s.durationMs !== undefined ? (0,report_markdown/* formatDuration */.a3)(s.durationMs) : '\u2013'} |`;
    });
    return ['| Stage | Kind | Outcome | Attempts | Duration |', '|---|---|---|---|---|', ...rows].join('\n');
}
function timeBlock(report) {
    const spent = (0,model/* timeSpent */.eG)(report);
    const lines = [];
    if (spent.totalMs !== undefined) {
        // Counted from ci-recovery's step (the jobs API gave no start of the job), it must not read as the job's.
        const since = report.startedFrom === 'step'
            ? "since ci-recovery's step began in this job attempt (the job's own start was not read from the jobs API: the steps before it are not counted)"
            : 'in this job attempt';
        lines.push(`- Spent: ${(0,report_markdown/* formatDuration */.a3)(spent.totalMs)} ${since}, ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)} of it in failed attempts.`);
    }
    else {
        lines.push(`- Spent in failed attempts: ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)}.`);
    }
    lines.push(...(0,time_saved.timeSavedLines)(report));
    lines.push(...(0,time_saved.checkpointLines)(report));
    return `### Time\n\n${lines.join('\n')}`;
}
function formatBytes(n) {
    return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
/**
 * The post-mortem for a failure ci-recovery hands to a person (strategy `manual`): what is known,
 * prefilled, and blanks for what only a person can say.
 */
function renderPostMortem(report) {
    const failure = report.failures.find((f) => f.decision?.strategy === 'manual') ?? report.failures[0];
    const lines = ['### Post-mortem (needs a person)', ''];
    if (failure) {
        const c = failure.classification;
        const what = [`step ${(0,report_markdown/* codeSpan */.SS)(failure.step, { max: 120 })}`];
        if (failure.stage && failure.stage !== failure.step)
            what.push(`stage ${(0,report_markdown/* codeSpan */.SS)(failure.stage, { max: 80 })}`);
        if (failure.exitCode !== undefined)
            what.push(`exit code ${failure.exitCode}`);
        if (failure.signal)
            what.push(`signal ${(0,report_markdown/* escapeText */.X1)(failure.signal, 20)}`);
        lines.push(`- **What failed:** ${what.join(', ')}`);
        lines.push(`- **Failure type:** ${c ? `${c.type} (${c.confidence} confidence, rule ${(0,report_markdown/* codeSpan */.SS)(c.rule, { max: 80 })})` : 'not classified'}`);
        lines.push(`- **Evidence:** ${c?.evidence ? `${(0,types/* evidencePlace */.ZV)(c.evidence)}: ${(0,report_markdown/* codeSpan */.SS)(c.evidence.text, { max: 400 })}` : 'no decisive line found'}`);
        if (failure.decision) {
            lines.push(`- **Why a person:** ${(0,report_markdown/* escapeText */.X1)(failure.decision.reason, 400)} (rule ${(0,report_markdown/* codeSpan */.SS)(failure.decision.rule, { max: 80 })})`);
        }
    }
    else {
        lines.push('- **What failed:** no failed step was identified');
    }
    lines.push(`- **Lane:** ${report.lane ? `${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 200)}` : 'unknown'}`);
    const inStep = failure?.attempts !== undefined ? `, ${failure.attempts} in-step attempt(s) of the failing step` : '';
    lines.push(`- **Attempts:** job attempt ${report.attempt}${report.runId !== undefined ? ` of run ${report.runId}` : ''}${inStep}`);
    lines.push(`- **Commit:** ${report.sha ? (0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12)) : 'unknown'}${report.branch ? ` on ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}` : ''}` +
        `; last good commit: ${report.lastGoodSha ? (0,report_markdown/* codeSpan */.SS)(report.lastGoodSha.slice(0, 12)) : 'unknown'}`);
    const links = Object.entries({
        ...(report.runUrl ? { run: report.runUrl } : {}),
        ...(report.jobUrl ? { 'job log': report.jobUrl } : {}),
        ...(failure?.url ? { step: failure.url } : {}),
        ...(report.links ?? {}),
    }).map(([name, url]) => (0,report_markdown/* link */.nf)(name, url));
    if (links.length > 0)
        lines.push(`- **Links:** ${links.join(' \u00b7 ')}`);
    lines.push('', '| To fill in | Answer |', '|---|---|', '| Root cause | _ |', '| Caused by this change? (yes / no / unsure) | _ |', '| Fix or follow-up (link) | _ |', '| Owner | _ |', '| Should ci-recovery have decided otherwise? | _ |');
    return lines.join('\n');
}


/***/ }),

/***/ 75419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkpointLines: () => (/* binding */ checkpointLines),
/* harmony export */   renderResumeOutlook: () => (/* binding */ renderResumeOutlook),
/* harmony export */   resumeOutlook: () => (/* binding */ resumeOutlook),
/* harmony export */   savedOverview: () => (/* binding */ savedOverview),
/* harmony export */   spentWhole: () => (/* binding */ spentWhole),
/* harmony export */   timeSavedLines: () => (/* binding */ timeSavedLines),
/* harmony export */   timeSavedNote: () => (/* binding */ timeSavedNote)
/* harmony export */ });
/* harmony import */ var _checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72133);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(327);



/** What a share of the spent time is of: the job, or (its start unknown) the time since ci-recovery's step. */
function spentWhole(report) {
    return report.startedFrom === 'step' ? "the time since ci-recovery's step began" : 'the job';
}
function savedOverview(report) {
    const items = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .timeSaved */ .jU)(report);
    const totalMs = items.reduce((sum, s) => sum + s.ms, 0);
    const spentMs = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .timeSpent */ .eG)(report).totalMs;
    const unmeasured = report.stages
        .filter((s) => s.resumed && (s.previousDurationMs === undefined || s.previousDurationMs <= 0))
        .map((s) => s.name);
    return {
        items,
        totalMs,
        ...(spentMs !== undefined ? { spentMs } : {}),
        ...(spentMs !== undefined && totalMs > 0 ? { share: totalMs / (totalMs + spentMs) } : {}),
        unmeasured,
    };
}
const percent = (share) => `${Math.round(share * 100)}%`;
/** The "Saved" lines of the summary's Time block (markdown list items). */
function timeSavedLines(report) {
    const o = savedOverview(report);
    const lines = [];
    if (o.items.length === 0 && o.unmeasured.length === 0) {
        return ['- Saved: nothing this time (no stage was resumed or recovered in-step).'];
    }
    if (o.items.length > 0) {
        const of = o.share !== undefined && o.spentMs !== undefined
            ? `, ${percent(o.share)} of ${spentWhole(report)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.totalMs + o.spentMs)} without recovery, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.spentMs)} with it)`
            : '';
        lines.push(`- Saved: about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.totalMs)}**${of}`);
        for (const s of o.items) {
            const source = s.how === 'resume' ? ' (its duration in the earlier attempt)' : '';
            lines.push(`  - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.what, 200)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.ms)}${source}`);
        }
    }
    if (o.unmeasured.length > 0) {
        const names = o.unmeasured.slice(0, 20).map((n) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(n, { max: 80 }));
        lines.push(`- ${o.items.length > 0 ? 'Also resumed' : 'Saved: resumed'} ${names.join(', ')}, not counted: the checkpoint did not record how long ${o.unmeasured.length > 1 ? 'they' : 'it'} took in the earlier attempt.`);
    }
    return lines;
}
/**
 * What the checkpoints cost and what they saved, for the summary of a resumed job: the checkpoint it
 * resumed from (what its save took and its archive's bytes, from its manifest) and this attempt's own
 * (what each step waited on one, and its bytes), against the stages the resume skipped with the seconds
 * they took when they ran. Nothing for a job that resumed nothing.
 */
function checkpointLines(report) {
    const resumed = report.stages.filter((s) => s.resumed);
    const from = report.resumedCheckpoint;
    if (!from && resumed.length === 0)
        return [];
    const taken = report.stages.filter((s) => s.checkpointMs !== undefined);
    const costMs = (from?.ms ?? 0) + taken.reduce((sum, s) => sum + s.checkpointMs, 0);
    const bytes = (from?.bytes ?? 0) + taken.reduce((sum, s) => sum + (s.checkpointBytes ?? 0), 0);
    const parts = [
        ...(from
            ? [
                `the one resumed from (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(from.id, { max: 120 })}) took ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(from.ms)} to save, ${(0,_checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(from.bytes)}`,
            ]
            : []),
        ...(taken.length > 0
            ? [
                `this attempt's ${taken
                    .slice(0, 20)
                    .map((s) => `before ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.name, { max: 80 })} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.checkpointMs)}${s.checkpointBytes !== undefined ? `, ${(0,_checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.checkpointBytes)}` : ''}`)
                    .join('; ')}`,
            ]
            : []),
    ];
    const lines = [
        `- Checkpoints cost about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(costMs)}** and **${(0,_checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}**${parts.length ? `: ${parts.join('; ')}` : ''}.`,
    ];
    const timed = resumed.filter((s) => (s.previousDurationMs ?? 0) > 0);
    const savedMs = timed.reduce((sum, s) => sum + s.previousDurationMs, 0);
    const stages = resumed
        .slice(0, 20)
        .map((s) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.name, { max: 80 })} (${(s.previousDurationMs ?? 0) > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.previousDurationMs) : 'not timed'})`);
    lines.push(resumed.length > 0
        ? `- Checkpoints saved about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(savedMs)}**: the resume skipped ${stages.join(', ')}, as long as they took when they ran${costMs > 0 && savedMs > 0 ? ` (${(savedMs / costMs).toFixed(1)}x what the checkpoints cost)` : ''}.`
        : '- Checkpoints saved nothing: no stage was skipped (their files were gone, or the resumed stages ran again).');
    return lines;
}
/** One line for the sticky comment, or undefined when nothing measurable was saved. */
function timeSavedNote(report) {
    const o = savedOverview(report);
    if (o.totalMs <= 0)
        return undefined;
    const resumed = o.items.filter((s) => s.how === 'resume').length;
    const tests = o.items.filter((s) => s.how === 'retry-tests').length;
    const retried = o.items.length - resumed - tests;
    const how = [
        ...(resumed > 0 ? [`${resumed} stage(s) skipped by resume`] : []),
        ...(retried > 0 ? [`${retried} in-step retr${retried > 1 ? 'ies' : 'y'}`] : []),
        ...(tests > 0 ? [`flaky tests retried alone in ${tests} step(s)`] : []),
    ].join(', ');
    return `- time saved: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.totalMs)}${o.share !== undefined ? ` (${percent(o.share)} of ${spentWhole(report)})` : ''}: ${how}`;
}
function resumeOutlook(plan) {
    const names = plan.resumableStages ?? [];
    if (names.length === 0)
        return undefined;
    const durations = plan.stageDurations ?? {};
    const stages = names.map((name) => Object.hasOwn(durations, name) ? { name, ms: durations[name] } : { name });
    const ms = stages.reduce((sum, s) => sum + (s.ms ?? 0), 0);
    const share = plan.jobMs !== undefined && plan.jobMs > 0 ? Math.min(1, ms / plan.jobMs) : undefined;
    return {
        stages,
        ms,
        ...(plan.jobMs !== undefined ? { jobMs: plan.jobMs } : {}),
        ...(share !== undefined && ms > 0 ? { share } : {}),
    };
}
/** One markdown line: what the re-run of `job` skips. */
function renderResumeOutlook(job, o) {
    const stages = o.stages
        .slice(0, 20)
        .map((s) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.name, { max: 80 })}${s.ms !== undefined ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.ms)})` : ''}`)
        .join(', ');
    const of = o.share !== undefined && o.jobMs !== undefined
        ? `, ${percent(o.share)} of the failed attempt's ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.jobMs)}`
        : '';
    const total = o.ms > 0 ? `: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.ms)} saved${of}` : '';
    return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(job, 120)}: the re-run resumes from its checkpoint and skips ${stages}${total}`;
}


/***/ })

};
