import os from 'node:os';
import { parseJobEnv, type JobEnv } from '../core/job-env.js';
import { withLedgerOf } from './stage-ledger.js';

/**
 * The process's job environment; entry points read it once and pass it down. The completed stages include
 * those of the job's stage ledger: a background stage's GITHUB_ENV arrives late or is overwritten
 * (core/stage-ledger.ts).
 */
export function readJobEnv(): JobEnv {
  return withLedgerOf(parseJobEnv(process.env, { cwd: process.cwd(), tmpdir: os.tmpdir() }));
}
