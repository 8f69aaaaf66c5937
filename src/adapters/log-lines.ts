/**
 * The lines of a log the step tracker and run/'s recovered mark need, told on raw bytes (log-file.ts readLog):
 * LineSplitter hands on whole lines, StepLines says which.
 */
import type { LogScanner, StepTracker } from '../core/classify/index.js';
import { STEP_MARKS } from '../core/classify/index.js';
import { RECOVERED_MARK } from '../core/recovered-log.js';

/**
 * RECOVERED_MARK is searched from its `v`: Buffer.indexOf finds a needle's first byte with memchr, and `v` is
 * ~0.5 % of a log's bytes where the mark's `c` is 2 %. Searched whole, the mark took ~5 % of the CPU of a
 * 270 MB log (~3 GB/s); its tail is found ~4x faster, then its head is compared.
 */
const MARK_FROM = Math.max(0, RECOVERED_MARK.indexOf('v'));
const MARK_HEAD = Buffer.from(RECOVERED_MARK.slice(0, MARK_FROM));
const MARK_TAIL = Buffer.from(RECOVERED_MARK.slice(MARK_FROM));

/** Where RECOVERED_MARK starts in a chunk, each added to `marks` in order. */
export function recoveredMarks(chunk: Buffer, marks: number[]): void {
  const head = MARK_HEAD.length;
  for (let at = chunk.indexOf(MARK_TAIL, head); at >= 0; at = chunk.indexOf(MARK_TAIL, at + MARK_TAIL.length))
    if (chunk.compare(MARK_HEAD, 0, head, at - head, at) === 0) marks.push(at - head);
}

/** Which lines of a chunk a LineSplitter hands on; the others are only counted. */
interface LineFilter {
  /** Readies the filter for a chunk; false when none of its lines need handing on. */
  chunk(chunk: Buffer): boolean;
  /** Whether the line chunk[start, end) (no line feed) needs handing on. */
  line(chunk: Buffer, start: number, end: number): boolean;
  /**
   * Where the first line from chunk[start] (a line's start) on that may need handing on starts, -1 when none
   * may: the lines before it are only counted.
   */
  nextWanted(chunk: Buffer, start: number): number;
  /** How many line feeds the chunk holds before byte `at`. */
  feedsBefore(at: number): number;
}

/**
 * Splits chunks into lines for the consumers that need whole lines (the step tracker, team rules), keeping
 * at most `keep` bytes of each, so one endless line costs no more memory than a short one. With a filter, only
 * the lines it wants are handed on (a line begun in an earlier chunk always is): the others are skipped, and a
 * chunk it wants none of is counted by the scanner's line number, never split.
 */
export class LineSplitter {
  private line = 1;
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private open = false;
  constructor(
    private readonly keep: number,
    private readonly onLine: (bytes: Buffer, line: number) => void,
    private readonly filter?: LineFilter,
  ) {}

