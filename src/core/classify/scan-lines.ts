/**
 * The scanner's reading of one decoded line (scanner.ts finds the lines and their matchers): the rules its
 * keywords selected, the commands it names, a tool's cause header and the cause under it, pip's requirement
 * lines, the structure markers the step reader reads, and the decoded lines the learned fallback may read.
 * Pure.
 */
import type { Evidence } from '../types.js';
import type { CommandHit } from './context.js';
import { isSetupCommand } from './context.js';
import { PrintedScript } from './step-script.js';
import { isBoilerplate, stripLineCut } from './normalize.js';
import { Lane, runLane } from './keyword-lanes.js';
import type { CompiledRule, CompiledRuleSet } from './rules.js';
import type { CompiledCondition } from './rule-conditions.js';
import type { ScanResult } from './scan-result.js';
import { keepRecent } from './scan-result.js';
import { ScanSteps } from './scan-steps.js';
import { CAUSE_HEADER, CAUSE_WRAPPER, MOCHA_LIST_LINES, MOCHA_TALLY, StructureReader } from './structure.js';
import { isCauseLine, keepSaid } from './cause-lines.js';
import { InstalledImports } from './installed-imports.js';
import { RequirementReader } from './requirements.js';
import { RunnerPrefixes } from './runner-prefix.js';
import { BELOW_LINES, namesOwnHost, quotedArguments, QUOTES_BELOW, quotesAssertion } from './quoted-lines.js';
import { TRANSIENT_TYPES } from '../types.js';

/** Where a condition the caller's command met stands: before line 1, after nothing (seenAt's 0 is never seen). */
const BEFORE_FIRST_LINE = 0.5;

/** Commands kept per step: the first ones said to fail, the last ones echoed. */
const MAX_COMMANDS = 8;

/** LineReader.packageOf's values, by RuleSpec package. */
const OWN = 1;
const DEPENDENCY = 2;
const INSTALLED = 3;
const PACKAGE_OF = { own: OWN, dependency: DEPENDENCY, installed: INSTALLED } as const;

/** LineReader.retriedOf's values: a rule whose verdict is retried, and of those a network failure. */
const RETRIED = 1;
const NETWORK = 2;

export class LineReader {
  private readonly ruleCount: number;
  private readonly successEnd: number;
  private readonly stepEndsEnd: number;
  private readonly structureMatcher: number;
  /** The matcher of a tool's cause header (structure.ts CAUSE_HEADER_KEYWORDS). */
  private readonly headerMatcher: number;
  /** The matcher of pip's requirement headers and build failures (requirements.ts REQUIREMENT_KEYWORDS). */
  private readonly packageMatcher: number;
  /** The matcher of a monorepo runner's prefix start (runner-prefix.ts RUNNER_PREFIX_KEYWORDS). */
  private readonly prefixMatcher: number;
  /** The matcher of the forms stripLineCut splices out that the automaton reads as bytes (SPLICE_KEYWORDS). */
  private readonly spliceMatcher: number;
  /** The lane a spliced line's text is searched in (spliced). */
  private readonly spliceLane = new Lane();
  /** The matcher of the learned fallback's candidates (fallback.ts ERROR_SHAPE_KEYWORDS). */
  private readonly shapeMatcher: number;
  /** The prefixes pnpm or turbo put before the lines of the step being read. */
  private readonly prefixes = new RunnerPrefixes();
  /** The rules' earlier-line conditions' matchers (RuleSpec after, unlessAfter): [conditionBase, conditionEnd). */
  private readonly conditionBase: number;
  private readonly conditionEnd: number;
  /** Matchers whose keywords the current line contains (the scanner sets them, the line's read clears them). */
  readonly seen: Uint8Array;
  /** Per rule guard (RuleGuard), the last line holding one of its literals (the scanner writes it). */
  readonly guardLine: Float64Array;
  /**
   * Per rule, whose package failure it speaks of (RuleSpec package): OWN, DEPENDENCY or 0. Read from the specs
   * once: each spec is parsed JSON of its own shape, so reading its field for every rule asked of every line
   * was a megamorphic load.
   */
  private readonly packageOf: Uint8Array;
  /** Per rule, whether its verdict is retried (RETRIED, NETWORK) or not (0): quoted-lines.ts says where it is not. */
  private readonly retriedOf: Uint8Array;
  /** The last line a shell echoed as a command it ran (CommandSpec shellEcho). */
  private echoedAt = 0;
  /** The last line read as an assertion's report, and its step: the diff and code frame below it quote it. */
  private assertionAt: { step: object; line: number } | undefined;
  /** Lines after a cause header still to read for its cause (0: none), and the header's line. */
  private headerLines = 0;
  private headerAt = 0;
  /** Reading mocha's list after its tally: the tally's line, and whether its first failure's title was seen. */
  private mocha: { at: number; listed: boolean; titled: boolean } | undefined;
  private readonly reader: StructureReader;
  private readonly steps: ScanSteps;
  /**
   * The whole log's last lines holding an error-shape word (ERROR_SHAPE_KEYWORDS): the fallback's candidates when
   * the log shows no failed step.
   */
  private readonly recent: Evidence[] = [];
  /** The whole log's cause lines (cause-lines.ts keepSaid), and the latest such line. */
  private readonly said: Evidence[] = [];
  private saidLast: number | undefined;
  /** The number of the line being read. */
  private line = 1;
  /** Lines read so far that hold a structure marker, and where those of the last chunk end (LogScanner). */
  structureLines = 0;
  readonly structureEnds: number[] = [];
  /** The rules whose patterns matched the line being read, recorded once all were asked (recordHits). */
  private readonly lineRules: number[] = [];
  /** A `Run '<path>'` header's command, kept until the reader says whether a step began there. */
  private deferredCommand: CommandHit | undefined;
  /** While a step header's script is read for its first command past set-up lines (scriptLine). */
  private scriptLines = false;
  /** While a `run:` step's header prints its script: what runs beside a refusal (step-script.ts). */
  private script: PrintedScript | undefined;

