import type { Confidence, FailureType } from '../types.js';
import { FAILURE_TYPES } from '../types.js';
import ruleData from '../../../rules/log-rules.json' with { type: 'json' };
import weightData from '../../../rules/weights.json' with { type: 'json' };
import shapeData from '../../../rules/pattern-shapes.json' with { type: 'json' };
import type { FallbackModel } from './fallback.js';
import type { HintGate } from './hints.js';
import type { CommandRole, Lexicon } from './context.js';
import { defaultLexicon } from './context.js';
import type { KeywordAutomaton } from './keyword-automaton.js';
import { buildAutomaton, builtAutomaton } from './keyword-automaton.js';
import type { PatternShape } from './pattern-shape.js';
import { literalHead, patternShape, shapeAtStart, shapeKey, shapeTest } from './pattern-shape.js';
import { alternatives, sourcesAtStart, splitSources, splitTest } from './split-test.js';
import { CAUSE_HEADER_KEYWORDS } from './structure.js';
import { STRUCTURE_KEYWORDS } from './structure-markers.js';
import { REQUIREMENT_KEYWORDS } from './requirements.js';
import { RUNNER_PREFIX_KEYWORDS } from './runner-prefix.js';
import { SPLICE_KEYWORDS } from './normalize.js';
import { ERROR_SHAPE_KEYWORDS } from './fallback.js';
import { RECOVERED_MARK } from '../recovered-log.js';
import type { Weights } from './weigh.js';
import type { CompiledCondition, LineCondition } from './rule-conditions.js';
import { conditionsOf, validateCondition, validRegExp } from './rule-conditions.js';

/** A real corpus line a rule must (positive) or must not (negative) match: `log` is a corpus id. */
export interface RuleExample {
  log: string;
  line: number;
}

/**
 * A line as a tool or platform publishes it (its documentation, its own test data of its output, the format
 * string in its source, a setup-* action's problem matcher): `from` names the repository, path and commit or
 * the page. A rule written from the tool's own text is proven on it, and the evaluation counts it as evidence
 * that comes from no project of the corpus.
 */
export interface PublishedExample {
  from: string;
  text: string;
}

