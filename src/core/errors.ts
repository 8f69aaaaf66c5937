/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * A UserError of several problems, one a line (a config file's, each with its file:line:col): a terminal
 * shows each on its own line, while text echoed into one problem (a key, a value) stays on it.
 */
export class ProblemsError extends UserError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/**
 * A ProblemsError's lines, else undefined. By shape, not `instanceof`: a bundle chunk may hold its own copy
 * of this module, and so of the class.
 */
export function problemsOf(error: unknown): readonly string[] | undefined {
  const problems = error instanceof Error ? (error as { problems?: unknown }).problems : undefined;
  return Array.isArray(problems) && problems.every((p) => typeof p === 'string') ? problems : undefined;
}

/**
 * A command line that cannot be run as written (unknown verb or option, a missing or malformed value,
 * options that exclude each other): the CLI's exit code 2. Fixing it means changing the arguments; any
 * other failure, however much the user's doing, is exit code 1.
 */
export class UsageError extends UserError {
  override name = 'UsageError';
}

/** The message of any thrown value, so a non-Error throw never slips through as a pass. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    // not serialisable (a cycle, a BigInt): its string will do
    return String(error);
  }
}
