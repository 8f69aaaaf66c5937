/**
 * Main, after checkout: loads the config, decides the lane, and on a re-run attempt restores the latest
 * checkpoint of the previous attempt. Gathers through ports, decides in core/prepare.ts, then writes
 * state, outputs and job-wide variables. The lane never fails the job (an unreadable change is STANDARD);
 * a bad config and a failed restore throw, with the reason.
 */
import { CONFIG_FILE, type Config } from '../core/config-defaults.js';
import { errorMessage } from '../core/errors.js';
import type { RunContext } from '../core/event.js';
import type { JobEnv } from '../core/job-env.js';
import { jobStartFromEnv, type JobStart } from '../core/job-start.js';
import {
  changeBase,
  laneFromInput,
  laneOfChange,
  laneWhenUnreadable,
  laterStepsEnv,
  mergeChange,
  wantsResume,
  type LaneChoice,
  type MainSettings,
} from '../core/prepare.js';
import { compilesGlobs, loadGlobs } from '../core/lanes.js';
import { STATE_JOB_START, STATE_LANE, STATE_SETTINGS } from '../core/state-keys.js';
import { inert, validStages } from '../core/text.js';
import type { WorkspaceGit } from '../ports/workspace-git.js';
import type { JobGitHub } from '../ports/job-github.js';
import type { JobFilesPort } from '../ports/job-files.js';
import type { ResumePort, Resumed } from '../ports/job-store.js';
import type { RunnerPort } from '../runner/ports/runner.js';

export interface MainPorts {
  runner: RunnerPort;
  files: JobFilesPort;
  git: WorkspaceGit;
  /** Absent without a token. */
  github?: JobGitHub;
  resume: ResumePort;
}

export interface PreparedJob {
  start: JobStart;
  lane: LaneChoice;
  configFile?: string;
  resumed: Resumed;
  /** Job-wide variables for later steps (GITHUB_ENV). */
  env: Record<string, string>;
}

export async function main(
  settings: MainSettings & { jobId: string },
  env: JobEnv,
  ports: MainPorts,
  now: Date,
): Promise<PreparedJob> {
  const { runner } = ports;
  const log = runner.log;
  const { jobId, ...kept } = settings;
  // No stage of ours runs at the job's set-up (a whole Node start per job): main's start is recorded, and
  // post counts the job's times from the jobs API's start of the job, else says they count from here.
  const start = jobStartFromEnv(env, jobId, now);
  // Post reads these instead of its own inputs (actions/runner#2800); the token is not kept in state.
  runner.saveState(STATE_SETTINGS, JSON.stringify(kept));
  runner.saveState(STATE_JOB_START, JSON.stringify(start));
  log.info(
    `ci-recovery: job ${start.legName ?? (start.job || '?')} (checkpoints as '${start.identity || '?'}') of run ${start.runId || '?'}, attempt ${start.attempt}`,
  );

  // The default path also accepts the .yaml spelling; an explicit one is taken as given.
  const { config, file } = await ports.files.loadConfig(
    settings.configPath === CONFIG_FILE ? undefined : settings.configPath,
  );
  log.info(file ? `ci-recovery: loaded ${file}` : `ci-recovery: no ${settings.configPath}, using defaults`);
  const context = await ports.files.runContext();
  // No flaky-test history here: the first `run/` step whose test fails restores it, else post when a step
  // recorded tests (adapters/test-history-store.ts). A green job makes none of its round trips.
  const lane = laneFromInput(settings.lane) ?? (await laneOfTheChange(settings, context, config, ports));
  log.info(`ci-recovery: lane ${lane.lane} (${inert(lane.reason)})`);
  // The commit the job starts from: what its checkpoints record as built from, and a resume compares.
  const checkoutHead = await ports.files.checkoutHead();
  const resumed = await resumeIfWanted(settings, start, ports);
  const savedConfig = await ports.files.saveEffectiveConfig(config).catch((error: unknown) => {
    log.warning(
      `ci-recovery: could not save the effective config for later steps (${errorMessage(error)}); they read ${file ?? 'the defaults'} again.`,
    );
    return undefined;
  });

  const prepared: PreparedJob = {
    start,
    lane,
    ...(file ? { configFile: file } : {}),
    resumed,
    env: laterStepsEnv(lane.lane, savedConfig, resumed, checkoutHead),
  };
  writeResults(prepared, runner);
  return prepared;
}

