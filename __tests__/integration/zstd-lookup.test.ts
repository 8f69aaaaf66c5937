/**
 * Whether zstd is there is looked up in PATH, not asked of the binary: a save or a restore starts one zstd
 * process, the one doing the work, and no `zstd --version` before it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onPath } from '../../src/runner/adapters/program-path.js';

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'zstd-lookup-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Compresses and decompresses in a process of its own, whose PATH leads first to a zstd that notes each
 * start and then is the real one (jest's process.env is not the one child_process spawns with).
 */
test('a compression and a decompression start zstd once each, and never ask its version', () => {
  const real = execFileSync('sh', ['-c', 'command -v zstd'], { encoding: 'utf8' }).trim();
  const bin = path.join(tmp, 'bin');
  mkdirSync(bin);
  const log = path.join(tmp, 'calls.log');
  writeFileSync(path.join(bin, 'zstd'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(bin, 'zstd'), 0o755);
  writeFileSync(log, '');
  const script = path.join(tmp, 'roundtrip.mts');
  const compress = path.resolve('src/checkpoint/adapters/compress.ts');
  writeFileSync(
    script,
    `import { compressor, decompressTo, pickCompression } from ${JSON.stringify(compress)};
if ((await pickCompression()) !== 'zstd') throw new Error('zstd not found');
const input = Buffer.from('line\\n'.repeat(5000));
const codec = await compressor('zstd');
codec.input.end(input);
const parts = [];
for await (const chunk of codec.output) parts.push(chunk);
await codec.done;
const out = [];
const decoder = await decompressTo('zstd', (c) => out.push(Buffer.from(c)));
decoder.input.end(Buffer.concat(parts));
await decoder.done;
if (!Buffer.concat(out).equals(input)) throw new Error('round trip differs');
`,
  );
  execFileSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
    stdio: 'pipe',
  });
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  expect(calls.filter((c) => c.includes('--version'))).toEqual([]);
  expect(calls).toHaveLength(2);
  expect(calls[1]).toMatch(/^-d\b/);
});

test('only an executable regular file named zstd counts', () => {
  const dirs = ['none', 'plain', 'folder', 'tool'].map((d) => path.join(tmp, d));
  for (const d of dirs) mkdirSync(d);
  writeFileSync(path.join(tmp, 'plain', 'zstd'), '#!/bin/sh\n', { mode: 0o644 });
  mkdirSync(path.join(tmp, 'folder', 'zstd'));
  writeFileSync(path.join(tmp, 'tool', 'zstd'), '#!/bin/sh\n', { mode: 0o755 });
  const [none, plain, folder, tool] = dirs;
  expect(onPath('zstd', undefined)).toBe(false);
  expect(onPath('zstd', '')).toBe(false);
  expect(onPath('zstd', [none, folder].join(path.delimiter))).toBe(false);
  // (root may run a file without x bits: access(X_OK) still needs one, as execve does)
  expect(onPath('zstd', plain)).toBe(false);
  expect(onPath('zstd', [none, '', tool].join(path.delimiter))).toBe(true);
});
