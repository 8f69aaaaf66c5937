/**
 * action.yml files read with the runner's own parser (@actions/workflow-parser), for tests that check
 * every action's metadata against the code.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../services/paths.js';

export interface ParsedActionFile {
  file: string;
  /** Schema errors from the parser (empty when valid). */
  errors: string[];
  name?: string;
  description?: string;
  inputs: { id: string; description?: string; required?: boolean; default?: string }[];
  outputs: { id: string; description?: string }[];
  /** using, main, pre, post, preIf, postIf as written. */
  runs: Record<string, string>;
}

export async function parseActionFiles(files: string[]): Promise<ParsedActionFile[]> {
  if (files.length === 0) return [];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'stand/runner/parse-actions-cli.ts'), ...files],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(stdout) as ParsedActionFile[];
}
