/**
 * Whether the job has the Results service, apart from the protocol (artifact-protocol.ts): asking must
 * not load `@actions/http-client` and the undici it imports at its top (about 0.1 s of CPU per process),
 * which a save to a `dir:` store off a runner never uses.
 */
import { readJobEnv } from '../../runner/adapters/job-env.js';

/** Whether this process runs in a job that can upload artifacts (the runner gave it the Results service). */
export function artifactServiceAvailable(): boolean {
  const { token, resultsUrl } = readJobEnv().runtime;
  return Boolean(token && resultsUrl);
}
