import os from 'node:os';
import { parseJobEnv, type JobEnv } from '../../core/job-env.js';
import { withLedgerOf } from '../../adapters/stage-ledger.js';

/** The process's job environment; entry points read it once and pass it down. Reads no file. */
export function readJobEnv(): JobEnv {
  return parseJobEnv(process.env, { cwd: process.cwd(), tmpdir: os.tmpdir() });
}

/**
 * The job environment for the steps that use its completed stages (run/, checkpoint/, post): those of the
 * job's stage ledger added, since a background stage's GITHUB_ENV arrives late or is overwritten
 * (core/stage-ledger.ts). Other entry points (pre above all) and the adapters read no ledger.
 */
export function readJobEnvWithStages(): JobEnv {
  return withLedgerOf(readJobEnv());
}
