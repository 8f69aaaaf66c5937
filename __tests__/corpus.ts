/**
 * The labelled corpus lives beside the repository (../shared/corpus), not in it: on GitHub it is absent.
 * Tests that read it use describeIfCorpus, which skips them with the reason stated instead of failing.
 * Where it must be there (the team's CI: .ci/run sets CI_RECOVERY_REQUIRE_CORPUS=1 off GitHub), its
 * absence fails instead of skipping the classification tests in silence. CI_RECOVERY_CORPUS points the
 * tests at another corpus directory (a missing one shows what a clone without the corpus runs).
 *
 * The lines the rules name as examples are also in __tests__/fixtures/corpus (scripts/corpus-fixtures.ts):
 * exampleLine reads them from the corpus when it is there, else from those fixtures, so every rule is
 * proven on its real line in any clone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { corpusLogLines, readFixtures } from '../scripts/corpus-fixtures.js';
import { corpusRoot } from '../stand/services/paths.js';

export const corpus = process.env.CI_RECOVERY_CORPUS
  ? path.resolve(process.env.CI_RECOVERY_CORPUS)
  : corpusRoot;
export const corpusAvailable = existsSync(path.join(corpus, 'dev/labels.csv'));
export const corpusMissing = `the labelled corpus is not at ${corpus} (it is kept beside the repository, not in it)`;

if (!corpusAvailable && process.env.CI_RECOVERY_REQUIRE_CORPUS === '1')
  throw new Error(`CI_RECOVERY_REQUIRE_CORPUS=1 but ${corpusMissing}`);

/** describe() when the corpus is present; else a skipped block whose name says why. */
export function describeIfCorpus(name: string, body: () => void): void {
  if (corpusAvailable) describe(name, body);
  else describe.skip(`${name} (skipped: ${corpusMissing})`, body);
}

/** The whole text of corpus log `id` (gunzipped when it is kept as .log.gz). */
export function corpusLogText(id: string): string {
  return corpusLogLines(corpus, id).join('\n');
}

/** Where example lines come from in this run: the corpus, else the fixtures copied from it. */
export const examplesFrom = corpusAvailable ? corpus : 'the corpus fixtures (__tests__/fixtures/corpus)';

const corpusLogs = new Map<string, string[]>();
let fixtureLogs: Map<string, Map<number, string>> | undefined;

/** Line `line` (1-based) of corpus log `id`, from the corpus when it is here, else from the fixtures. */
export function exampleLine(id: string, line: number): string {
  let text: string | undefined;
  if (corpusAvailable) {
    let lines = corpusLogs.get(id);
    if (!lines) corpusLogs.set(id, (lines = corpusLogLines(corpus, id)));
    text = lines[line - 1];
  } else {
    fixtureLogs ??= readFixtures();
    text = fixtureLogs.get(id)?.get(line);
  }
  if (text === undefined) throw new Error(`${examplesFrom} has no line ${line} of ${id}`);
  return text;
}