/** The change from git, completed by the pull request through the API; unreadable is STANDARD, warned. */
async function laneOfTheChange(
  settings: MainSettings,
  context: RunContext,
  config: Config,
  ports: MainPorts,
): Promise<LaneChoice> {
  try {
    const base = changeBase(settings.baseRef, context);
    // git and the API answer apart: the API's round trips overlap git's process, not follow it.
    const reading = ports.github && context.pr ? ports.github.pullChange(context.pr.number) : undefined;
    // Where git's one diff is refused (actions/checkout's default depth-1 clone of a pull request has no base
    // branch), git's search for it (fetches, deepening) ends once the API has listed the files as git would
    // (no renames, the whole list) against the same base (no `base-ref` of the user's). An API that does not
    // answer leaves git searching, as before.
    const listed = new AbortController();
    const enough = reading && !settings.baseRef ? { enough: listed.signal } : {};
    const [fromGit, fromApi] = await Promise.all([
      base ? ports.git.change(base, enough) : { unknownBecause: 'no base branch to compare with' },
      reading?.then((api) => {
        if (api.files && api.notAsGit === undefined) listed.abort();
        return api;
      }),
    ]);
    const change = mergeChange(fromGit, fromApi);
    // run/ steps never re-run a test the change added or edited: they read its files from here.
    if (change.files)
      await ports.files.saveChangedFiles(change.files).catch((error: unknown) => {
        ports.runner.log.warning(
          `ci-recovery: could not save the changed files for run/ steps: ${errorMessage(error)}`,
        );
      });
    // picomatch (~60 KB) loads only for a change whose files may match a lane glob: most hold none.
    const compile = compilesGlobs(change.files, config.lanes) ? await loadGlobs() : undefined;
    return laneOfChange(change, context, config.lanes, compile);
  } catch (error) {
    const lane = laneWhenUnreadable(errorMessage(error));
    ports.runner.log.warning(`ci-recovery: lane STANDARD: ${inert(lane.reason)}`);
    return lane;
  }
}

/** Restoring before actions/checkout would be wiped by it, and the stages would still skip themselves. */
async function resumeIfWanted(settings: MainSettings, start: JobStart, ports: MainPorts): Promise<Resumed> {
  const none: Resumed = { resumed: false, completedStages: [] };
  if (!wantsResume(settings, start)) return none;
  const problem = await ports.resume.checkoutProblem();
  if (problem) {
    ports.runner.log.warning(`ci-recovery: not resuming: ${inert(problem)}`);
    return none;
  }
  const previous = { runId: start.runId, attempt: start.attempt, job: start.identity };
  // Only what this run wrote is resumed from: a checkpoint no record of the run names never is.
  const named = await ports.resume.namedCheckpoints(previous);
  if ('unreadable' in named) {
    ports.runner.log.warning(
      `ci-recovery: not resuming: the run's record of the checkpoints its earlier attempts saved cannot be read (${inert(named.unreadable)}), and a checkpoint no such record names is never resumed from. Every stage runs again.`,
    );
    return none;
  }
  const got = await ports.resume.resume(previous, named.trusted);
  const { resumed, resumeFrom, store } = got;
  // A stage name from a manifest reaches outputs and every later step: one that is not a valid stage name
  // (a line break, a command) is refused, never printed.
  const { valid: completedStages, refused } = validStages(got.completedStages);
  if (refused > 0)
    ports.runner.log.warning(
      `ci-recovery: ${refused} completed stage name(s) of the resumed checkpoint are not valid stage names: refused (not printed); those stages run again.`,
    );
  const stageDurations = got.stageDurations
    ? Object.fromEntries(Object.entries(got.stageDurations).filter(([s]) => completedStages.includes(s)))
    : undefined;
  return {
    resumed,
    completedStages,
    ...(stageDurations ? { stageDurations } : {}),
    ...(got.cost ? { cost: got.cost } : {}),
    ...(resumeFrom ? { resumeFrom } : {}),
    ...(store ? { store } : {}),
  };
}

function writeResults(prepared: PreparedJob, runner: RunnerPort): void {
  const { lane, resumed } = prepared;
  runner.saveState(STATE_LANE, JSON.stringify({ lane: lane.lane, reason: lane.reason }));
  runner.setOutput('lane', lane.lane);
  runner.setOutput('attempt', String(prepared.start.attempt));
  runner.setOutput('resumed', String(resumed.resumed));
  runner.setOutput('resume-from', resumed.resumeFrom ?? '');
  runner.setOutput('completed-stages', resumed.completedStages.join(','));
  runner.setOutput('config-file', prepared.configFile ?? '');
  runner.setOutput('checkpoint-id', resumed.resumeFrom ?? '');
  for (const [name, value] of Object.entries(prepared.env)) runner.exportVariable(name, value);
}
