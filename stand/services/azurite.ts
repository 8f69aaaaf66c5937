/**
 * Azurite (Microsoft's Azure Storage emulator) as a real blob store: started as a child process on
 * 127.0.0.1 with a port chosen by the OS, in-memory, and stopped cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

/** The env var that hands a shared Azurite (its `http://127.0.0.1:<port>`) to the test workers. */
export const SHARED_AZURITE_ENV = 'CI_RECOVERY_STAND_AZURITE';
/** Accounts of the shared Azurite (__tests__/global-setup.js names them the same way): this many for each of up to SHARED_WORKERS test workers. */
const SHARED_ACCOUNTS = 150;
const SHARED_WORKERS = 4;
const sharedAccount = (worker: number, n: number): string => `standw${worker}n${n}`;

/**
 * The test suite's shared Azurite (started once by jest's global set-up: its start-up, ~5 s of loading,
 * was paid by every stand), with an account of its own for this stand: never used before, in any test
 * file of this worker (the count is kept in a file, as each test file gets fresh modules), so stands are
 * as isolated as with an Azurite each. Undefined when there is none, or this worker used all its accounts.
 */
function sharedAzurite(): Azurite | undefined {
  const endpoint = process.env[SHARED_AZURITE_ENV];
  const worker = Number(process.env.JEST_WORKER_ID);
  if (!endpoint || !Number.isInteger(worker) || worker < 1 || worker > SHARED_WORKERS) return undefined;
  const counter = path.join(os.tmpdir(), `ci-recovery-azurite-${new URL(endpoint).port}-w${worker}`);
  const n = (existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0) + 1;
  if (!(n <= SHARED_ACCOUNTS)) return undefined;
  writeFileSync(counter, String(n));
  const account = sharedAccount(worker, n);
  const blobEndpoint = `${endpoint}/${account}`;
  return {
    port: Number(new URL(endpoint).port),
    blobEndpoint,
    account,
    key: DEV_KEY,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${DEV_KEY};BlobEndpoint=${blobEndpoint};`,
    // The suite's teardown stops it.
    stop: () => Promise.resolve(),
  };
}

export async function startAzurite({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<Azurite> {
  const shared = sharedAzurite();
  if (shared) return shared;
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