  constructor(
    private readonly ruleSet: CompiledRuleSet,
    private readonly result: ScanResult,
    command?: string,
  ) {
    this.ruleCount = ruleSet.rules.length;
    this.successEnd = this.ruleCount + ruleSet.success.length;
    this.stepEndsEnd = this.successEnd + ruleSet.stepEnds.length;
    this.structureMatcher = this.stepEndsEnd + ruleSet.commands.length;
    this.headerMatcher = this.structureMatcher + 1;
    this.packageMatcher = this.headerMatcher + 1;
    this.prefixMatcher = this.packageMatcher + 1;
    this.spliceMatcher = this.prefixMatcher + 1;
    this.shapeMatcher = this.spliceMatcher + 1;
    this.conditionBase = ruleSet.conditionBase;
    this.conditionEnd = ruleSet.conditionBase + ruleSet.conditions.length;
    this.seen = new Uint8Array(this.conditionEnd);
    this.packageOf = Uint8Array.from(ruleSet.rules, ({ spec }) =>
      spec.package ? PACKAGE_OF[spec.package] : 0,
    );
    this.retriedOf = Uint8Array.from(ruleSet.rules, ({ spec }) =>
      !TRANSIENT_TYPES.includes(spec.type) || spec.retryable === false
        ? 0
        : spec.type === 'network'
          ? NETWORK
          : RETRIED,
    );
    const { guardBase } = ruleSet.automaton;
    const guards = ruleSet.rules.reduce(
      (n, r) => (r.guard ? Math.max(n, r.guard.matcher + 1 - guardBase) : n),
      0,
    );
    // One more slot past the guards: run/'s recovered mark (rules.ts RECOVERED_KEYWORD, LogScanner.recoveredLine).
    this.guardLine = new Float64Array(Math.max(guards, ruleSet.recoveredMatcher + 1 - guardBase));
    this.reader = new StructureReader(command);
    this.steps = new ScanSteps(result, this.reader, this.ruleCount, ruleSet.conditions.length);
    if (command !== undefined) this.commandConditions(command);
    this.unsettle();
  }

  /**
   * A plain log's one step ran `command` (run/'s), which a job log's step header would print before its output: the
   * rules' earlier-line conditions (RuleSpec after, unlessAfter: `cmake --build` before CMake's refusal) see each
   * line of it there, before the log's first line.
   */
  private commandConditions(command: string): void {
    const seenAt = this.steps.step.seenAt;
    for (const line of command.split('\n'))
      this.ruleSet.conditions.forEach((c, slot) => {
        if (seenAt[slot] === 0 && c.re.test(line.trim())) seenAt[slot] = BEFORE_FIRST_LINE;
      });
  }