/** One classification rule as written in rules/log-rules.json. Order in the file is priority. */
export interface RuleSpec {
  id: string;
  type: FailureType;
  confidence: Confidence;
  /** JavaScript RegExp source matched against the normalized line (see normalize.ts). */
  pattern: string;
  /** RegExp flags for `pattern` (only `i` is allowed). */
  flags?: string;
  /**
   * Lower-case ASCII substrings: the rule is tried only on lines containing one of them (case-insensitive).
   * Every line the pattern matches must contain one; the fixtures test checks it on real lines.
   */
  keywords: string[];
  /** Overrides the type's default (transient types are retryable): e.g. a missing git ref is not. */
  retryable?: boolean;
  /** Structural rules (runner lost, shut down) decide before exit codes and report files. */
  structural?: boolean;
  /**
   * A structural loss the build can outlive (Jenkins Pipeline's `retry(conditions: [agent()])` moves the work to
   * another agent): it decides only where no line of a failure a retry does not cure comes after it (index.ts).
   * A GitHub runner lost ends its job: what prints after it (an `if: always()` step) does not make it the cause.
   */
  survivable?: boolean;
  /**
   * `generic`: an output shape many tools share (a `file:line:col` diagnostic, a command's exit status), ranked
   * below the tool-specific rules and the failing command's tool, above the catch-all.
   */
  tier?: 'generic';
  /**
   * The shape is evidence only as the decisive block of a step the log shows failed: its piece is weighed when
   * its latest hit is among the last lines before that step's exit (evidence-pieces.ts END_LINES), never elsewhere,
   * never in a log without a failed step. For shapes that are plain output anywhere else (a unified diff printed by a
   * checkout or a patch tool) and a verdict only when a step ends on them (`git diff --exit-code`, a formatter's
   * `--diff` check).
   */
  block?: boolean;
  /**
   * A check a test run makes once its tests ran (a coverage threshold), or a loss the run suffers beside its tests
   * (karma's lost browser): beside failed tests of that run it says nothing of its own, since the failed tests are
   * fixed first and a retry meets them again (evidence-pieces.ts afterFailedTests).
   */
  afterTests?: boolean;
  /**
   * The line says the tests could not run at all (the browser they drive was never installed, go's package that
   * did not build): it outranks the test run's own report of failed tests, as a cause outranks its wrapper
   * (weigh.ts).
   */
  beforeTests?: boolean;
  /**
   * With beforeTests: the line is the whole run's refusal before its first test (an unknown flag, a go.mod its go
   * cannot read, a reporter it cannot load), not a loss each test meets (a browser never installed): a named test's
   * failure after it shows tests ran past it, so the line was another program's or a test's and decides nothing
   * (weigh.ts testsRanPast).
   */
  beforeRun?: boolean;
  /**
   * The line is a package manager's word that the build it ran was a dependency's (npm's failed install script
   * under node_modules, pip's wheel of a requirement): a compiler's error in that build is the dependency's
   * failure to build (TAXONOMY dependency: a wheel build failure), not the project's (weigh.ts).
   */
  dependencyBuild?: boolean;
  /**
   * The line is a tool's word that a companion the build runs beside the compiler is not installed (prost-build's
   * `protoc`, pkg-config, libclang): in the step's last error block it is why the build failed, the job's
   * environment (TAXONOMY config), and outranks the build's own report of it (cargo's `failed to run custom build
   * command`) whatever its weight (weigh.ts). Likewise the toolchain the build ran under being older than the
   * project declares (go's `note: module requires Go X` under the compiler's errors): the environment, not the code.
   */
  companion?: boolean;
  /**
   * The line is its program's last word before it exits non-zero, like a config rule's refusal, in a rule of
   * another type (Poetry's `Error: The current project could not be installed`, build): a later line of another
   * type's cause, or a kill's status, was printed after the step went on past it (`poetry install || true`), so
   * it does not outrank that (weigh.ts wentPast).
   */
  lastWord?: boolean;
  /**
   * The line is a package manager's failure to build a package, and only the project's own package's (`own`)
   * or only a dependency's (`dependency`) is this rule's: pip prints the same lines for both, and
   * requirements.ts reads which from the requirement header above (no header, as under `pip -q`: neither).
   * `installed`: the line is an import that failed between two installed packages, one package's file asking
   * for what another does not provide (installed-imports.ts reads who asked: a Python traceback's frame above
   * the error, Node's require stack or the file on the error's line), a version conflict between them.
   */
  package?: 'own' | 'dependency' | 'installed';
  /**
   * Ids of rules this one outranks on a line both match: the line is this rule's alone, the others record no
   * hit there (a TypeScript option error is no compile error, a coverage gate's FAIL line no test summary).
   * Precedence lives here, not in lookaheads that copy one rule's pattern into another's.
   */
  outranks?: string[];
  /** Evidence is the first matching line rather than the last (a person fixes the earliest one). */
  pick?: 'first' | 'last';
  /**
   * Which lines state the rule's cause (a RegExp over its matches and the lines its keywords select): its
   * other matches are a summary or a wrapper (R CMD check's `Running the tests in 'x' failed.` above
   * testthat's failure; awesome_bot's status of every link it checked, where `Issues :-(`, a line its keyword
   * selects, heads the failed ones). The line shown is the first that states it (scan-lines.ts records it,
   * weigh.ts causeLine shows it); `(?!)`: none does, every match is a summary. Absent: every match states the
   * cause. It never changes what the rule matches or weighs.
   */
  evidence?: string;
  /**
   * An `evidence` line the pattern does not match states the cause only below the rule's own first hit in the
   * step: an exception's line under the frame a rule matches (os.environ's `KeyError: 'NAME'` under os's
   * `__getitem__` frame), not the same exception of another mapping printed earlier in the step.
   */
  evidenceBelowHit?: boolean;
  /**
   * Rules of one group (consecutive in the file) compete by position: the latest match wins (the last LaTeX
   * message), or with `pick: 'first'` the earliest (the first of several failed Travis commands).
   */
  group?: string;
  /**
   * The rule's hit counts only where a line matching this came earlier in the same step (scan-lines.ts): a line
   * whose meaning an earlier line of the step decides (pip's `from versions: none` after its retries ran out).
   */
  after?: LineCondition;
  /** The rule's hit counts only where no line matching this came earlier in the same step. */
  unlessAfter?: LineCondition;
  /** Documentation, read by people and tests, never by the classifier: the bundle's copy has none (DOC_FIELDS). */
  why?: string;
  /** Lines it must and must not match (validateRuleDocs); like `why`, not in the bundle's copy. */
  examples?: { positive: RuleExample[]; negative: RuleExample[]; published?: PublishedExample[] };
}

