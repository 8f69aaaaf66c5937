/**
 * Compression as a child process: `zstd -T0` uses every core while node only feeds it, and the archive is
 * streamed through its pipes (nothing held in memory). gzip through node's zlib when no zstd is installed.
 */
import { execFile, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';
import type { Compression } from '../../core/checkpoint/index.js';

let zstdPresent: Promise<boolean> | undefined;

/** Whether a `zstd` binary is on PATH (checked once per process, asynchronously). */
export function hasZstd(): Promise<boolean> {
  zstdPresent ??= new Promise((resolve) => {
    execFile('zstd', ['--version'], { timeout: 10_000 }, (error) => resolve(!error));
  });
  return zstdPresent;
}

export async function pickCompression(): Promise<Compression> {
  return (await hasZstd()) ? 'zstd' : 'gzip';
}

/** A duplex pair plus a promise that rejects when the codec fails (bad input, missing binary). */
export interface Codec {
  input: Writable;
  output: Readable;
  done: Promise<void>;
  kill(): void;
}

function zstdCodec(args: string[], what: string): Codec {
  const child = spawn('zstd', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    if (stderr.length < 4000) stderr += d;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${what}: cannot run zstd: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what}: zstd exited with ${signal ?? code}: ${stderr.trim() || 'no message'}`));
    });
  });
  // An EPIPE on stdin only means zstd stopped early; its exit status carries the real reason.
  child.stdin.on('error', () => undefined);
  return { input: child.stdin, output: child.stdout, done, kill: () => child.kill('SIGKILL') };
}

function zlibCodec(stream: zlib.Gzip | zlib.Gunzip, what: string): Codec {
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', (error) => reject(new Error(`${what}: ${error.message}`)));
  });
  return { input: stream, output: stream, done, kill: () => stream.destroy() };
}

export function compressor(compression: Compression, level = 3): Codec {
  return compression === 'zstd'
    ? zstdCodec(['-T0', `-${level}`, '-q', '-c'], 'compressing the checkpoint')
    : zlibCodec(
        zlib.createGzip({ level: Math.min(level, 9), chunkSize: 256 * 1024 }),
        'compressing the checkpoint',
      );
}

export function decompressor(compression: Compression): Codec {
  return compression === 'zstd'
    ? zstdCodec(['-d', '-q', '-c'], 'decompressing the checkpoint')
    : zlibCodec(zlib.createGunzip({ chunkSize: 256 * 1024 }), 'decompressing the checkpoint');
}
