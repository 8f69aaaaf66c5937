/**
 * The fake GitHub's compiled response validators, kept on disk between processes. Compiling the schemas a
 * stand meets takes about 2 CPU-seconds, and each test file starts a stand of its own: compiled once on a
 * machine, a validator is then read back as ajv's standalone code in milliseconds.
 *
 * The cache's name holds a digest of everything that decides the code (ajv's and ajv-formats' versions,
 * GitHub's description, the converter), so a change to any of them starts afresh. It lives in the OS temp
 * directory, never in the checkout, in a directory of this user's own that no one else may write: its code
 * runs in the test process.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';

export class ValidatorCache {
  private readonly requireFrom: NodeJS.Require;

  /** The cache of this user's own in the OS temp directory, for code decided by `parts`. */
  static inTemp(parts: (string | Buffer)[], root: string): ValidatorCache {
    const base = path.join(os.tmpdir(), `ci-recovery-openapi-${process.getuid?.() ?? 0}`);
    return new ValidatorCache(ownDir(parts, base), root);
  }

  /** `dir` holds the code (undefined: nothing is cached); `root` is where its `require`s resolve (ajv's runtime). */
  constructor(
    private readonly dir: string | undefined,
    root: string,
  ) {
    this.requireFrom = createRequire(path.join(root, 'package.json'));
  }

  load(key: string): ValidateFunction | undefined {
    if (!this.dir) return undefined;
    let code: string;
    try {
      code = readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const module = { exports: {} as { default?: ValidateFunction } };
      // ajv's own standalone output, written by store() into a directory no one else may write.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const run = new Function('require', 'module', 'exports', code) as (...args: unknown[]) => void;
      run(this.requireFrom, module, module.exports);
      return module.exports.default;
    } catch {
      return undefined;
    }
  }

  /** Writes whole or not at all (a rename), so a reader in another process never sees half a file. */
  store(key: string, code: string): void {
    if (!this.dir) return;
    const target = this.file(key);
    const partial = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(partial, code, { mode: 0o600 });
      renameSync(partial, target);
    } catch {
      // A cache that cannot be written is only slower.
    }
  }

  private file(key: string): string {
    return path.join(this.dir as string, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.js`);
  }
}

/** The cache directory under `base`, or undefined when `base` is not this user's alone (then nothing is cached). */
export function ownDir(parts: (string | Buffer)[], base: string): string | undefined {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  const uid = process.getuid?.() ?? 0;
  try {
    mkdirSync(base, { recursive: true, mode: 0o700 });
    const stat = lstatSync(base);
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o022) !== 0) return undefined;
    const dir = path.join(base, digest.digest('hex').slice(0, 16));
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  } catch {
    return undefined;
  }
}
