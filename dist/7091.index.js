export const id = 7091;
export const ids = [7091];
export const modules = {

/***/ 47091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   STICKY_MARKER: () => (/* binding */ STICKY_MARKER),
/* harmony export */   encodeJobKey: () => (/* binding */ encodeJobKey),
/* harmony export */   isOwnStickyComment: () => (/* binding */ isOwnStickyComment),
/* harmony export */   isStickyComment: () => (/* binding */ isStickyComment),
/* harmony export */   mergeSection: () => (/* binding */ mergeSection),
/* harmony export */   mergeSections: () => (/* binding */ mergeSections),
/* harmony export */   parseStickyBody: () => (/* binding */ parseStickyBody),
/* harmony export */   renderStickyBody: () => (/* binding */ renderStickyBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34201);
/**
 * The sticky PR comment: one comment per PR, found by a hidden marker, with one section per job delimited
 * by hidden markers so every job of a run (and the supervisor) updates only its own part. Pure.
 */


const STICKY_MARKER = '<!-- ci-recovery:sticky -->';
const TITLE = '### ci-recovery';
/** Is this comment body ours? (The marker starts the body; a quote of it in a reply does not count.) */
function isStickyComment(body) {
    return typeof body === 'string' && body.trimStart().startsWith(STICKY_MARKER);
}
/** The identity GitHub writes GITHUB_TOKEN's comments under: the default when no other is known. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
/**
 * Is this comment our sticky comment? The marker alone is not enough: anyone may post a comment that
 * starts with it (forged sections, links, mentions). Only a comment written by the token's own identity
 * is ours; a bot's login (`<slug>[bot]`) counts only on an account of type Bot.
 */
function isOwnStickyComment(comment, self) {
    const author = comment.user;
    if (!isStickyComment(comment.body) || !author?.login)
        return false;
    if (author.login.toLowerCase() !== self.login.toLowerCase())
        return false;
    return !self.login.endsWith('[bot]') || author.type === 'Bot';
}
/** Keys longer than this (in characters) are kept as their start and a digest of the whole. */
const MAX_KEY_CHARS = 100;
const KEPT_KEY_CHARS = 80;
/**
 * A key of at most MAX_KEY_CHARS characters that still tells apart every job: two matrix legs whose names
 * share their first 100 characters (long matrix values) would otherwise write one section, each erasing
 * the other's report. A long key keeps its start, readable, and a digest of the whole.
 */
function boundedKey(key) {
    const chars = [...key];
    if (chars.length <= MAX_KEY_CHARS)
        return key;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
    return `${chars.slice(0, KEPT_KEY_CHARS).join('')}.${digest}`;
}
/**
 * A job key made safe inside an HTML comment and unambiguous: characters outside `[A-Za-z0-9_./-]` are
 * percent-encoded (so is `%`), `--` (which would end the comment) is broken up, and a long key is
 * bounded without losing what tells it apart (boundedKey).
 */
function encodeJobKey(key) {
    // Bounded by characters before encoding, so an encoded key never ends inside a percent sequence.
    const encoded = [...boundedKey(key)]
        .map((ch) => /^[A-Za-z0-9_./-]$/.test(ch)
        ? ch
        : [...Buffer.from(ch, 'utf8')]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''))
        .join('');
    return encoded.replace(/--/g, '-%2D') || '_';
}
function decodeJobKey(encoded) {
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        // not percent-encoded after all: shown as it is
        return encoded;
    }
}
const openMarker = (s) => `<!-- ci-recovery:job:${encodeJobKey(s.key)}${s.runId !== undefined ? ` run=${s.runId}` : ''}${s.attempt !== undefined ? ` attempt=${s.attempt}` : ''} -->`;
const closeMarker = (s) => `<!-- /ci-recovery:job:${encodeJobKey(s.key)} -->`;
const SECTION_RE = /<!-- ci-recovery:job:([A-Za-z0-9_./%-]+)(?: run=(\d+))?(?: attempt=(\d+))? -->\n([\s\S]*?)\n?<!-- \/ci-recovery:job:\1 -->/g;
/** The job sections of a sticky comment body, in order; anything outside them is ignored. */
function parseStickyBody(body) {
    const sections = [];
    for (const m of body.matchAll(SECTION_RE)) {
        const [, key = '', run, attempt, text = ''] = m;
        sections.push({
            key: decodeJobKey(key),
            body: text,
            ...(run !== undefined ? { runId: Number(run) } : {}),
            ...(attempt !== undefined ? { attempt: Number(attempt) } : {}),
        });
    }
    return sections;
}
/** Is `a` from a later run or attempt than `b`? Unknown versions count as newest (caller's write wins). */
function newerOrSame(a, b) {
    if (a.runId === undefined || b.runId === undefined)
        return true;
    if (a.runId !== b.runId)
        return a.runId > b.runId;
    return (a.attempt ?? 0) >= (b.attempt ?? 0);
}
/**
 * Union of section lists by key, keeping first-seen order. For a key in several lists the newest run/
 * attempt wins, and among equals the later list wins (pass lists oldest first).
 */
