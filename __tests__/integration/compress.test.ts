/**
 * The compressor child: its output must survive the child's exit even when the consumer starts late
 * (a store still creating its artifact when a small archive is already compressed).
 */
import { execFileSync } from 'node:child_process';
import { compressor, decompressTo } from '../../src/adapters/checkpoint/compress.js';

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

describe.each([true, false])('decompressTo (FIFOs: %s)', (fifos) => {
  const input = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`).join(''));
  const compressed = execFileSync('zstd', ['-q', '-c'], { input });

  test('streams the whole output to the consumer, fed through input', async () => {
    const chunks: Buffer[] = [];
    const decoder = await decompressTo('zstd', (c) => chunks.push(Buffer.from(c)), { fifos });
    decoder.input.end(compressed);
    await decoder.done;
    expect(Buffer.concat(chunks).equals(input)).toBe(true);
  });

  test('a consumer that throws stops zstd and its error is the one reported', async () => {
    const decoder = await decompressTo(
      'zstd',
      () => {
        throw new Error('refused by the reader');
      },
      { fifos },
    );
    decoder.input.on('error', () => undefined);
    decoder.input.end(compressed);
    await expect(decoder.done).rejects.toThrow('refused by the reader');
  });

  test('corrupt input is zstd error, not a hang', async () => {
    const decoder = await decompressTo('zstd', () => undefined, { fifos });
    decoder.input.on('error', () => undefined);
    decoder.input.end(Buffer.concat([compressed.subarray(0, 100), Buffer.alloc(100, 7)]));
    await expect(decoder.done).rejects.toThrow(/zstd exited with 1/);
  });
});
