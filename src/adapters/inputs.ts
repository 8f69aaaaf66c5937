import { INPUT_DEFAULTS } from './input-defaults.generated.js';
import { runner } from '../runner/adapters/runner.js';
import { UserError } from '../core/errors.js';
import { positiveDecimal, wholeNumber, wholeRange } from '../core/numbers.js';

/** Five days in minutes: the longest a job may run, on a self-hosted runner. */
const MAX_MINUTES = 7200;

/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
export const input = {
  string(name: string): string {
    return runner.getInput(name);
  },
  required(name: string): string {
    const value = runner.getInput(name);
    if (!value) throw new UserError(`Input '${name}' is required: set it in the step's 'with:' block.`);
    return value;
  },
  /**
   * An input whose default is in action.yml (`action` is its directory: '' for the root action, `run`, ...).
   * The runner passes that default when a step leaves the input out, but passes an empty value as given (a
   * reusable workflow's `${{ inputs.x }}` left unset): that takes the same default, read from the generated
   * copy of action.yml's defaults, so the default is written once.
   */
  given(name: string, action: string): string {
    const value = runner.getInput(name);
    if (value !== '') return value;
    const fallback = INPUT_DEFAULTS[action]?.[name];
    if (fallback === undefined)
      throw new UserError(
        `Input '${name}' is empty: set a value, or leave the input out of 'with:' to take its default (the action's action.yml).`,
      );
    return fallback;
  },
  bool(name: string): boolean {
    const value = runner.getInput(name).trim().toLowerCase();
    if (value === '') return false;
    if (['true', 'yes', 'on', '1'].includes(value)) return true;
    if (['false', 'no', 'off', '0'].includes(value)) return false;
    throw new UserError(`Input '${name}' must be true or false, got '${value}'.`);
  },
  /** A whole number in decimal digits (not '0x10', '1e3'); undefined when empty (the default applies). */
  int(
    name: string,
    { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
  ): number | undefined {
    const value = runner.getInput(name);
    if (value === '') return undefined;
    const n = wholeNumber(value, { min, max });
    if (n === undefined)
      throw new UserError(
        `Input '${name}' must be a whole number ${wholeRange({ min, max })}, in decimal digits, got '${value}'.`,
      );
    return n;
  },
  /**
   * A positive number of minutes, fractions allowed (0.5 is 30 s), at most five days (a self-hosted
   * job's own limit: '1e308' is no limit, not a time); undefined when empty.
   */
  minutes(name: string): number | undefined {
    const value = runner.getInput(name);
    if (value === '') return undefined;
    const n = positiveDecimal(value, MAX_MINUTES);
    if (n === undefined)
      throw new UserError(
        `Input '${name}' must be a positive number of minutes up to ${MAX_MINUTES} (e.g. 30 or 0.5), got '${value}'.`,
      );
    return n;
  },
  /** One of `choices` (case-insensitive); the message lists them. */
  choice<T extends string>(name: string, choices: readonly T[]): T {
    const value = runner.getInput(name).trim().toLowerCase();
    const found = choices.find((c) => c === value);
    if (found === undefined)
      throw new UserError(`Input '${name}' must be one of ${choices.join(', ')}, got '${value}'.`);
    return found;
  },
  /**
   * Whether a workflow still gives an input that moved to the config file. The runner passes every `with:`
   * key, warning that it is unexpected (ActionRunner.cs); the step still reads it this once, and says
   * where to write it instead.
   */
  moved(name: string, configKey: string): boolean {
    if (runner.getInput(name).trim() === '') return false;
    runner.warning(
      `Input '${name}' moved to '${configKey}' in .github/ci-recovery.yml: write it there; this step still reads the input.`,
    );
    return true;
  },
  /** Newline- or comma-separated list; blank entries dropped. */
  list(name: string): string[] {
    return runner
      .getInput(name)
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  },
};