  /**
   * The fields a rare line changes, each written once more than their start: V8 takes a field written only at
   * construction for a constant and folds it into the optimised reader, which it then throws away the first
   * time such a line comes, often deep into a long log (a Gradle header, mocha's tally, a `Run` set-up line).
   */
  private unsettle(): void {
    this.headerLines = 1;
    this.headerLines = 0;
    this.mocha = { at: 0, listed: false, titled: false };
    this.mocha = undefined;
    this.saidLast = 0;
    this.saidLast = undefined;
    this.scriptLines = true;
    this.scriptLines = false;
    this.deferredCommand = { line: 0, text: '', role: 'step', spec: '' };
    this.deferredCommand = undefined;
    this.script = new PrintedScript();
    this.script = undefined;
  }

  /**
   * Whether the next line is read even without a matcher: a step header's script lines hold no keyword but
   * are read while its command is a set-up line, and the lines after a cause header or mocha's tally.
   */
  get readsEveryLine(): boolean {
    return this.scriptLines || this.headerLines > 0 || this.mocha !== undefined || this.script !== undefined;
  }

  /** The scan's end, `line` the number of the line being read then (ScanSteps.finish). */
  finish(line: number): void {
    this.steps.finish(line, this.recent, this.said);
  }

  /**
   * Line `line`, decoded, whose line feed is at `end` in the scanner's chunk: `matchers[0, found)` are those
   * whose keywords it holds (each set in `seen`, cleared here).
   */
  read(decoded: string, end: number, line: number, matchers: Int32Array, found: number): void {
    this.line = line;
    const seen = this.seen;
    const { text: plain, cut } = stripLineCut(decoded);
    const count = seen[this.spliceMatcher] === 1 ? this.spliced(plain, matchers, found) : found;
    const header = seen[this.headerMatcher] === 1;
    const structure = seen[this.structureMatcher] === 1;
    const requirement = seen[this.packageMatcher] === 1;
    const prefixStart = seen[this.prefixMatcher] === 1;
    const shaped = seen[this.shapeMatcher] === 1;
    let others = false;
    let condition = false;
    for (let k = 0; k < count; k++) {
      const m = matchers[k] as number;
      seen[m] = 0;
      if (m < this.headerMatcher) others = true;
      else if (m >= this.conditionBase) condition = true;
    }
    // A runner's prefix off the head leaves a stretch of the line's bytes: still a cut.
    if (prefixStart) this.prefixes.learn(plain, this.reader.current, this.steps.step.commands);
    const stripped = this.prefixes.strip(plain, this.reader.current);
    if (condition) this.conditionLine(matchers, count, stripped);
    if (this.headerLines > 0) this.headerLine(stripped);
    if (this.mocha) this.mochaLine(stripped);
    if (header) this.toolLine(stripped);
    if (requirement) this.packageLine(stripped, line);
    if (this.script) this.scriptText(stripped);
    // A line read only for a cause header, a requirement or the fallback is no other matcher's: what the rules
    // see stays. Outside a step's header (its script), a line with an error-shape word is the fallback's.
    if (!others && !this.scriptLines) {
      if (shaped && !this.reader.inHeader && !isBoilerplate(stripped)) this.keepCandidate(line, stripped);
      return;
    }
    let structural = this.reader.inHeader;
    if (structure) {
      this.structureLines++;
      this.structureEnds.push(end);
      structural = this.reader.line(line, decoded, stripped) || structural;
      if (stripped.startsWith('##[group]Run ') && this.reader.inHeader && !this.reader.deferring) {
        this.script = new PrintedScript();
        if (this.reader.sameColumnHeader) this.script.sameColumn = true;
      }
    }
    // Exit-status boilerplate and structure markers decide nothing; a step's header is its script.
    const text = isBoilerplate(stripped) || structural ? '' : stripped;
    const stepCommand = this.askMatchers(matchers, count, stripped, text, cut);
    if (this.lineRules.length > 0) this.recordHits(text, cut);
    if (shaped && text) this.keepCandidate(line, text);
    this.afterLine(stepCommand, stripped);
  }

