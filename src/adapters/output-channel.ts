/**
 * One channel for a command's stdout and stderr, as `2>&1` gives: both of the child's descriptors are the
 * same socket, so the kernel keeps the order the command wrote in, whatever order and however late we read.
 * Two pipes do not: what we read first is what the event loop happened to see first, so a loaded reader
 * could put a test's result (stdout) before cargo's `Running <target>` (stderr) that named its target.
 */
import type net from 'node:net';
import os from 'node:os';
import { openSocketPair } from '../runner/adapters/socket-pair.js';

export interface OutputChannel {
  /** The child's stdout and stderr (the same socket for both: spawn duplicates it into each). */
  childEnd: net.Socket;
  /** What the child writes, in the order it wrote it. */
  reader: net.Socket;
}

/**
 * The channel, a socket pair in a private directory under the temp dir (socket-pair.ts). Rejects where one
 * cannot be made: the caller falls back to two pipes. `beforeConnect` (tests) runs once the socket listens.
 */
export async function openOutputChannel(
  beforeConnect?: (address: string) => Promise<void>,
): Promise<OutputChannel> {
  const { ours, childEnd } = await openSocketPair(os.tmpdir(), undefined, beforeConnect);
  return { childEnd, reader: ours };
}
