/**
 * The CLI's verbs. Each loads its module only when called, so `ci-recovery classify` never loads the
 * artifact client. A command returns the process exit code.
 */
export interface CliCommand {
  summary: string;
  run(argv: string[]): Promise<number>;
}

export const commands: Record<string, () => Promise<CliCommand>> = {
  classify: async () => (await import('./classify.js')).default,
  lanes: async () => (await import('./lanes.js')).default,
  plan: async () => (await import('./plan.js')).default,
  checkpoint: async () => (await import('./checkpoint.js')).default,
  restore: async () => (await import('./restore.js')).default,
  list: async () => (await import('./list.js')).default,
  validate: async () => (await import('./validate.js')).default,
  cleanup: async () => (await import('./cleanup.js')).default,
};
