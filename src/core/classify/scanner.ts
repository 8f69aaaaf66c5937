import type { Evidence } from '../types.js';
import type { CommandContext, CommandHit } from './context.js';
import { isSetupCommand } from './context.js';
import { isBoilerplate, MAX_LINE_CHARS, stripLineCut } from './normalize.js';
import type { CompiledRule, CompiledRuleSet } from './rules.js';
import type { LaneKernel } from './keyword-lanes.js';
import { Lane, NEWLINE } from './keyword-lanes.js';
import { kernelFor, WINDOW } from './wasm-lanes.js';
import type { LogStep, LogStructure } from './structure.js';
import {
  CAUSE_HEADER,
  CAUSE_WRAPPER,
  failsTheJob,
  MOCHA_LIST_LINES,
  MOCHA_TALLY,
  StructureReader,
} from './structure.js';
import { isCauseLine, keepSaid } from './cause-lines.js';
import { isErrorShaped, TAIL_LINES } from './fallback.js';
import { RequirementReader } from './requirements.js';

/** What a scan keeps: bounded whatever the log size (one first and one last hit per rule). */
export interface ScanResult {
  /** Per rule index: first and last matching line, and how many lines matched. */
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  /** Per rule with an `evidence` pattern (RuleSpec): its first matching line that states the cause. */
  cause: (Evidence | undefined)[];
  counts: number[];
  /** The last line saying the job succeeded after all, if any. */
  success?: Evidence & { rule: string };
  /**
   * The first failed step not allowed to fail (structure.ts): its lines, and the first and last hit of each
   * rule among them. Only its lines decide when the log shows it.
   */
  firstFailedStep?: FailedStep;
  /** The commands of the first failed step, or of the last step when no line says a step failed. */
  command?: CommandContext;
  /**
   * The next step after the first failed one that failed the job too, with its commands: a GitHub Actions job
   * runs on after a failed step only when that step may fail (continue-on-error, which the runner writes to its
   * trace alone) or the later step runs on failure (`if: always()`). It decides only when the first says nothing
   * (index.ts classifyScan).
   */
  laterFailedStep?: FailedStep & { commands: CommandContext };
  /** The steps the log shows and the job's outcome as the log says it. */
  structure?: LogStructure;
  /**
   * The whole log's last error-shaped lines (fallback.ts isErrorShaped), oldest first: what the learned
   * fallback reads when no rule is sure and the log shows no failed step.
   */
  tail?: Evidence[];
  /** The whole log's lines in a tool's own cause format (cause-lines.ts), when the log shows no failed step. */
  said?: Evidence[];
  /** Number of lines seen. */
  lines: number;
  /** Number of bytes seen. */
  bytes: number;
}

export interface FailedStep {
  from: number;
  to: number;
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  cause: (Evidence | undefined)[];
  step?: LogStep;
  /** The step's last error-shaped lines, oldest first (fallback.ts). */
  tail: Evidence[];
  /** The cause a tool stated under its header (structure.ts CAUSE_HEADER), in the tool's own words. */
  told?: Evidence;
  /** The line of the summary `told` states the cause of (mocha's `N failing`), when it has one. */
  toldUnder?: number;
  /** Lines in a tool's own cause format (cause-lines.ts), the first of each block, oldest first. */
  said?: Evidence[];
}

/** What the scanner keeps of one step while reading it. */
interface StepHits {
  index: number;
  from: number;
  first: (Evidence | undefined)[];
  last: (Evidence | undefined)[];
  cause: (Evidence | undefined)[];
  commands: CommandContext;
  /** The step's last decoded lines (RECENT_LINES of them), the learned fallback's candidates. */
  recent: Evidence[];
  /** The cause under the step's first cause header (CAUSE_HEADER: Gradle's `* What went wrong:`). */
  told?: Evidence;
  /** A summary above it that `told` states the cause of: mocha's tally's line (MOCHA_TALLY). */
  toldUnder?: number;
  /** Lines in a tool's own cause format (cause-lines.ts keepSaid), and the latest such line. */
  said: Evidence[];
  saidLast?: number;
  /** pip's requirement headers and build failures in the step (requirements.ts), once it printed one. */
  packages?: RequirementReader;
}

/** Commands kept per step: the first ones said to fail, the last ones echoed. */
const MAX_COMMANDS = 8;

