/**
 * Two connected UNIX stream sockets, one for us and one to hand to a child as its stdout (and stderr): Node
 * makes no `socketpair()` or `pipe()` of its own. The pair is made through a listening socket in a fresh
 * directory only this user may enter (mkdtemp, 0700), closed and removed as soon as the pair is connected.
 * Our end sends a random token first, and the child's end is the connection that carries it: another
 * process of this user that connects first is closed, not handed to the child (which would then write our
 * command's output, or a checkpoint's decompressed content, to it).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export interface SocketPair {
  /** Ours: reads what the child writes (with the `onread` given). */
  ours: net.Socket;
  /** The child's: for spawn's stdio, then destroyed here (only the child holds it after). */
  childEnd: net.Socket;
}

/** The longest UNIX socket address Linux takes (108 bytes with the closing NUL). */
const MAX_SOCKET_PATH = 107;
/** How long the pair may take to connect before the caller falls back (to pipes, a FIFO). */
const CONNECT_MS = 2000;
const TOKEN_BYTES = 16;

/** The first `size` bytes `conn` sends (undefined if it ends or fails first). */
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
 * Resolves with the first connection that sends `token`; the others are closed, and `others` holds the ones
 * not (yet) known to be ours, for the caller to close.
 */
function ownConnection(server: net.Server, token: Buffer, others: Set<net.Socket>): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket pair did not connect')), CONNECT_MS);
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
 * A connected pair in a private directory under `tempDir`. Rejects where one cannot be made (a temp path
 * too long for a socket's address, no listen, no connection in time): the caller falls back.
 * `beforeConnect` (tests) runs once the socket listens, before our end connects.
 */
export async function openSocketPair(
  tempDir: string,
  onread?: net.OnReadOpts,
  beforeConnect?: (address: string) => Promise<void>,
): Promise<SocketPair> {
  const dir = await mkdtemp(path.join(tempDir, 'ci-recovery-out-'));
  const server = net.createServer({ pauseOnConnect: true });
  const others = new Set<net.Socket>();
  let ours: net.Socket | undefined;
  try {
    const address = path.join(dir, 's');
    // Node 20 cuts a longer address to fit, and would make the socket outside the private directory.
    if (Buffer.byteLength(address) > MAX_SOCKET_PATH) throw new Error(`too long for a socket: ${address}`);
    const token = randomBytes(TOKEN_BYTES);
    const accepted = ownConnection(server, token, others);
    // A failed listen rejects this too, before it is awaited: left unhandled, that would end the process.
    accepted.catch(() => undefined);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(address, resolve);
    });
    await beforeConnect?.(address);
    const client = net.connect(onread ? { path: address, onread } : { path: address });
    ours = client;
    await new Promise<void>((resolve, reject) => {
      client.once('connect', resolve);
      client.once('error', reject);
    });
    client.write(token);
    const childEnd = await accepted;
    return { ours: client, childEnd };
  } catch (error) {
    ours?.destroy();
    throw error;
  } finally {
    for (const conn of others) conn.destroy();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
