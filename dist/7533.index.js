export const id = 7533;
export const ids = [7533];
export const modules = {

/***/ 87533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCommentSection: () => (/* binding */ renderCommentSection)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(327);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63247);
/* harmony import */ var _time_saved_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75419);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64143);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73054);
/**
 * One job's section of the sticky comment, from its report: apart from the comment's format (comment.ts),
 * which every PR job's post reads, since it takes the post-mortem, the tests' and the time saved's lines,
 * which only a job with something to report renders (a green job's post compiles none of them).
 */






/** One job's section of the sticky comment, from its report. */
function renderCommentSection(report) {
    const icon = report.conclusion === 'success' ? '\u2705' : report.conclusion === 'cancelled' ? '\u23f9\ufe0f' : '\u274c';
    const head = [`${icon} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(report.job, 120)}**`, `attempt ${report.attempt}`];
    if (report.lane)
        head.push(report.lane.lane);
    const lines = [`#### ${head.join(' \u00b7 ')}`, ''];
    for (const f of report.failures.slice(0, 10)) {
        const c = f.classification;
        const what = `${c ? `**${c.type}**` : 'unclassified'} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.step, { max: 100 })}`;
        const decision = f.decision ? `: ${f.decision.strategy}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.decision.reason, 300)}` : '';
        lines.push(`- ${what}${decision}`);
        if (c?.evidence)
            lines.push(`  - evidence (${(0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .evidencePlace */ .ZV)(c.evidence)}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.evidence.text, { max: 300 })}`);
    }
    if (report.failures.length > 10)
        lines.push(`- and ${report.failures.length - 10} more failures (see the job summary)`);
    if (report.tests?.tests.length)
        lines.push(...(0,_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .testsCommentLines */ .St)(report.tests));
    for (const f of (report.skipped ?? []).slice(0, 10)) {
        const type = f.classification ? `**${f.classification.type}**` : 'unclassified';
        const rule = f.decision ? ` by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.decision.rule, { max: 80 })}` : '';
        lines.push(`- ${type} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.step, { max: 100 })} **skipped**${rule}: the job went on`);
    }
    if (report.failures.length === 0) {
        const recovered = report.stages.filter((s) => s.attempts.length > 1 || s.resumed).length;
        lines.push(recovered > 0 ? `- passed; ${recovered} stage(s) recovered by retry or resume` : '- passed');
    }
    if (report.flaky && !report.failures.every((f) => f.flakyTests))
        lines.push('- flagged **flaky**: the same commit passed after this failure before');
    const saved = (0,_time_saved_js__WEBPACK_IMPORTED_MODULE_3__.timeSavedNote)(report);
    if (saved)
        lines.push(saved);
    const links = [
        ...(report.jobUrl ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('job summary', report.jobUrl)] : []),
        ...(report.runUrl
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)]
            : []),
    ];
    if (links.length > 0)
        lines.push('', links.join(' \u00b7 '));
    if ((report.decision ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .strongestDecision */ .uc)(report.failures))?.strategy === 'manual') {
        lines.push('', '<details><summary>Post-mortem (prefilled: needs a person)</summary>', '', (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__.renderPostMortem)(report), '', '</details>');
    }
    return lines.join('\n');
}


/***/ })

};