/** The fewest bytes of a window worth splitting in two lanes. */
const MIN_SPLIT = 4096;

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
  private readonly structureMatcher: number;
  /** The matcher of a tool's cause header (structure.ts CAUSE_HEADER_KEYWORDS). */
  private readonly headerMatcher: number;
  /** The matcher of pip's requirement headers and build failures (requirements.ts REQUIREMENT_KEYWORDS). */
  private readonly packageMatcher: number;
  /** Lines after a cause header still to read for its cause (0: none). */
  private headerLines = 0;
  /** Reading mocha's list after its tally: the tally's line, and whether its first failure's title was seen. */
  private mocha: { at: number; listed: boolean; titled: boolean } | undefined;
  private readonly reader: StructureReader;
  /** The step being read, and the last closed step that did its own work (GitLab says it failed later). */
  private step: StepHits;
  private closedRun: StepHits | undefined;
  /** The first step that failed only by a cancellation, kept in case no other step failed (structure.ts firstFailed). */
  private cancelledRun: StepHits | undefined;
  /** The whole log's last decoded lines: the fallback's candidates when the log shows no failed step. */
  private readonly recent: Evidence[] = [];
  /** The whole log's cause lines (cause-lines.ts keepSaid), and the latest such line. */
  private readonly said: Evidence[] = [];
  private saidLast: number | undefined;
  /** The automaton's and the colour code's state where the last chunk ended (keyword-lanes.ts). */
  private state = 0;
  private escape = 0;
  private readonly lanes: [Lane, Lane] = [new Lane(), new Lane()];
  private readonly kernel: LaneKernel;
  /** A table row's bytes: a keyword end's entry is ~(state * rowBytes). */
  private readonly rowBytes: number;
  private line = 1;
  private structureLines = 0;
  /** Where the lines with a structure marker that ended in the last chunk pushed end (their line feeds). */
  private readonly structureEnds: number[] = [];
  /** Matchers whose keywords the current line contains. */
  private readonly seen: Uint8Array;
  /** Per rule guard (RuleGuard), the last line holding one of its literals. */
  private readonly guardLine: Float64Array;
  /**
   * The matchers the line being read has, the first `pendingCount` (each at most once, by `seen`): a typed
   * array and a count, so a line decoded makes no array and empties none (setting an array's length to 0
   * took an eighth of endLine's own time).
   */
  private readonly pending: Int32Array;
  private pendingCount = 0;
  /** The rules whose patterns matched the line being read, recorded once all were asked (recordHits). */
  private readonly lineRules: number[] = [];
  /** A `Run '<path>'` header's command, kept until the reader says whether a step began there. */
  private deferredCommand: CommandHit | undefined;
  /** Head of the current line when it started in an earlier chunk. */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  /** While a step header's script is read for its first command past set-up lines (scriptLine). */
  private scriptLines = false;

  constructor(
    private readonly ruleSet: CompiledRuleSet,
    command?: string,
  ) {
    this.ruleCount = ruleSet.rules.length;
    const n = this.ruleCount;
    this.result = {
      first: new Array<Evidence | undefined>(n),
      last: new Array<Evidence | undefined>(n),
      cause: new Array<Evidence | undefined>(n),
      counts: new Array<number>(n).fill(0),
      lines: 0,
      bytes: 0,
    };
    this.successEnd = n + ruleSet.success.length;
    this.stepEndsEnd = this.successEnd + ruleSet.stepEnds.length;
    this.structureMatcher = this.stepEndsEnd + ruleSet.commands.length;
    this.headerMatcher = this.structureMatcher + 1;
    this.packageMatcher = this.headerMatcher + 1;
    this.seen = new Uint8Array(this.packageMatcher + 1);
    this.pending = new Int32Array(this.seen.length);
    const { guardBase } = ruleSet.automaton;
    const guards = ruleSet.rules.reduce(
      (n, r) => (r.guard ? Math.max(n, r.guard.matcher + 1 - guardBase) : n),
      0,
    );
    this.guardLine = new Float64Array(guards);
    this.reader = new StructureReader(command);
    this.step = this.freshStep(-1, 1);
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
    return this.structureLines;
  }

  /** The line feeds in the last chunk pushed that end a line with a structure marker, in order. */
  get markedEnds(): readonly number[] {
    return this.structureEnds;
  }

  push(chunk: Buffer): void {
    this.result.bytes += chunk.length;
    this.structureEnds.length = 0;
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
    let start = lineStart;
    for (let k = 0; k < count; k += 2) {
      const i = events[k] as number;
      const entry = events[k + 1] as number;
      if (entry === NEWLINE) {
        // A step header's script lines hold no keyword but are decoded while its command is a set-up line.
        if (this.pendingCount > 0 || this.scriptLines || this.headerLines > 0 || this.mocha)
          this.endLine(chunk, start, i);
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

  end(): ScanResult {
    const unfinished = this.carryBytes > 0;
    if (this.pendingCount > 0) this.endLine(Buffer.alloc(0), 0, 0);
    this.dropCarry();
    // `line` is the number of the line being read: it exists only if it has bytes.
    this.result.lines = this.result.bytes === 0 ? 0 : unfinished ? this.line : this.line - 1;
    const structure = this.reader.end(this.result.lines);
    this.result.structure = structure;
    this.unfreezeAllowed();
    const failed = structure.failedStep;
    if (failed !== undefined && !this.result.firstFailedStep) {
      // The step that failed was still open, or closed before the log said it failed (GitLab).
      const hits = [this.step, this.closedRun, this.cancelledRun].find((h) => h?.index === failed);
      if (hits) this.freeze(hits, structure.steps[failed]);
    }
    const open = structure.steps[this.step.index];
    if (open) this.keepLater(this.step, open);
    this.result.command ??= this.step.commands;
    const tail = shapedTail(this.recent);
    if (tail.length > 0) this.result.tail = tail;
    if (this.said.length > 0) this.result.said = this.said;
    return this.result;
  }

  private freshStep(index: number, from: number): StepHits {
    const n = this.ruleCount;
    return {
      index,
      from,
      first: new Array<Evidence | undefined>(n),
      last: new Array<Evidence | undefined>(n),
      cause: new Array<Evidence | undefined>(n),
      commands: { failed: [], ran: [] },
      recent: [],
      said: [],
    };
  }

  private freeze(hits: StepHits, step: LogStep | undefined): void {
    const failed: FailedStep = {
      from: hits.from,
      to: step?.end ?? this.line,
      first: hits.first,
      last: hits.last,
      cause: hits.cause,
      tail: shapedTail(hits.recent),
    };
    if (hits.told) failed.told = hits.told;
    if (hits.toldUnder !== undefined) failed.toldUnder = hits.toldUnder;
    if (hits.said.length > 0) failed.said = hits.said;
    if (step) failed.step = step;
    this.result.firstFailedStep = failed;
    this.result.command = hits.commands;
  }

  /** A step closed after the first failed one: kept when it failed the job too and is the first such. */
  private keepLater(hits: StepHits, step: LogStep): void {
    const first = this.result.firstFailedStep;
    if (!first?.step || this.result.laterFailedStep || step === first.step) return;
    if (step.start <= first.step.start || !failsTheJob(step) || step.cancelled === true) return;
    this.result.laterFailedStep = {
      from: hits.from,
      to: step.end,
      first: hits.first,
      last: hits.last,
      cause: hits.cause,
      step,
      tail: shapedTail(hits.recent),
      commands: hits.commands,
    };
  }

  /**
   * The step kept as the first to fail, when the log said later that it was allowed to (a composite action's
   * continue-on-error, structure.ts ACTION_MARKER): the next failed step that was not is the one.
   */
  private unfreezeAllowed(): void {
    if (!this.result.firstFailedStep?.step?.allowedToFail) return;
    delete this.result.firstFailedStep;
    delete this.result.command;
    delete this.result.laterFailedStep;
  }

  /** The reader moved on to a new step: the one just closed is kept if it is the first to fail. */
  private closeStep(): void {
    this.unfreezeAllowed();
    const closed = this.step;
    // The reader made its first step from line 1 only now: the lines read so far are that step's.
    if (closed.index === -1 && this.reader.stepAt(0)?.start === 1) {
      closed.index = 0;
      if (this.reader.current === 0) return;
    }
    const step = this.reader.stepAt(closed.index);
    if (step) this.keepLater(closed, step);
    if (step && !this.result.firstFailedStep && (step.kind === 'run' || step.kind === 'setup')) {
      // A step only cancelled waits: another job's step that failed on its own decides (structure.ts).
      if (failsTheJob(step) && step.cancelled === true) this.cancelledRun ??= closed;
      else if (failsTheJob(step)) this.freeze(closed, step);
      else this.closedRun = closed;
    }
    const index = this.reader.current;
    this.step = this.freshStep(index, this.reader.stepAt(index)?.start ?? this.line + 1);
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
    const matchers = this.pending;
    const count = this.pendingCount;
    this.pendingCount = 0;
    const seen = this.seen;
    const header = seen[this.headerMatcher] === 1;
    const structure = seen[this.structureMatcher] === 1;
    const requirement = seen[this.packageMatcher] === 1;
    let others = false;
    for (let k = 0; k < count; k++) {
      const m = matchers[k] as number;
      seen[m] = 0;
      if (m < this.headerMatcher) others = true;
    }
    const { text: stripped, cut } = stripLineCut(decoded);
    if (this.headerLines > 0) this.headerLine(stripped);
    if (this.mocha) this.mochaLine(stripped);
    if (header && CAUSE_HEADER.test(stripped)) this.headerLines = 2;
    if (header) this.toolLine(stripped);
    if (requirement) (this.step.packages ??= new RequirementReader()).line(stripped);
    // A line read only for a cause header or a requirement is no other matcher's: what the rules and the
    // fallback see stays.
    if (!others && !this.scriptLines) return;
    let structural = this.reader.inHeader;
    if (structure) {
      this.structureLines++;
      this.structureEnds.push(end);
      structural = this.reader.line(this.line, decoded, stripped) || structural;
    }
    // Exit-status boilerplate and structure markers decide nothing; a step's header is its script.
    const text = isBoilerplate(stripped) || structural ? '' : stripped;
    let stepCommand: CommandHit | undefined;
    const r = this.result;
    for (let k = 0; k < count; k++) {
      const m = matchers[k] as number;
      if (m === this.structureMatcher) continue;
      if (m >= this.successEnd && m < this.stepEndsEnd) {
        const end = this.ruleSet.stepEnds[m - this.successEnd]?.re.exec(stripped)?.groups;
        if (end?.cmd) this.endedStep(end.cmd, stripped);
        continue;
      }
      if (m >= this.stepEndsEnd && stripped) {
        stepCommand = this.command(m, stripped) ?? stepCommand;
        continue;
      }
      if (m < this.ruleCount) {
        const rule = text ? this.ruleSet.rules[m] : undefined;
        if (rule && this.ruleMatches(rule, text, cut)) this.lineRules.push(m);
        else if (rule?.evidence && this.wantsCause(m) && this.evidenceMatches(rule, rule.evidence, text, cut))
          this.recordCause(m, { line: this.line, text });
      } else if (stripped && !isBoilerplate(stripped)) {
        const success = this.ruleSet.success[m - this.ruleCount];
        if (success?.re.test(stripped))
          r.success = { line: this.line, text: stripped, rule: success.spec.id };
      }
    }
    if (this.lineRules.length > 0) this.recordHits(text, cut);
    // A line a rule's keyword made us decode: the learned fallback's candidate if it is shaped like an error,
    // which is asked only of the failed steps' last lines (shapedTail), not of every line read.
    if (text) {
      const hit = { line: this.line, text };
      keepRecent(this.step.recent, hit);
      keepRecent(this.recent, hit);
    }
    if (this.reader.current !== this.step.index) this.closeStep();
    const deferred = this.deferredCommand;
    if (deferred && !this.reader.deferring) {
      // The header began a step (its command is that step's own) or was a job extension's (it is no one's).
      if (this.reader.stepAt(this.reader.current)?.start === deferred.line)
        this.step.commands.step = deferred;
      this.deferredCommand = undefined;
    }
    if (stepCommand) {
      if (this.reader.deferring) this.deferredCommand = stepCommand;
      else this.step.commands.step = stepCommand;
      this.scriptLines = stepCommand.spec === 'gha-run' && isSetupCommand(stepCommand.text);
    } else if (this.scriptLines) this.scriptLine(stripped);
  }

  /** A line with a cause header's keyword: mocha's tally, or a tool's own cause line (cause-lines.ts). */
  private toolLine(text: string): void {
    if (MOCHA_TALLY.test(text) && !this.step.told)
      this.mocha = { at: this.line, listed: false, titled: false };
    if (!isCauseLine(text)) return;
    const hit = { line: this.line, text };
    keepSaid(this.step.said, hit, this.step.saidLast);
    keepSaid(this.said, hit, this.saidLast);
    this.step.saidLast = this.saidLast = this.line;
  }

  /**
   * A line after a tool's cause header (CAUSE_HEADER): the first that says something is the cause, unless it
   * only wraps the one below it (CAUSE_WRAPPER, then `> cause`). The step's first header counts.
   */
  private headerLine(text: string): void {
    if (text === '') return;
    this.headerLines--;
    const hit = { line: this.line, text };
    const told = this.step.told;
    if (!told) {
      this.step.told = hit;
      if (!CAUSE_WRAPPER.test(text)) this.headerLines = 0;
    } else if (told.line === this.line - 1 && CAUSE_WRAPPER.test(told.text) && text.startsWith('> '))
      this.step.told = hit;
  }

  /**
   * A line of mocha's list after its tally (MOCHA_TALLY): its first failure (`1) suite`), the title lines to
   * the one ending in `:`, then the error's message, the cause the tally counts. Read for MOCHA_LIST_LINES.
   */
  private mochaLine(text: string): void {
    const list = this.mocha;
    if (!list || text === '') return;
    if (this.line - list.at > MOCHA_LIST_LINES) this.mocha = undefined;
    else if (list.titled) {
      this.step.told = { line: this.line, text };
      this.step.toldUnder = list.at;
      this.mocha = undefined;
    } else if (list.listed || /^1\) \S/.test(text)) {
      list.listed = true;
      list.titled = text.endsWith(':');
    }
  }

  /** The rules that matched the line, less those a rule that matched it too outranks (RuleSpec outranks). */
  private recordHits(text: string, cut: boolean): void {
    const matched = this.lineRules;
    const { rules } = this.ruleSet;
    const r = this.result;
    for (const m of matched) {
      const by = rules[m]?.outrankedBy;
      if (by !== undefined && by.some((o) => matched.includes(o))) continue;
      const hit = { line: this.line, text };
      r.first[m] ??= hit;
      r.last[m] = hit;
      r.counts[m] = (r.counts[m] ?? 0) + 1;
      this.step.first[m] ??= hit;
      this.step.last[m] = hit;
      const rule = rules[m];
      if (rule?.evidence && this.wantsCause(m) && this.evidenceMatches(rule, rule.evidence, text, cut))
        this.recordCause(m, hit);
    }
    matched.length = 0;
  }

  /**
   * The first line that states rule m's cause (RuleSpec evidence): one of its matches, or a line its keywords
   * select that says what its matches were about (awesome_bot's `Issues :-(` above the failed links). It is no
   * hit: what the rule matched and weighs stays as it was.
   */
  private recordCause(m: number, hit: Evidence): void {
    this.step.cause[m] ??= hit;
    this.result.cause[m] ??= hit;
  }

  /**
   * Whether rule m's cause is still to find, in the step or the log: once both hold their first, asking its
   * evidence pattern again changes nothing (a compiler's evidence was asked of 81 000 lines of a Treeherder
   * log, ~6 % of its CPU, to record 1).
   */
  private wantsCause(m: number): boolean {
    return this.step.cause[m] === undefined || this.result.cause[m] === undefined;
  }

  /**
   * A line of the header of a step whose `Run` line is a set-up command (`source .venv/bin/activate`, `cd
   * admin`, `set -ex`): the first that is not one is the command that types the step. The header's script
   * ends at its `shell:` line.
   */
  private scriptLine(text: string): void {
    if (!this.reader.inHeader || text.startsWith('shell: ')) {
      this.scriptLines = false;
      return;
    }
    if (text === '' || isSetupCommand(text)) return;
    this.scriptLines = false;
    const hit: CommandHit = { line: this.line, text, role: 'step', spec: 'gha-run-script' };
    if (this.reader.deferring) this.deferredCommand = hit;
    else this.step.commands.step = hit;
  }

  /**
   * Whether a rule's pattern matches a line's text. When the text is a cut of the line's bytes and they hold
   * none of the literals the rule's floating alternatives need, only the anchored ones can match.
   */
  private ruleMatches(rule: CompiledRule, text: string, cut: boolean): boolean {
    // The project's own package's failure or a dependency's: pip's header above the line said which it was.
    if (rule.spec.package === 'own' && this.step.packages?.ownFailed !== true) return false;
    if (rule.spec.package === 'dependency' && this.step.packages?.dependencyFailed !== true) return false;
    const guard = rule.guard;
    if (guard && cut && this.guardLine[guard.matcher - this.ruleSet.automaton.guardBase] !== this.line)
      return guard.atStart ? guard.atStart(text) : false;
    return rule.test ? rule.test(text) : rule.re.test(text);
  }

  /**
   * Whether a rule's evidence matches a line's text: as ruleMatches asks the pattern, a cut without its guard's
   * literals is asked the anchored alternatives alone, when the rule has that test (rules.ts guardedEvidence).
   */
  private evidenceMatches(rule: CompiledRule, evidence: RegExp, text: string, cut: boolean): boolean {
    const guard = rule.guard;
    if (guard && cut && rule.evidenceAtStart)
      if (this.guardLine[guard.matcher - this.ruleSet.automaton.guardBase] !== this.line)
        return rule.evidenceAtStart(text);
    return evidence.test(text);
  }

  /** A command a line names: a step's own is returned (it belongs to the step that line opens). */
  private command(m: number, text: string): CommandHit | undefined {
    const command = this.ruleSet.commands[m - this.stepEndsEnd];
    const cmd = command?.re.exec(text)?.groups?.cmd?.trim();
    if (!command || !cmd) return undefined;
    const hit: CommandHit = { line: this.line, text: cmd, role: command.spec.role, spec: command.spec.id };
    if (command.spec.names) hit.name = true;
    const commands = this.step.commands;
    if (hit.role === 'step') return hit;
    if (hit.role === 'failed') {
      if (commands.failed.length < MAX_COMMANDS) commands.failed.push(hit);
    } else {
      commands.ran.push(hit);
      if (commands.ran.length > MAX_COMMANDS) commands.ran.shift();
    }
    return undefined;
  }

  /**
   * A step end that names its command (Travis): that command is the step's own, and only what was echoed after
   * its own echo (`$ npm test`) ran inside it; earlier echoes belong to install commands that print no end.
   */
  private endedStep(cmd: string, line: string): void {
    const context = this.step.commands;
    context.step = { line: this.line, text: cmd, role: 'step', spec: 'step-end', ended: line };
    const own = context.ran.findLastIndex((hit) => hit.text === cmd);
    if (own >= 0) {
      context.step.echoed = (context.ran[own] as CommandHit).line;
      context.ran = context.ran.slice(own + 1);
    }
  }
}

/**
 * Decoded lines kept per step: the decisive error block is near the step's end, and asking only these whether
 * they are error-shaped keeps that question off the lines of a long log (a tenth of the time of a 41 MB scan).
 * Each kept line outlives the young generation and is dropped as old garbage: at 1024 lines the peak RSS of
 * `bench:classify`'s 270 MB log was 154 MB, past its 128 MB bar; at 96, 124-126 MB (128: 125-128; 64: 112,
 * but the fallback then typed 4 more logs wrong where it had said unknown), and no verdict of the corpus
 * moved, held out by project or by source.
 */
export const RECENT_LINES = 96;

/** Keeps at least the last RECENT_LINES lines, trimming in batches so a line costs no array shift. */
function keepRecent(recent: Evidence[], hit: Evidence): void {
  recent.push(hit);
  if (recent.length >= 2 * RECENT_LINES) recent.splice(0, recent.length - RECENT_LINES);
}

/** The last TAIL_LINES error-shaped lines among the last RECENT_LINES decoded ones, oldest first. */
function shapedTail(recent: readonly Evidence[]): Evidence[] {
  const tail: Evidence[] = [];
  const from = Math.max(0, recent.length - RECENT_LINES);
  for (let i = recent.length - 1; i >= from && tail.length < TAIL_LINES; i--) {
    const hit = recent[i] as Evidence;
    if (isErrorShaped(hit.text)) tail.unshift(hit);
  }
  return tail;
}

/** Scans a whole in-memory log; `command` is what a plain log's one step ran. */
export function scanText(text: string, ruleSet: CompiledRuleSet, command?: string): ScanResult {
  const scanner = new LogScanner(ruleSet, command);
  scanner.push(Buffer.from(text, 'utf8'));
  return scanner.end();
}
