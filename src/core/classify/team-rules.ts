/**
 * A team's own rules (`classify.rules` in .github/ci-recovery.yml): the flaky signatures and known causes a
 * team knows and our rules cannot (PyTorch keeps such a ruleset; Jenkins has its Build Failure Analyzer).
 * They rank above the shipped rules: the first team rule, in the file's order, that matches a line of the
 * log (within the step or command it names) decides, as `team:<id>` with that line as evidence.
 * Also here: which step a log line belongs to (`gh run view --log` columns, a raw job log's `Run …` groups),
 * so a verdict can name the step it came from. Pure.
 */
import type { RE2JS } from 're2js';
import type { Classification, Evidence, FailureType } from '../types.js';
import { FAILURE_TYPES, TRANSIENT_TYPES } from '../types.js';
import { MARKED_YEAR, MAX_LINE_CHARS, normalizeLine } from './normalize.js';
import { withoutCredentials } from '../text.js';

/** One team rule, as the config gives it (camelCase). */
export interface TeamRule {
  /** Shown as `team:<id>`; default `rule-<n>`, its 1-based place in the list. */
  id?: string;
  description?: string;
  /** JavaScript RegExp source, matched against each log line as the shipped rules see it (normalize.ts). */
  pattern: string;
  ignoreCase?: boolean;
  type: FailureType;
  /** Whether a retry may help; default: true for the transient types (network, infrastructure, ...). */
  retryable?: boolean;
  /** Only lines of a step whose name matches: a glob (`*`, `?`; case-insensitive) or `/regex/flags`. */
  step?: string;
  /** Only lines of a step whose command matches: a glob or `/regex/flags`. */
  command?: string;
}

/** A compiled team pattern: whether it matches anywhere in a text, in time linear in the text. */
export interface LinearPattern {
  test(text: string): boolean;
}

export interface CompiledTeamRule {
  id: string;
  rule: TeamRule;
  re: LinearPattern;
  step?: LinearPattern;
  command?: LinearPattern;
}

/**
 * A rule the config cannot use: which one, which field, why. `unsupported`: the pattern needs what a
 * linear-time engine lacks (lookaround, backreferences).
 */
export interface TeamRuleProblem {
  index: number;
  field: 'pattern' | 'step' | 'command' | 'id' | 'retryable';
  message: string;
  unsupported?: boolean;
}

/** The step a line belongs to, as far as the log or the caller says. */
export interface LineStep {
  job?: string;
  step?: string;
  command?: string;
}

export const teamRuleId = (rule: TeamRule, index: number): string => rule.id ?? `rule-${index + 1}`;

/** Why a pattern cannot be compiled: its syntax, or a feature the linear-time engine lacks. */
export class TeamPatternError extends Error {
  constructor(
    message: string,
    readonly unsupported: boolean,
  ) {
    super(message);
    this.name = 'TeamPatternError';
  }
}

let engine: typeof RE2JS | undefined;

/**
 * Loads the linear-time engine the team's rules compile on (re2js, 263 KB of code): a start whose config has
 * no rules (the CLI on a log, most jobs) does not pay for it. Awaited where a config with team rules is
 * parsed (core/config.ts), where run/ classifies a failure (adapters/run-step.ts), and before rules compile in
 * a test.
 */
export async function loadTeamRuleEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

/** Whether the engine is loaded in this process: a config without team rules must not have loaded it. */
export function teamRuleEngineLoaded(): boolean {
  return engine !== undefined;
}

/** A programming error, not a bad rule: said outside teamRuleProblems' catch, so no rule is blamed for it. */
function loadedEngine(): typeof RE2JS {
  if (!engine)
    throw new Error(
      'team rules compiled before their engine was loaded: await loadTeamRuleEngine() where the config is read',
    );
  return engine;
}

/** The JavaScript flags a filter may carry and what each is in RE2; g, d and u change nothing for a test. */
function flagBits(re2: typeof RE2JS): Record<string, number> {
  return { i: re2.CASE_INSENSITIVE, m: re2.MULTILINE, s: re2.DOTALL, g: 0, d: 0, u: 0 };
}

/** RE2's refusal of what it cannot run in linear time, as its messages name it. */
const UNSUPPORTED =
  /invalid or unsupported Perl syntax|invalid named capture: `\(\?<[=!]|invalid escape sequence: `\\[1-9k]/;

/**
 * A team pattern compiled by RE2 (re2js, pure JavaScript): matching takes time linear in the line, whatever
 * the pattern, so a rule cannot stall classify on a line a pull request shaped (`(a|aa)+$` backtracks for
 * seconds in a JavaScript RegExp on 41 characters, and safe-regex2 passes it). Throws TeamPatternError.
 */
