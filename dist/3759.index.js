export const id = 3759;
export const ids = [3759];
export const modules = {

/***/ 23759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wC: () => (/* reexport */ MAX_STREAM_BYTES),
  PU: () => (/* binding */ classifyLog),
  classifyLogFile: () => (/* binding */ classifyLogFile),
  K0: () => (/* reexport */ isZip)
});

// UNUSED EXPORTS: ByteNeedle, LOG_TEST_CHARS, TailBytes, fileChunks, fileStartsWith, mayNameTest, readLog, recoveredMarks, scanLogFile, searchedNeeds, spareBuffers

// EXTERNAL MODULE: ./src/core/classify/index.ts + 35 modules
var classify = __webpack_require__(42232);
// EXTERNAL MODULE: ./src/core/classify/normalize.ts
var normalize = __webpack_require__(31637);
// EXTERNAL MODULE: ./src/core/recovered-log.ts
var recovered_log = __webpack_require__(6713);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/adapters/log-read.ts
/**
 * Reading a log's bytes: a regular file (plain or gzip), a pipe or standard input (at most MAX_STREAM_BYTES),
 * in chunks read ahead into buffers reused from log to log, UTF-16 re-encoded as UTF-8 (log-file.ts readLog).
 */





// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;
/**
 * Standard input, a pipe or a device is read up to this many bytes: an endless stream (`/dev/zero`, a
 * `tail -f`) cannot hang the classifier. A regular file is read whole, whatever its size.
 */
const MAX_STREAM_BYTES = 256 << 20;
/**
 * Whether a regular file starts with these bytes (the content decides what it is, not its name). Read
 * synchronously, as the stat before it: a few bytes cost less than the thread pool's round trips, seven per
 * log with the stat and the zip's sniff, each a wait for a thread on a busy runner (the CLI's start on one log
 * was idle for a third of its time).
 */
function fileStartsWith(file, magic) {
    // An error is the promise's, as it was when the reads were asynchronous. A named pipe is not opened: the open
    // meets its writer, the peek fails (a pipe has no offset 0) and its close drops what the writer wrote, so the
    // log reader's own open waited for a writer that was gone (the CLI on a mkfifo hung).
    return new Promise((resolve) => resolve((0,external_node_fs_.statSync)(file).isFile() && startsWith(file, magic)));
}
function startsWith(file, magic) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buffer = Buffer.alloc(magic.length);
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, magic.length, 0);
        return bytesRead === magic.length && magic.every((byte, i) => buffer[i] === byte);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const GZIP_MAGIC = [0x1f, 0x8b];
/**
 * Whether a regular file starts with a zip local header (`PK\3\4`): a run's log archive (log-archive.ts).
 * Asked here, so that a plain log's start does not load the zip reader to learn it is no zip.
 */
const isZip = (file) => fileStartsWith(file, [0x50, 0x4b, 0x03, 0x04]);
function readError(file, error) {
    const code = error.code;
    if (code === 'ENOENT')
        return new errors/* UserError */.yo(`${file}: no such file; pass the path of a log file`);
    if (code === 'EISDIR')
        return new errors/* UserError */.yo(`${file}: is a directory; pass the path of a log file`);
    if (code === 'EACCES')
        return new errors/* UserError */.yo(`${file}: permission denied; make the file readable`);
    return new errors/* UserError */.yo(`${file}: cannot read: ${(0,errors/* errorMessage */.gJ)(error)}`);
}
/** Opens a log: `-` is standard input; a pipe or device is streamed as it is; a regular file may be gzip. */
function openLog(file, stdin) {
    if (file === '-')
        return { stream: stdin(), gzip: false, endless: true };
    let gzip;
    try {
        // A pipe's or device's bytes would be consumed by a peek: only regular files are sniffed for gzip.
        const kind = (0,external_node_fs_.statSync)(file);
        if (!kind.isFile() && !kind.isDirectory()) {
            return { stream: (0,external_node_fs_.createReadStream)(file, { highWaterMark: READ_CHUNK }), gzip: false, endless: true };
        }
        gzip = startsWith(file, GZIP_MAGIC);
    }
    catch (error) {
        throw readError(file, error);
    }
    if (!gzip && file.endsWith('.gz')) {
        const { size } = (0,external_node_fs_.statSync)(file);
        if (size > 0)
            throw new errors/* UserError */.yo(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
    }
    if (!gzip)
        return { stream: fileChunks(file, READ_CHUNK), gzip, endless: false };
    const source = (0,external_node_fs_.createReadStream)(file, { highWaterMark: READ_CHUNK });
    const stream = source.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: READ_CHUNK }));
    source.on('error', (error) => stream.destroy(error));
    return { stream, source, gzip, endless: false };
}
/**
 * Buffers a log's read gives back when it is done, for the next log to take: a process that classifies many
 * logs (the CLI on 145 job logs) allocated its read buffers and tail ring anew for each, megabytes the allocator
 * kept after the collector freed them, which set its peak RSS. A reader running beside another takes its own.
 */
