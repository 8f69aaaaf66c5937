import type { Evidence } from '../types.js';
import { MAX_LINE_CHARS } from './normalize.js';
import type { CompiledRuleSet } from './rules.js';
import type { LaneKernel } from './keyword-lanes.js';
import { Lane, NEWLINE } from './keyword-lanes.js';
import { kernelFor, WINDOW } from './wasm-lanes.js';
import type { ScanResult } from './scan-result.js';
import { LineReader } from './scan-lines.js';

export type { FailedStep, ScanResult } from './scan-result.js';
export { RECENT_LINES } from './scan-result.js';

/** The fewest bytes of a window worth splitting in two lanes. */
const MIN_SPLIT = 4096;

/** Raw bytes of a line kept for matching: room for timestamps and colour codes around MAX_LINE_CHARS of text. */
const MAX_LINE_BYTES = MAX_LINE_CHARS * 2;

/**
 * Streams a log through the rules with bounded memory. A keyword automaton (one table lookup per byte, case
 * folded) marks the lines that contain a rule's keyword; only those lines are decoded as UTF-8 (invalid bytes
 * become U+FFFD), normalized, and tried against the rules whose keywords they contain (scan-lines.ts). A line
 * is kept up to MAX_LINE_BYTES, so a 50 MB line without a newline costs no more memory than a short one.
 */
export class LogScanner {
  private readonly result: ScanResult;
  private readonly ruleSet: CompiledRuleSet;
  /** What reads the lines the automaton selects. */
  private readonly lines: LineReader;
  /** The automaton's and the colour code's state where the last chunk ended (keyword-lanes.ts). */
  private state = 0;
  private escape = 0;
  private readonly lanes: [Lane, Lane] = [new Lane(), new Lane()];
  private readonly kernel: LaneKernel;
  /** A table row's bytes: a keyword end's entry is ~(state * rowBytes). */
  private readonly rowBytes: number;
  private line = 1;
  /** Matchers whose keywords the current line contains (LineReader.seen). */
  private readonly seen: Uint8Array;
  /** Per rule guard (RuleGuard), the last line holding one of its literals (LineReader.guardLine). */
  private readonly guardLine: Float64Array;
  /**
   * The matchers the line being read has, the first `pendingCount` (each at most once, by `seen`): a typed
   * array and a count, so a line decoded makes no array and empties none (setting an array's length to 0
   * took an eighth of endLine's own time).
   */
  private readonly pending: Int32Array;
  private pendingCount = 0;
  /** Head of the current line when it started in an earlier chunk. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** Where the last chunk's line feeds are, the first `feedCount`, once recordLineFeeds asked (feedsBefore). */
  private feeds: Int32Array | undefined;
  private feedCount = 0;

  constructor(ruleSet: CompiledRuleSet, command?: string) {
    const n = ruleSet.rules.length;
    this.ruleSet = ruleSet;
    this.result = {
      first: new Array<Evidence | undefined>(n),
      last: new Array<Evidence | undefined>(n),
      cause: new Array<Evidence | undefined>(n),
      counts: new Array<number>(n).fill(0),
      lines: 0,
      bytes: 0,
    };
    this.lines = new LineReader(ruleSet, this.result, command);
    this.seen = this.lines.seen;
    this.guardLine = this.lines.guardLine;
    this.pending = new Int32Array(this.seen.length);
    this.kernel = kernelFor(ruleSet.automaton);
    this.rowBytes = ruleSet.automaton.stride * 4;
  }

  /** The number of the line being read: 1 + the line feeds pushed so far. */
  get lineNumber(): number {
    return this.line;
  }

  /**
   * Lines read so far that hold a structure marker (STRUCTURE_KEYWORDS, case folded): a chunk that adds none
   * holds no line with one, but for its last, unfinished line.
   */
  get markedLines(): number {
    return this.lines.structureLines;
  }

  /**
   * The last line read that holds run/'s recovered mark but for its first byte (rules.ts RECOVERED_KEYWORD, case
   * folded), 0 before any: a chunk pushed while it stayed below the line then being read holds no mark.
   */
  get recoveredLine(): number {
    return this.guardLine[this.ruleSet.recoveredMatcher - this.ruleSet.automaton.guardBase] as number;
  }

  /** The line feeds in the last chunk pushed that end a line with a structure marker, in order. */
  get markedEnds(): readonly number[] {
    return this.lines.structureEnds;
  }

  /**
   * Keep where each chunk's line feeds are (feedsBefore): the replay sees every one, and a reader of some of the
   * chunk's lines (log-lines.ts) then finds their numbers without walking the lines between.
   */
  recordLineFeeds(): void {
    this.feeds ??= new Int32Array(1024);
  }

