/**
 * A git remote over HTTP that accepts every connection and never answers, for the tests of git calls that
 * must give up on their own; and the processes a given-up git call may leave behind.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SilentRemote {
  port: number;
  /** Ends the held requests and the server. */
  close(): Promise<void>;
}

export async function silentRemote(): Promise<SilentRemote> {
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The processes still talking to the remote on `port` (git, and its HTTP helper, which killing git leaves
 * behind), after waiting up to `withinMs` for them to end.
 */
export async function processesLeft(port: number, withinMs = 4000): Promise<string[]> {
  const ends = Date.now() + withinMs;
  for (;;) {
    const args = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
    const left = args.filter((a) => a.includes(`127.0.0.1:${port}/`));
    if (left.length === 0 || Date.now() >= ends) return left;
    await sleep(200);
  }
}
