/**
 * The socket pair a child writes into (a command's one output channel; zstd's output in a restore) is our
 * own: another process of the same user that connects to the listening socket first (it lies in a directory
 * only this user may enter, but the user's other processes may) is closed, and what the child writes still
 * reaches our end, in order.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { openSocketPair } from '../../src/runner/adapters/socket-pair.js';

/** Collects all `reader` delivers until it ends. */
function readAll(reader: net.Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    reader.on('data', (chunk: Buffer) => (text += chunk.toString()));
    reader.on('close', () => resolve(text));
  });
}

test('a stranger that connects first, silent or not, is closed, and the command writes to our reader', async () => {
  const strangers: net.Socket[] = [];
  const closed: Promise<void>[] = [];
  const channel = await openSocketPair(os.tmpdir(), undefined, async (address) => {
    for (const words of ['', 'injected output\n', 'x'.repeat(16)]) {
      const s = net.connect(address);
      await new Promise((resolve) => s.once('connect', resolve));
      if (words) s.write(words);
      s.on('error', () => undefined);
      closed.push(new Promise((resolve) => s.once('close', () => resolve())));
      strangers.push(s);
    }
  });
  const child = spawn('sh', ['-c', 'echo one; echo two >&2; echo three'], {
    stdio: ['ignore', channel.childEnd, channel.childEnd],
  });
  channel.childEnd.destroy();
  const [text] = await Promise.all([readAll(channel.ours), new Promise((r) => child.once('exit', r))]);
  expect(text).toBe('one\ntwo\nthree\n');
  // every stranger's connection is closed by the time the channel is handed over (the silent one too)
  await Promise.all(closed);
  expect(strangers.every((s) => s.destroyed)).toBe(true);
});

test('a pair that cannot connect in time is refused, so the caller falls back to two pipes', async () => {
  const hang = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 2500));
  await expect(openSocketPair(os.tmpdir(), undefined, hang)).rejects.toThrow(/did not connect/);
});

test('read into our own buffer (as a restore reads zstd), a stranger first changes nothing either', async () => {
  const block = Buffer.alloc(64 * 1024);
  let text = '';
  const pair = await openSocketPair(
    os.tmpdir(),
    {
      buffer: block,
      callback: (n) => {
        text += block.subarray(0, n).toString();
        return true;
      },
    },
    async (address) => {
      const s = net.connect(address);
      s.on('error', () => undefined);
      await new Promise((resolve) => s.once('connect', resolve));
      s.write('y'.repeat(16));
    },
  );
  const child = spawn('sh', ['-c', 'printf "%s\\n" decompressed bytes'], {
    stdio: ['ignore', pair.childEnd, 'ignore'],
  });
  pair.childEnd.destroy();
  await Promise.all([
    new Promise((r) => pair.ours.once('close', r)),
    new Promise((r) => child.once('exit', r)),
  ]);
  expect(text).toBe('decompressed\nbytes\n');
});
