/**
 * One channel for a command's stdout and stderr, as `2>&1` gives: both of the child's descriptors are the
 * same socket, so the kernel keeps the order the command wrote in, whatever order and however late we read.
 * Two pipes do not: what we read first is what the event loop happened to see first, so a loaded reader
 * could put a test's result (stdout) before cargo's `Running <target>` (stderr) that named its target.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
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

/** How long the pair may take to connect before the caller falls back to two pipes. */
const CONNECT_MS = 2000;

/**
 * The first `size` bytes `conn` sends (undefined if it ends or fails first), read without starting its
 * flow: what follows stays buffered for the reader's own 'data' listener.
 */
function firstBytes(conn: net.Socket, size: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const read = (): void => {
      const bytes = conn.read(size) as Buffer | null;
      if (bytes === null) return;
      conn.off('readable', read);
      resolve(bytes);
    };
    conn.on('readable', read);
    conn.once('close', () => resolve(undefined));
    conn.once('error', () => resolve(undefined));
  });
}

/**
 * Resolves with the connection that first sends `token`. Another process of this user may connect to the
 * socket before ours does: that connection is closed, and the wait goes on. `others` holds the connections
 * not (yet) known to be ours, for the caller to close.
 */
function ownConnection(server: net.Server, token: Buffer, others: Set<net.Socket>): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the output channel did not connect')), CONNECT_MS);
    server.on('connection', (conn) => {
      others.add(conn);
      void firstBytes(conn, token.length).then((bytes) => {
        if (bytes?.length === token.length && timingSafeEqual(bytes, token)) {
          others.delete(conn);
          clearTimeout(timer);
          resolve(conn);
        } else conn.destroy();
      });
    });
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * A connected pair of Unix sockets (Node makes no socketpair or pipe of its own), through a listening
 * socket in a directory only this user may enter, closed and removed once the pair is made. Our end sends
 * a random token first, so the reader is our own end's peer and no other process's. Rejects where a pair
 * cannot be made: the caller falls back to two pipes. `beforeConnect` (tests) runs once the socket listens.
 */
export async function openOutputChannel(
  beforeConnect?: (address: string) => Promise<void>,
): Promise<OutputChannel> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ci-recovery-out-'));
  const server = net.createServer();
  let childEnd: net.Socket | undefined;
  const others = new Set<net.Socket>();
  try {
    const address = path.join(dir, 's');
    // Node 20 cuts a longer address to fit, and would make the socket outside the private directory.
    if (Buffer.byteLength(address) > MAX_SOCKET_PATH) throw new Error(`too long for a socket: ${address}`);
    const token = randomBytes(16);
    const accepted = ownConnection(server, token, others);
    // A failed listen rejects this too, before it is awaited: left unhandled, that would end the action.
    accepted.catch(() => undefined);
    server.listen(address);
    await first(server, 'listening');
    await beforeConnect?.(address);
    const end = net.connect(address);
    childEnd = end;
    await first(end, 'connect');
    end.write(token);
    const reader = await accepted;
    return { childEnd: end, reader };
  } catch (error) {
    childEnd?.destroy();
    throw error;
  } finally {
    for (const conn of others) conn.destroy();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
