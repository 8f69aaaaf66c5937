/**
 * The labelled corpus lives beside the repository (../shared/corpus), not in it: on GitHub it is absent.
 * Tests that read it use describeIfCorpus, which skips them with the reason stated instead of failing.
 * Where it must be there (the team's CI: .ci/run sets CI_RECOVERY_REQUIRE_CORPUS=1 off GitHub), its
 * absence fails instead of skipping the classification tests in silence.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { corpusRoot } from '../stand/services/paths.js';

export const corpus = corpusRoot;
export const corpusAvailable = existsSync(path.join(corpusRoot, 'dev/labels.csv'));
export const corpusMissing = `the labelled corpus is not at ${corpusRoot} (it is kept beside the repository, not in it)`;

if (!corpusAvailable && process.env.CI_RECOVERY_REQUIRE_CORPUS === '1')
  throw new Error(`CI_RECOVERY_REQUIRE_CORPUS=1 but ${corpusMissing}`);

/** describe() when the corpus is present; else a skipped block whose name says why. */
export function describeIfCorpus(name: string, body: () => void): void {
  if (corpusAvailable) describe(name, body);
  else describe.skip(`${name} (skipped: ${corpusMissing})`, body);
}