/** A line saying the job or task succeeded after all: anything matched before it was survived noise. */
export interface SuccessSpec {
  id: string;
  pattern: string;
  keywords: string[];
  /**
   * The line says the command run last passed (a test runner's own all-passed summary), not that the job did:
   * the commands echoed before it in the step finished green, so none of them is the step's failing command
   * (scan-lines.ts commandsPassed). It says nothing of the job: a rule's evidence before it keeps its confidence.
   */
  command?: boolean;
  /** Lines it must and must not match (validateRuleDocs); not in the bundle's copy (DOC_FIELDS). */
  examples?: { positive: RuleExample[]; negative: RuleExample[] };
}

/**
 * A line that ends one command of a job that runs on after a failure (Travis prints `The command "x" exited
 * with N.` after each). Its pattern captures the exit status as `(?<code>\d+)`. The rules' hits between the
 * previous end and the first non-zero end are that failure's own lines: a person fixes that one first.
 */
export type StepEndSpec = SuccessSpec;

/**
 * A line that names a command, script, target, task or stage: its pattern captures it as `(?<cmd>...)`.
 * `role` says whether the line reports that it failed, echoes that it ran, or begins a new step.
 */
export interface CommandSpec extends SuccessSpec {
  role: CommandRole;
  /**
   * The capture is a script, target, task or goal name (`make: *** [test]`, `> pkg@1.0.0 lint`), not a command
   * line: it is resolved by its words (`test` is the test target), not as a program to run.
   */
  names?: boolean;
  /**
   * The line is the shell's own echo of a command it is about to run (`set -x`'s `+ cmd`, Travis's `$ cmd`):
   * its words are the command's text, so no rule whose verdict is retried records a hit on it (`+ grep -q 'No
   * space left on device' build.log` is no full disk; scan-lines.ts quotedOut).
   */
  shellEcho?: boolean;
  /**
   * The line states what befell the command it names (bash's `line 2: 9437 Segmentation fault ./calc_tests`): a
   * verdict the command's word decides shows the line, not the command's bare words (index.ts toldLine).
   */
  states?: boolean;
}

export interface RuleFile {
  rules: RuleSpec[];
  success: SuccessSpec[];
  stepEnds: StepEndSpec[];
  commands: CommandSpec[];
}

export interface CompiledRule {
  spec: RuleSpec;
  index: number;
  re: RegExp;
  /** `re.test`, asked faster (split-test.ts); absent in rule sets made by hand. */
  test?: (text: string) => boolean;
  /** The exact guard of its floating alternatives (literal-guards.ts); absent when none is known. */
  guard?: RuleGuard;
  /** Indices of the rules that outrank this one (their `outranks` names it): a line they match is theirs. */
  outrankedBy?: number[];
  /** RuleSpec after and unlessAfter, compiled. */
  after?: CompiledCondition;
  unlessAfter?: CompiledCondition;
  /** RuleSpec evidence, compiled: which of its matched lines state the cause. */
  evidence?: RegExp;
  /**
   * The evidence's test for a line its guard's literals are not in (RuleGuard): its anchored alternatives
   * alone. Present only when each of its floating alternatives is one of the pattern's, which the guard rules
   * out as it does the pattern's (evidenceAtStart).
   */
  evidenceAtStart?: (text: string) => boolean;
  /**
   * The evidence's test for a line the pattern was asked of and did not match: only the evidence's top-level
   * alternatives the pattern lacks (never, when it lacks none). Absent: the whole evidence is asked.
   */
  evidenceUnmatched?: (text: string) => boolean;
}

/**
 * A line without any of the literals its floating alternatives need (the automaton's matcher `matcher`) can
 * match only an anchored alternative: `atStart` asks those alone (absent: the rule cannot match).
 */
export interface RuleGuard {
  matcher: number;
  atStart?: (text: string) => boolean;
}

/** A success marker's, step end's or command's pattern, and the text a line it matches starts with (literalHead). */
export interface LinePattern<Spec> {
  spec: Spec;
  re: RegExp;
  head: string;
}

