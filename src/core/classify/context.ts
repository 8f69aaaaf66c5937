/**
 * Which command failed, and what kind of tool it is. A person types a failure first by the command that
 * failed (`stylelint "**\/*.css"`, `npm run lint`, `> Task :checkstyleMain FAILED`), then by what it printed.
 * The scanner collects the commands a log shows (see CommandSpec in rules.ts); this module resolves them
 * against the tool lexicon of rules/tool-lexicon.json. Pure.
 */
import type { FailureType } from '../types.js';
import lexiconData from '../../../rules/tool-lexicon.json' with { type: 'json' };

/** How a log line names a command: it failed (`> Task :x FAILED`), it ran (an echo), or a step began. */
export type CommandRole = 'failed' | 'ran' | 'step';

export interface CommandHit {
  line: number;
  /** The command, script, target, task or stage name the line names. */
  text: string;
  role: CommandRole;
  /** Id of the command spec that saw it. */
  spec: string;
  /** `text` is a script, target or task name (CommandSpec.names), not a command line. */
  name?: true;
  /** A step end naming its command (Travis): the line of that command's own echo (`$ x`), where its output begins. */
  echoed?: number;
  /** A step end naming its command: that end's own line as the log shows it (`The command "x" exited with 1.`). */
  ended?: string;
  /** A line after it said it passed (SuccessSpec command: a test runner's all-passed summary): not what failed. */
  passed?: true;
  /** The whole line, where it states what befell the command (CommandSpec.states). */
  stated?: string;
}

/** The commands of the step that failed (or of the last step, when no line says which failed). */
export interface CommandContext {
  /** The step's own command: Travis `The command "x"`, GitHub `Run x`, or the run/ step's command. */
  step?: CommandHit;
  /** Commands that lines say failed, earliest first (bounded). */
  failed: CommandHit[];
  /** Commands echoed inside the step, latest last (bounded). */
  ran: CommandHit[];
}

/**
 * A flag that makes a tool judge code without producing anything (`tsc --noEmit`): with it, the tool is of
 * `kind`. `ignoreCase` when the tool reads its options so; a value in `off` right after the flag turns it off
 * (`--noEmit false`).
 */
export interface ModeSpec {
  tools: string[];
  flags: string[];
  ignoreCase?: boolean;
  off?: string[];
  kind: string;
  why?: string;
}

export interface LexiconFile {
  why?: string;
  kinds: Record<string, FailureType>;
  /** Kinds that only check code (a type-checker): a compiler diagnostic in their step is their finding. */
  checkOnly?: string[];
  /** Task words that name a type-check (`typecheck`): a script so named only checks, as a checkOnly kind does. */
  checkOnlyTasks?: string[];
  /**
   * Kinds that build nothing (a linter, a formatter) but may run inside a build tool: when a line says such a tool
   * failed (Maven's failed goal), the compiler-shaped lines of its step are its findings.
   */
  checkWhenFailed?: string[];
  tools: Record<string, string[]>;
  modes?: ModeSpec[];
  runners: string[];
  tasks: Record<string, string[]>;
  /**
   * Per entry (`tool:pytest`), exit statuses the tool documents as one kind of failure, whatever its output says
   * (`4`: pytest's usage error, config): `codes` maps a status to a type, `from` names the documentation.
   */
  exitStatus?: Record<string, { codes: Record<string, FailureType>; from: string }>;
  /**
   * Per entry (`tool:awesome_bot`), the tool's own documentation of how it is run: `{ from, text }`, `text` a
   * command line as documented, `from` its repository, path and commit. Read by the evaluation only (an entry
   * so proven is kept when the one project or source whose logs run it is held out), never by the classifier.
   */
  published?: Record<string, { from: string; text: string }[]>;
}

/** A tool mode, compiled: its entry (`mode:tsc--noemit`), its flags as matched, and its type. */
interface Mode {
  entry: string;
  flags: Set<string>;
  ignoreCase: boolean;
  off: Set<string>;
  type: FailureType;
}

