/**
 * The options of every CLI verb, parsed one way: the same syntax everywhere, and a mistake in any verb is
 * a usage error (exit 2) that names the option and lists the known ones. Node's util.parseArgs cannot
 * read lists written as several words (`--paths src dist`), which the checkpoint verbs take.
 */
import { UsageError } from '../core/errors.js';
import { wholeNumber, wholeRange, type NumberRange } from '../core/numbers.js';

export type FlagKind = 'string' | 'bool' | 'list';
export type Flags = Record<string, string | boolean | string[] | undefined>;

export interface ParsedArgs {
  flags: Flags;
  /** Words that are not options (only where the verb takes them), and everything after `--`. */
  positionals: string[];
}

/**
 * `--name value`, `--name=value`, `--flag` (or `--flag=false`), and lists that take every following word
 * up to the next option (`--paths a b c`) or repeat (`--label a --label b`). `--help` is always known;
 * verbs check for it before parsing, so that it works next to a mistake.
 */
export function parseArgs(
  verb: string,
  argv: string[],
  spec: Record<string, FlagKind>,
  { positionals: allowPositionals = false }: { positionals?: boolean } = {},
): ParsedArgs {
  const known: Record<string, FlagKind> = { ...spec, help: 'bool' };
  const flags: Flags = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--' && allowPositionals) {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (allowPositionals && (!arg.startsWith('-') || arg === '-')) {
        positionals.push(arg);
        continue;
      }
      throw new UsageError(`unexpected argument '${arg}'; see 'ci-recovery ${verb} --help'`);
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = known[name];
    if (!kind) {
      throw new UsageError(
        `unknown option '--${name}' for '${verb}'; known: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(', ')}`,
      );
    }
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (kind === 'bool') {
      flags[name] = inline === undefined ? true : !['false', '0', 'no'].includes(inline);
    } else if (kind === 'string') {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`option '--${name}' needs a value`);
      flags[name] = v;
    } else {
      const list = (flags[name] as string[] | undefined) ?? [];
      if (inline !== undefined) list.push(...inline.split(',').filter(Boolean));
      while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) {
        // An empty word (an unset variable) is no path nor glob: said here, not as a matcher's error.
        if (argv[i + 1]!.trim() === '')
          throw new UsageError(
            `option '--${name}' got an empty value (an unset variable?); give a value or leave the option out`,
          );
        list.push(argv[++i]!);
      }
      if (list.length === 0) throw new UsageError(`option '--${name}' needs at least one value`);
      flags[name] = list;
    }
  }
  return { flags, positionals };
}

/** The options of a verb that takes no positional arguments. */
export function parseFlags(verb: string, argv: string[], spec: Record<string, FlagKind>): Flags {
  return parseArgs(verb, argv, spec).flags;
}

export function str(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A whole-number option in decimal digits (core/numbers.ts): undefined when not given; an empty, blank or
 * non-decimal value ('', '0x10', '1e3') is a usage error naming the option, never a 0 or a guess.
 */
export function int(flags: Flags, name: string, range: NumberRange): number | undefined {
  const v = str(flags, name);
  if (v === undefined) return undefined;
  const n = wholeNumber(v, range);
  if (n === undefined)
    throw new UsageError(`--${name} '${v}' is not valid; write a whole number ${wholeRange(range)}`);
  return n;
}

export function list(flags: Flags, name: string): string[] | undefined {
  const v = flags[name];
  return Array.isArray(v) ? v : undefined;
}

/** Whether the command line asks for JSON (read before parsing, so that a usage error is JSON too). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some(
    (a) => a === '--json' || (a.startsWith('--json=') && !['false', '0', 'no'].includes(a.slice(7))),
  );
}
