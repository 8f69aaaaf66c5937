/**
 * One channel for a command's stdout and stderr, as `2>&1` gives: both of the child's descriptors are the
 * same socket, so the kernel keeps the order the command wrote in, whatever order and however late we read.
 * Two pipes do not: what we read first is what the event loop happened to see first, so a loaded reader
 * could put a test's result (stdout) before cargo's `Running <target>` (stderr) that named its target.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface OutputChannel {
  /** The child's stdout and stderr (the same socket for both: spawn duplicates it into each). */
  childEnd: net.Socket;
  /** What the child writes, in the order it wrote it. */
  reader: net.Socket;
}

/** Resolves with the first of `event` on `emitter`; rejects on its 'error'. */
function first<T>(emitter: net.Server | net.Socket, event: string): Promise<T> {
  return new Promise((resolve, reject) => {
    emitter.once(event, resolve);
    emitter.once('error', reject);
  });
}

/** The longest Unix socket address Linux takes (108 bytes with the closing NUL). */
const MAX_SOCKET_PATH = 107;

/**
 * A connected pair of Unix sockets (Node makes no socketpair or pipe of its own), through a listening
 * socket in a directory only this user may enter, closed and removed once the pair is made. Rejects where
 * one cannot be made: the caller falls back to two pipes.
 */
export async function openOutputChannel(): Promise<OutputChannel> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ci-recovery-out-'));
  const server = net.createServer();
  try {
    const address = path.join(dir, 's');
    // Node 20 cuts a longer address to fit, and would make the socket outside the private directory.
    if (Buffer.byteLength(address) > MAX_SOCKET_PATH) throw new Error(`too long for a socket: ${address}`);
    const accepted = first<net.Socket>(server, 'connection');
    // A failed listen rejects this too, before it is awaited: left unhandled, that would end the action.
    accepted.catch(() => undefined);
    server.listen(address);
    await first(server, 'listening');
    const childEnd = net.connect(address);
    const [reader] = await Promise.all([accepted, first(childEnd, 'connect')]);
    return { childEnd, reader };
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
