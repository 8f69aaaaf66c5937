/**
 * The CLI's verbs, with the one line `ci-recovery --help` shows for each. Each loads its module only when
 * called, so `ci-recovery classify` never loads the artifact client and `--help` loads none. A command
 * returns the process exit code: 0 done, 1 the operation failed or found a problem (2, usage, is thrown
 * as a UsageError).
 */
import type { CliCommand } from './verb.js';

export type { CliCommand, CliContext } from './verb.js';
export { wantsHelp } from './verb.js';

export interface CliVerb {
  summary: string;
  load(): Promise<CliCommand>;
}

export const commands: Record<string, CliVerb> = {
  classify: {
    summary: 'classify the failure in one or more CI logs (plain or .gz)',
    load: async () => (await import('./classify.js')).default,
  },
  lanes: {
    summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout, and why',
    load: async () => (await import('./lanes.js')).default,
  },
  plan: {
    summary: 'show the strategy the policy picks for a failure, and which rule decided',
    load: async () => (await import('./plan.js')).default,
  },
  checkpoint: {
    summary: 'save a checkpoint of chosen paths (full or incremental)',
    load: async () => (await import('./checkpoint.js')).default,
  },
  restore: {
    summary: 'restore a checkpoint (verified, all-or-nothing; --dry-run, --paths)',
    load: async () => (await import('./restore.js')).default,
  },
  list: {
    summary: 'list the checkpoints in a store',
    load: async () => (await import('./list.js')).default,
  },
  validate: {
    summary: 'verify checkpoints end to end without restoring them',
    load: async () => (await import('./validate.js')).default,
  },
  cleanup: {
    summary: 'delete checkpoints past their retention (never rollback records)',
    load: async () => (await import('./cleanup.js')).default,
  },
};