const linePattern = <Spec extends { pattern: string }>(spec: Spec): LinePattern<Spec> => ({
  spec,
  re: new RegExp(spec.pattern),
  head: literalHead(spec.pattern),
});

export interface CompiledRuleSet {
  rules: CompiledRule[];
  success: LinePattern<SuccessSpec>[];
  stepEnds: LinePattern<StepEndSpec>[];
  commands: LinePattern<CommandSpec>[];
  automaton: KeywordAutomaton;
  /** The rules' distinct LineConditions by slot; slot k's keywords are the automaton's matcher conditionBase + k. */
  conditions: CompiledCondition[];
  conditionBase: number;
  /** The automaton's matcher of RECOVERED_KEYWORD (after the guards: its last line in the guards' lines). */
  recoveredMatcher: number;
  lexicon: Lexicon;
  /** Each piece of evidence's measured firings (rules/weights.json, made by bench/weights.ts). */
  weights: Weights;
  /**
   * Pieces of evidence (`rule:id`, `exit:137`) left out of the weighing: the evaluation leaves out one rule at
   * a time without rescanning (a lexicon entry is left out of `lexicon` instead).
   */
  drop?: ReadonlySet<string>;
  /**
   * The learned fallback's model (fallback.ts); when absent, the committed rules/fallback-model.json, decoded on
   * first use. The evaluation sets one trained without the held-out logs.
   */
  fallback?: FallbackModel;
  /**
   * Which rule-less hints may decide which types (hints.ts); when absent, the committed
   * rules/hint-precision.json's word. bench/hints.ts lets one hint at a time speak to measure it.
   */
  hintGate?: HintGate;
}

/** The committed weights, measured on the labelled corpus. */
export const defaultWeights = (weightData as { weights: Weights }).weights;

const CONFIDENCES: readonly string[] = ['high', 'medium', 'low'];

/** Checks the shape of a rule file, so a bad edit fails loudly at load time with the rule id. */
export function validateRuleFile(data: unknown): RuleFile {
  const fail = (what: string): never => {
    throw new Error(`rules/log-rules.json: ${what}`);
  };
  if (typeof data !== 'object' || data === null) fail('not an object');
  const file = data as Partial<RuleFile>;
  if (
    !Array.isArray(file.rules) ||
    !Array.isArray(file.success) ||
    !Array.isArray(file.stepEnds) ||
    !Array.isArray(file.commands)
  ) {
    fail("needs 'rules', 'success', 'stepEnds' and 'commands' arrays");
  }
  for (const command of file.commands ?? []) {
    if (!command.pattern?.includes('(?<cmd>')) fail(`command '${command.id}' must capture it as (?<cmd>...)`);
    if (!['failed', 'ran', 'step'].includes(command.role))
      fail(`command '${command.id}': role must be failed, ran or step`);
  }
  for (const end of file.stepEnds ?? []) {
    if (!end.pattern?.includes('(?<code>'))
      fail(`step end '${end.id}' must capture the exit status as (?<code>...)`);
  }
  const ids = new Set<string>();
  for (const rule of [
    ...(file.rules ?? []),
    ...(file.success ?? []),
    ...(file.stepEnds ?? []),
    ...(file.commands ?? []),
  ]) {
    const r = rule as Partial<RuleSpec>;
    if (typeof r.id !== 'string' || !r.id) fail('a rule has no id');
    const id = r.id as string;
    if (ids.has(id)) fail(`duplicate rule id '${id}'`);
    ids.add(id);
    if (typeof r.pattern !== 'string' || !r.pattern) fail(`rule '${id}' has no pattern`);
    if (!Array.isArray(r.keywords) || r.keywords.length === 0) fail(`rule '${id}' needs keywords`);
    for (const k of r.keywords ?? []) {
      if (typeof k !== 'string' || !k || /[^\x20-\x7e]|[A-Z]/.test(k))
        fail(`rule '${id}': keyword '${k}' must be lower-case ASCII`);
    }
    if (r.flags !== undefined && !/^i?$/.test(r.flags)) fail(`rule '${id}': flags may only be 'i'`);
  }
  for (const r of file.rules ?? []) {
    const unknown = Object.keys(r).filter((k) => !RULE_FIELDS.has(k));
    if (unknown.length > 0) fail(`rule '${r.id}': unknown field '${unknown.join("', '")}'`);
    for (const field of ['after', 'unlessAfter'] as const)
      if (r[field] !== undefined) validateCondition(r[field], `rule '${r.id}': ${field}`, fail);
    if (!(FAILURE_TYPES as readonly string[]).includes(r.type))
      fail(`rule '${r.id}': unknown type '${r.type}'`);
    if (!CONFIDENCES.includes(r.confidence)) fail(`rule '${r.id}': confidence must be high, medium or low`);
    if (r.tier !== undefined && r.tier !== 'generic') fail(`rule '${r.id}': tier may only be 'generic'`);
    if (r.evidence !== undefined && (typeof r.evidence !== 'string' || !validRegExp(r.evidence)))
      fail(
        `rule '${r.id}': evidence must be a RegExp source (the lines of its matches that state the cause)`,
      );
    for (const flag of [
      'block',
      'afterTests',
      'beforeTests',
      'beforeRun',
      'dependencyBuild',
      'companion',
      'lastWord',
      'survivable',
      'evidenceBelowHit',
    ] as const) {
      if (r[flag] !== undefined && typeof r[flag] !== 'boolean')
        fail(`rule '${r.id}': ${flag} is true or false`);
    }
    if (r.package !== undefined && !['own', 'dependency', 'installed'].includes(r.package))
      fail(`rule '${r.id}': package is 'own', 'dependency' or 'installed'`);
  }
  validateOutranks(file.rules ?? [], fail);
  return file as RuleFile;
}