  /**
   * A line holding a form stripLineCut splices out (SPLICE_KEYWORDS): its text searched for keywords as the
   * bytes were, each matcher it holds added to `matchers[0, count)` once (by `seen`); returns the new count.
   * The keyword proof (scripts/keyword-soundness.ts) is of the text the patterns read: a keyword it holds
   * across a spliced form (` - ^[[31merror: ` reads ` - error: `) is not in the bytes. A line holding none is
   * a stretch of its bytes but for real colour codes, which the automaton steps over as stripLineCut takes
   * them out.
   */
  private spliced(plain: string, matchers: Int32Array, count: number): number {
    const automaton = this.ruleSet.automaton;
    const { output, outputs, guardBase } = automaton;
    const lane = this.spliceLane;
    lane.state = 0;
    lane.escape = 0;
    lane.count = 0;
    runLane(automaton, Buffer.from(plain, 'utf8'), lane, 0, Buffer.byteLength(plain, 'utf8'));
    const rowBytes = automaton.stride * 4;
    let n = count;
    for (let k = 1; k < lane.count; k += 2) {
      for (const m of outputs[(output[(~(lane.events[k] as number) / rowBytes) | 0] as number) - 1] ?? []) {
        if (m >= guardBase || this.seen[m] === 1) continue;
        this.seen[m] = 1;
        matchers[n++] = m;
      }
    }
    lane.count = 0;
    return n;
  }

  /**
   * A line with an error-shape word (ERROR_SHAPE_KEYWORDS), whichever rules' keywords selected it: the learned
   * fallback's candidate if it is shaped like an error, which is asked only of the failed steps' last lines
   * (shapedTail), not of every line read.
   */
  private keepCandidate(line: number, text: string): void {
    if (text === '') return;
    const hit = { line, text };
    keepRecent(this.steps.step.recent, hit);
    keepRecent(this.recent, hit);
  }

  /**
   * The line's matchers but the structure marker's asked of its text: step ends, commands, rules (their hits
   * wait in lineRules for recordHits) and success markers. Returns the step's own command, if it names one.
   */
  private askMatchers(
    matchers: Int32Array,
    count: number,
    stripped: string,
    text: string,
    cut: boolean,
  ): CommandHit | undefined {
    let stepCommand: CommandHit | undefined;
    const r = this.result;
    for (let k = 0; k < count; k++) {
      const m = matchers[k] as number;
      if (m === this.structureMatcher) continue;
      if (m >= this.successEnd && m < this.stepEndsEnd) {
        const stepEnd = this.ruleSet.stepEnds[m - this.successEnd];
        const end =
          stepEnd && stripped.startsWith(stepEnd.head) ? stepEnd.re.exec(stripped)?.groups : undefined;
        if (end?.cmd) this.endedStep(end.cmd, stripped);
        continue;
      }
      if (m >= this.stepEndsEnd && stripped) {
        stepCommand = this.command(m, stripped) ?? stepCommand;
        continue;
      }
      if (m < this.ruleCount) {
        const rule = text ? this.ruleSet.rules[m] : undefined;
        if (!rule) continue;
        const asked = this.asksPattern(m, rule);
        if (asked && this.patternMatches(rule, text, cut)) this.lineRules.push(m);
        else if (
          rule.evidence &&
          this.wantsCause(m) &&
          // Below the rule's own first hit in the step, where its evidence says so (RuleSpec evidenceBelowHit).
          (!rule.spec.evidenceBelowHit || this.steps.step.first[m] !== undefined) &&
          // A pattern asked and not matched leaves only the evidence's own alternatives (evidenceUnmatched).
          (asked && rule.evidenceUnmatched
            ? rule.evidenceUnmatched(text)
            : this.evidenceMatches(rule, rule.evidence, text, cut))
        ) {
          // A line its conditions (after, unlessAfter) rule out states no cause of the rule's either.
          if (!(rule.after || rule.unlessAfter) || this.conditionHolds(rule))
            this.recordCause(m, { line: this.line, text });
        }
      } else if (stripped && !isBoilerplate(stripped)) {
        const success = this.ruleSet.success[m - this.ruleCount];
        if (success && stripped.startsWith(success.head) && success.re.test(stripped)) {
          if (success.spec.command) this.commandsPassed(stripped, success.spec.id);
          else r.success = { line: this.line, text: stripped, rule: success.spec.id };
        }
      }
    }
    return stepCommand;
  }

