/**
 * Azurite (Microsoft's Azure Storage emulator) as a real blob store: started as a child process on
 * 127.0.0.1 with a port chosen by the OS, in-memory, and stopped cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** Azurite's development account and its well-known key (public, from Azurite's documentation). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** Port Azurite listens on. */
  port: number;
  /** Blob endpoint including the account, e.g. http://127.0.0.1:1234/devstoreaccount1 */
  blobEndpoint: string;
  account: string;
  key: string;
  /** Connection string for @azure/storage-blob. */
  connectionString: string;
  stop(): Promise<void>;
}

const LISTENING = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/;

/**
 * Azurites this process started and has not stopped. When the process ends without stopping them (the
 * demo's output piped into `head`, a test worker that is shut down), they are killed with it, not left
 * running: Ctrl-C reaches them through the process group, a closed pipe or process.exit() does not.
 */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const c of running) c.kill('SIGKILL');
  });
}

export async function startAzurite({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<Azurite> {
  const script = realpathSync(path.join(repoRoot, 'node_modules/.bin/azurite-blob'));
  const child = spawn(
    process.execPath,
    [
      script,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  killOnExit(child);
  const port = await waitForPort(child, timeoutMs);
  const blobEndpoint = `http://127.0.0.1:${port}/${DEV_ACCOUNT}`;
  return {
    port,
    blobEndpoint,
    account: DEV_ACCOUNT,
    key: DEV_KEY,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=${blobEndpoint};`,
    stop: () => stopChild(child),
  };
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        // Keep draining the pipes so Azurite never blocks on a full buffer.
        child.stdout?.removeListener('data', onData);
        child.stdout?.resume();
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`Azurite exited before listening (code ${code}, signal ${signal}). Output:\n${output}`),
      );
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
