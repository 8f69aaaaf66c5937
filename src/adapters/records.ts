import { mkdir, readdir, readFile, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { JobEnv } from '../core/job-env.js';
import type { RecordsPort } from '../ports/records.js';
import { isStepRecord, recordFileName, RECORDS_SUBDIR, type StepRecord } from '../core/records.js';

/** `$RUNNER_TEMP/ci-recovery/records` (the OS temp dir outside the runner). */
export function recordsDir(env: Pick<JobEnv, 'runnerTemp'>): string {
  return path.join(env.runnerTemp, RECORDS_SUBDIR);
}

/** The records port of a step: records go where post reads them. */
export function recordsPort(env: Pick<JobEnv, 'runnerTemp'>): RecordsPort {
  const dir = recordsDir(env);
  return { write: async (record) => void (await writeRecord(dir, record)) };
}

/** Writes one record atomically (temp file + rename), so post never reads half a file. Returns its path. */
export async function writeRecord(dir: string, record: StepRecord): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, recordFileName(record));
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(record, null, 2) + '\n');
  await rename(tmp, file);
  return file;
}

/** Every well-formed record in the directory, oldest first; a missing directory means no records. */
export async function readRecords(dir: string): Promise<StepRecord[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    // no records directory yet: no step has written a record
    return [];
  }
  const records: { at: number; name: string; record: StepRecord }[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      const parsed: unknown = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
      if (isStepRecord(parsed)) records.push({ at: Number.parseInt(name, 10) || 0, name, record: parsed });
    } catch {
      // A corrupt record is skipped: reporting never fails the job.
    }
  }
  return records.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)).map((r) => r.record);
}
