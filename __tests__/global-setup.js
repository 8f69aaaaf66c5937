/* global process, setTimeout, clearTimeout */
/**
 * One Azurite for the whole suite, shared by the test workers: its start-up (~5 s of module loading) was
 * paid by every stand. Each stand takes an account of its own in it (stand/services/azurite.ts
 * sharedAzurite, which names them the same way), so stands stay as isolated as with an Azurite each.
 * Plain JavaScript: jest loads its global set-up outside the TypeScript transform.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Azurite's public development key, as in stand/services/azurite.ts. */
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** As SHARED_WORKERS, SHARED_ACCOUNTS and sharedAccount in stand/services/azurite.ts. */
const WORKERS = 4;
const ACCOUNTS = 150;

export default async function globalSetup() {
  shareCompileCache();
  const accounts = [];
  for (let w = 1; w <= WORKERS; w++)
    for (let n = 1; n <= ACCOUNTS; n++) accounts.push(`standw${w}n${n}:${KEY}`);
  const script = realpathSync(path.join(root, 'node_modules/.bin/azurite-blob'));
  const args = ['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--disableTelemetry'];
  const child = spawn(process.execPath, [script, ...args, '--skipApiVersionCheck'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AZURITE_ACCOUNTS: accounts.join(';') },
  });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the shared Azurite did not start:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the shared Azurite exited (${code}):\n${output}`)));
  });
  child.removeAllListeners('exit');
  child.stdout.resume();
  // Killed with jest if the teardown does not run (a crash, Ctrl-C reaches it anyway).
  process.once('exit', () => child.kill('SIGKILL'));
  globalThis.sharedAzurite = { child, port };
  // The workers start after this and inherit the environment.
  process.env.CI_RECOVERY_STAND_AZURITE = `http://127.0.0.1:${port}`;
}

/**
 * The stand starts the bundles on Node 24 hundreds of times a run, and V8 compiled their chunks afresh each
 * time (a fifth of a supervisor story's samples in a CPU profile). Node's compile cache (NODE_COMPILE_CACHE,
 * Node >= 22.1) keeps the compiled code for the next process, as a self-hosted runner's environment may; the
 * code run is the same (V8 checks each entry against its source). The stand passes it to steps
 * (stand/runner/job.ts baseEnv). It pays where one run starts the same bundle many times: a story of five
 * supervisor runs went from 12.4 to 8.6-10.0 CPU-s; a file of few starts shows no difference.
 * A directory of this run's own, removed by the teardown; one already set is kept.
 *
 * Named to the workers as CI_RECOVERY_TEST_COMPILE_CACHE, which __tests__/node-environment.js hands on as
 * NODE_COMPILE_CACHE to the processes they start: a worker started with NODE_COMPILE_CACHE wrote every module
 * it had compiled (~460 of jest's own) once its last test was done, and took past the 500 ms jest gives it to
 * exit ("A worker process has failed to exit gracefully").
 */
function shareCompileCache() {
  if (process.env.NODE_COMPILE_CACHE) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-compile-cache-'));
  globalThis.compileCacheDir = dir;
  process.env.CI_RECOVERY_TEST_COMPILE_CACHE = dir;
}