/**
 * The fields of rules/log-rules.json's entries that document a rule and that the classifier never reads: the
 * build takes them out of the bundle's copy (scripts/shipped-rules.ts), 880 KB of its 1.3 MB, which every
 * start compiled and parsed. validateRuleDocs checks them in the file itself, at build and in the tests.
 */
export const DOC_FIELDS = ['why', 'examples'] as const;

/**
 * Every rule, success marker, step end and command of `file` has its examples: at least one positive (a corpus
 * line or a published one), and each published one says where it is published. Run on rules/log-rules.json by
 * the build and the tests, not at load: the bundle's copy has no examples (DOC_FIELDS).
 */
export function validateRuleDocs(file: RuleFile): void {
  for (const r of [
    ...file.rules,
    ...file.success,
    ...file.stepEnds,
    ...file.commands,
  ] as Partial<RuleSpec>[]) {
    const fail = (what: string): never => {
      throw new Error(`rules/log-rules.json: rule '${r.id}'${what}`);
    };
    if (!r.examples || !Array.isArray(r.examples.positive) || !Array.isArray(r.examples.negative))
      fail(' needs examples.positive and examples.negative');
    const published = r.examples?.published;
    if (published !== undefined && !Array.isArray(published)) fail(': examples.published is a list');
    for (const p of published ?? []) {
      if (typeof p?.from !== 'string' || !p.from || typeof p.text !== 'string' || !p.text)
        fail(": each published example needs 'from' (where it is published) and 'text'");
    }
    if (r.examples?.positive.length === 0 && !published?.length)
      fail(' needs a positive example: a corpus line or a published one');
  }
}

/** A matcher's examples, from rules/log-rules.json; an error where they were taken out (the bundle's copy). */
export function examplesOf<E>(spec: { id: string; examples?: E }): E {
  if (spec.examples === undefined)
    throw new Error(
      `rule '${spec.id}' has no examples here: the bundle's copy of the rules has none (DOC_FIELDS); read rules/log-rules.json`,
    );
  return spec.examples;
}

/** RuleSpec's fields: a misspelt one (`unlesAfter`) would otherwise drop its condition without a word. */
const RULE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'confidence',
  'pattern',
  'flags',
  'keywords',
  'retryable',
  'structural',
  'survivable',
  'tier',
  'block',
  'afterTests',
  'beforeTests',
  'beforeRun',
  'dependencyBuild',
  'companion',
  'lastWord',
  'package',
  'outranks',
  'pick',
  'evidence',
  'evidenceBelowHit',
  'group',
  'after',
  'unlessAfter',
  'why',
  'examples',
]);