  /** With recordLineFeeds: how many line feeds the last chunk pushed holds before byte `at`. */
  feedsBefore(at: number): number {
    const feeds = this.feeds;
    if (!feeds) throw new Error('feedsBefore needs recordLineFeeds');
    let lo = 0;
    let hi = this.feedCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((feeds[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  push(chunk: Buffer): void {
    this.result.bytes += chunk.length;
    this.lines.structureEnds.length = 0;
    this.feedCount = 0;
    let lineStart = 0;
    for (let from = 0; from < chunk.length; from += WINDOW) {
      const end = Math.min(chunk.length, from + WINDOW);
      lineStart = this.scanWindow(chunk, from, end, lineStart);
    }
    if (lineStart < chunk.length) this.keep(chunk.subarray(lineStart, chunk.length));
  }

  /**
   * chunk[from, end) through the keyword automaton, in two lanes when a line starts near the middle
   * (keyword-lanes.ts), then its line feeds and keyword ends in byte order. Returns where the last line starts.
   */
  private scanWindow(chunk: Buffer, from: number, end: number, lineStart: number): number {
    const a = this.lanes[0];
    const b = this.lanes[1];
    a.state = this.state;
    a.escape = this.escape;
    const split = end - from >= MIN_SPLIT ? chunk.indexOf(10, from + ((end - from) >> 1)) + 1 : 0;
    const mid = split > 0 && split < end ? split : 0;
    b.state = 0;
    b.escape = 0;
    this.kernel.run(chunk, a, b, from, mid, end);
    let start = this.replay(chunk, a, lineStart);
    if (mid > 0) start = this.replay(chunk, b, start);
    const last = mid > 0 ? b : a;
    this.state = last.state;
    this.escape = last.escape;
    return start;
  }

  /** A lane's line feeds and keyword ends, in order; returns where the last line starts. */
  private replay(chunk: Buffer, lane: Lane, lineStart: number): number {
    const { events, count } = lane;
    const { output } = this.ruleSet.automaton;
    const feeds = this.feeds && this.roomForFeeds(count >> 1);
    let start = lineStart;
    for (let k = 0; k < count; k += 2) {
      const i = events[k] as number;
      const entry = events[k + 1] as number;
      if (entry === NEWLINE) {
        if (feeds !== undefined) feeds[this.feedCount++] = i;
        // A line without a matcher is read only where the line reader asks for every line (readsEveryLine).
        if (this.pendingCount > 0 || this.lines.readsEveryLine) this.endLine(chunk, start, i);
        else if (this.carryBytes > 0) this.dropCarry();
        this.line++;
        start = i + 1;
      } else {
        this.mark(output[(~entry / this.rowBytes) | 0] as number);
      }
    }
    lane.count = 0;
    return start;
  }

  /** The feeds' array with room for `more` (a lane has at most one line feed per event). */
  private roomForFeeds(more: number): Int32Array {
    let feeds = this.feeds as Int32Array;
    if (this.feedCount + more > feeds.length) {
      const grown = new Int32Array(Math.max(2 * feeds.length, this.feedCount + more));
      grown.set(feeds.subarray(0, this.feedCount));
      this.feeds = feeds = grown;
    }
    return feeds;
  }

  end(): ScanResult {
    const unfinished = this.carryBytes > 0;
    if (this.pendingCount > 0) this.endLine(Buffer.alloc(0), 0, 0);
    this.dropCarry();
    // `line` is the number of the line being read: it exists only if it has bytes.
    this.result.lines = this.result.bytes === 0 ? 0 : unfinished ? this.line : this.line - 1;
    this.lines.finish(this.line);
    return this.result;
  }

  private mark(out: number): void {
    const { outputs, guardBase } = this.ruleSet.automaton;
    for (const matcher of outputs[out - 1] ?? []) {
      // A guard's literal does not make the line a candidate; it only lets its rule's full pattern be asked.
      if (matcher >= guardBase) this.guardLine[matcher - guardBase] = this.line;
      else if (this.seen[matcher] === 0) {
        this.seen[matcher] = 1;
        this.pending[this.pendingCount++] = matcher;
      }
    }
  }

  /** Keeps the head of the unfinished line, up to MAX_LINE_BYTES (copied: the caller may reuse its buffer). */
  private keep(part: Buffer): void {
    const room = MAX_LINE_BYTES - this.carryBytes;
    if (room > 0) this.carry.push(Buffer.from(part.subarray(0, Math.min(room, part.length))));
    this.carryBytes += part.length;
  }

  private dropCarry(): void {
    this.carry = [];
    this.carryBytes = 0;
  }

  /** The line chunk[start, end), decoded (its head kept from earlier chunks, if any), to the line reader. */
  private endLine(chunk: Buffer, start: number, end: number): void {
    let decoded: string;
    if (this.carryBytes > 0) {
      this.keep(chunk.subarray(start, end));
      decoded = Buffer.concat(this.carry).toString('utf8');
      this.dropCarry();
    } else {
      // Decoded in place: a view of the line's bytes would be one more object per line.
      decoded = chunk.toString('utf8', start, Math.min(end, start + MAX_LINE_BYTES));
    }
    // The line's matchers: nothing adds one while the line is read, so the next line's start from the first.
    const count = this.pendingCount;
    this.pendingCount = 0;
    this.lines.read(decoded, end, this.line, this.pending, count);
  }
}

/** Scans a whole in-memory log; `command` is what a plain log's one step ran. */
export function scanText(text: string, ruleSet: CompiledRuleSet, command?: string): ScanResult {
  const scanner = new LogScanner(ruleSet, command);
  scanner.push(Buffer.from(text, 'utf8'));
  return scanner.end();
}
