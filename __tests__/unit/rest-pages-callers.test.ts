/**
 * A listing is paged by rest-pages.ts only: `paginate` called anywhere else in src/ follows GitHub's `link`
 * unchecked (Octokit's does: the token to another origin, a loop for as long as the job runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../stand/services/paths.js';

const SRC = path.join(repoRoot, 'src');
/** rest-pages.ts pages through a client's paginate.iterator; rest-light.ts builds the light client's. */
const ALLOWED = new Set(['adapters/rest-pages.ts', 'adapters/rest-light.ts']);

it("no file of src/ but rest-pages.ts calls a client's paginate", () => {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(100);
  const callers = files.filter(
    (f) =>
      !ALLOWED.has(f) && /\.paginate\s*(?:\(|\.iterator\b)/.test(readFileSync(path.join(SRC, f), 'utf8')),
  );
  expect(callers).toEqual([]);
});
