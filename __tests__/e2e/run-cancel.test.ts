/**
 * A `run/` step cancelled as the runner cancels it: on a job timeout (or a person's cancel) the runner sends
 * SIGINT to the step's node process only, SIGTERM 7.5 s later and SIGKILL 2.5 s after that, to it alone
 * (actions/runner ProcessInvoker.cs); nothing else of the step is signalled until the job-end clean-up
 * kills what is left ("Terminate orphan process"). The command runs in a process group of its own, so
 * run/ itself must stop its tree, whatever it is running: an attempt or the on-retry hook.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob, type Step } from '../../stand/runner/job.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'run-cancel-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** A child that ignores SIGINT and sleeps, its pid in `file`: only a SIGTERM or SIGKILL stops it. */
const stubborn = (file: string): string =>
  [`perl -e '$SIG{INT} = "IGNORE"; sleep 300' >/dev/null 2>&1 &`, `echo $! > ${file}`, 'wait'].join('\n');

/** A later always() step that says whether the process in `file` still runs (its /proc state, Z = ended). */
const look = (file: string): Step => ({
  id: 'look',
  if: 'always()',
  run: `echo "state=$(cut -d' ' -f3 "/proc/$(cat ${file})/stat" 2>/dev/null)" >> "$GITHUB_OUTPUT"`,
});

const ended = (state: string | undefined): boolean => state === '' || state === 'Z';

/**
 * Settles once `file` holds a pid (and, with `gone`, once that process has ended), or after 60 s: the job times
 * out there. A fixed timeout-minutes raced the start: with the command held 7 s, none of these files existed
 * at 6 s and every test failed on reading it.
 */
async function pidWritten(file: string, gone = false): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const pid = await readFile(file, 'utf8').then(Number, () => 0);
    if (
      pid > 0 &&
      (!gone ||
        ended(
          await readFile(`/proc/${pid}/stat`, 'utf8').then(
            (t) => t.split(' ')[2],
            () => '',
          ),
        ))
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("a job timeout during an attempt: run/ stops the command's whole tree, nothing is left for the job-end clean-up", async () => {
  const job = await runJob({
    workspace,
    env: { CI_RECOVERY_LANE: 'STANDARD' },
    timeoutMinutes: 1,
    timesOutWhen: pidWritten(path.join(workspace, 'attempt.pid')), // the attempt's tree is up
    steps: [
      { id: 'step', uses: 'run', with: { stage: 'hang', run: stubborn('attempt.pid') } },
      look('attempt.pid'),
    ],
  });
  expect(job.conclusion).toBe('cancelled');
  expect(job.stage('step')?.outcome).toBe('cancelled');
  const pid = Number(await readFile(path.join(workspace, 'attempt.pid'), 'utf8'));
  expect(ended(job.steps.look?.outputs.state)).toBe(true);
  expect(job.orphans.map((o) => o.pid)).not.toContain(pid);
  expect(job.orphans).toEqual([]);
});

test('a job timeout during the on-retry hook: run/ stops the hook too, and ends before the runner has to SIGKILL it', async () => {
  const job = await runJob({
    workspace,
    env: { CI_RECOVERY_LANE: 'STANDARD' },
    timeoutMinutes: 1,
    timesOutWhen: pidWritten(path.join(workspace, 'hook.pid')), // the hook's tree is up
    steps: [
      {
        id: 'step',
        uses: 'run',
        with: {
          stage: 'flaky',
          run: 'exit 1',
          'retry-on': 'any',
          'max-attempts': 2,
          'backoff-seconds': 0,
          'on-retry': stubborn('hook.pid'),
        },
      },
      look('hook.pid'),
    ],
  });
  expect(job.conclusion).toBe('cancelled');
  const step = job.stage('step')!;
  expect(step.outcome).toBe('cancelled');
  // Ended by its own hand after the SIGINT, not by the runner's SIGKILL 10 s later (its SIGTERM changes
  // nothing: run/ listens for it).
  expect(step.signal).toBeNull();
  const pid = Number(await readFile(path.join(workspace, 'hook.pid'), 'utf8'));
  expect(ended(job.steps.look?.outputs.state)).toBe(true);
  expect(job.orphans.map((o) => o.pid)).not.toContain(pid);
  expect(job.orphans).toEqual([]);
});

test('a job timeout during the wait before a retry: run/ stops waiting and starts no attempt', async () => {
  const job = await runJob({
    workspace,
    env: { CI_RECOVERY_LANE: 'STANDARD' },
    timeoutMinutes: 1,
    // The first attempt has ended: run/ is classifying it, then waits 120 s.
    timesOutWhen: pidWritten(path.join(workspace, 'attempt.pid'), true),
    steps: [
      {
        id: 'step',
        uses: 'run',
        with: {
          stage: 'flaky',
          run: 'echo $$ > attempt.pid; echo tried >> attempts.txt; exit 1',
          'retry-on': 'any',
          'max-attempts': 2,
          'backoff-seconds': 120,
        },
      },
    ],
  });
  expect(job.conclusion).toBe('cancelled');
  const step = job.stage('step')!;
  expect(step.outcome).toBe('cancelled');
  // Not waited out to the runner's SIGKILL 10 s after the SIGINT; and the second attempt never ran.
  expect(step.signal).toBeNull();
  expect(await readFile(path.join(workspace, 'attempts.txt'), 'utf8')).toBe('tried\n');
});