class SpareBuffers {
    most;
    free = new Map();
    constructor(most) {
        this.most = most;
    }
    take(size) {
        return this.free.get(size)?.pop() ?? Buffer.allocUnsafe(size);
    }
    give(buffer) {
        const free = this.free.get(buffer.length) ?? [];
        if (free.length < this.most && !free.includes(buffer))
            free.push(buffer);
        this.free.set(buffer.length, free);
    }
    /** How many buffers of `size` bytes wait to be taken (for the tests). */
    spare(size) {
        return this.free.get(size)?.length ?? 0;
    }
}
/** Two read buffers per log read at a time; one log at a time is what the CLI reads. */
const spareBuffers = new SpareBuffers(2);
/**
 * A regular file's bytes, read into two buffers in turn: the next chunk is read (in libuv's thread pool)
 * while the consumer scans this one, so the scan does not wait for each read (~6 % of a 270 MB log's wall
 * time was spent idle). Each chunk is consumed before its buffer is read into again (the scanner and the line
 * splitter copy what they keep), so a 50 MB log leaves no 50 MB of spent chunks for the garbage collector to
 * find late, which is what set the peak RSS.
 */
async function* fileChunks(file, size) {
    const handle = await (0,promises_.open)(file, 'r');
    const buffers = [spareBuffers.take(size), spareBuffers.take(size)];
    let reading;
    try {
        for (let i = 0;; i ^= 1) {
            const buffer = buffers[i];
            const { bytesRead } = await (reading ?? handle.read(buffer, 0, size, null));
            reading = undefined;
            if (bytesRead === 0)
                return;
            const next = handle.read(buffers[i ^ 1], 0, size, null);
            // Its error, if any, is thrown where it is awaited: on the next turn, or below when the reader stops.
            next.catch(() => undefined);
            reading = next;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        // A read still under way must end before its buffer is given back and its handle closed.
        await reading?.catch(() => undefined);
        await handle.close();
        for (const buffer of buffers)
            spareBuffers.give(buffer);
    }
}
/**
 * A log saved as UTF-16 (PowerShell 5.1's `Out-File` and `>` write UTF-16LE with FF FE; FE FF is big-endian),
 * re-encoded as UTF-8 chunk by chunk, the byte order mark dropped; any other log passes through untouched.
 * The rules and the scanner read bytes as UTF-8, where UTF-16's zero bytes would hide every word.
 */
async function* asUtf8(stream) {
    let decoder;
    let first = true;
    for await (const chunk of stream) {
        if (first) {
            first = false;
            const [a, b, c, d] = chunk;
            const utf32 = a === 0xff && b === 0xfe && c === 0 && d === 0;
            if (!utf32 && a === 0xff && b === 0xfe)
                decoder = new external_node_util_.TextDecoder('utf-16le');
            else if (a === 0xfe && b === 0xff)
                decoder = new external_node_util_.TextDecoder('utf-16be');
        }
        if (!decoder)
            yield chunk;
        else
            yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
    }
    if (decoder) {
        const rest = decoder.decode();
        if (rest.length > 0)
            yield Buffer.from(rest, 'utf8');
    }
}
/** The longest string sequence taken out (an OSC 8 link's URL); a longer one is not one and stays. */
const MAX_ESCAPE = 4096;
/** What starts an OSC (`ESC ]`): an OSC 8 hyperlink, a window title. */
const OSC = Buffer.from([27, 0x5d]);
/**
 * Where the string sequence at data[at] (`ESC ]`) ends: at its BEL or ST (`ESC \`), or before a line feed (a link
 * left open must not take the next line with it); -1 when the data ends inside it, at + 1 when it is none.
 */
function oscEnd(data, at) {
    let j = at + 2;
    for (; j < data.length && j - at <= MAX_ESCAPE; j++) {
        const byte = data[j];
        if (byte === 7)
            return j + 1;
        // Not terminated on its line: not taken for one (the rest of the line may be the log's own text).
        if (byte === 10)
            return at + 1;
        if (byte === 27)
            return j + 1 >= data.length ? -1 : data[j + 1] === 0x5c ? j + 2 : j;
    }
    return j >= data.length ? -1 : at + 1;
}
/**
 * OSC sequences taken out of a log's bytes as it is read, before any reader sees them: an OSC 8 hyperlink's URL
 * (`ESC ]8;;file:///src/errors.rs ESC \`) and a window title are not text a terminal shows, but the keyword scan
 * read them as the log's words: OSC 8 links around words moved 43 of 157 sampled verdicts (bench/saved-logs.ts).
 * Colour and cursor codes (CSI) stay for the scan and the line reader, which step over them already: taking them
 * out here too cost 6-15 % of the CLI's CPU on the corpus log (1.5 M of them), and moved no corpus verdict. Line
 * feeds stay, so line numbers do not move. A chunk without `ESC ]` is passed on as it is (one native search); a
 * sequence cut by a chunk's end waits for the next.
 */
class EscapeStripper {
    carry;
    out = Buffer.alloc(0);
    joined = Buffer.alloc(0);
    /** The chunk without its OSC sequences (a view of a buffer reused by the next call). */
    strip(chunk) {
        let data = chunk;
        const carry = this.carry;
        if (carry) {
            // Joined in a buffer kept from chunk to chunk: a new one each time, when links are dense and chunks often
            // end inside one, raised the CLI's peak RSS by a third (a 300 MB line of them).
            const bytes = carry.length + chunk.length;
            if (this.joined.length < bytes)
                this.joined = Buffer.allocUnsafe(Math.max(bytes, READ_CHUNK + MAX_ESCAPE));
            carry.copy(this.joined, 0);
            chunk.copy(this.joined, carry.length);
            data = this.joined.subarray(0, bytes);
            this.carry = undefined;
        }
        let esc = data.indexOf(OSC);
        // A chunk ending in ESC may end at an OSC's first byte.
        const lastEsc = data.length > 0 && data[data.length - 1] === 27;
        if (esc < 0 && !lastEsc)
            return data;
        if (this.out.length < data.length)
            this.out = Buffer.allocUnsafe(Math.max(data.length, READ_CHUNK));
        const out = this.out;
        let from = 0;
        let written = 0;
        while (esc >= 0) {
            written += data.copy(out, written, from, esc);
            const end = oscEnd(data, esc);
            if (end < 0) {
                this.carry = Buffer.from(data.subarray(esc));
                return out.subarray(0, written);
            }
            if (end === esc + 1)
                out[written++] = 27;
            from = end;
            esc = data.indexOf(OSC, from);
        }
        const stop = lastEsc && from < data.length ? data.length - 1 : data.length;
        if (stop < data.length)
            this.carry = Buffer.from(data.subarray(stop));
        written += data.copy(out, written, from, stop);
        return out.subarray(0, written);
    }
    /** What is left when the log ends: a sequence it ended inside, kept as it was. */
    end() {
        const rest = this.carry;
        this.carry = undefined;
        return rest;
    }
}

;// CONCATENATED MODULE: ./src/adapters/log-lines.ts


/**
 * RECOVERED_MARK is searched from its `v`: Buffer.indexOf finds a needle's first byte with memchr, and `v` is
 * ~0.5 % of a log's bytes where the mark's `c` is 2 %. Searched whole, the mark took ~5 % of the CPU of a
 * 270 MB log (~3 GB/s); its tail is found ~4x faster, then its head is compared.
 */
const MARK_FROM = Math.max(0, recovered_log/* RECOVERED_MARK */.iz.indexOf('v'));
const MARK_HEAD = Buffer.from(recovered_log/* RECOVERED_MARK */.iz.slice(0, MARK_FROM));
const MARK_TAIL = Buffer.from(recovered_log/* RECOVERED_MARK */.iz.slice(MARK_FROM));
/** Where RECOVERED_MARK starts in a chunk, each added to `marks` in order. */
function recoveredMarks(chunk, marks) {
    const head = MARK_HEAD.length;
    for (let at = chunk.indexOf(MARK_TAIL, head); at >= 0; at = chunk.indexOf(MARK_TAIL, at + MARK_TAIL.length))
        if (chunk.compare(MARK_HEAD, 0, head, at - head, at) === 0)
            marks.push(at - head);
}
/**
 * Splits chunks into lines for the consumers that need whole lines (the step tracker, team rules), keeping
 * at most `keep` bytes of each, so one endless line costs no more memory than a short one. With a filter, only
 * the lines it wants are handed on (a line begun in an earlier chunk always is): the others are skipped, and a
 * chunk it wants none of is counted by the scanner's line number, never split.
 */
class LineSplitter {
    keep;
    onLine;
    filter;
    line = 1;
    carry = [];
    carryBytes = 0;
    open = false;
    constructor(keep, onLine, filter) {
        this.keep = keep;
        this.onLine = onLine;
        this.filter = filter;
    }
    /** `lineAfter`: the number of the line being read once the chunk is read (LogScanner.lineNumber). */
    push(chunk, lineAfter = 0) {
        const filter = this.filter;
        const wanted = filter ? filter.chunk(chunk) : true;
        const first = this.line;
        let start = 0;
        for (;;) {
            if (filter && wanted && !this.open) {
                // On to the next line the filter may want, its number from the line feeds before it: walking every
                // line of a chunk with one step mark or tab was most of the step tracker's CPU on the corpus's logs.
                const next = filter.nextWanted(chunk, start);
                if (next < 0) {
                    start = this.skipRest(chunk, start, lineAfter);
                    break;
                }
                if (next > start)
                    this.line = first + filter.feedsBefore((start = next));
            }
            const nl = chunk.indexOf(10, start);
            if (nl < 0)
                break;
            if (this.open || wanted) {
                if (this.open || !filter || filter.line(chunk, start, nl))
                    this.emit(chunk.subarray(start, Math.min(nl, start + this.keep)));
                else
                    this.line++;
            }
            else {
                start = this.skipRest(chunk, start, lineAfter);
                break;
            }
            start = nl + 1;
        }
        if (start < chunk.length) {
            this.open = true;
            const room = this.keep - this.carryBytes;
            if (room > 0)
                this.carry.push(Buffer.from(chunk.subarray(start, start + room)));
            this.carryBytes += Math.max(0, Math.min(room, chunk.length - start));
        }
    }
    /**
     * Nothing from chunk[start] on is wanted: on to its last line, whose head may be wanted with the next chunk's
     * bytes. Returns where that line starts.
     */
    skipRest(chunk, start, lineAfter) {
        const last = chunk.lastIndexOf(10);
        if (last < start)
            return start;
        this.line = lineAfter;
        return last + 1;
    }
    end() {
        if (this.open)
            this.emit(Buffer.alloc(0));
    }
    emit(tail) {
        let bytes = tail;
        if (this.open) {
            bytes = Buffer.concat([...this.carry, tail]).subarray(0, this.keep);
            this.carry = [];
            this.carryBytes = 0;
            this.open = false;
        }
        this.onLine(bytes, this.line++);
    }
}
/**
 * The lines the step tracker and saysRecovered need, told on raw bytes: one holding a mark, or gh columns other
 * than the last ones read (StepTracker.keeps). Decoding and reading every line was a quarter of the CLI's CPU
 * on a 263 MB log; marks and tabs are found once per chunk. Each of STEP_MARKS holds a structure marker
 * (STRUCTURE_KEYWORDS): a chunk where the scanner counted no line with one is searched for run/'s mark alone, and
 * only if the scanner read that mark (LogScanner.recoveredLine).
 */
class StepLines {
    steps;
    keep;
    scanner;
    marks = [];
    next = 0;
    tab = 0;
    marked = 0;
    /** The line being read when the chunk began (LogScanner.lineNumber before it was pushed). */
    firstLine = 1;
    constructor(steps, keep, scanner) {
        this.steps = steps;
        this.keep = keep;
        this.scanner = scanner;
        scanner.recordLineFeeds();
    }
    /** Called once the scanner has read the chunk. */
    chunk(chunk) {
        const marks = [];
        const marked = this.scanner.markedLines;
        // The chunk's first line may have begun in the last one: its marker was counted there, or is counted now.
        if (marked > this.marked)
            this.stepMarks(chunk, marks);
        this.marked = marked;
        // Only where the scanner read the mark, in this chunk or in the line the chunk began inside: searching every
        // chunk was ~2 % of the CLI's main thread on the corpus log, which holds none.
        if (this.scanner.recoveredLine >= this.firstLine)
            recoveredMarks(chunk, marks);
        this.firstLine = this.scanner.lineNumber;
        this.marks = marks.sort((a, b) => a - b);
        this.next = 0;
        this.tab = chunk.indexOf(9);
        if (this.tab < 0)
            this.tab = chunk.length;
        return marks.length > 0 || this.tab < chunk.length || this.steps.waiting;
    }
    /**
     * Where STEP_MARKS are in the chunk: in the lines the scanner found a structure marker in (each mark holds
     * one) and in the unfinished last line, not in the whole chunk once per mark (a tenth of the CLI's CPU).
     */
    stepMarks(chunk, marks) {
        const lines = this.scanner.markedEnds.map((end) => [chunk.lastIndexOf(10, end - 1) + 1, end]);
        lines.push([chunk.lastIndexOf(10) + 1, chunk.length]);
        for (const [from = 0, end = 0] of lines) {
            const line = chunk.subarray(from, end);
            for (const mark of classify.STEP_MARKS)
                for (let at = line.indexOf(mark); at >= 0; at = line.indexOf(mark, at + mark.length))
                    marks.push(from + at);
        }
    }
    /**
     * A line holding no mark and no tab is kept (StepTracker.keeps), unless an extension header waits for the next
     * line: the first that may not be starts at or before the next mark or tab.
     */
    nextWanted(chunk, start) {
        if (this.steps.waiting)
            return start;
        const marks = this.marks;
        while (this.next < marks.length && marks[this.next] < start)
            this.next++;
        if (this.tab < start) {
            this.tab = chunk.indexOf(9, start);
            if (this.tab < 0)
                this.tab = chunk.length;
        }
        const at = Math.min(this.next < marks.length ? marks[this.next] : chunk.length, this.tab);
        if (at >= chunk.length)
            return -1;
        return at === start ? start : Math.max(start, chunk.lastIndexOf(10, at - 1) + 1);
    }
    feedsBefore(at) {
        return this.scanner.feedsBefore(at);
    }
    line(chunk, start, end) {
        const marks = this.marks;
        while (this.next < marks.length && marks[this.next] < start)
            this.next++;
        if (this.next < marks.length && marks[this.next] < end)
            return true;
        if (this.tab < start) {
            this.tab = chunk.indexOf(9, start);
            if (this.tab < 0)
                this.tab = chunk.length;
        }
        return !this.steps.keeps(chunk, start, Math.min(end, start + this.keep), this.tab < end);
    }
}

// EXTERNAL MODULE: ./src/test-recovery/index.ts + 20 modules
var test_recovery = __webpack_require__(29793);
;// CONCATENATED MODULE: ./src/adapters/log-tail.ts
/**
 * A log's tail, raw (TailBytes), and the failed tests a test runner's console output in it names (tailTests):
 * only the lines that may name one are decoded, found by their bytes (ByteNeedle).
 */


/** The bytes of a line the rules read (normalize.ts cuts its text at MAX_LINE_CHARS). */
const LINE_BYTES = 2 * normalize/* MAX_LINE_CHARS */.yL;
/** The longest needle Buffer.indexOf finds by memchr on its first byte (node's StringSearch). */
const SHORT_NEEDLE = 6;
/**
 * The bytes most frequent in CI logs, most frequent first (on the 145 whole job logs: a space 7 %, `e` 5 %, `T`
 * 1.2 % for the timestamps' own, `k` 0.5 %, `w` 0.4 %); any byte not here is rarer than all of them.
 */
const COMMON_BYTES = Buffer.from(' e02ta-1irson.:ld/c563mu4p987TgbhZfy_v[kSEw', 'latin1');
/** A byte's frequency rank (COMMON_BYTES): 0 for a rare byte, higher the more frequent. */
const BYTE_RANK = new Uint8Array(256);
COMMON_BYTES.forEach((byte, i) => (BYTE_RANK[byte] = COMMON_BYTES.length - i));
/**
 * A string searched for in bytes, found from a part Buffer.indexOf finds fast: at most SHORT_NEEDLE bytes from
 * the needle's rarest byte (BYTE_RANK, the first of the rarest) that leaves the part two bytes, whose every
 * occurrence memchr stops at (a one-byte part would stop the JavaScript loop at each). From its first byte or
 * upper-case letter, `rspec ` was searched from an `r` (3 % of a log's bytes), `TIMEOUT [` and `There w` from the
 * `T` of every timestamp. The bytes around each place the part is found are then compared. Exact: `indexIn` is
 * `indexOf` of the whole needle.
 */
class ByteNeedle {
    whole;
    /** Where the part starts in the needle. */
    from;
    part;
    constructor(text) {
        const whole = Buffer.from(text);
        let from = 0;
        for (let i = 1; i + 2 <= whole.length; i++)
            if (BYTE_RANK[whole[i]] < BYTE_RANK[whole[from]])
                from = i;
        this.whole = whole;
        this.from = from;
        this.part = whole.subarray(from, from + SHORT_NEEDLE);
    }
    indexIn(bytes, start = 0) {
        const { whole, from, part } = this;
        for (let at = bytes.indexOf(part, start + from); at >= 0; at = bytes.indexOf(part, at + 1)) {
            const begin = at - from;
            if (begin + whole.length > bytes.length)
                return -1;
            if (bytes.compare(whole, 0, whole.length, begin, begin + whole.length) === 0)
                return begin;
        }
        return -1;
    }
}
const byteNeedles = new Map();
/** A need's ByteNeedle, made once (searched by indexOf, the 18 console needs took ~6 % of the 145 job logs' CPU). */
function byteNeedle(need) {
    let needle = byteNeedles.get(need);
    if (!needle)
        byteNeedles.set(need, (needle = new ByteNeedle(need)));
    return needle;
}
/**
 * The characters (as UTF-8 bytes) of what stripLineIndented takes out of a line's middle or replaces, after which a line's text may
 * hold what its bytes do not: ESC and CSI (U+009B) start the colour codes it strips, NUL becomes a space, and
 * `\u2039` `\u203a` are dropped.
 */
const SPLICES = ['\u001b', '\u009b', '\u0000', '\u2039', '\u203a'];
/**
 * What a tail must hold for failedFromConsole to find a test: one of every console parser's needs. Undefined
 * when a parser has none (it is always asked), so every tail is read.
 */
const TEST_NEEDS = test_recovery/* CONSOLE_RUNNERS */.i1.every((r) => test_recovery/* FAILED_NEEDS */.Im[r])
    ? [...new Set(test_recovery/* CONSOLE_RUNNERS */.i1.flatMap((r) => test_recovery/* FAILED_NEEDS */.Im[r] ?? []))]
    : undefined;
/**
 * The failed tests a log's tail names: none, without decoding it whole, when no line of it may name one. On the
 * 145 whole job logs, 71 tails held a parser's needs (`FAIL`, `Failed `) and 13 named a test.
 */
function tailTests(tail) {
    if (TEST_NEEDS && !tail.someLine(TEST_NEEDS, LINE_BYTES, mayNameTest))
        return [];
    return (0,test_recovery/* failedFromConsole */.DB)(tail.text(LOG_TEST_CHARS, LINE_BYTES));
}
/**
 * Whether a parser may name a failed test from this stripped line: it holds one of the parser's needs and, for a
 * runner with a line shape (FAILED_LINES), has it once plain, as failedFromConsole reads it.
 */
function mayNameTest(stripped) {
    const line = (0,test_recovery/* plainLine */.h0)(stripped);
    return test_recovery/* CONSOLE_RUNNERS */.i1.some((runner) => test_recovery/* FAILED_NEEDS */.Im[runner]?.some((need) => line.includes(need)) !== false &&
        (test_recovery/* FAILED_LINES */.Cc[runner]?.test(line) ?? true));
}
const needsSearches = new Map();
function needsSearch(needs) {
    const key = JSON.stringify(needs);
    let search = needsSearches.get(key);
    if (!search) {
        const literals = new RegExp(needs.map((need) => need.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
        search = { literals, needles: searchedNeeds([...needs, ...SPLICES]).map(byteNeedle) };
        needsSearches.set(key, search);
    }
    return search;
}
/**
 * The strings whose lines are all the lines holding one of `strings`: those holding no other one. A line with
 * `FAILED ` holds `FAIL`: five of the console needs hold it, five searches of every tail for lines the search
 * for `FAIL` finds.
 */
function searchedNeeds(strings) {
    const unique = [...new Set(strings)];
    return unique.filter((s) => !unique.some((other) => other !== s && s.includes(other)));
}
/**
 * A log's last bytes, raw, in one ring allocated once: only they can hold the tail a test runner's names are
 * read from, so the lines before are never decoded (decoding and stripping every line of a 263 MB log for the
 * tail doubled the CLI's CPU time, and the spent copies its peak RSS).
 */
class TailBytes {
    max;
    ring;
    at = 0;
    wrapped = false;
    /**
     * The ring the last tail gave back (release): the next tail starts from it, so a process's rings grow once, not
     * once per log (64 KiB, 128 KiB, ... each its own allocation: ~1 MB per log of the 145 job logs).
     */
    static spare;
    /** The bytes of the ring waiting for the next tail (for the tests). */
    static get spareBytes() {
        return TailBytes.spare?.length ?? 0;
    }
    /**
     * `max` bytes are kept; the ring starts as the one the last tail gave back when it is no larger than `max`,
     * else at `initial`, and grows to `max` only as a log is that long.
     */
    constructor(max, initial = 64 << 10) {
        this.max = max;
        const spare = TailBytes.spare;
        if (spare && spare.length <= max) {
            TailBytes.spare = undefined;
            this.ring = spare;
        }
        else
            this.ring = Buffer.allocUnsafe(Math.min(max, initial));
    }
    /** Gives the ring back for the next tail; this tail is empty after. */
    release() {
        if (this.ring.length > 0)
            TailBytes.spare = this.ring;
        this.ring = Buffer.alloc(0);
        this.at = 0;
        this.wrapped = false;
    }
    push(chunk) {
        this.grow(this.at + chunk.length);
        const size = this.ring.length;
        if (chunk.length >= size) {
            chunk.copy(this.ring, 0, chunk.length - size);
            this.at = 0;
            this.wrapped = true;
            return;
        }
        const first = Math.min(chunk.length, size - this.at);
        chunk.copy(this.ring, this.at, 0, first);
        if (first < chunk.length) {
            chunk.copy(this.ring, 0, first);
            this.wrapped = true;
        }
        this.at = (this.at + chunk.length) % size;
        if (this.at === 0 && chunk.length > 0)
            this.wrapped = true;
    }
    /**
     * Makes room for `bytes` bytes without wrapping, up to `max`: a short log's tail costs no ring of `max`
     * (one per log classified, all left to the collector). Kept bytes stay where they are, so the ring keeps
     * what one of `max` bytes would.
     */
    grow(bytes) {
        if (this.wrapped || this.ring.length >= this.max || bytes < this.ring.length)
            return;
        const ring = Buffer.allocUnsafe(Math.min(this.max, Math.max(2 * this.ring.length, bytes + 1)));
        this.ring.copy(ring, 0, 0, this.at);
        this.ring = ring;
    }
    /** The kept bytes, oldest first, from the first line the ring holds whole. */
    lines() {
        if (!this.wrapped)
            return this.ring.subarray(0, this.at);
        if (this.at > 0) {
            // Turned in place, the oldest byte first: a copy added the ring's 2 MiB at the CLI's peak RSS (its end).
            this.ring.subarray(0, this.at).reverse();
            this.ring.subarray(this.at).reverse();
            this.ring.reverse();
            this.at = 0;
        }
        return this.ring.subarray(this.ring.indexOf(10) + 1 || this.ring.length);
    }
    /**
     * Whether `test` holds for one of the kept lines that may hold one of `needs` (each without a line feed), each
     * cut at `keep` bytes and stripped as text() gives it: those whose bytes hold a need, and those holding a SPLICE
     * (only they may hold, stripped, a need their bytes lack: a colour code inside `FAILED`, or NUL made its space). Only those lines are decoded.
     * `test` must hold only for a line that holds a need once its colour codes are out (mayNameTest): a line that
     * cannot (strippedMayHold) is not stripped whole. Of the 145 whole job logs' 25 579 such lines, 25 392 were
     * found by a colour code alone, and stripping and asking them was a twentieth of the CLI's CPU.
     */
    someLine(needs, keep, test) {
        const { literals, needles } = needsSearch(needs);
        const all = this.lines();
        const asked = new Set();
        // Each needle found as a ByteNeedle, whose part Buffer.indexOf finds by memchr (a need's leading space did not).
        // A line is asked when a needle first finds it (the order they were asked in before), so the first that holds
        // ends the search: bench:classify's corpus log names a test in the 14th line found, after which its tail's
        // 13,695 lines with a colour code were all found, to no end (tailTests' CPU 89 -> 74 ms under Node 20, 71 -> 51
        // under Node 24).
        for (const needle of needles) {
            for (let at = needle.indexIn(all); at >= 0;) {
                const from = all.lastIndexOf(10, at) + 1;
                const feed = all.indexOf(10, at);
                if (!asked.has(from)) {
                    asked.add(from);
                    const end = Math.min(feed < 0 ? all.length : feed, from + keep);
                    const raw = all.toString('utf8', from, end);
                    if ((0,normalize/* strippedMayHold */.c8)(raw, literals) && test((0,normalize/* stripLineIndented */.m_)(raw)))
                        return true;
                }
                at = feed < 0 ? -1 : needle.indexIn(all, feed);
            }
        }
        return false;
    }
    /**
     * The last `chars` characters of the kept lines, each cut at `keep` bytes and stripped as the rules see it,
     * joined by line feeds, each line counted with its feed; a line the ring cut is left out. Read from the end,
     * so the lines before the last `chars` characters are never decoded.
     */
    text(chars, keep) {
        const all = this.lines();
        const kept = [];
        let total = 0;
        // A last line without its line feed is a line; the feed ending the bytes starts none.
        let end = all.length > 0 && all[all.length - 1] === 10 ? all.length - 1 : all.length;
        while (end >= 0 && all.length > 0) {
            const from = end > 0 ? all.lastIndexOf(10, end - 1) + 1 : 0;
            const line = (0,normalize/* stripLineIndented */.m_)(all.toString('utf8', from, Math.min(end, from + keep)));
            total += line.length + 1;
            if (total > chars)
                break;
            kept.push(line);
            if (from === 0)
                break;
            end = from - 1;
        }
        return kept.reverse().join('\n');
    }
}
/**
 * The characters of a log's tail the CLI reads failed tests from. Runners print their failures last; on the
 * corpus (1567 logs, 151 naming failed tests) 1 MiB names the same tests as run/'s MAX_CONSOLE_CHARS, at an
 * eighth of the memory: the tail's parse, not the scan, set the CLI's peak RSS on a 263 MB log.
 */
const LOG_TEST_CHARS = 1 << 20;

;// CONCATENATED MODULE: ./src/adapters/log-file.ts







// Split by concern: reading (log-read.ts), the lines the step tracker needs (log-lines.ts), the tail's tests
// (log-tail.ts); what they exported before is exported here still.



/** Streams a log (a path, plain or .gz, or `-` for standard input) through the rules with bounded memory. */
async function readLog(file, options = {}, extra = {}) {
    const scanner = new classify.LogScanner(options.ruleSet ?? (0,classify.defaultRuleSet)());
    const team = options.teamRules?.length ? (0,classify.compileTeamRules)(options.teamRules) : [];
    const matcher = team.length > 0 ? new classify.TeamRuleMatcher(team, extra) : undefined;
    const steps = options.steps || matcher ? new classify.StepTracker() : undefined;
    // A stripped line has no more characters than the raw one has bytes: twice the characters read as bytes
    // keep the whole tail of a log whose lines carry the runner's timestamps.
    const tail = options.tests ? new TailBytes(2 * LOG_TEST_CHARS) : undefined;
    let recovered;
    // Team rules see a line as the shipped rules do (at most 2 * MAX_LINE_CHARS bytes); steps need its head.
    const keep = matcher ? LINE_BYTES : 512;
    // Team rules read every line; the step tracker alone only those that may move the step.
    const filter = steps && !matcher ? new StepLines(steps, keep, scanner) : undefined;
    const lines = steps
        ? new LineSplitter(keep, (bytes, n) => {
            const raw = bytes.toString('utf8');
            if ((0,recovered_log/* saysRecovered */.gs)(raw))
                recovered = { line: n, text: (0,normalize/* stripLine */.nU)(raw) };
            const at = steps.line(raw, n);
            matcher?.line(raw, n, at);
        }, filter)
        : undefined;
    const { stream, source, gzip, endless } = openLog(file, () => options.stdin ?? process.stdin);
    const max = endless ? (options.maxStreamBytes ?? MAX_STREAM_BYTES) : Infinity;
    let read = 0;
    let truncated = false;
    const escapes = new EscapeStripper();
    const take = (chunk) => {
        scanner.push(chunk);
        lines?.push(chunk, scanner.lineNumber);
        tail?.push(chunk);
    };
    try {
        for await (const data of asUtf8(stream)) {
            let chunk = data;
            if (read + chunk.length > max) {
                chunk = chunk.subarray(0, max - read);
                truncated = true;
            }
            read += chunk.length;
            // The byte cap counts what was read; the readers see the text without its escape sequences.
            take(escapes.strip(chunk));
            // Leaving the loop destroys the stream: the writer of a pipe gets EPIPE and stops.
            if (truncated)
                break;
        }
    }
    catch (error) {
        source?.destroy();
        const code = error.code ?? '';
        if (gzip && code.startsWith('Z_')) {
            throw new errors/* UserError */.yo(`${file}: corrupt or truncated gzip data (${(0,errors/* errorMessage */.gJ)(error)}); re-download the log`);
        }
        throw new errors/* UserError */.yo(`${file}: cannot read: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const rest = escapes.end();
    if (rest)
        take(rest);
    lines?.end();
    const verdict = matcher?.verdict();
    const failedTests = tail ? tailTests(tail) : undefined;
    tail?.release();
    return {
        scan: scanner.end(),
        truncated,
        ...(verdict ? { team: verdict } : {}),
        ...(steps ? { steps } : {}),
        ...(failedTests ? { failedTests } : {}),
        ...(recovered ? { recovered } : {}),
    };
}
/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
async function scanLogFile(file, ruleSet = (0,classify.defaultRuleSet)()) {
    return (await readLog(file, { ruleSet })).scan;
}
/** Classifies a log (a path or `-`) with the team's rules first, naming the step its evidence came from. */
async function classifyLog(file, extra = {}, options = {}) {
    const ruleSet = options.ruleSet ?? (0,classify.defaultRuleSet)();
    const { scan, truncated, team, steps, failedTests, recovered } = await readLog(file, { ...options, steps: true }, extra);
    const classification = team ?? (0,classify.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
    const line = classification.evidence?.line;
    const step = line !== undefined && line > 0 && steps ? steps.stepAt(line) : {};
    // Green only for the failure before that line: a failure after it is a step that failed for good.
    const green = recovered && (line === undefined || line < recovered.line) ? { recovered } : {};
    return {
        classification,
        step,
        truncated,
        bytes: scan.bytes,
        ...(failedTests ? { failedTests } : {}),
        ...green,
    };
}
/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
async function classifyLogFile(file, extra = {}, ruleSet = (0,classify.defaultRuleSet)()) {
    const scan = await scanLogFile(file, ruleSet);
    return (0,classify.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}


/***/ })

};
