import os from 'node:os';
import { parseJobEnv, type JobEnv } from '../../core/job-env.js';

/** The process's job environment; entry points read it once and pass it down. Reads no file. */
export function readJobEnv(): JobEnv {
  return parseJobEnv(process.env, { cwd: process.cwd(), tmpdir: os.tmpdir() });
}
