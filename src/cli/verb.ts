/**
 * What every CLI verb is and gets, apart from the list of verbs (cli/commands.ts), so a verb never
 * imports the list that imports it.
 */
import type { JobEnv } from '../core/job-env.js';

/** What the CLI entry read once for every verb: the job's environment, and GITHUB_TOKEN when set. */
export interface CliContext {
  env: JobEnv;
  token?: string;
}

/** A verb: returns the process exit code (0 done, 1 failed or found a problem; usage throws a UsageError). */
export interface CliCommand {
  run(argv: string[], context: CliContext): Promise<number>;
}

/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
