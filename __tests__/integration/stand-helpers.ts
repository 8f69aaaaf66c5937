/** Shared by the stand-* integration tests: process.env snapshots and quiet @actions/core output. */

/** Sets env vars for the duration of a test file; returns a restore function. */
export function setEnv(values: Record<string, string>): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, values);
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

/**
 * Runs fn with process.stdout captured, so the toolkit's `::add-mask::`/`::warning::` lines do not
 * leak into the test output; returns fn's result and what was written.
 */
export async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; output: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let output = '';
  const capture = (chunk: string | Uint8Array): boolean => {
    output += Buffer.from(chunk).toString();
    return true;
  };
  process.stdout.write = capture;
  try {
    return { value: await fn(), output };
  } finally {
    process.stdout.write = write;
  }
}
