import type { Evidence } from '../types.js';
import { MAX_LINE_CHARS, normalizeLine } from './normalize.js';
import type { CompiledRuleSet } from './rules.js';

/** What a scan keeps: bounded whatever the log size (one first and one last hit per rule). */
export interface ScanResult {
  /** Per rule index: first and last matching line, and how many lines matched. */
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  counts: number[];
  /** The last line saying the job succeeded after all, if any. */
  success?: Evidence & { rule: string };
  /**
   * In a job that runs on after a failed command: the lines of the first failed command (after the previous
   * command's end, up to its own end) and the first hit of each rule among them.
   */
  firstFailedStep?: { from: number; to: number; first: (Evidence | undefined)[] };
  /** Number of lines seen. */
  lines: number;
  /** Number of bytes seen. */
  bytes: number;
}

/** Raw bytes of a line kept for matching: room for timestamps and colour codes around MAX_LINE_CHARS of text. */
const MAX_LINE_BYTES = MAX_LINE_CHARS * 2;

/**
 * Streams a log through the rules with bounded memory. A keyword automaton (one table lookup per byte, case
 * folded) marks the lines that contain a rule's keyword; only those lines are decoded as UTF-8 (invalid bytes
 * become U+FFFD), normalized, and tried against the rules whose keywords they contain. A line is kept up to
 * MAX_LINE_BYTES, so a 50 MB line without a newline costs no more memory than a short one.
 */
export class LogScanner {
  private readonly result: ScanResult;
  private readonly ruleCount: number;
  private readonly successEnd: number;
  /** First hit of each rule since the last step end, and where that step began. */
  private stepFirst: (Evidence | undefined)[];
  private stepFrom = 1;
  private state = 0;
  private escape = 0;
  private line = 1;
  /** Matchers whose keywords the current line contains. */
  private readonly seen: Uint8Array;
  private pending: number[] = [];
  /** Head of the current line when it started in an earlier chunk. */
  private carry: Buffer[] = [];
  private carryBytes = 0;

  constructor(private readonly ruleSet: CompiledRuleSet) {
    this.ruleCount = ruleSet.rules.length;
    const n = this.ruleCount;
    this.result = {
      first: new Array<Evidence | undefined>(n),
      last: new Array<Evidence | undefined>(n),
      counts: new Array<number>(n).fill(0),
      lines: 0,
      bytes: 0,
    };
    this.successEnd = n + ruleSet.success.length;
    this.seen = new Uint8Array(this.successEnd + ruleSet.stepEnds.length);
    this.stepFirst = new Array<Evidence | undefined>(n);
  }

  push(chunk: Buffer): void {
    this.result.bytes += chunk.length;
    const { table, output } = this.ruleSet.automaton;
    let state = this.state;
    let escape = this.escape;
    let lineStart = 0;
    const length = chunk.length;
    for (let i = 0; i < length; i++) {
      const byte = chunk[i] as number;
      if (byte === 10) {
        if (this.pending.length > 0) this.endLine(chunk, lineStart, i);
        else if (this.carryBytes > 0) this.dropCarry();
        this.line++;
        state = 0;
        escape = 0;
        lineStart = i + 1;
        continue;
      }
      if (escape !== 0 || byte === 27) {
        // Colour codes inside a phrase ("reset\x1b[0m by peer") would hide its keyword: step over them,
        // also when a chunk ends inside one. 1: after ESC; 2: inside a CSI sequence.
        if (byte === 27) escape = 1;
        else if (escape === 1) escape = byte === 0x5b ? 2 : 0;
        else if (byte >= 0x40 && byte <= 0x7e) escape = 0;
        else if (byte < 0x20 || byte > 0x3f) escape = 0;
        continue;
      }
      state = table[(state << 8) | byte] as number;
      const out = output[state] as number;
      if (out !== 0) this.mark(out);
    }
    this.state = state;
    this.escape = escape;
    if (lineStart < length) this.keep(chunk.subarray(lineStart, length));
  }

  end(): ScanResult {
    const unfinished = this.carryBytes > 0;
    if (this.pending.length > 0) this.endLine(Buffer.alloc(0), 0, 0);
    this.dropCarry();
    // `line` is the number of the line being read: it exists only if it has bytes.
    this.result.lines = this.result.bytes === 0 ? 0 : unfinished ? this.line : this.line - 1;
    return this.result;
  }

  private mark(out: number): void {
    for (const matcher of this.ruleSet.automaton.outputs[out - 1] ?? []) {
      if (this.seen[matcher] === 0) {
        this.seen[matcher] = 1;
        this.pending.push(matcher);
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

  private endLine(chunk: Buffer, start: number, end: number): void {
    let bytes: Buffer;
    if (this.carryBytes > 0) {
      this.keep(chunk.subarray(start, end));
      bytes = Buffer.concat(this.carry);
      this.dropCarry();
    } else {
      bytes = chunk.subarray(start, Math.min(end, start + MAX_LINE_BYTES));
    }
    const matchers = this.pending;
    this.pending = [];
    for (const m of matchers) this.seen[m] = 0;
    const text = normalizeLine(bytes.toString('utf8'));
    if (!text) return;
    const r = this.result;
    for (const m of matchers) {
      if (m < this.ruleCount) {
        const rule = this.ruleSet.rules[m];
        if (!rule?.re.test(text)) continue;
        const hit = { line: this.line, text };
        r.first[m] ??= hit;
        r.last[m] = hit;
        r.counts[m] = (r.counts[m] ?? 0) + 1;
        this.stepFirst[m] ??= hit;
      } else if (m < this.successEnd) {
        const success = this.ruleSet.success[m - this.ruleCount];
        if (success?.re.test(text)) r.success = { line: this.line, text, rule: success.spec.id };
      } else {
        const code = this.ruleSet.stepEnds[m - this.successEnd]?.re.exec(text)?.groups?.code;
        if (code === undefined) continue;
        if (code !== '0' && !r.firstFailedStep) {
          r.firstFailedStep = { from: this.stepFrom, to: this.line, first: this.stepFirst };
        }
        this.stepFirst = new Array<Evidence | undefined>(this.ruleCount);
        this.stepFrom = this.line + 1;
      }
    }
  }
}

/** Scans a whole in-memory log. */
export function scanText(text: string, ruleSet: CompiledRuleSet): ScanResult {
  const scanner = new LogScanner(ruleSet);
  scanner.push(Buffer.from(text, 'utf8'));
  return scanner.end();
}