function mergeSections(...lists) {
    // Keyed by the encoded form: the identity the markers carry.
    const byKey = new Map();
    for (const list of lists) {
        for (const s of list) {
            const id = encodeJobKey(s.key);
            const existing = byKey.get(id);
            if (!existing || newerOrSame(s, existing))
                byKey.set(id, s);
        }
    }
    return [...byKey.values()];
}
/** Strip anything in a section body that would look like our markers. */
function neutralize(body) {
    return body.replace(/<!--\s*\/?\s*ci-recovery:/g, '&lt;!-- ci-recovery:');
}
/**
 * The full comment body: marker, title, then each section between its markers; kept under `limit`
 * characters (65,536) by cutting the longest sections first (the oldest among equals). A section cut
 * hard keeps its heading (which job, its verdict), and a note under the title says what was cut; only
 * when even the headings do not fit are sections left out, the passed ones first.
 */
function renderStickyBody(sections, options = {}) {
    const limit = options.limit ?? _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW;
    const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
    const text = (s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`;
    const sizes = current.map((s) => text(s).length);
    let dropped = 0;
    const note = () => {
        // Counted from the bodies: a section an earlier writer cut is read back with its mark.
        const stubs = current.filter((s) => isStub(s.body)).length;
        if (stubs + dropped === 0)
            return '';
        // Sections an earlier writer left out are not in the body to count: say only that some were.
        const what = [
            ...(stubs > 0 ? [`${stubs} job section(s) to their heading`] : []),
            ...(dropped > 0 ? ['some job sections left out, passed ones first'] : []),
        ];
        return `_Cut to fit GitHub's ${thousands(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW)}-character comment limit: ${what.join(', and ')}; each job's summary has all of it._`;
    };
    // What rendering would measure, without building it: a 256-job matrix would build it hundreds of times.
    const size = () => {
        const head = note();
        const sections = sizes.reduce((a, b) => a + b, 0);
        return STICKY_MARKER.length + TITLE.length + 2 + (head ? head.length + 2 : 0) + current.length + sections;
    };
    const cutNote = `_Cut to fit GitHub's ${thousands(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW)}-character comment limit: the job summary has all of it._`;
    // A section an earlier writer already cut to its heading cannot be cut again (its mark would pile up).
    const cut = new Set(current.flatMap((s, i) => (isStub(s.body) ? [i] : [])));
    while (size() > limit) {
        const index = pickToCut(current, cut);
        if (index === undefined)
            break;
        const section = current[index];
        const target = section.body.length - (size() - limit);
        // Each section is cut once: to exactly what fits, or to its heading alone when too little would remain.
        section.body = target >= 300 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(section.body, target, cutNote) : stubOf(section.body);
        sizes[index] = text(section).length;
        cut.add(index);
    }
    // Only possible with hundreds of jobs: leave out whole sections, the passed ones first, then the others
    // that did not fail (cancelled, skipped), then the first.
    while (size() > limit && current.length > 0) {
        const passed = current.findIndex((s) => s.body.startsWith('#### \u2705'));
        const index = passed >= 0
            ? passed
            : Math.max(0, current.findIndex((s) => !s.body.startsWith('#### \u274c')));
        current.splice(index, 1);
        sizes.splice(index, 1);
        dropped++;
    }
    const head = note();
    return [STICKY_MARKER, TITLE, '', ...(head ? [head, ''] : []), ...current.map(text)].join('\n');
}
/** Ends a section cut to its heading: one line, so whoever renders the comment next still counts it. */
const STUB_MARK = ' \u00b7 _cut_';
/** A section's first line when it is a heading (which job, its verdict), marked as cut. */
function stubOf(body) {
    if (isStub(body))
        return body;
    const first = body.split('\n', 1)[0] ?? '';
    return `${/^#{1,6} /.test(first) && first.length <= 400 ? first : '####'}${STUB_MARK}`;
}
const isStub = (body) => body.endsWith(STUB_MARK) && !body.includes('\n');
/**
 * `n` with its thousands grouped by commas, as `toLocaleString('en-US')` writes it: by hand, because that call's
 * first use sets up ICU's number formatting, 25-50 ms of CPU in every post that writes a comment.
 */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
/** The longest section not yet reduced to a stub; among equals the oldest run/attempt, then the first. */
function pickToCut(sections, stubbed) {
    let best;
    sections.forEach((s, i) => {
        if (stubbed.has(i))
            return;
        const b = best === undefined ? undefined : sections[best];
        if (!b || s.body.length > b.body.length || (s.body.length === b.body.length && !newerOrSame(s, b)))
            best = i;
    });
    return best;
}
/** Put `section` into an existing sticky body (replacing that job's section, keeping the others). */
function mergeSection(existingBody, section, options = {}) {
    const existing = existingBody ? parseStickyBody(existingBody) : [];
    return renderStickyBody(mergeSections(existing, [section]), options);
}


/***/ })

};