/** Each `outranks` names other rules that exist, and no two rules outrank each other (directly or round a loop). */
function validateOutranks(rules: RuleSpec[], fail: (what: string) => never): void {
  const ids = new Set(rules.map((r) => r.id));
  const edges = new Map<string, string[]>();
  for (const r of rules) {
    if (r.outranks === undefined) continue;
    if (!Array.isArray(r.outranks) || r.outranks.length === 0)
      fail(`rule '${r.id}': outranks is a non-empty list of rule ids`);
    for (const id of r.outranks) {
      if (typeof id !== 'string' || !ids.has(id) || id === r.id)
        fail(`rule '${r.id}': outranks '${String(id)}', which is no other rule's id`);
    }
    edges.set(r.id, r.outranks);
  }
  // A cycle would let two rules each silence the other on one line: neither would speak.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') fail(`outranks loop: ${[...path, id].join(' > ')}`);
    state.set(id, 'open');
    for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of edges.keys()) visit(id, []);
}

/** The shipped rules' pattern shapes, read at build time (pattern-shape.ts). */
export const builtShapes: Readonly<Record<string, PatternShape>> = (
  shapeData as { shapes: Record<string, PatternShape> }
).shapes;

/**
 * The automaton's keyword lists, in matcher order: each rule's, success marker's, step end's and command's,
 * the structure markers, the cause headers, pip's requirements, the runners' prefix starts, the forms stripLineCut
 * splices out (SPLICE_KEYWORDS), the learned fallback's error-shape words, the rules' earlier-line conditions, the
 * guard literals of the rules whose shape has them, then run/'s recovered mark (RECOVERED_KEYWORD).
 */
export function keywordListsOf(
  file: RuleFile,
  shapes: Readonly<Record<string, PatternShape>> = builtShapes,
): { lists: string[][]; guardBase: number; conditionBase: number; recoveredMatcher: number } {
  const lists = [
    ...file.rules.map((r) => r.keywords),
    ...file.success.map((s) => s.keywords),
    ...file.stepEnds.map((s) => s.keywords),
    ...file.commands.map((s) => s.keywords),
    [...STRUCTURE_KEYWORDS],
    [...CAUSE_HEADER_KEYWORDS],
    [...REQUIREMENT_KEYWORDS],
    [...RUNNER_PREFIX_KEYWORDS],
    [...SPLICE_KEYWORDS],
    [...ERROR_SHAPE_KEYWORDS],
  ];
  // The rules' earlier-line conditions, one matcher each, then their guards after every keyword list.
  const conditionBase = lists.length;
  for (const c of conditionsOf(file.rules).list) lists.push(c.keywords);
  const guardBase = lists.length;
  for (const { pattern, flags = '' } of file.rules) {
    const literals = (shapes[shapeKey(pattern, flags)] ?? patternShape(pattern, flags)).literals;
    if (literals) lists.push(literals);
  }
  const recoveredMatcher = lists.length;
  lists.push([RECOVERED_KEYWORD]);
  return { lists, guardBase, conditionBase, recoveredMatcher };
}

/**
 * RECOVERED_MARK without its first byte, a matcher of the automaton past the guards (recorded as a guard's line,
 * never decoding a line): a chunk where the scanner read none holds no mark, and the CLI's step lines
 * (log-lines.ts StepLines) do not search it. The automaton steps over colour codes, and an escape sequence's final
 * byte may be the mark's `c` (`ESC [` or `ESC` then `ci-recovery: `): the rest of the mark is always read.
 */
export const RECOVERED_KEYWORD = RECOVERED_MARK.slice(1);

