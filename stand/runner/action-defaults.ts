/**
 * The inputs the runner passes a node action when a step sets none: each input of its action.yml at its
 * default, as `INPUT_<NAME>` variables. The runner evaluates `${{ }}` defaults (github.token, job.*,
 * strategy.*); outside a job they read as empty here. Defaults live in action.yml only, so a test that
 * calls an entry point directly takes them from there, as the runner does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../services/paths.js';

/** `dir` is the action's directory relative to the repository ('' or '.' for the root action). */
export function actionInputDefaults(dir: string): Record<string, string> {
  const meta = parse(readFileSync(path.join(repoRoot, dir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string | number | boolean }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const value = String(spec.default ?? '');
    env[`INPUT_${name.toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}
