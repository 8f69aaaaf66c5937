import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { configFromJson, CONFIG_FILE, DEFAULT_CONFIG, type Config } from '../core/config-defaults.js';

const CANDIDATES = [CONFIG_FILE, '.github/ci-recovery.yaml'];

/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the root action's
 * `config` input) replaces the default locations.
 */
export async function loadConfig(
  workspace: string,
  file?: string,
): Promise<{ config: Config; file?: string }> {
  for (const candidate of file ? [file] : CANDIDATES) {
    const rel = path.isAbsolute(candidate) ? path.relative(workspace, candidate) : candidate;
    let text: string;
    try {
      text = await readFile(path.resolve(workspace, rel), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    // The parser (yaml + ajv) loads only when there is a file to parse.
    const { parseConfig } = await import('../core/config.js');
    return { config: parseConfig(text, rel), file: rel };
  }
  return { config: DEFAULT_CONFIG };
}

/**
 * The effective config for a sub-action: what main exported in CI_RECOVERY_CONFIG, else the file in the
 * workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
export async function effectiveConfig(env: NodeJS.ProcessEnv = process.env): Promise<Config> {
  const fromMain = env.CI_RECOVERY_CONFIG ? configFromJson(env.CI_RECOVERY_CONFIG) : undefined;
  if (fromMain) return fromMain;
  return (await loadConfig(env.GITHUB_WORKSPACE || process.cwd())).config;
}
