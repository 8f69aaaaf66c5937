/** Stops the suite's shared Azurite (global-setup.js) and removes the workers' account counters. */
import { readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default async function globalTeardown() {
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
