/**
 * Opening a file that someone else could have planted. A plain open of a FIFO waits for a writer for ever,
 * in one of libuv's threads, where no budget or timer can interrupt it (even process.exit then waits for
 * the thread); and a link put in a file's place reads whatever it points at. So a file that does not come
 * from us is opened non-blocking (which changes nothing for a regular file), without following a link,
 * and used only when it is a regular file.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** The file is there, but is a FIFO, a socket, a device or a directory. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string) {
    super(`'${path}' is not a regular file`);
  }
}

// Not defined on Windows, where neither FIFOs nor this open blocks: no flag there.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The file opened for reading, if it is a regular file. Rejects with NotRegularFileError when it is not,
 * with ELOOP when it is a symbolic link, and as open does otherwise (ENOENT, EACCES).
 */
export async function openRegularFile(file: string): Promise<FileHandle> {
  const handle = await open(file, FLAGS);
  try {
    if ((await handle.stat()).isFile()) return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  throw new NotRegularFileError(file);
}

/** The text of a file opened by openRegularFile. */
export async function readRegularFile(file: string): Promise<string> {
  const handle = await openRegularFile(file);
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
