/**
 * A step's command as the simple commands it runs in order, so test recovery knows how the step ran its
 * test runner and what else the step runs: a line under `bash -e`, `a && b`, `a; b`, and a package script
 * (`npm test`, `pnpm run test:nodejs`, `yarn test`, `bun run test`) read from package.json and expanded in
 * place (npm runs a script with `sh -c`, so `;` and newlines there do not stop it; `&&` does). Anything else
 * (`||`, pipes, `$(...)`, groups, `if`/`for`/`while`, here-documents) is `complex`: test recovery then
 * does not guess what ran. Pure.
 */
import { printablePath } from '../../core/text.js';

/** A word as written (quotes kept, so the re-run keeps what the step meant), and its plain text. */
export interface Word {
  raw: string;
  text: string;
}

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface Part {
  words: Word[];
  /** A failure here stops what follows (`&&`, or a line or `;` under `set -e`); false for the last part. */
  stops: boolean;
  /** A package script it runs, expanded. */
  script?: { pm: PackageManager; name: string; parts: Part[] };
  /** Inside a `pre<name>` script, which a package manager may not have run (`--ignore-scripts`, yarn 2+). */
  maybeSkipped?: true;
}

export interface Chain {
  parts: Part[];
  /** The shell syntax that made the command one this module does not read; undefined when read. */
  complex?: string;
  /** The first package script it runs from a package.json not read here (a workspace's, after a `cd`). */
  unread?: string;
}

const KEYWORDS = new Set(['if', 'then', 'for', 'while', 'until', 'case', 'function', 'select', 'do']);

