/**
 * `--against DIR`: another build's dist/ (an older commit's checkout, or its dist/ copied aside) that a
 * bench times in the same rounds as this one, so the two see the same machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The dist/ given by `--against DIR`, if any: DIR itself or DIR/dist. */
export function againstDist(argv: string[]): string | undefined {
  const at = argv.indexOf('--against');
  if (at < 0) return undefined;
  const dir = argv[at + 1];
  if (!dir) throw new Error('--against needs a directory: a checkout, or its dist/');
  const dist = existsSync(path.join(dir, 'dist', 'index.js')) ? path.join(dir, 'dist') : path.resolve(dir);
  if (!existsSync(path.join(dist, 'index.js'))) throw new Error(`--against ${dir}: no dist/index.js there`);
  return dist;
}
