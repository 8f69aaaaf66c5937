/**
 * What a step's environment sets for its runner or the package manager around it, which its command line
 * does not show: go's GOFLAGS (`-failfast`), rspec's SPEC_OPTS (`--fail-fast`), pytest's PYTEST_ADDOPTS, npm's
 * workspaces (its `npm_config_*` variables, or the project's `.npmrc`). From the step's `env:` and the job's
 * (the environment `run/` started with), an `export` in the command, and `NAME=value` words before the runner.
 * Pure.
 */
import type { TestRunner } from '../../core/test-identity.js';
import { printablePath } from '../../core/text.js';
import { runnerAt } from './invocation.js';
import { ASSIGNMENT, type Part, type Word } from './step-script.js';

/** The step's environment as far as test recovery reads it, and npm's project config where it ran. */
export interface StepEnv {
  /** The variables `stepEnvName` names, as the step's command started with them. */
  vars?: Readonly<Record<string, string>>;
  /** `.npmrc` where the step ran: null when it is there but was not read whole (so it may set anything). */
  npmrc?: string | null;
}

/**
 * The variables read here: go's, rspec's, pytest's PYTEST_ADDOPTS (before its config's `addopts`: its `-s`, its
 * reports and coverage threshold), and npm's workspace config (npm reads `npm_config_*` in any case).
 */
export function stepEnvName(name: string): boolean {
  return (
    name === 'GOFLAGS' ||
    name === 'SPEC_OPTS' ||
    name === 'PYTEST_ADDOPTS' ||
    /^npm_config_workspaces?$/i.test(name)
  );
}

/**
 * The variables the command sets for what follows it: `export NAME=value` and `NAME=value` alone, at its top
 * level and in the package scripts expanded into it (wherever they are: one after the runner is taken too,
 * which only errs toward the whole step).
 */
export function assignedIn(parts: readonly Part[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const part of parts) {
    if (part.script) Object.assign(vars, assignedIn(part.script.parts));
    const words = part.words[0]?.text === 'export' ? part.words.slice(1) : part.words;
    if (words.length === 0 || !words.every((w) => ASSIGNMENT.test(w.text))) continue;
    for (const w of words) {
      const eq = w.text.indexOf('=');
      if (stepEnvName(w.text.slice(0, eq))) vars[w.text.slice(0, eq)] = w.text.slice(eq + 1);
    }
  }
  return vars;
}

/** The `NAME=value` words before the runner in its own command (`GOFLAGS=-failfast go test`, `env X=1 rspec`). */
function inline(runner: TestRunner, words: readonly Word[]): Record<string, string> {
  const before = words.slice(0, Math.max(runnerAt(runner, words) - 1, 0));
  return Object.fromEntries(
    before
      .filter((w) => ASSIGNMENT.test(w.text))
      .map((w) => [w.text.slice(0, w.text.indexOf('=')), w.text.slice(w.text.indexOf('=') + 1)]),
  );
}

/** The step's variables as its runner's command starts with them: `vars` and the words before the runner. */
export function runnerEnv(
  runner: TestRunner,
  words: readonly Word[],
  vars: Readonly<Record<string, string>>,
): Record<string, string> {
  return { ...vars, ...inline(runner, words) };
}

/** strconv.ParseBool's false: go's flag package reads a bool flag's value with it. */
const GO_FALSE = /^(?:0|f|F|false|FALSE|False)$/;
const GO_FAILFAST = /^--?(?:test\.)?failfast(?:=(.*))?$/;

/**
 * GOFLAGS' flags as go's cmd/go/internal/base/goflags.go InitGOFLAGS splits them (cmd/internal/quoted.Split in
 * newer releases, strings.Fields in older, the same where nothing is quoted): fields apart at white space, one
 * that starts with a quote taken to the matching quote, without them.
 */