  /** `lineAfter`: the number of the line being read once the chunk is read (LogScanner.lineNumber). */
  push(chunk: Buffer, lineAfter = 0): void {
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
        if (next > start) this.line = first + filter.feedsBefore((start = next));
      }
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      if (this.open || wanted) {
        if (this.open || !filter || filter.line(chunk, start, nl))
          this.emit(chunk.subarray(start, Math.min(nl, start + this.keep)));
        else this.line++;
      } else {
        start = this.skipRest(chunk, start, lineAfter);
        break;
      }
      start = nl + 1;
    }
    if (start < chunk.length) {
      this.open = true;
      const room = this.keep - this.carryBytes;
      if (room > 0) this.carry.push(Buffer.from(chunk.subarray(start, start + room)));
      this.carryBytes += Math.max(0, Math.min(room, chunk.length - start));
    }
  }

  /**
   * Nothing from chunk[start] on is wanted: on to its last line, whose head may be wanted with the next chunk's
   * bytes. Returns where that line starts.
   */
  private skipRest(chunk: Buffer, start: number, lineAfter: number): number {
    const last = chunk.lastIndexOf(10);
    if (last < start) return start;
    this.line = lineAfter;
    return last + 1;
  }

  end(): void {
    if (this.open) this.emit(Buffer.alloc(0));
  }

  private emit(tail: Buffer): void {
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
export class StepLines implements LineFilter {
  private marks: number[] = [];
  private next = 0;
  private tab = 0;
  private marked = 0;
  /** The line being read when the chunk began (LogScanner.lineNumber before it was pushed). */
  private firstLine = 1;
  constructor(
    private readonly steps: StepTracker,
    private readonly keep: number,
    private readonly scanner: LogScanner,
  ) {
    scanner.recordLineFeeds();
  }

  /** Called once the scanner has read the chunk. */
  chunk(chunk: Buffer): boolean {
    const marks: number[] = [];
    const marked = this.scanner.markedLines;
    // The chunk's first line may have begun in the last one: its marker was counted there, or is counted now.
    if (marked > this.marked) this.stepMarks(chunk, marks);
    this.marked = marked;
    // Only where the scanner read the mark, in this chunk or in the line the chunk began inside: searching every
    // chunk was ~2 % of the CLI's main thread on the corpus log, which holds none.
    if (this.scanner.recoveredLine >= this.firstLine) recoveredMarks(chunk, marks);
    this.firstLine = this.scanner.lineNumber;
    this.marks = marks.sort((a, b) => a - b);
    this.next = 0;
    this.tab = chunk.indexOf(9);
    if (this.tab < 0) this.tab = chunk.length;
    return marks.length > 0 || this.tab < chunk.length || this.steps.waiting;
  }

  /**
   * Where STEP_MARKS are in the chunk: in the lines the scanner found a structure marker in (each mark holds
   * one) and in the unfinished last line, not in the whole chunk once per mark (a tenth of the CLI's CPU).
   */
  private stepMarks(chunk: Buffer, marks: number[]): void {
    const lines = this.scanner.markedEnds.map((end) => [chunk.lastIndexOf(10, end - 1) + 1, end]);
    lines.push([chunk.lastIndexOf(10) + 1, chunk.length]);
    for (const [from = 0, end = 0] of lines) {
      const line = chunk.subarray(from, end);
      for (const mark of STEP_MARKS)
        for (let at = line.indexOf(mark); at >= 0; at = line.indexOf(mark, at + mark.length))
          marks.push(from + at);
    }
  }

  /**
   * A line holding no mark and no tab is kept (StepTracker.keeps), unless an extension header waits for the next
   * line: the first that may not be starts at or before the next mark or tab.
   */
  nextWanted(chunk: Buffer, start: number): number {
    if (this.steps.waiting) return start;
    const marks = this.marks;
    while (this.next < marks.length && (marks[this.next] as number) < start) this.next++;
    if (this.tab < start) {
      this.tab = chunk.indexOf(9, start);
      if (this.tab < 0) this.tab = chunk.length;
    }
    const at = Math.min(this.next < marks.length ? (marks[this.next] as number) : chunk.length, this.tab);
    if (at >= chunk.length) return -1;
    return at === start ? start : Math.max(start, chunk.lastIndexOf(10, at - 1) + 1);
  }

  feedsBefore(at: number): number {
    return this.scanner.feedsBefore(at);
  }

  line(chunk: Buffer, start: number, end: number): boolean {
    const marks = this.marks;
    while (this.next < marks.length && (marks[this.next] as number) < start) this.next++;
    if (this.next < marks.length && (marks[this.next] as number) < end) return true;
    if (this.tab < start) {
      this.tab = chunk.indexOf(9, start);
      if (this.tab < 0) this.tab = chunk.length;
    }
    return !this.steps.keeps(chunk, start, Math.min(end, start + this.keep), this.tab < end);
  }
}