  /** After a line's matchers: the step the structure reader is in now, and the step's own command. */
  private afterLine(stepCommand: CommandHit | undefined, stripped: string): void {
    if (this.reader.current !== this.steps.step.index) this.steps.closeStep(this.line);
    const deferred = this.deferredCommand;
    if (deferred && !this.reader.deferring) {
      // The header began a step (its command is that step's own) or was a job extension's (it is no one's).
      if (this.reader.stepAt(this.reader.current)?.start === deferred.line)
        this.steps.step.commands.step = deferred;
      this.deferredCommand = undefined;
    }
    if (stepCommand) {
      if (this.reader.deferring) this.deferredCommand = stepCommand;
      else this.steps.step.commands.step = stepCommand;
      this.scriptLines = stepCommand.spec === 'gha-run' && isSetupCommand(stepCommand.text);
    } else if (this.scriptLines) this.scriptLine(stripped);
  }

  /**
   * A line with a cause header's keyword: a tool's cause header (the cause is read under it), mocha's tally, or
   * a tool's own cause line (cause-lines.ts).
   */
  private toolLine(text: string): void {
    if (CAUSE_HEADER.test(text)) {
      this.headerLines = 2;
      this.headerAt = this.line;
    }
    const step = this.steps.step;
    if (MOCHA_TALLY.test(text) && !step.told) this.mocha = { at: this.line, listed: false, titled: false };
    if (!isCauseLine(text)) return;
    const hit = { line: this.line, text };
    keepSaid(step.said, hit, step.saidLast);
    keepSaid(this.said, hit, this.saidLast);
    step.saidLast = this.saidLast = this.line;
  }

  /**
   * A line after a tool's cause header (CAUSE_HEADER): the first that says something is the cause, unless it
   * only wraps the one below it (CAUSE_WRAPPER, then `> cause`). The step's first header counts.
   */
  private headerLine(text: string): void {
    if (text === '') return;
    this.headerLines--;
    const hit = { line: this.line, text };
    const step = this.steps.step;
    const told = step.told;
    if (!told) {
      step.told = hit;
      // A rule's hit on the header itself (Sphinx's) shows the cause under it.
      step.toldUnder = this.headerAt;
      if (!CAUSE_WRAPPER.test(text)) this.headerLines = 0;
    } else if (told.line === this.line - 1 && CAUSE_WRAPPER.test(told.text) && text.startsWith('> '))
      step.told = hit;
  }

