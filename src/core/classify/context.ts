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

export interface LexiconFile {
  why?: string;
  kinds: Record<string, FailureType>;
  tools: Record<string, string[]>;
  runners: string[];
  tasks: Record<string, string[]>;
}

/** The lexicon, compiled to lookups. `entries` names every word it knows, for evidence and ablation. */
export interface Lexicon {
  tools: Map<string, FailureType>;
  runners: Set<string>;
  tasks: Map<string, FailureType>;
}

export function compileLexicon(file: LexiconFile, drop: ReadonlySet<string> = new Set()): Lexicon {
  const tools = new Map<string, FailureType>();
  for (const [kind, names] of Object.entries(file.tools)) {
    const type = file.kinds[kind];
    if (!type) throw new Error(`rules/tool-lexicon.json: kind '${kind}' has no type in 'kinds'`);
    for (const name of names) if (!drop.has(`tool:${name}`)) tools.set(name, type);
  }
  const tasks = new Map<string, FailureType>();
  for (const [type, words] of Object.entries(file.tasks)) {
    for (const word of words) if (!drop.has(`task:${word}`)) tasks.set(word, type as FailureType);
  }
  return { tools, runners: new Set(file.runners), tasks };
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
    if (!part.includes('-')) continue;
    const tool = lexicon.tools.get(part);
    if (tool) return [`tool:${part}`, tool];
    const task = lexicon.tasks.get(part);
    if (task && !UMBRELLA.has(part)) return [`task:${part}`, task];
  }
  const words = nameWords(name);
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

/** Resolves one simple command (no `&&`): its program, through runners, to a tool or a task word. */
function resolveSimple(tokens: string[], lexicon: Lexicon): [string, FailureType] | undefined {
  let runner: string | undefined;
  let task: [string, FailureType] | undefined;
  for (const raw of tokens) {
    if (/^\w+=/.test(raw) || (raw.startsWith('-') && raw !== '-m')) continue;
    const word = basename(raw);
    if (!word || (runner ? PASS_THROUGH.has(word) : SHELL_WORDS.has(word))) continue;
    if (runner) {
      const compound = lexicon.tools.get(`${runner}-${word}`);
      if (compound) return [`tool:${runner}-${word}`, compound];
    }
    const tool = lexicon.tools.get(word);
    if (tool) return [`tool:${word}`, tool];
    if (lexicon.runners.has(word)) {
      runner = word;
      continue;
    }
    if (runner) {
      // A runner's arguments name what it runs: `rake spec`, `node ./bin/cake build:parser`, `gradle lint`.
      const found = resolveName(word, lexicon);
      if (found?.[0].startsWith('tool:')) return found;
      task = preferred(task, found);
      continue;
    }
    // An unknown program: its path may say what it does (`test/run`, `./scripts/ci/lint.sh`).
    if (NOT_A_TOOL.has(raw) || !/[-_./:]/.test(raw)) return undefined;
    return resolveName(raw.replace(/^\.{0,2}\//, ''), lexicon);
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

/** A command line resolved to a lexicon entry. */
export function resolveCommandText(text: string, lexicon: Lexicon): [string, FailureType] | undefined {
  return text
    .split(/\s*(?:&&|\|\||;|\|)\s*/)
    .map((part) => resolveSimple(part.trim().split(/\s+/), lexicon))
    .reduce(preferred, undefined);
}

/** What a command hit names: a script, target or task by its words, a command line through its program. */
export function resolveHit(hit: CommandHit, lexicon: Lexicon): [string, FailureType] | undefined {
  return hit.name ? resolveName(hit.text, lexicon) : resolveCommandText(hit.text, lexicon);
}

/**
 * The failing command's verdict: the first command a line says failed, else the latest one echoed in the
 * step, else the step's own command, resolved through the lexicon.
 */
export function resolveContext(
  context: CommandContext | undefined,
  lexicon: Lexicon,
): Resolution | undefined {
  if (!context) return undefined;
  const order = [...context.failed, ...[...context.ran].reverse(), ...(context.step ? [context.step] : [])];
  for (const hit of order) {
    const found = resolveHit(hit, lexicon);
    if (found) return { entry: found[0], type: found[1], hit };
  }
  return undefined;
}
