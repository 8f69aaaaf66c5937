/**
 * The compressor child: its output must survive the child's exit even when the consumer starts late
 * (a store still creating its artifact when a small archive is already compressed).
 */
import { execFileSync } from 'node:child_process';
import { compressor } from '../../src/adapters/checkpoint/compress.js';

test('a small archive read only after zstd exited is complete', async () => {
  const codec = compressor('zstd');
  const input = Buffer.from('tar bytes '.repeat(100));
  codec.input.end(input);
  await codec.done; // zstd has exited; nobody has read its output yet
  await new Promise((resolve) => setTimeout(resolve, 50));
  const chunks: Buffer[] = [];
  for await (const chunk of codec.output) chunks.push(chunk as Buffer);
  const compressed = Buffer.concat(chunks);
  expect(compressed.length).toBeGreaterThan(0);
  expect(execFileSync('zstd', ['-d', '-q', '-c'], { input: compressed }).equals(input)).toBe(true);
});
