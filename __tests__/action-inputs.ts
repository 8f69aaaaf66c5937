/** What an action's source reads of its inputs, for the tests that hold `action.yml` files and code in sync. */

/** Input names a source file reads through `input.<fn>('name')`. */
export function inputsRead(source: string): string[] {
  return [
    ...source.matchAll(
      /\binput\.(?:string|required|given|count|bool|int|list|choice|minutes)\(\s*(['"`])([^'"`]+)\1/g,
    ),
  ].map((m) => m[2] ?? '');
}

/** Inputs that moved to the config file, read only where a workflow still gives them (`input.moved`). */
export function inputsMoved(source: string): string[] {
  return [...source.matchAll(/\binput\.moved\(\s*(['"`])([^'"`]+)\1/g)].map((m) => m[2] ?? '');
}

/** Inputs read and then given a value of the code's own when empty: `input.x('name', ...) ?? 2`, `|| 'a'`. */
export function fallbacksAfterInputs(source: string): [string, string][] {
  return [
    ...source.matchAll(
      /\binput\.\w+\(\s*(['"`])([^'"`]+)\1(?:[^()]|\([^()]*\))*\)\s*((?:\?\?|\|\|)\s*[^,;\n]+)/g,
    ),
  ].map((m) => [m[2] ?? '', (m[3] ?? '').trim()]);
}