export function linearPattern(source: string, flags = ''): LinearPattern {
  const re2 = loadedEngine();
  const bitOf = flagBits(re2);
  let bits = 0;
  for (const flag of flags) {
    const bit = bitOf[flag];
    if (bit === undefined)
      throw new TeamPatternError(`the flag '${flag}' is not supported (use i, m or s)`, false);
    bits |= bit;
  }
  try {
    return re2.compile(source, bits);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TeamPatternError(message.replace(/^error parsing regexp: /, ''), UNSUPPORTED.test(message));
  }
}

/** A step or command filter: `/source/flags` is a regex; anything else a whole-text glob, case-insensitive. */
export function filterRegExp(filter: string): LinearPattern {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(filter);
  if (re) return linearPattern(re[1] as string, re[2]);
  const glob = filter
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return linearPattern(`^${glob}$`, 'is');
}

function compileOne(rule: TeamRule, index: number): CompiledTeamRule {
  return {
    id: teamRuleId(rule, index),
    rule,
    re: linearPattern(rule.pattern, rule.ignoreCase ? 'i' : ''),
    ...(rule.step !== undefined ? { step: filterRegExp(rule.step) } : {}),
    ...(rule.command !== undefined ? { command: filterRegExp(rule.command) } : {}),
  };
}

/** What is wrong with the rules beyond their shape (the schema checks that): bad regexes, duplicate ids. */
export function teamRuleProblems(rules: readonly TeamRule[]): TeamRuleProblem[] {
  if (rules.length > 0) loadedEngine();
  const problems: TeamRuleProblem[] = [];
  const ids = new Map<string, number>();
  rules.forEach((rule, index) => {
    const id = teamRuleId(rule, index);
    const earlier = ids.get(id);
    if (earlier !== undefined)
      problems.push({ index, field: 'id', message: `the id '${id}' is also rule ${earlier + 1}'s` });
    ids.set(id, index);
    // The policy retries these types by itself (git has a rule for a failure that is not transport, resource
    // for a limit the job sets itself, network for one a retry meets again).
    if (
      rule.retryable === false &&
      rule.type !== 'git' &&
      rule.type !== 'resource' &&
      rule.type !== 'network' &&
      TRANSIENT_TYPES.includes(rule.type)
    )
      problems.push({
        index,
        field: 'retryable',
        message: `a ${rule.type} failure is retried by the policy`,
      });
    for (const field of ['pattern', 'step', 'command'] as const) {
      const value = rule[field];
      if (value === undefined || typeof value !== 'string') continue;
      // A rule runs on every line of a log a pull request can shape: each is compiled by the linear-time
      // engine it runs on, so what cannot run there is refused here, with the rule named.
      try {
        if (field === 'pattern') linearPattern(value, rule.ignoreCase ? 'i' : '');
        else filterRegExp(value);
      } catch (error) {
        const unsupported = error instanceof TeamPatternError && error.unsupported;
        problems.push({
          index,
          field,
          message: (error as Error).message,
          ...(unsupported ? { unsupported } : {}),
        });
      }
    }
  });
  return problems;
}

const compiled = new WeakMap<readonly TeamRule[], CompiledTeamRule[]>();

/** The rules compiled once per list; a rule that does not compile is left out (the config loader refuses it). */
export function compileTeamRules(rules: readonly TeamRule[]): CompiledTeamRule[] {
  let out = compiled.get(rules);
  if (!out) {
    const bad = new Set(
      teamRuleProblems(rules)
        .filter((p) => p.field !== 'id')
        .map((p) => p.index),
    );
    // The rules reach run/ as JSON from main (the file CI_RECOVERY_CONFIG_FILE names): a rule of the wrong
    // shape is left out too, rather than compiled into a pattern that matches every line.
    const usable = (rule: TeamRule, index: number): boolean =>
      !bad.has(index) &&
      typeof rule.pattern === 'string' &&
      rule.pattern !== '' &&
      (FAILURE_TYPES as readonly string[]).includes(rule.type);
    out = rules.flatMap((rule, index) => (usable(rule, index) ? [compileOne(rule, index)] : []));
    compiled.set(rules, out);
  }
  return out;
}

/** Steps recorded per log; past this, lines are not placed in a step (an endless alternation costs no memory). */
const MAX_STEPS = 10_000;
const MAX_NAME_CHARS = 200;
const clipName = (s: string): string => (s.length > MAX_NAME_CHARS ? s.slice(0, MAX_NAME_CHARS) : s).trim();

