/** The built CLI as the runner has it: a copy of dist/ outside the repository, so no node_modules is found. */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { repoRoot as repo } from '../../stand/services/paths.js';

/** Copies dist/ (and package.json, for its module type) into `dir`; returns the path of its cli.js. */
export function copyDistCli(dir: string): string {
  const clone = path.join(dir, 'clone');
  cpSync(path.join(repo, 'dist'), path.join(clone, 'dist'), { recursive: true });
  cpSync(path.join(repo, 'package.json'), path.join(clone, 'package.json'));
  return path.join(clone, 'dist/cli.js');
}