/** Splits a script into simple commands and their separators; `complex` names what was not read. */
export function parseChain(script: string, errexit: boolean, lenient = false): Chain {
  // `lenient`: a pipe, `||` or `&` ends a command instead of the parse (the chain stays `complex`), so the
  // runner's own command can still be found in `npx jest 2>&1 | tee log`.
  let lenientWhy: string | undefined;
  const commands: { words: Word[]; sep: string }[] = [];
  let words: Word[] = [];
  let raw = '';
  let text = '';
  let inWord = false;
  const endWord = (): void => {
    if (inWord) words.push({ raw, text });
    raw = text = '';
    inWord = false;
  };
  const endCommand = (sep: string): void => {
    endWord();
    if (words.length > 0) commands.push({ words, sep });
    else if (sep === '&&' && commands.length > 0) return;
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === '\\' && next === '\n') {
      i++;
      endWord();
    } else if (c === '\\' && next !== undefined) {
      raw += c + next;
      text += next;
      inWord = true;
      i++;
    } else if (c === "'" || c === '"') {
      const close = quoteEnd(script, i);
      if (close < 0) return { parts: [], complex: 'an unclosed quote' };
      const inner = script.slice(i + 1, close);
      if (c === '"' && /\$\(|`/.test(inner)) return { parts: [], complex: 'a command substitution' };
      raw += script.slice(i, close + 1);
      text += c === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
      inWord = true;
      i = close;
    } else if (c === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
    } else if (c === ' ' || c === '\t') endWord();
    else if (c === '\n' || c === ';') endCommand(c === ';' && next === ';' ? ';;' : ';');
    else if (c === '&' && next === '&') {
      endCommand('&&');
      i++;
    } else if (c === '&' && (script[i - 1] === '>' || next === '>')) {
      raw += c; // `2>&1`, `&>file`: a redirection, not a background job
      text += c;
      inWord = true;
    } else if (lenient && (c === '|' || c === '&')) {
      lenientWhy ??= describe(c, next);
      endCommand('|');
      if (next === '|') i++;
    } else if ('|&()`<>{}'.includes(c) && !(c === '>' || (c === '<' && next !== '<'))) {
      return { parts: [], complex: describe(c, next) };
    } else if (c === '$' && next === '(') return { parts: [], complex: 'a command substitution' };
    else {
      raw += c;
      text += c;
      inWord = true;
    }
  }
  endCommand(';');
  const chain = toChain(commands, errexit);
  return lenientWhy && !chain.complex ? { ...chain, complex: lenientWhy } : chain;
}

function quoteEnd(script: string, open: number): number {
  const q = script[open]!;
  for (let i = open + 1; i < script.length; i++) {
    if (q === '"' && script[i] === '\\') i++;
    else if (script[i] === q) return i;
  }
  return -1;
}

function describe(c: string, next: string | undefined): string {
  if (c === '|') return next === '|' ? "'||'" : 'a pipe';
  if (c === '&') return 'a background job';
  if (c === '<') return 'a here-document';
  if (c === '`') return 'a command substitution';
  return 'a group or subshell';
}

function toChain(commands: { words: Word[]; sep: string }[], errexit: boolean): Chain {
  let stopOnError = errexit;
  const parts: Part[] = [];
  for (const [i, { words, sep }] of commands.entries()) {
    const head = words[0]!.text;
    if (KEYWORDS.has(head) || sep === ';;') return { parts: [], complex: `'${head}'` };
    // `set -e` (or -eo pipefail) in the script stops it at a failure from there on.
    if (head === 'set') {
      for (const w of words.slice(1))
        if (/^-[a-z]*e/.test(w.text)) stopOnError = true;
        else if (/^\+[a-z]*e/.test(w.text)) stopOnError = false;
    }
    const last = i === commands.length - 1;
    parts.push({ words, stops: !last && (sep === '&&' || stopOnError) });
  }
  return { parts };
}

/**
 * npm's options that run a command in its workspaces: `-w`/`--workspace`, `-ws`/`--workspaces` (not `=false`),
 * from npm 11.19.1's @npmcli/config lib/definitions/definitions.js and the `ws` shorthand in
 * definitions/index.js. Its option parser (nopt) strips any number of leading dashes, so `--ws`, `--w api` and
 * `-workspace api` are the same options (measured with npm 11.19.1).
 */
export const NPM_WORKSPACES = /^-+(?:w|workspace|(?:ws|workspaces)(?!=false$))(?:=.*)?$/;

/**
 * npm's options that run a script from another package.json than the working directory's: the workspaces', or
 * `-C`/`--prefix` (`--prefi`, the one abbreviation nopt expands, with a warning). npm's lib/commands/run.js
 * (execWorkspaces) runs each workspace's script in its directory, and goes on to the next after one fails.
 */
const NPM_ELSEWHERE = new RegExp(`${NPM_WORKSPACES.source}|^-+(?:C|prefix?)(?:=.*)?$`);

/** The package manager and script a command runs (`npm test`, `npm run x -- a`, `pnpm x`, `yarn x`), if any. */
export function scriptCall(
  words: readonly Word[],
  scripts: Readonly<Record<string, string>>,
  npmWorkspaces?: string,
): { pm: PackageManager; name: string; args: Word[] } | undefined {
  const named = scriptNamed(words, scripts);
  if (!named || named.elsewhere || (named.pm === 'npm' && npmWorkspaces && !named.rootOnly)) return undefined;
  const { pm, name, before, after } = named;
  const args =
    pm === 'npm' ? [...before.filter((w) => !w.text.startsWith('-')), ...after] : [...before, ...after];
  return { pm, name, args };
}

/**
 * The script a package manager's command names and its arguments; `elsewhere` names npm's option that runs it
 * from another package.json (a workspace's, the prefix's); `rootOnly`: npm's `--workspaces=false`, which
 * runs the root's whatever its config says.
 */
function scriptNamed(
  words: readonly Word[],
  scripts: Readonly<Record<string, string>>,
  anyName = false,
):
  | { pm: PackageManager; name: string; before: Word[]; after: Word[]; elsewhere?: string; rootOnly: boolean }
  | undefined {
  const [pm, verb, ...rest] = words.map((w) => w.text);
  if (pm !== 'npm' && pm !== 'pnpm' && pm !== 'yarn' && pm !== 'bun') return undefined;
  const shortcut = ['test', 'start'].includes(verb ?? '') && pm !== 'bun';
  let name = shortcut ? verb : ['run', 'run-script'].includes(verb ?? '') ? rest[0] : undefined;
  let argsFrom = shortcut ? 2 : 3;
  // pnpm and yarn run a script by its bare name too (`pnpm test:unit`).
  if (name === undefined && (pm === 'pnpm' || pm === 'yarn') && verb !== undefined && verb in scripts) {
    name = verb;
    argsFrom = 2;
  }
  if (name === undefined || (!anyName && !Object.hasOwn(scripts, name))) return undefined;
  const given = words.slice(argsFrom);
  const dash = given.findIndex((w) => w.text === '--');
  // npm keeps its own options (`--silent`) before `--` and passes the rest; pnpm, yarn and bun pass all.
  const before = dash === -1 ? given : given.slice(0, dash);
  const after = dash === -1 ? [] : given.slice(dash + 1);
  // npm runs the script of each workspace, or of the prefix's package, there: not the one read here.
  const elsewhere = pm === 'npm' ? before.find((w) => NPM_ELSEWHERE.test(w.text))?.text : undefined;
  const rootOnly = pm === 'npm' && before.some((w) => /^-+(?:ws|workspaces)=false$/.test(w.text));
  return { pm, name, before, after, rootOnly, ...(elsewhere ? { elsewhere } : {}) };
}

/** Why the package script `words` run is not read here (another package.json's), if it runs one. */
function unreadScript(
  words: readonly Word[],
  scripts: Readonly<Record<string, string>>,
  moved: boolean,
  npmWorkspaces?: string,
): string | undefined {
  const named = scriptNamed(words, scripts, true);
  if (!named) return undefined;
  const script = `the '${printablePath(named.name)}' script`;
  if (named.elsewhere) {
    const whose = /^-+(?:C|prefix?)(?:=|$)/.test(named.elsewhere)
      ? 'the package under its prefix'
      : /^-+(?:ws|workspaces)(?:=|$)/.test(named.elsewhere)
        ? 'each workspace'
        : 'the workspace it names';
    return `npm runs ${script} of ${whose} (${printablePath(named.elsewhere)}), not the root's read here`;
  }
  if (moved) return `it runs ${script} of the directory it changed to, not the root's read here`;
  if (named.pm === 'npm' && npmWorkspaces && !named.rootOnly)
    return `npm runs ${script} of each workspace its config names (${npmWorkspaces}), not the root's read here`;
  return undefined;
}

/**
 * The chain with each package script it runs expanded (its arguments added to the script's end, as npm adds
 * them), to `depth` levels; a script that is itself complex leaves the whole chain complex. A script run
 * after a `cd` (`cd packages/api && npm test`) is another directory's package.json: it stays unexpanded, as
 * does npm's under a workspaces config (`npmWorkspaces` says where it is set), and `unread` says so.
 */
export function expandScripts(
  chain: Chain,
  scripts: Readonly<Record<string, string>>,
  depth = 4,
  moved = false,
  npmWorkspaces?: string,
): Chain {
  if (chain.complex || depth === 0) return chain;
  const parts: Part[] = [];
  let unread: string | undefined;
  for (const part of chain.parts) {
    // `builtin cd` and `command cd` are bash's `cd` too.
    const head = part.words.find((w) => !/^(?:builtin|command)$/.test(w.text));
    if (head && CHANGES_DIRECTORY.test(head.text)) moved = true;
    const call = moved ? undefined : scriptCall(part.words, scripts, npmWorkspaces);
    if (!call) {
      unread ??= unreadScript(part.words, scripts, moved, npmWorkspaces);
      parts.push(part);
      continue;
    }
    const body = `${scripts[call.name]!}${call.args.map((w) => ` ${w.raw}`).join('')}`;
    // npm, pnpm and yarn run a script with `sh -c`: no errexit.
    const inner = expandScripts(parseChain(body, false), scripts, depth - 1, moved, npmWorkspaces);
    if (inner.complex) return { parts: [], complex: `${inner.complex} in package script '${call.name}'` };
    unread ??= inner.unread;
    const pre = preScript({ ...call, words: part.words }, scripts, depth, moved, npmWorkspaces);
    if (pre?.complex) return { parts: [], complex: pre.complex };
    unread ??= pre?.unread;
    const own = pre ? [pre.part, ...inner.parts] : inner.parts;
    parts.push({ ...part, script: { pm: call.pm, name: call.name, parts: own } });
  }
  return { parts, ...(unread ? { unread } : {}) };
}

/**
 * The `pre<name>` script npm and yarn 1 run before `<name>` (https://docs.npmjs.com/cli/using-npm/scripts#pre--post-scripts;
 * pnpm under `enable-pre-post-scripts`), as one part that stops the script when it fails: a runner it runs is
 * one the step ran, and the script's own commands are what its failure skipped. Taken as run for every package
 * manager (npm under the step's `--ignore-scripts` aside): where one skips it (npm's ignore-scripts config, yarn
 * 2+), a count of runs that lands in it is not trusted (step-run.ts failedLeaf), never hiding a command that ran.
 */
function preScript(
  call: { pm: PackageManager; name: string; words: readonly Word[] },
  scripts: Readonly<Record<string, string>>,
  depth: number,
  moved: boolean,
  npmWorkspaces?: string,
): { part: Part; complex?: string; unread?: string } | undefined {
  const name = `pre${call.name}`;
  if (!Object.hasOwn(scripts, name)) return undefined;
  // npm runs no pre script under --ignore-scripts, and still runs the script itself (npm 11.19.1).
  if (call.words.some((w) => /^--ignore-scripts(?:=true)?$/.test(w.text))) return undefined;
  const inner = expandScripts(parseChain(scripts[name]!, false), scripts, depth - 1, moved, npmWorkspaces);
  const words = [call.pm, 'run', name].map((text) => ({ raw: text, text }));
  const mark = (p: Part): Part => ({
    ...p,
    maybeSkipped: true,
    ...(p.script ? { script: { ...p.script, parts: p.script.parts.map(mark) } } : {}),
  });
  const part = mark({ words, stops: true, script: { pm: call.pm, name, parts: inner.parts } });
  return {
    part,
    ...(inner.complex ? { complex: `${inner.complex} in package script '${name}'` } : {}),
    ...(inner.unread ? { unread: inner.unread } : {}),
  };
}

/** A path from the chain's top to one part inside package scripts: the part's index at each level. */
export type PartPath = number[];

/** Every simple command the chain runs, in order, with its path. */
export function leaves(parts: readonly Part[], at: PartPath = []): { part: Part; path: PartPath }[] {
  return parts.flatMap((part, i) =>
    part.script ? leaves(part.script.parts, [...at, i]) : [{ part, path: [...at, i] }],
  );
}

/** The package manager whose script holds the part at `path` (the innermost), if any. */
export function scriptOf(parts: readonly Part[], path: PartPath): PackageManager | undefined {
  let level = parts;
  let pm: PackageManager | undefined;
  for (const i of path.slice(0, -1)) {
    const script = level[i]!.script!;
    pm = script.pm;
    level = script.parts;
  }
  return pm;
}

/** How a package manager runs a program of the package's (its bin directory on PATH). */
export function pmExec(pm: PackageManager): string {
  return { npm: 'npm exec --no --', pnpm: 'pnpm exec', yarn: 'yarn exec', bun: 'bun x' }[pm];
}

/** A command of the chain as it is written (its words' raw text), run through `pm` when a script ran it. */
export function commandText(part: Part, pm: PackageManager | undefined): string {
  const text = part.words.map((w) => w.raw).join(' ');
  if (!pm || part.script) return text;
  const program = part.words.find((w) => !ASSIGNMENT.test(w.raw));
  // A package manager's own command (`pnpm run x`, `npx y`) needs no second one around it.
  if (!program || /^(?:npm|npx|pnpm|pnpx|yarn|bun|bunx)$/.test(program.text)) return text;
  const at = part.words.indexOf(program);
  const env = part.words.slice(0, at).map((w) => `${w.raw} `);
  return `${env.join('')}${pmExec(pm)} ${part.words
    .slice(at)
    .map((w) => w.raw)
    .join(' ')}`;
}

export const ASSIGNMENT = /^[A-Za-z_]\w*=/;

const CHANGES_DIRECTORY = /^(?:cd|pushd|popd)$/;

/**
 * Commands that only set up the shell for what follows: a re-run of a later command needs them first (a
 * `popd` too, or the re-run would stay in the directory a `pushd` left).
 */
const SETUP = /^(?:cd|pushd|popd|export|source|\.|set|shopt|ulimit|umask)$/;

/** The top-level commands before `index` that set up the shell (`cd web`, `export X=1`, `X=1` alone). */
export function setupBefore(parts: readonly Part[], index: number): string[] {
  return parts
    .slice(0, index)
    .filter(
      (p) => !p.script && (SETUP.test(p.words[0]!.text) || p.words.every((w) => ASSIGNMENT.test(w.raw))),
    )
    .map((p) => p.words.map((w) => w.raw).join(' '));
}

/**
 * What the chain would have run after the part at `path` failed, had it passed: the commands after it at
 * each level, innermost first (a package script's rest runs through its package manager). `undefined` when
 * a part at or after it does not stop at a failure: then those commands ran anyway, and the step's own
 * status came from them.
 */
export function restAfter(parts: readonly Part[], path: PartPath): string[] | undefined {
  const levels: { parts: readonly Part[]; pm?: PackageManager }[] = [{ parts }];
  for (const i of path.slice(0, -1)) {
    const script = levels.at(-1)!.parts[i]!.script!;
    levels.push({ parts: script.parts, pm: script.pm });
  }
  const rest: string[] = [];
  for (let depth = levels.length - 1; depth >= 0; depth--) {
    const { parts: level, pm } = levels[depth]!;
    const at = path[depth]!;
    const after = level.slice(at + 1);
    if (after.length > 0 && !level[at]!.stops) return undefined;
    if (after.slice(0, -1).some((p) => !p.stops)) return undefined;
    rest.push(...after.map((p) => commandText(p, pm)));
  }
  return rest;
}
