import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository (stand/services/ is two levels down). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The labelled failure corpus, in the shared folder beside the repository (see its NOTICE). */
export const corpusRoot = path.resolve(repoRoot, '../shared/corpus');

/** Real CI logs copied from the corpus (see its NOTICE) that the stand's stories replay as job logs. */
export const standLogs = path.join(repoRoot, 'stand/fixtures/logs');
