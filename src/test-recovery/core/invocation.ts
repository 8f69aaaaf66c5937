/**
 * How the step ran its test runner, kept for a re-run that changes only the test selection: the words
 * before the runner (variables, `npx`, `pnpm exec`, `poetry run`, `uv run`, `python -m`, `bundle exec`,
 * `./gradlew`), the runner's own options that say how to run (config, profile, features, tags, project,
 * environment), minus what selects tests (paths, name filters, shards, changed-files modes) and what a
 * subset can never pass (coverage thresholds), plus what makes the runner name each test it ran, so the
 * verdict is read from the test's own result. Each runner's options are in runner-options.ts. Pure.
 */
import type { TestRunner } from '../../core/test-identity.js';
import type { Word } from './step-script.js';
import { TABLES } from './runner-options.js';

const name = (w: string): string =>
  w
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.(?:c?js|mjs|cmd|exe)$/, '');

/**
 * Where the runner's own arguments start in a simple command: after its program (and subcommand: `go test`,
 * `cargo test`, `cargo nextest run`, `dotnet test`, `vitest run`), or -1 when the command does not run it.
 */
export function runnerAt(runner: TestRunner, words: readonly Word[]): number {
  const t = words.map((w) => w.text);
  for (let i = 0; i < t.length; i++) {
    const n = name(t[i]!);
    const next = t[i + 1];
    switch (runner) {
      case 'jest':
      case 'mocha':
      case 'rspec':
      case 'phpunit':
        if (n === runner || (runner === 'mocha' && n === '_mocha')) return i + 1;
        break;
      case 'vitest':
        if (n === 'vitest') return ['run', 'watch', 'dev', 'related'].includes(next ?? '') ? i + 2 : i + 1;
        break;
      case 'pytest':
        if (n === 'pytest' || n === 'py.test') return i + 1;
        break;
      case 'go':
      case 'dotnet':
        if (n === runner && next === 'test') return i + 2;
        break;
      case 'cargo':
      case 'nextest': {
        if (n !== 'cargo') break;
        const j = next?.startsWith('+') ? i + 2 : i + 1; // `cargo +nightly test`
        if (runner === 'cargo' && t[j] === 'test') return j + 1;
        if (runner === 'nextest' && t[j] === 'nextest' && t[j + 1] === 'run') return j + 2;
        break;
      }
      case 'gradle':
        if (n === 'gradle' || n === 'gradlew') return i + 1;
        break;
      case 'maven':
        if (n === 'mvn' || n === 'mvnw') return i + 1;
        break;
      case 'node':
        if (n === 'node' && t.slice(i + 1).includes('--test')) return i + 1;
        break;
      default:
        return -1;
    }
  }
  return -1;
}

const matches = (list: readonly (string | RegExp)[], option: string, word: string): boolean =>
  list.some((d) => (typeof d === 'string' ? d === option : d.test(word)));

/** The runner's arguments that say how to run, as written; the selection and what `drop` names left out. */
export function keptArguments(
  runner: TestRunner,
  args: readonly Word[],
): { kept: string[]; positionals: string[]; dropped: string[] } {
  const table = TABLES[runner];
  const kept: string[] = [];
  const positionals: string[] = [];
  const dropped: string[] = [];
  if (!table) return { kept, positionals, dropped };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    if (text === '--' || !text.startsWith('-') || text === '-') {
      if (text === '--') break;
      (table.dropPositionals ? dropped : positionals).push(word.raw);
      continue;
    }
    const option = text.includes('=') ? text.slice(0, text.indexOf('=')) : text;
    // Go reads `--tags` as `-tags`; Maven's `-Pci` and `-Dx=y` are `-P` and `-D` with their value attached.
    const known =
      runner === 'go'
        ? option.replace(/^--/, '-')
        : runner === 'jest' || runner === 'vitest'
          ? camelOption(option)
          : option;
    const takesNext =
      !text.includes('=') &&
      (table.value.includes(known) ||
        (table.optionalValue?.includes(known) === true &&
          args[i + 1] !== undefined &&
          !args[i + 1]!.text.startsWith('-')) ||
        (table.booleanValue?.includes(known) === true && /^(?:true|false)$/.test(args[i + 1]?.text ?? '')));
    const group = [word.raw, ...(takesNext && args[i + 1] ? [args[i + 1]!.raw] : [])];
    if (takesNext) i++;
    // A yargs array takes every word up to the next option (or a redirection): `--selectProjects a b`.
    // (`--setupFiles=./a.js ./b.js` too: yargs gives the array every word after the `=` form's own value.)
    if (table.many?.includes(known))
      while (args[i + 1] && !args[i + 1]!.text.startsWith('-') && !/^(?:\d*[<>]|&>)/.test(args[i + 1]!.raw))
        group.push(args[++i]!.raw);
    // A pattern in `drop` reads the option as `known` spells it (`--coverage-threshold` is `--coverageThreshold`).
    if (matches(table.drop, known, known + text.slice(option.length))) dropped.push(group.join(' '));
    else kept.push(...group);
  }
  return { kept, positionals, dropped };
}

/**
 * jest's yargs and vitest's cac read `--setup-files-after-env` as `--setupFilesAfterEnv`: the tables list the
 * camelCase names, so a kebab spelling is looked up as that (`--no-` negations stay as written).
 */
export function camelOption(option: string): string {
  if (!option.startsWith('--') || option.startsWith('--no-')) return option;
  return option.replace(/(?<=[a-zA-Z0-9])-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** An option as written (`--coverage-provider v8`), its name as jest's yargs and vitest's cac read it. */
export function camelWords(option: string): string {
  const end = option.search(/[= ]|$/);
  return camelOption(option.slice(0, end)) + option.slice(end);
}

/** The arguments after `--` (cargo's and go's test binary's, with `-args`), kept when they say how to run. */
export function afterDoubleDash(args: readonly Word[]): Word[] {
  const at = args.findIndex((w) => w.text === '--' || w.text === '-args');
  return at === -1 ? [] : args.slice(at + 1);
}