export function compileRules(
  file: RuleFile,
  lexicon: Lexicon = defaultLexicon(),
  weights: Weights = defaultWeights,
  shapes: Readonly<Record<string, PatternShape>> = builtShapes,
): CompiledRuleSet {
  const { lists, guardBase, conditionBase, recoveredMatcher } = keywordListsOf(file, shapes);
  const { list, slotOf } = conditionsOf(file.rules);
  const conditions = list.map((c, slot): CompiledCondition => ({
    slot,
    re: new RegExp(c.pattern, c.flags ?? ''),
    ...(c.until ? { until: slotOf(c.until) } : {}),
  }));
  const condition = (c: LineCondition | undefined): CompiledCondition | undefined =>
    c ? conditions[slotOf(c)] : undefined;
  let guards = 0;
  const rules = file.rules.map((spec, index): CompiledRule => {
    const flags = spec.flags ?? '';
    const re = new RegExp(spec.pattern, flags);
    const shape = shapes[shapeKey(spec.pattern, flags)] ?? patternShape(spec.pattern, flags);
    const guarded = Boolean(shape.literals);
    // Every rule and guard gets each field, in one order, `undefined` when absent: the line reader asks them
    // of whichever rules a line's keywords select, and rules built field by field had as many object shapes
    // as combinations, so those reads were megamorphic and V8 dropped its optimised code as shapes it had
    // not seen arrived late in a long log.
    const rule: CompiledRule = {
      spec,
      index,
      re,
      test: shapeTest(shape, flags, re),
      guard: guarded ? { matcher: guardBase + guards++, atStart: shapeAtStart(shape, flags) } : undefined,
      outrankedBy: undefined,
      after: condition(spec.after),
      unlessAfter: condition(spec.unlessAfter),
      evidence: spec.evidence === undefined ? undefined : new RegExp(spec.evidence, flags),
      evidenceAtStart:
        (guarded && spec.evidence && guardedEvidence(spec.pattern, spec.evidence, flags)) || undefined,
      evidenceUnmatched:
        (spec.evidence && evidenceBeyondPattern(spec.pattern, spec.evidence, flags)) || undefined,
    };
    return rule;
  });
  const byId = new Map(rules.map((r) => [r.spec.id, r]));
  for (const rule of rules) {
    for (const id of rule.spec.outranks ?? []) {
      const beaten = byId.get(id);
      if (beaten) (beaten.outrankedBy ??= []).push(rule.index);
    }
  }
  const success = file.success.map(linePattern);
  const stepEnds = file.stepEnds.map(linePattern);
  const commands = file.commands.map(linePattern);
  const automaton = builtAutomaton(lists, guardBase) ?? buildAutomaton(lists, guardBase);
  return {
    rules,
    success,
    stepEnds,
    commands,
    automaton,
    conditions,
    conditionBase,
    recoveredMatcher,
    lexicon,
    weights,
  };
}

/**
 * A rule's evidence asked of a line without its guard's literals: its anchored alternatives alone (never, when
 * it has none), when each of its floating alternatives is one of the pattern's, so a line the guard says holds
 * none of the pattern's floating matches holds none of the evidence's. Undefined otherwise (then the whole
 * evidence is asked): a compiler's evidence, asked of every line holding `error`, was ~6 % of the CPU of a
 * Treeherder log.
 */
function guardedEvidence(
  pattern: string,
  evidence: string,
  flags: string,
): ((text: string) => boolean) | undefined {
  // A back-reference counts groups, which splitting renumbers (split-test.ts splitSources).
  if (/\\[1-9]|\\k</.test(evidence)) return undefined;
  const floating = (source: string): string[] => alternatives(source).filter((a) => !a.startsWith('^'));
  const patterns = new Set(floating(pattern));
  if (!floating(evidence).every((a) => patterns.has(a))) return undefined;
  return sourcesAtStart(splitSources(evidence, flags), flags) ?? (() => false);
}

/**
 * A rule's evidence asked of a line its pattern did not match: a line matches an alternation iff it matches
 * one of its alternatives, so an alternative the pattern has too (the same source, the same flags) cannot match
 * it; only the others are asked (never, when there are none). A compiler's evidence, asked whole of every line
 * holding `error` that no compiler error matched, was a tenth of the CPU of the corpus-concatenated log.
 * Undefined where splitting is not exact: a back-reference in the evidence counts groups (the same text may
 * name another group in the pattern, or none once split), and `g` and `y` keep state. One in the pattern's own
 * alternatives changes nothing: an alternative without one means the same wherever it stands.
 */
export function evidenceBeyondPattern(
  pattern: string,
  evidence: string,
  flags: string,
): ((text: string) => boolean) | undefined {
  if (/[gy]/.test(flags) || /\\[1-9]|\\k</.test(evidence)) return undefined;
  const asked = new Set(alternatives(pattern));
  const beyond = alternatives(evidence).filter((a) => !asked.has(a));
  if (beyond.length === 0) return () => false;
  const source = beyond.map((a) => `(?:${a})`).join('|');
  return splitTest(source, flags, new RegExp(source, flags));
}

let defaultRules: CompiledRuleSet | undefined;

/** The shipped rules, compiled once. */
export function defaultRuleSet(): CompiledRuleSet {
  defaultRules ??= compileRules(validateRuleFile(ruleData));
  return defaultRules;
}
