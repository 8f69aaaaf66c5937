import { readFile } from 'node:fs/promises';
import { runContext, type RunContext } from '../core/event.js';

/** Reads GITHUB_EVENT_PATH; a missing or unreadable event gives a context from the environment alone. */
export async function readRunContext(env: NodeJS.ProcessEnv = process.env): Promise<RunContext> {
  let event: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      event = {};
    }
  }
  return runContext(env, event);
}
