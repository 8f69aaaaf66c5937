/**
 * Story 2: a `run/` step that hangs (a "server" child and a grandchild that never exit, and two daemons) is
 * killed at its time limit with its whole process tree, typed `timeout`; the default policy retries a STANDARD timeout
 * once, then hands it to a person. Afterwards no process of the command is left running.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob } from '../runner/job.js';
import { summarize, type RunScenarioResult } from './network-retry.js';

export interface HangScenarioResult extends RunScenarioResult {
  /** Pids the command started (children and grandchildren), over all attempts. */
  spawned: number[];
  /** Processes still running after the job whose command line carries the scenario's marker. */
  leftRunning: number[];
}

/** Running processes whose command line contains `needle` (zombies are not running). */
export function processesMatching(needle: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
      if (cmdline.includes(needle) && state !== 'Z') found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

export async function hangTimeoutScenario(
  opts: { workspace?: string; timeoutMinutes?: number; maxAttempts?: number } = {},
): Promise<HangScenarioResult> {
  const workspace = opts.workspace ?? (await mkdtemp(path.join(os.tmpdir(), 'story-hang-')));
  // A sleep length no other process uses, to find leftovers by command line.
  const marker = String(86_000 + Math.floor(Math.random() * 10_000));
  // The job's RUNNER_TEMP is the story's own, removed with it (the runner empties it after each job).
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'));
  try {
    const job = await runJob({
      workspace,
      runnerTemp,
      env: { CI_RECOVERY_LANE: 'STANDARD' },
      steps: [
        {
          id: 'serve',
          name: 'Integration tests against a local server',
          uses: 'run',
          with: {
            stage: 'integration',
            'timeout-minutes': opts.timeoutMinutes ?? 0.02,
            'backoff-seconds': 0,
            ...(opts.maxAttempts ? { 'max-attempts': opts.maxAttempts } : {}),
            run: [
              `sleep ${marker} & echo $! >> pids`,
              `( sleep ${marker} & echo $! >> pids; wait ) & echo $! >> pids`,
              // A daemon: its own session, out of the command's process group.
              `setsid sh -c 'echo $$ >> pids; exec sleep ${marker}' &`,
              // A daemon with none of the marks the tree is found by: double-forked (its parent gone at
              // once), its own session, an empty environment (no cookie), the file-locks limit reset (no
              // lock mark). The command's process, a child subreaper, is its parent.
              `( setsid env -i /bin/sh -c 'prlimit --pid $$ --locks=unlimited; echo $$ >> pids; exec sleep ${marker}' & )`,
              'echo "waiting for the server to answer..."',
              'wait',
            ].join('\n'),
          },
        },
      ],
    });
    const spawned = (await readFile(path.join(workspace, 'pids'), 'utf8').catch(() => ''))
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map(Number);
    const leftRunning = processesMatching(`sleep ${marker}`);
    // Reported, then ended: an escaped daemon is not left behind by a failing test.
    for (const pid of leftRunning) process.kill(pid, 'SIGKILL');
    return { ...(await summarize(job, 'serve')), spawned, leftRunning };
  } finally {
    if (!opts.workspace) await rm(workspace, { recursive: true, force: true });
    await rm(runnerTemp, { recursive: true, force: true });
  }
}
