/**
 * What a restore says when the file system refuses it: which disk or path, and what to do about it.
 */
import { errorMessage } from '../../core/errors.js';
import { isInsideDir } from '../core/index.js';
import type { PlannedRestore } from './restore-plan.js';

/** Why staging failed; a full disk says which one filled and how much the restore needed. */
export function failureReason(error: unknown, r: PlannedRestore): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code !== 'ENOSPC' && e?.code !== 'EDQUOT') return errorMessage(error);
  const need = r.plan.toWrite.reduce((n, t) => n + (t.size ?? 0), 0);
  const where =
    e.path !== undefined && isInsideDir(e.path, r.journals)
      ? `the disk of the restore journals (${r.journals}) is full`
      : `the disk of the destination ${r.dest} is full (files are staged there, in ${STAGING_NAME_HINT}, before they move into place; the store is only read)`;
  return `${where}: ${need} bytes are to be written; free space there and restore again (${errorMessage(error)})`;
}

const STAGING_NAME_HINT = '.ci-recovery-staging-*';
