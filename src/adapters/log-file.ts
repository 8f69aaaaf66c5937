import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { FailureSignals } from '../core/classify/index.js';
import { classifyScan, defaultRuleSet, LogScanner } from '../core/classify/index.js';
import type { CompiledRuleSet, ScanResult } from '../core/classify/index.js';
import { errorMessage, UserError } from '../core/errors.js';
import type { Classification } from '../core/types.js';

// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;

/** Whether the file starts with the gzip magic bytes (the content decides, not the extension). */
async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
export async function scanLogFile(
  file: string,
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Promise<ScanResult> {
  let gzip: boolean;
  try {
    gzip = await isGzip(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file; pass the path of a log file`);
    if (code === 'EISDIR') throw new UserError(`${file}: is a directory; pass the path of a log file`);
    if (code === 'EACCES') throw new UserError(`${file}: permission denied; make the file readable`);
    throw new UserError(`${file}: cannot read: ${errorMessage(error)}`);
  }
  if (!gzip && file.endsWith('.gz')) {
    const { size } = await open(file, 'r').then(async (h) => {
      try {
        return await h.stat();
      } finally {
        await h.close();
      }
    });
    if (size > 0)
      throw new UserError(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
  }
  const scanner = new LogScanner(ruleSet);
  const source = createReadStream(file, { highWaterMark: READ_CHUNK });
  const stream = gzip ? source.pipe(createGunzip({ chunkSize: READ_CHUNK })) : source;
  if (gzip) source.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) scanner.push(chunk as Buffer);
  } catch (error) {
    source.destroy();
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (gzip && code.startsWith('Z_')) {
      throw new UserError(
        `${file}: corrupt or truncated gzip data (${errorMessage(error)}); re-download the log`,
      );
    }
    throw new UserError(`${file}: cannot read: ${errorMessage(error)}`);
  }
  return scanner.end();
}

/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
export async function classifyLogFile(
  file: string,
  extra: Omit<FailureSignals, 'log'> = {},
  ruleSet: CompiledRuleSet = defaultRuleSet(),
): Promise<Classification> {
  const scan = await scanLogFile(file, ruleSet);
  return classifyScan(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}