/** The lexicon, compiled to lookups. `entries` names every word it knows, for evidence and ablation. */
export interface Lexicon {
  tools: Map<string, FailureType>;
  /** Per tool name, the modes that change its kind. */
  modes: Map<string, Mode[]>;
  /** Entries (`tool:vue-tsc`, `mode:tsc--noemit`) of a checkOnly kind, and checkOnlyTasks' (`task:typecheck`). */
  checkOnly: Set<string>;
  /** Entries of a checkWhenFailed kind (`tool:checkstyle`): a check when a line names it as what failed. */
  checkWhenFailed: Set<string>;
  runners: Set<string>;
  tasks: Map<string, FailureType>;
  /** Per entry, the exit statuses its tool documents as a kind of failure (`tool:pytest` 4: config). */
  exitStatus: Map<string, Map<number, FailureType>>;
}

function typeOfKind(file: LexiconFile, kind: string): FailureType {
  const type = file.kinds[kind];
  if (!type) throw new Error(`rules/tool-lexicon.json: kind '${kind}' has no type in 'kinds'`);
  return type;
}

export function compileLexicon(file: LexiconFile, drop: ReadonlySet<string> = new Set()): Lexicon {
  const checkKinds = new Set(file.checkOnly ?? []);
  const failedCheckKinds = new Set(file.checkWhenFailed ?? []);
  const checkOnly = new Set<string>();
  const checkWhenFailed = new Set<string>();
  const tools = new Map<string, FailureType>();
  for (const [kind, names] of Object.entries(file.tools)) {
    const type = typeOfKind(file, kind);
    for (const name of names) {
      if (drop.has(`tool:${name}`)) continue;
      tools.set(name, type);
      if (checkKinds.has(kind)) checkOnly.add(`tool:${name}`);
      if (failedCheckKinds.has(kind)) checkWhenFailed.add(`tool:${name}`);
    }
  }
  const modes = new Map<string, Mode[]>();
  for (const spec of file.modes ?? []) {
    const mode = compileMode(spec, typeOfKind(file, spec.kind));
    if (drop.has(mode.entry)) continue;
    if (checkKinds.has(spec.kind)) checkOnly.add(mode.entry);
    for (const tool of spec.tools) modes.set(tool, [...(modes.get(tool) ?? []), mode]);
  }
  const tasks = new Map<string, FailureType>();
  for (const [type, words] of Object.entries(file.tasks)) {
    for (const word of words) if (!drop.has(`task:${word}`)) tasks.set(word, type as FailureType);
  }
  for (const word of file.checkOnlyTasks ?? []) if (tasks.has(word)) checkOnly.add(`task:${word}`);
  const exitStatus = new Map<string, Map<number, FailureType>>();
  for (const [entry, { codes }] of Object.entries(file.exitStatus ?? {}))
    exitStatus.set(entry, new Map(Object.entries(codes).map(([code, type]) => [Number(code), type])));
  return { tools, modes, checkOnly, checkWhenFailed, runners: new Set(file.runners), tasks, exitStatus };
}

function compileMode(spec: ModeSpec, type: FailureType): Mode {
  const [tool] = spec.tools;
  const [flag] = spec.flags;
  if (tool === undefined || flag === undefined)
    throw new Error('rules/tool-lexicon.json: a mode names at least one tool and one flag');
  const ignoreCase = spec.ignoreCase === true;
  const fold = (f: string): string => (ignoreCase ? f.toLowerCase() : f);
  return {
    entry: `mode:${tool}${flag.toLowerCase()}`,
    flags: new Set(spec.flags.map(fold)),
    ignoreCase,
    off: new Set(spec.off ?? []),
    type,
  };
}

