/**
 * Stops the suite's shared Azurite (global-setup.js), removes the workers' account counters and the run's
 * compile cache.
 */
import { readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default async function globalTeardown() {
  if (globalThis.compileCacheDir) rmSync(globalThis.compileCacheDir, { recursive: true, force: true });
  const shared = globalThis.sharedAzurite;
  if (!shared) return;
  await new Promise((resolve) => {
    if (shared.child.exitCode !== null) return resolve();
    shared.child.once('exit', resolve);
    shared.child.kill('SIGTERM');
  });
  const prefix = `ci-recovery-azurite-${shared.port}-w`;
  for (const f of readdirSync(os.tmpdir()))
    if (f.startsWith(prefix)) rmSync(path.join(os.tmpdir(), f), { force: true });
}
