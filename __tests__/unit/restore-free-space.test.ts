/**
 * What a restore counts as free space before it writes (the review of the up-front check): a file system that
 * answers no blocks (libfuse's default statfs) cannot say, and root may write into ext4's reserved blocks.
 */
import { describe, expect, it } from '@jest/globals';
import { freeBytes } from '../../src/checkpoint/adapters/restore.js';

describe('freeBytes', () => {
  const ext4 = { blocks: 1000, bsize: 4096, bfree: 500, bavail: 450 };
  it('a user gets the blocks available to users; root also the reserved ones', () => {
    expect(freeBytes(ext4, false)).toBe(450 * 4096);
    expect(freeBytes(ext4, true)).toBe(500 * 4096);
  });
  it('a file system answering no blocks (FUSE without statfs) cannot say: no refusal', () => {
    expect(freeBytes({ blocks: 0, bsize: 4096, bfree: 0, bavail: 0 }, false)).toBeUndefined();
    expect(freeBytes({ blocks: 0, bsize: 0, bfree: 0, bavail: 0 }, true)).toBeUndefined();
  });
});