/** The mode `tool` runs in, from the arguments that follow it in `tokens` (`tsc -p . --noEmit`). */
function modeOf(
  tool: string,
  tokens: string[],
  from: number,
  lexicon: Lexicon,
): [string, FailureType] | undefined {
  const modes = lexicon.modes.get(tool);
  if (!modes) return undefined;
  const after = tokens.slice(from);
  for (const mode of modes) {
    let on = false;
    after.forEach((raw, i) => {
      const arg = raw.replace(/^['"]|['"]$/g, '');
      if (!mode.flags.has(mode.ignoreCase ? arg.toLowerCase() : arg)) return;
      const next = after[i + 1];
      on = next === undefined || !mode.off.has(next);
    });
    if (on) return [mode.entry, mode.type];
  }
  return undefined;
}

let defaultLexiconCache: Lexicon | undefined;
export function defaultLexicon(): Lexicon {
  defaultLexiconCache ??= compileLexicon(lexiconData as LexiconFile);
  return defaultLexiconCache;
}
export const lexiconFile = lexiconData as LexiconFile;

/** What a command resolves to: the lexicon entry (`tool:eslint`, `task:lint`) and its failure type. */
export interface Resolution {
  entry: string;
  type: FailureType;
  hit: CommandHit;
  /** The command runs a checker of a checkOnly kind and nothing but checks (`tsc --noEmit`): checksOnly. */
  checkOnly?: true;
}

// Words that run what follows them rather than being the tool (`npm run lint`, `bundle exec rspec`).
const PASS_THROUGH = new Set(['run', 'run-script', 'exec', 'x', 'dlx', '-m', '-c', 'call']);
// Shell syntax before the command (`if ...; then make test; fi`).
const SHELL_WORDS = new Set(['then', 'do', 'else', '!', '{', '(']);
// Shell builtins and plumbing that are never the tool, even in a script's name.
const NOT_A_TOOL = new Set([
  'test',
  '[',
  'cd',
  'echo',
  'export',
  'set',
  'if',
  'then',
  'true',
  'false',
  'source',
  '.',
]);

/** The words of a script, target or task name: `test:unit` -> test unit, `checkstyleMain` -> checkstyle main. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .filter((w) => w !== '');
}

function basename(token: string): string {
  const base = token.replace(/^['"]|['"]$/g, '').replace(/^.*[\\/]/, '');
  return base.toLowerCase().replace(/\.(?:sh|bash|py|js|mjs|cjs|ts|rb|pl|exe|bat|cmd|ps1)$/, '');
}

/**
 * A script, target, task or stage name resolved by its words: a tool named in it first (`lint:eslint`), then
 * a task word, `test` last since it is the umbrella name (`test:guide-formatting` is a format check).
 */
export function resolveName(name: string, lexicon: Lexicon): [string, FailureType] | undefined {
  // A hyphenated entry is one word of the lexicon (`type-check`, `link-check`), which nameWords would split.
  for (const part of name.toLowerCase().split(/[^a-z0-9+-]+/)) {
    const found = part.includes('-') ? compoundEntry(part, lexicon) : undefined;
    if (found) return found;
  }
  const words = nameWords(name).map((word) => withoutRunVerb(word, lexicon));
  // Two words that are one entry when joined: a step named `Type check`, a script named `typeCheck`.
  for (let i = 0; i + 1 < words.length; i++) {
    const found =
      compoundEntry(`${words[i]}-${words[i + 1]}`, lexicon) ??
      compoundEntry(`${words[i]}${words[i + 1]}`, lexicon);
    if (found) return found;
  }
  for (const word of words) {
    const tool = lexicon.tools.get(word);
    if (tool) return [`tool:${word}`, tool];
  }
  let umbrella: [string, FailureType] | undefined;
  for (const word of words) {
    const task = lexicon.tasks.get(word);
    if (!task) continue;
    if (!UMBRELLA.has(word)) return [`task:${word}`, task];
    umbrella ??= [`task:${word}`, task];
  }
  return umbrella;
}

const UMBRELLA = new Set(['test', 'tests']);

/** A word made of several (`type-check`, `typecheck`) as a tool, else as a task other than the umbrella `test`. */
function compoundEntry(word: string, lexicon: Lexicon): [string, FailureType] | undefined {
  const tool = lexicon.tools.get(word);
  if (tool) return [`tool:${word}`, tool];
  const task = lexicon.tasks.get(word);
  return task && !UMBRELLA.has(word) ? [`task:${word}`, task] : undefined;
}

/** Runners whose task names are camel-cased by convention (Gradle's `assembleDebug`, `spotlessCheck`). */
const CAMEL_TASKS = new Set(['gradle', 'gradlew']);

/**
 * A script named by a verb run together with its task (`runtests.py`, Django's test script; `runlint`): the task
 * word, when the whole word is no entry of its own.
 */
function withoutRunVerb(word: string, lexicon: Lexicon): string {
  if (!word.startsWith('run') || lexicon.tools.has(word) || lexicon.tasks.has(word)) return word;
  return lexicon.tasks.has(word.slice(3)) ? word.slice(3) : word;
}

/**
 * A tool whose subcommand is an entry of its own (`playwright install` installs browsers, `helm lint` lints):
 * the first word after the tool that is no flag, when `tool-word` is in the lexicon.
 */
function subcommandOf(
  tool: string,
  tokens: string[],
  from: number,
  lexicon: Lexicon,
): [string, FailureType] | undefined {
  const next = tokens.slice(from).find((t) => !t.startsWith('-'));
  if (next === undefined) return undefined;
  const entry = `${tool}-${basename(next)}`;
  const type = lexicon.tools.get(entry);
  return type && [`tool:${entry}`, type];
}

/** Resolves one simple command (no `&&`): its program, through runners, to a tool or a task word. */
function resolveSimple(tokens: string[], lexicon: Lexicon): [string, FailureType] | undefined {
  let runner: string | undefined;
  let task: [string, FailureType] | undefined;
  for (const [i, raw] of tokens.entries()) {
    if (/^\w+=/.test(raw) || (raw.startsWith('-') && raw !== '-m')) continue;
    const word = basename(raw);
    if (!word || (runner ? PASS_THROUGH.has(word) : SHELL_WORDS.has(word))) continue;
    if (runner) {
      const compound = lexicon.tools.get(`${runner}-${word}`);
      if (compound) return [`tool:${runner}-${word}`, compound];
    }
    const mode = modeOf(word, tokens, i + 1, lexicon);
    if (mode) return mode;
    const tool = lexicon.tools.get(word);
    if (tool) return subcommandOf(word, tokens, i + 1, lexicon) ?? [`tool:${word}`, tool];
    if (lexicon.runners.has(word)) {
      runner = word;
      continue;
    }
    if (runner) {
      // A runner's arguments name what it runs: `rake spec`, `node ./bin/cake build:parser`, `gradle lint`; a
      // Gradle task by the words of its camel-cased name (`spotlessCheck`, `:app:testDebugUnitTest`).
      const found =
        resolveName(word, lexicon) ??
        (CAMEL_TASKS.has(runner) && /[A-Z]/.test(raw) ? resolveName(raw, lexicon) : undefined);
      if (found?.[0].startsWith('tool:')) return found;
      task = preferred(task, found);
      continue;
    }
    // An unknown program: its path may say what it does (`test/run`, `./scripts/ci/lint.sh`), its own name
    // before its directories (`./build/tests` runs tests that a build made).
    if (NOT_A_TOOL.has(raw) || !/[-_./:]/.test(raw)) return undefined;
    const inDirectory = /[\\/]/.test(raw);
    return (inDirectory && resolveName(word, lexicon)) || resolveName(raw.replace(/^\.{0,2}\//, ''), lexicon);
  }
  return task;
}

/**
 * When one command does several kinds of work (`a && b`, `if c; then a; else b; fi`, `xcodebuild build test`)
 * and the log does not say which failed: a check before tests before a build before an install, since the
 * earlier kinds print no decisive line of their own more often (a compiler error or an install failure would
 * have been typed by a rule already).
 */
const PRECEDENCE: readonly FailureType[] = ['quality-gate', 'test', 'build', 'dependency'];
function rank(type: FailureType): number {
  const i = PRECEDENCE.indexOf(type);
  return i < 0 ? PRECEDENCE.length : i;
}
function preferred(
  a: [string, FailureType] | undefined,
  b: [string, FailureType] | undefined,
): [string, FailureType] | undefined {
  if (!a || !b) return a ?? b;
  return rank(b[1]) < rank(a[1]) ? b : a;
}

/** The simple commands of a command line (`a && b; c | d`), each resolved to a lexicon entry or not. */
function resolveParts(text: string, lexicon: Lexicon): ([string, FailureType] | undefined)[] {
  return text.split(/\s*(?:&&|\|\||;|\|)\s*/).map((part) => resolveSimple(part.trim().split(/\s+/), lexicon));
}

/** A command line resolved to a lexicon entry. */
export function resolveCommandText(text: string, lexicon: Lexicon): [string, FailureType] | undefined {
  return resolveParts(text, lexicon).reduce(preferred, undefined);
}

/**
 * Whether a command line runs a checker of a checkOnly kind and nothing but checks: `tsc --noEmit`, `vue-tsc
 * --noEmit && eslint .`; not `tsc --noEmit && jest` (tests run) nor `vue-tsc --noEmit && vite build`.
 */
export function checksOnly(text: string, lexicon: Lexicon): boolean {
  return partsCheckOnly(resolveParts(text, lexicon), lexicon);
}

function partsCheckOnly(parts: ([string, FailureType] | undefined)[], lexicon: Lexicon): boolean {
  const known = parts.filter((found) => found !== undefined);
  const checker = known.find(([entry]) => lexicon.checkOnly.has(entry));
  return checker !== undefined && known.every(([, type]) => type === checker[1]);
}

/** What a command hit names: a script, target or task by its words, a command line through its program. */
export function resolveHit(hit: CommandHit, lexicon: Lexicon): [string, FailureType] | undefined {
  return hit.name ? resolveName(hit.text, lexicon) : resolveCommandText(hit.text, lexicon);
}

/**
 * The failing command's verdict: the first command a line says failed, else the latest one echoed in the
 * step that no line said passed, else the step's own command, resolved through the lexicon.
 */
export function resolveContext(
  context: CommandContext | undefined,
  lexicon: Lexicon,
): Resolution | undefined {
  if (!context) return undefined;
  // An echoed command its own summary said passed is not what failed (a `make ci` whose tests passed and whose next
  // command, echoed in no form read here, failed).
  const ran = context.ran.filter((hit) => !hit.passed).reverse();
  const order = [...context.failed, ...ran, ...(context.step ? [context.step] : [])];
  for (const hit of order) {
    // A command line's simple commands are resolved once: for its entry, and for whether it only checks.
    const parts = hit.name ? undefined : resolveParts(hit.text, lexicon);
    const found = parts ? parts.reduce(preferred, undefined) : resolveName(hit.text, lexicon);
    if (!found) continue;
    const resolution: Resolution = { entry: found[0], type: found[1], hit };
    // A name (`> app@1.0.0 typecheck`) is one script: it only checks when its entry does.
    if (parts ? partsCheckOnly(parts, lexicon) : lexicon.checkOnly.has(found[0])) resolution.checkOnly = true;
    // A build tool's word that this linter's goal or task failed (`Failed to execute goal
    // …:maven-checkstyle-plugin:check`): the step's compiler-shaped lines are that check's findings.
    if (hit.role === 'failed' && lexicon.checkWhenFailed.has(found[0])) resolution.checkOnly = true;
    return resolution;
  }
  return undefined;
}

/**
 * A script line that prepares the shell rather than doing the step's work: sourcing, changing directory,
 * echoing, exporting, shell options, a bare assignment, a comment.
 */
const SETUP_COMMAND =
  /^(?:(?:source|\.|cd|pushd|popd|echo|printf|export|unset|set|shopt|ulimit|umask|trap)(?:\s|$)|#|[A-Za-z_]\w*=\S*$)/;

export function isSetupCommand(text: string): boolean {
  return SETUP_COMMAND.test(text.trim());
}
