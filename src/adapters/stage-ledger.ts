/**
 * The stage ledger in RUNNER_TEMP (core/stage-ledger.ts): one file per completed stage, written atomically
 * (temp file + rename), and one per running `run/` step, named by its pid. RUNNER_TEMP is the job's own and
 * emptied between jobs, so nothing here outlives the job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { JobEnv } from '../core/job-env.js';
import {
  isRunningStage,
  isStageEntry,
  RUNNING_SUBDIR,
  stageEntryFile,
  STAGES_SUBDIR,
  withStageLedger,
  type RunningStage,
  type StageEntry,
} from '../core/stage-ledger.js';
import type { StageLedgerPort } from '../ports/stage-ledger.js';
import { readJobEnv } from '../runner/adapters/job-env.js';

/** The job's environment with the ledger's completed stages added (only under a runner: RUNNER_TEMP set). */
export function withLedgerOf(job: JobEnv): JobEnv {
  if (!job.runnerTempSet) return job;
  return { ...job, recovery: withStageLedger(job.recovery, readStageEntries(job.runnerTemp)) };
}

/** The completed stages' entries, oldest first; a missing directory or a corrupt file means none. */
export function readStageEntries(runnerTemp: string): StageEntry[] {
  const dir = path.join(runnerTemp, STAGES_SUBDIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    // no ledger directory yet: no stage has completed
    return [];
  }
  const entries: { at: number; entry: StageEntry }[] = [];
  for (const name of names) {
    try {
      const parsed = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { at?: unknown };
      if (isStageEntry(parsed)) entries.push({ at: Number(parsed.at) || 0, entry: parsed });
    } catch {
      // A corrupt entry is skipped: the variables still hold what they hold.
    }
  }
  return entries
    .sort((a, b) => a.at - b.at)
    .map(({ entry }) => ({
      stage: entry.stage,
      ...(entry.ms !== undefined ? { ms: entry.ms } : {}),
      ...(entry.cachePaths ? { cachePaths: entry.cachePaths } : {}),
      ...(entry.checkpoint ? { checkpoint: entry.checkpoint } : {}),
    }));
}

async function writeAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(value) + '\n');
  await rename(tmp, file);
}

/** Whether a process lives (a marker left by a killed step names a dead one). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The other running `run/` steps of the job, by their markers; stale markers are skipped. */
async function othersRunning(dir: string): Promise<RunningStage[]> {
  // no running-markers directory: no other step is running
  const names = await readdir(dir).catch(() => [] as string[]);
  const others: RunningStage[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && n !== `${process.pid}.json`)) {
    const parsed = await readFile(path.join(dir, name), 'utf8')
      .then((t) => JSON.parse(t) as unknown)
      // a marker gone or half-written is a step that has ended or not yet begun: skipped
      .catch(() => undefined);
    if (isRunningStage(parsed) && parsed.pid !== process.pid && alive(parsed.pid)) others.push(parsed);
  }
  return others;
}

/** The real ledger of a `run/` step (`step`: its GITHUB_ACTION). */
export function stageLedgerPort(env: Pick<JobEnv, 'runnerTemp'>, step: string): StageLedgerPort {
  const running = path.join(env.runnerTemp, RUNNING_SUBDIR);
  const marker = path.join(running, `${process.pid}.json`);
  return {
    async enter(stage) {
      // Marked before looking: of two steps starting at once, at least the later sees the earlier.
      await writeAtomic(marker, { stage, step, pid: process.pid });
      return othersRunning(running);
    },
    // best effort: the marker may already be gone, and a stale one is skipped by its pid
    leave: () => rm(marker, { force: true }).catch(() => undefined),
    complete: (entry) =>
      writeAtomic(path.join(env.runnerTemp, STAGES_SUBDIR, stageEntryFile(entry.stage)), {
        ...entry,
        at: Date.now(),
      }),
  };
}

/**
 * The job environment for the steps that use its completed stages (run/, checkpoint/, post): those of the
 * job's stage ledger added, since a background stage's GITHUB_ENV arrives late or is overwritten
 * (core/stage-ledger.ts). Other entry points (main above all) and the adapters read no ledger
 * (runner/adapters/job-env.ts `readJobEnv`).
 */
export function readJobEnvWithStages(): JobEnv {
  return withLedgerOf(readJobEnv());
}
