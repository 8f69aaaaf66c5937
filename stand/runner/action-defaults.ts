/**
 * The inputs the runner passes a node action when a step sets none: each input of its action.yml at its
 * literal default, as `INPUT_<NAME>` variables. Defaults live in action.yml only; `npm run build` copies them
 * into src/adapters/input-defaults.generated.ts (a test checks the copy), which this reads. A `${{ }}` default
 * (github.token, job.*) is the runner's to evaluate: outside a job it reads as empty, as an unset input does.
 */
import { INPUT_DEFAULTS } from '../../src/adapters/input-defaults.generated.js';

/** `dir` is the action's directory relative to the repository ('' or '.' for the root action). */
export function actionInputDefaults(dir: string): Record<string, string> {
  const defaults = INPUT_DEFAULTS[dir === '.' ? '' : dir] ?? {};
  return Object.fromEntries(
    Object.entries(defaults).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
}
