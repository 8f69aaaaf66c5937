import type { Evidence } from '../types.js';
import type { CommandContext, CommandHit } from './context.js';
import { isBoilerplate, MAX_LINE_CHARS, stripLine } from './normalize.js';
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
  /** The commands of the first failed step, or of the last step when no line says a step failed. */
  command?: CommandContext;
  /** Number of lines seen. */
  lines: number;
  /** Number of bytes seen. */
  bytes: number;
}

/** Commands kept per step: the first ones said to fail, the last ones echoed. */
const MAX_COMMANDS = 8;

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
  private readonly stepEndsEnd: number;
  /** Commands seen since the current step began. */
  private stepCommands: CommandContext = { failed: [], ran: [] };
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
    this.stepEndsEnd = this.successEnd + ruleSet.stepEnds.length;
    this.seen = new Uint8Array(this.stepEndsEnd + ruleSet.commands.length);
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
    this.result.command ??= this.stepCommands;
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
    const stripped = stripLine(bytes.toString('utf8'));
    if (!stripped) return;
    // Exit-status boilerplate decides nothing, but it may end a step.
    const text = isBoilerplate(stripped) ? '' : stripped;
    const r = this.result;
    for (const m of matchers) {
      if (m >= this.successEnd && m < this.stepEndsEnd) {
        const end = this.ruleSet.stepEnds[m - this.successEnd]?.re.exec(stripped)?.groups;
        if (end?.code === undefined) continue;
        if (end.cmd) this.endedStep(end.cmd);
        if (end.code !== '0' && !r.firstFailedStep) {
          r.firstFailedStep = { from: this.stepFrom, to: this.line, first: this.stepFirst };
          r.command = this.stepCommands;
        }
        this.newStep();
        continue;
      }
      if (!text) continue;
      if (m >= this.stepEndsEnd) {
        const command = this.ruleSet.commands[m - this.stepEndsEnd];
        const cmd = command?.re.exec(text)?.groups?.cmd?.trim();
        if (!command || !cmd) continue;
        const hit: CommandHit = {
          line: this.line,
          text: cmd,
          role: command.spec.role,
          spec: command.spec.id,
        };
        if (hit.role === 'step') {
          this.newStep();
          this.stepCommands.step = hit;
        } else if (hit.role === 'failed') {
          if (this.stepCommands.failed.length < MAX_COMMANDS) this.stepCommands.failed.push(hit);
        } else {
          this.stepCommands.ran.push(hit);
          if (this.stepCommands.ran.length > MAX_COMMANDS) this.stepCommands.ran.shift();
        }
      } else if (m < this.ruleCount) {
        const rule = this.ruleSet.rules[m];
        if (!rule?.re.test(text)) continue;
        const hit = { line: this.line, text };
        r.first[m] ??= hit;
        r.last[m] = hit;
        r.counts[m] = (r.counts[m] ?? 0) + 1;
        this.stepFirst[m] ??= hit;
      } else {
        const success = this.ruleSet.success[m - this.ruleCount];
        if (success?.re.test(text)) r.success = { line: this.line, text, rule: success.spec.id };
      }
    }
  }

  /**
   * A step end that names its command (Travis): that command is the step's own, and only what was echoed after
   * its own echo (`$ npm test`) ran inside it; earlier echoes belong to install commands that print no end.
   */
  private endedStep(cmd: string): void {
    const context = this.stepCommands;
    context.step = { line: this.line, text: cmd, role: 'step', spec: 'step-end' };
    const own = context.ran.findLastIndex((hit) => hit.text === cmd);
    if (own >= 0) context.ran = context.ran.slice(own + 1);
  }

  /** The next line begins a new step: its rule hits and commands start afresh. */
  private newStep(): void {
    this.stepFirst = new Array<Evidence | undefined>(this.ruleCount);
    this.stepFrom = this.line + 1;
    this.stepCommands = { failed: [], ran: [] };
  }
}

/** Scans a whole in-memory log. */
export function scanText(text: string, ruleSet: CompiledRuleSet): ScanResult {
  const scanner = new LogScanner(ruleSet);
  scanner.push(Buffer.from(text, 'utf8'));
  return scanner.end();
}
