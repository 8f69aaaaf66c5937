import { readFile } from 'node:fs/promises';
import { runContext, type RunContext } from '../core/event.js';
import type { JobEnv } from '../core/job-env.js';

/** Reads GITHUB_EVENT_PATH; a missing or unreadable event gives a context from the environment alone. */
export async function readRunContext(env: JobEnv): Promise<RunContext> {
  let event: unknown = {};
  if (env.eventPath) {
    try {
      event = JSON.parse(await readFile(env.eventPath, 'utf8'));
    } catch {
      // no event file, or not JSON (a laptop, a test): the event is empty
      event = {};
    }
  }
  return runContext(env, event);
}