const GROUP_RUN = '##[group]Run ';
/** A raw job log's post-job lines: what follows belongs to no `Run …` step. */
const POST_JOB = new RegExp(
  `^(?:${MARKED_YEAR}-\\d\\d-\\d\\dT[\\d:.]+Z )?(?:Post job cleanup\\.|Cleaning up orphan processes)\\s*$`,
);

const POST_STEP = 'Post job cleanup';
/**
 * A job extension's header (structure-markers.ts EXTENSION_HEADER) and the `shell:` line the runner prints right
 * after it.
 */
const EXTENSION_COMMAND = /^'[^']+'$/;
const SHELL_LINE = new RegExp(`^(?:${MARKED_YEAR}-\\d\\d-\\d\\dT[\\d:.]+Z )?shell: `);
const TIMESTAMP_AT_START = new RegExp(`^${MARKED_YEAR}-\\d\\d-\\d\\dT`);

/** gh's step column for a job whose log has no per-step files (the whole job log): its groups tell the steps. */
const GH_UNKNOWN_STEP = 'UNKNOWN STEP';

/**
 * What a line must hold for StepTracker.line to move the step, besides gh's columns (a tab): a `run:` step's
 * header (GROUP_RUN) or a post-job line (POST_JOB). A line with none of them, no tab and no extension header
 * before it leaves the step as it is: the CLI reads such lines without decoding them (StepTracker.keeps).
 */
export const STEP_MARKS: readonly string[] = [
  '##[group]Run ',
  'Post job cleanup.',
  'Cleaning up orphan processes',
];

/** The job and step columns of a `gh run view --log` line (`job<TAB>step<TAB>timestamp text`), if it is one. */
function ghColumns(head: string): { job: string; step: string; text: string; end: number } | undefined {
  const tab = head.indexOf('\t');
  if (tab < 0 || tab > MAX_NAME_CHARS) return undefined;
  const tab2 = head.indexOf('\t', tab + 1);
  if (tab2 < 0 || tab2 - tab > MAX_NAME_CHARS + 1) return undefined;
  const text = head.slice(tab2 + 1);
  if (!TIMESTAMP_AT_START.test(text)) return undefined;
  return {
    job: clipName(head.slice(0, tab)),
    step: clipName(head.slice(tab + 1, tab2)),
    text,
    end: tab2 + 1,
  };
}

const utf8 = new TextEncoder();

/**
 * Follows the steps of a log line by line: `gh run view --log` / `--log-failed` lines carry the job and step
 * as their first two tab-separated columns; a raw GitHub Actions job log starts each `run:` step with
 * `##[group]Run <command>`. Only each step's start is kept, so memory stays bounded.
 */
export class StepTracker {
  private readonly starts: { line: number; at: LineStep }[] = [];
  private current: LineStep = {};
  /** Lines from here on are in no known step (MAX_STEPS was reached). */
  private overflowFrom = Infinity;
  /** A `Run '<path>'` header: a step of its own unless the next line shows a job extension (structure.ts). */
  private extension: { line: number; at: LineStep } | undefined;
  /** The UTF-8 bytes of the last line read, up to its second tab, when that line had gh's columns. */
  private columns: Uint8Array | undefined;

  /** An extension header waits for the next line to say whether it began a step: that line must be read. */
  get waiting(): boolean {
    return this.extension !== undefined;
  }

  /**
   * Whether reading a line that holds none of STEP_MARKS, whose head is the raw bytes bytes[start, end), would
   * leave the step as it is: no extension header waits for it, and it has no tab (no gh columns) or starts with
   * the bytes of the last line read up to that line's second tab (the same job and step columns, or none).
   */
  keeps(bytes: Uint8Array, start: number, end: number, hasTab: boolean): boolean {
    if (this.extension) return false;
    if (!hasTab) return true;
    const prefix = this.columns;
    if (!prefix || end - start < prefix.length) return false;
    for (let i = prefix.length - 1; i >= 0; i--) if (bytes[start + i] !== prefix[i]) return false;
    return true;
  }