export function goFlags(value: string): string[] {
  return [...value.matchAll(/'([^']*)'|"([^"]*)"|([^\s]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/**
 * Why the runner, as `words` ran it with `vars` (the step's, and the command's own assignments), stopped at a
 * failure without its command line saying so; undefined when its environment sets no stop.
 */
export function stopsInEnv(
  runner: TestRunner,
  words: readonly Word[],
  vars: Readonly<Record<string, string>>,
): string | undefined {
  const env = runnerEnv(runner, words, vars);
  const own = words.slice(Math.max(runnerAt(runner, words), 0)).map((w) => w.text);
  switch (runner) {
    case 'go': {
      // go 1.19's cmd/go/internal/test/testflag.go injects GOFLAGS' test flags (addFromGOFLAGS) before the
      // command line's, so the last -failfast given wins; the testing package then starts no test after a
      // failure (testing.go shouldFailFast) and nothing says so.
      const flags = [...goFlags(env.GOFLAGS ?? ''), ...own].filter((f) => GO_FAILFAST.test(f));
      const last = flags.at(-1);
      const value = last === undefined ? undefined : GO_FAILFAST.exec(last)![1];
      return last !== undefined && !(value !== undefined && GO_FALSE.test(value)) && !own.includes(last)
        ? `GOFLAGS in the step's environment sets -failfast, so go test started no test after the failed one and the tests after it did not run`
        : undefined;
    }
    case 'rspec': {
      // rspec-core's ConfigurationOptions reads SPEC_OPTS after the command line and the options files:
      // its last --[no-]fail-fast wins over theirs. Its console does not say it stopped. It splits SPEC_OPTS
      // with Shellwords: a word's quotes and backslashes go (a quoted space is taken as a split, erring whole).
      const last = (env.SPEC_OPTS ?? '')
        .split(/\s+/)
        .map((w) => w.replace(/["'\\]/g, ''))
        .filter((w) => /^--(?:no-)?fail-fast(?:=\d+)?$/.test(w))
        .pop();
      return last !== undefined && !last.startsWith('--no-')
        ? "SPEC_OPTS in the step's environment sets --fail-fast, so rspec stopped at its failure limit and the tests after it did not run"
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Where npm's config sets its workspaces (so `npm test` and `npm exec` run in each workspace, or the named
 * one, and never the root's script): an `npm_config_workspace(s)` variable (any case; npm 11.19.1's
 * @npmcli/config loadEnv skips an empty one), else `.npmrc`'s `workspaces` or `workspace` key (ini; a file not
 * read whole may set it). Undefined when neither does. `vars` wins over `.npmrc`, as npm layers them.
 */
export function npmWorkspaces(env: StepEnv): string | undefined {
  for (const [name, value] of Object.entries(env.vars ?? {})) {
    const m = /^npm_config_(workspaces?)$/i.exec(name);
    if (!m || value === '') continue;
    if (m[1]!.toLowerCase() === 'workspaces' && value.toLowerCase() === 'false') continue;
    return `${printablePath(name)} in the step's environment`;
  }
  if (env.npmrc === null) return '.npmrc (not read whole, so it may set workspaces)';
  // As ini 6.0.0's decode reads it (lib/ini.js, bundled by npm 11.19.1): lines split at any \r or \n, a key
  // with no `=` is true, and a key or value is unquoted or ends at its first unescaped `;` or `#`.
  for (const line of (env.npmrc ?? '').split(/[\r\n]+/)) {
    const m = /^([^=]+)(=(.*))?$/.exec(line);
    if (!m || /^\s*[;#]/.test(line)) continue;
    const key = /^(workspaces?)(?:\[\])?$/i.exec(iniText(m[1]!))?.[1]?.toLowerCase();
    const value = m[2] === undefined ? 'true' : iniText(m[3]!);
    if (key && (key === 'workspaces' ? value.toLowerCase() !== 'false' : value !== ''))
      return `.npmrc's ${key}=${printablePath(value.slice(0, 60))}`;
  }
  return undefined;
}

/** ini's `unsafe`: a quoted text's inside, else the text up to its first unescaped `;` or `#`, trimmed. */
function iniText(raw: string): string {
  const text = raw.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(text);
  if (quoted && text.length > 1) {
    const inner = quoted[1] === "'" ? quoted[2]! : text;
    try {
      const parsed: unknown = JSON.parse(inner);
      return typeof parsed === 'string' ? parsed : inner;
    } catch {
      // not JSON: ini keeps the text as it is
      return inner;
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ';' || c === '#') break;
    if (c === '\\' && i + 1 < text.length) out += '\\;#'.includes(text[++i]!) ? text[i] : `\\${text[i]}`;
    else out += c;
  }
  return out.trim();
}