  /**
   * A line of mocha's list after its tally (MOCHA_TALLY): its first failure (`1) suite`), the title lines to
   * the one ending in `:`, then the error's message, the cause the tally counts. Read for MOCHA_LIST_LINES.
   * Mocha prints the title path after `  1) `, each further title on its own line; an empty first title (a
   * suite named '') leaves `1)` alone on its line, the titles under it (TypeScript's harness).
   */
  private mochaLine(text: string): void {
    const list = this.mocha;
    if (!list || text === '') return;
    if (this.line - list.at > MOCHA_LIST_LINES) this.mocha = undefined;
    else if (list.titled) {
      this.steps.step.told = { line: this.line, text };
      this.steps.step.toldUnder = list.at;
      this.mocha = undefined;
    } else if (list.listed || /^1\)(?: \S|$)/.test(text)) {
      list.listed = true;
      list.titled = text.endsWith(':');
    }
  }

  /**
   * A line with a rule condition's keyword (RuleSpec after, unlessAfter): the step's first line matching each
   * condition is kept, for the rules asked of the step's later lines (conditionHolds).
   */
  private conditionLine(matchers: Int32Array, count: number, stripped: string): void {
    const seenAt = this.steps.step.seenAt;
    for (let k = 0; k < count; k++) {
      const slot = (matchers[k] as number) - this.conditionBase;
      if (slot < 0 || seenAt[slot] !== 0) continue;
      if (this.ruleSet.conditions[slot]?.re.test(stripped)) seenAt[slot] = this.line;
    }
  }

  /**
   * Whether the rule's conditions hold on the line being read: what its step said on earlier lines. A condition
   * with an end (LineCondition until) no longer holds once its end's first line came after its own.
   */
  private conditionHolds(rule: CompiledRule): boolean {
    const seenAt = this.steps.step.seenAt;
    const earlier = (slot: number): boolean => {
      const at = seenAt[slot] as number;
      return at !== 0 && at < this.line;
    };
    const holds = (c: CompiledCondition): boolean =>
      earlier(c.slot) &&
      !(
        c.until !== undefined &&
        earlier(c.until) &&
        (seenAt[c.until] as number) > (seenAt[c.slot] as number)
      );
    if (rule.after && !holds(rule.after)) return false;
    return !(rule.unlessAfter && holds(rule.unlessAfter));
  }

  /** The rules that matched the line, less those a rule that matched it too outranks (RuleSpec outranks). */
  private recordHits(text: string, cut: boolean): void {
    const matched = this.quotedOut(this.lineRules, text);
    const { rules } = this.ruleSet;
    const r = this.result;
    const step = this.steps.step;
    for (const m of matched) {
      const by = rules[m]?.outrankedBy;
      if (by !== undefined && by.some((o) => matched.includes(o))) continue;
      const hit = { line: this.line, text };
      r.first[m] ??= hit;
      r.last[m] = hit;
      r.counts[m] = (r.counts[m] ?? 0) + 1;
      step.first[m] ??= hit;
      step.last[m] = hit;
      const rule = rules[m];
      if (rule?.evidence && this.wantsCause(m) && this.evidenceMatches(rule, rule.evidence, text, cut))
        this.recordCause(m, hit);
    }
    matched.length = 0;
  }

  /**
   * The line's rules less those whose verdict would spend a retry on words the line only quotes
   * (quoted-lines.ts): a test's assertion, a lookup of a name only the job's own network resolves, the shell's
   * echo of a command (CommandSpec shellEcho). Asked only of lines such a rule matched, a few in a log.
   */
  private quotedOut(matched: number[], text: string): number[] {
    let assertion: boolean | undefined;
    let ownHost: boolean | undefined;
    const echoed = this.echoedAt === this.line;
    let quotes: Array<[number, number]> | undefined;
    let kept = 0;
    for (const m of matched) {
      const retried = this.retriedOf[m];
      const quoted =
        retried !== 0 &&
        ((echoed && this.insideQuotes(m, text, (quotes ??= quotedArguments(text)))) ||
          (assertion ??= this.assertionLine(text)) ||
          (retried === NETWORK && (ownHost ??= namesOwnHost(text))));
      if (!quoted) matched[kept++] = m;
    }
    matched.length = kept;
    return matched;
  }

  /**
   * Whether each of rule m's matches on an echoed command lies inside a quoted argument (quotedArguments): the
   * command's data, not what it printed.
   */
  private insideQuotes(m: number, text: string, spans: Array<[number, number]>): boolean {
    if (spans.length === 0) return false;
    const { re } = this.ruleSet.rules[m] as CompiledRule;
    const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    let any = false;
    for (let hit = all.exec(text); hit; hit = all.exec(text)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (!spans.some(([s, e]) => start >= s && end <= e)) return false;
      any = true;
      if (hit[0].length === 0) all.lastIndex++;
    }
    return any;
  }

  /** Whether the line quotes an assertion: its report, or a diff or code frame line just below one in the step. */
  private assertionLine(text: string): boolean {
    const step = this.steps.step;
    if (quotesAssertion(text)) {
      this.assertionAt = { step, line: this.line };
      return true;
    }
    const at = this.assertionAt;
    return (
      at !== undefined && at.step === step && this.line - at.line <= BELOW_LINES && QUOTES_BELOW.test(text)
    );
  }

  /**
   * The first line that states rule m's cause (RuleSpec evidence): one of its matches, or a line its keywords
   * select that says what its matches were about (awesome_bot's `Issues :-(` above the failed links). It is no
   * hit: what the rule matched and weighs stays as it was.
   */
  private recordCause(m: number, hit: Evidence): void {
    this.steps.step.cause[m] ??= hit;
    this.result.cause[m] ??= hit;
  }

  /**
   * Whether rule m's cause is still to find, in the step or the log: once both hold their first, asking its
   * evidence pattern again changes nothing (a compiler's evidence was asked of 81 000 lines of a Treeherder
   * log, ~6 % of its CPU, to record 1).
   */
  private wantsCause(m: number): boolean {
    return this.steps.step.cause[m] === undefined || this.result.cause[m] === undefined;
  }

  /**
   * A line of the header of a step whose `Run` line is a set-up command (`source .venv/bin/activate`, `cd
   * admin`, `set -ex`): the first that is not one is the command that types the step. The header's script
   * ends at its `shell:` line.
   */
  /** A line of a `run:` step's header: its script's, until the `shell:` line the runner prints after it. */
  private scriptText(text: string): void {
    const script = this.script;
    if (!script) return;
    if (text.startsWith('##[') || !this.reader.inHeader) this.script = undefined;
    else if (text.startsWith('shell: ')) {
      this.script = undefined;
      if (script.end(text)) this.steps.step.script = script;
    } else if (!script.line(text)) this.script = undefined;
  }

  private scriptLine(text: string): void {
    if (!this.reader.inHeader || text.startsWith('shell: ')) {
      this.scriptLines = false;
      return;
    }
    if (text === '' || isSetupCommand(text)) return;
    this.scriptLines = false;
    const hit: CommandHit = { line: this.line, text, role: 'step', spec: 'gha-run-script' };
    if (this.reader.deferring) this.deferredCommand = hit;
    else this.steps.step.commands.step = hit;
  }

  /** A line holding a keyword of pip's lines (REQUIREMENT_KEYWORDS) or of a traceback's (IMPORT_KEYWORDS). */
  private packageLine(text: string, line: number): void {
    const step = this.steps.step;
    if (!(step.imports ??= new InstalledImports()).line(text, line))
      (step.packages ??= new RequirementReader()).line(text);
  }

  /**
   * Whether rule m's pattern is asked of the line being read: the project's own package's failure or a
   * dependency's needs pip's header above the line to have said which it was, and its conditions must hold.
   */
  private asksPattern(m: number, rule: CompiledRule): boolean {
    const of = this.packageOf[m];
    if (of === OWN && this.steps.step.packages?.ownFailed !== true) return false;
    if (of === DEPENDENCY && this.steps.step.packages?.dependencyFailed !== true) return false;
    if (of === INSTALLED && this.steps.step.imports?.conflictLine !== this.line) return false;
    return !(rule.after || rule.unlessAfter) || this.conditionHolds(rule);
  }

  /**
   * Whether a rule's pattern matches a line's text. When the text is a cut of the line's bytes and they hold
   * none of the literals the rule's floating alternatives need, only the anchored ones can match.
   */
  private patternMatches(rule: CompiledRule, text: string, cut: boolean): boolean {
    const guard = rule.guard;
    if (guard && cut && this.guardLine[guard.matcher - this.ruleSet.automaton.guardBase] !== this.line)
      return guard.atStart ? guard.atStart(text) : false;
    return rule.test ? rule.test(text) : rule.re.test(text);
  }

  /**
   * Whether a rule's evidence matches a line's text: as patternMatches asks the pattern, a cut without its guard's
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
    // A line not starting with the pattern's literal head is told without running it (literalHead).
    if (!command || !text.startsWith(command.head)) return undefined;
    const cmd = command.re.exec(text)?.groups?.cmd?.trim();
    if (!cmd) return undefined;
    const hit: CommandHit = { line: this.line, text: cmd, role: command.spec.role, spec: command.spec.id };
    if (command.spec.names) hit.name = true;
    if (command.spec.states) hit.stated = text;
    if (command.spec.shellEcho) this.echoedAt = this.line;
    const commands = this.steps.step.commands;
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
   * A test runner's summary said every test passed (SuccessSpec command): the commands echoed so far in the step
   * ran before it and finished, so none of them is what failed (context.ts resolveContext).
   */
  private commandsPassed(text: string, rule: string): void {
    for (const hit of this.steps.step.commands.ran) hit.passed = true;
    this.result.passedSummary = { line: this.line, text, rule };
  }

  /**
   * A step end that names its command (Travis): that command is the step's own, and only what was echoed after
   * its own echo (`$ npm test`) ran inside it; earlier echoes belong to install commands that print no end.
   */
  private endedStep(cmd: string, line: string): void {
    const context = this.steps.step.commands;
    context.step = { line: this.line, text: cmd, role: 'step', spec: 'step-end', ended: line };
    const own = context.ran.findLastIndex((hit) => hit.text === cmd);
    if (own >= 0) {
      context.step.echoed = (context.ran[own] as CommandHit).line;
      context.ran = context.ran.slice(own + 1);
    }
  }
}