  /** The head of line `line` (the first few hundred characters are enough). */
  line(head: string, line: number): LineStep {
    const columns = ghColumns(head);
    this.columns = columns ? utf8.encode(head.slice(0, columns.end)) : undefined;
    const text = columns ? columns.text : head;
    const extension = this.extension;
    this.extension = undefined;
    if (extension && !(line === extension.line + 1 && SHELL_LINE.test(text)))
      this.enter(extension.at, extension.line);
    let next = this.current;
    // gh's step column names the step, unless gh had only the whole job log: then its groups tell.
    const named = columns !== undefined && columns.step !== GH_UNKNOWN_STEP;
    const job = columns ? { job: columns.job } : {};
    if (columns && (columns.job !== next.job || (named && columns.step !== next.step)))
      next = named ? { ...job, step: columns.step } : job;
    const group = text.indexOf(GROUP_RUN);
    if (group >= 0 && group <= 40) {
      const command = clipName(text.slice(group + GROUP_RUN.length).replace(/\r$/, ''));
      const step = named ? { ...next, command } : { ...job, step: `Run ${command}`, command };
      if (EXTENSION_COMMAND.test(command)) this.extension = { line, at: step };
      else next = step;
    } else if (!named && next.step !== POST_STEP && POST_JOB.test(text)) {
      next = { ...job, step: POST_STEP };
    }
    this.enter(next, line);
    return line >= this.overflowFrom ? {} : this.current;
  }

  private enter(next: LineStep, line: number): void {
    if (next === this.current) return;
    this.current = next;
    if (this.starts.length < MAX_STEPS) this.starts.push({ line, at: next });
    else this.overflowFrom = Math.min(this.overflowFrom, line);
  }

  /** The step line `line` was in, if the log said. */
  stepAt(line: number): LineStep {
    if (line >= this.overflowFrom) return {};
    let lo = 0;
    let hi = this.starts.length - 1;
    let found: LineStep = {};
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.starts[mid] as { line: number; at: LineStep };
      if (start.line <= line) {
        found = start.at;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** What the caller knows of the failed step when the log does not say (a run/ step's stage and command). */
export interface StepFallback {
  step?: string;
  stage?: string;
  command?: string;
}

/**
 * Matches team rules line by line and keeps each rule's first hit. A line is tried only on rules whose step
 * and command filters its step satisfies; the step is the log's (gh columns, `Run …` group) or else the
 * caller's. A filter with nothing to test against does not match.
 */
export class TeamRuleMatcher {
  private readonly hits: (Evidence | undefined)[];
  constructor(
    private readonly rules: readonly CompiledTeamRule[],
    private readonly fallback: StepFallback = {},
  ) {
    this.hits = new Array<Evidence | undefined>(rules.length);
  }

  /** One raw log line (1-based number) and the step it is in. */
  line(raw: string, line: number, at: LineStep): void {
    const text = normalizeLine(raw.length > 2 * MAX_LINE_CHARS ? raw.slice(0, 2 * MAX_LINE_CHARS) : raw);
    if (!text) return;
    this.rules.forEach((rule, i) => {
      if (this.hits[i] || !rule.re.test(text)) return;
      if (rule.step && !this.names(at).some((name) => rule.step!.test(name))) return;
      const command = at.command ?? this.fallback.command;
      if (rule.command && (command === undefined || !rule.command.test(command))) return;
      this.hits[i] = { line, text };
    });
  }

  private names(at: LineStep): string[] {
    if (at.step !== undefined) return [at.step];
    return [this.fallback.step, this.fallback.stage].filter((s): s is string => s !== undefined);
  }

  /** The first rule (in the config's order) that matched, as a verdict; undefined when none did. */
  verdict(): Classification | undefined {
    const i = this.hits.findIndex((hit) => hit !== undefined);
    const rule = this.rules[i];
    const evidence = this.hits[i];
    if (!rule || !evidence) return undefined;
    const { type, retryable } = rule.rule;
    return {
      type,
      confidence: 'high',
      retryable: retryable ?? TRANSIENT_TYPES.includes(type),
      rule: `team:${rule.id}`,
      // As the shipped rules' verdicts (index.ts shareable): the line is quoted where no runner masks it.
      evidence: { ...evidence, text: withoutCredentials(evidence.text) },
    };
  }
}

/** The team rules' verdict on a whole in-memory log, undefined when none matches. */
export function teamVerdict(
  log: string,
  rules: readonly TeamRule[],
  fallback: StepFallback = {},
): Classification | undefined {
  const compiledRules = compileTeamRules(rules);
  if (compiledRules.length === 0) return undefined;
  const matcher = new TeamRuleMatcher(compiledRules, fallback);
  const steps = new StepTracker();
  let start = 0;
  for (let n = 1; start <= log.length; n++) {
    const end = log.indexOf('\n', start);
    const raw = log.slice(start, end < 0 ? log.length : end);
    matcher.line(raw, n, steps.line(raw.slice(0, 512), n));
    if (end < 0) break;
    start = end + 1;
  }
  return matcher.verdict();
}
