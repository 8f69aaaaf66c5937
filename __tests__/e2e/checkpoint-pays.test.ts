/**
 * A checkpoint only where it pays (checkpoint.when: pays, the default), through the stand and the dist/
 * bundles: a job of three stages, each naming its checkpoint paths. Before `setup` nothing completed
 * (skipped); before `build` only `setup`'s fraction of a second completed, against a checkpoint of the
 * 300 MB scratch file it made (sparse: no disk used), estimated at 3 s (skipped); before `test` the
 * two-second `build` completed, against a checkpoint of a few KB (taken). A
 * runner lost late in `test` is resumed from that checkpoint in attempt 2: `setup` and `build` skip
 * themselves, and the summary says what the checkpoints cost and what they saved. After a long setup and a
 * quick build, the checkpoint before `test` is weighed by build's time alone: the one before `build` already
 * lets a resume skip setup. With
 * `checkpoint.when: always` every stage's checkpoint is taken, as before.
 */
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { startNextAttempt } from '../../stand/scenarios/supervise-stand.js';
import { checkout } from '../../stand/scenarios/workspace.js';

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
});
afterAll(async () => {
  await stand?.stop();
});

const SETUP = 'mkdir -p out scratch && echo configured > out/config.txt && truncate -s 300M scratch/big.img';
const BUILD = 'sleep 2 && head -c 65536 /dev/urandom > out/app.bin && echo built > out/built.txt';
// Attempt 1 is lost late in the stage (the runner dies while it waits); attempt 2 needs build's output.
const TEST = [
  'if [ "$GITHUB_RUN_ATTEMPT" = 1 ] && [ "$LOSE" = 1 ]; then echo "integration tests: 40 to go"; sleep 120; fi',
  'test -s out/app.bin',
  'cat out/built.txt',
].join('\n');

function job(
  runId: number,
  attempt: number,
  opts: { when?: string; lose?: boolean; setup?: string; build?: string } = {},
): Promise<JobResult> {
  const config = opts.when ? `checkpoint:\n  when: ${opts.when}\n` : '# defaults\n';
  const run = (stage: string, command: string, paths: string) => ({
    id: stage,
    uses: 'run',
    with: { stage, run: command, 'checkpoint-paths': paths },
  });
  return checkout(stand, 'main', { '.github/ci-recovery.yml': config }).then((workspace) =>
    runJob({
      stand,
      workspace,
      runId,
      runAttempt: attempt,
      jobId: runId * 10 + attempt,
      jobKey: 'build',
      jobName: 'build',
      env: { LOSE: opts.lose ? '1' : '0' },
      // Lost once the stage's checkpoint is saved and its command waits, not 15 s in: a loaded machine can take
      // longer to get there (with run/'s start held 16 s, the loss came before anything was saved).
      ...(opts.lose && attempt === 1
        ? {
            loseRunner: {
              step: 'test',
              afterSaid: ["saved before stage 'test'", 'integration tests: 40 to go'],
            },
          }
        : {}),
      steps: [
        { id: 'recovery', uses: '.', with: { lane: 'HEAVY' } },
        run('setup', opts.setup ?? SETUP, 'out'),
        run('build', opts.build ?? BUILD, 'out\nscratch'),
        run('test', TEST, 'out'),
      ],
    }),
  );
}

/** The one line each run/ step says of its checkpoint. */
const verdicts = (r: JobResult): string[] =>
  ['setup', 'build', 'test'].map(
    (s) =>
      r
        .stage(s, 'main')
        ?.log.split('\n')
        .find((l) => l.includes('ci-recovery: checkpoint before stage')) ?? `(${s}: no line)`,
  );

describe('a checkpoint only where it pays, through the stand', () => {
  it('a green job skips the checkpoints that cannot pay and takes the one that can, saying why', async () => {
    const r = await job(8101, 1);
    expect(r.conclusion).toBe('success');
    const [setup, build, test] = verdicts(r);
    expect(setup).toContain(
      "checkpoint before stage 'setup' skipped: no stage completed before it, so a resume from it would skip no work.",
    );
    expect(build).toMatch(
      /checkpoint before stage 'build' skipped: a resume from it skips [\d.]+ s of work \(setup [\d.]+ s\), [0-2]\.\dx its cost of 3\.35 s \(estimated from the paths' 314\.6 MB in 2 files: no checkpoint of this job timed yet\); taken from 3x/,
    );
    expect(test).toMatch(
      /checkpoint before stage 'test' taken: a resume from it skips [\d.]+ s of work \(setup [\d.]+ s, build [\d.]+ s\), \d+\.\dx its cost of 0\.20 s \(estimated from the paths' 66 KB in 3 files/,
    );
    // Only the taken one was saved (and a green job's checkpoints are deleted by post).
    expect(r.stage('test', 'main')?.log).toMatch(
      /checkpoint ci-recovery-ckpt-r8101-build-a1-test-\d+ saved before stage 'test'/,
    );
    expect(r.stage('build', 'main')?.log).not.toMatch(/saved before stage/);
  });

  it('a runner lost late still resumes where the checkpoint paid, and the summary says its cost and saving', async () => {
    const first = await job(8102, 1, { lose: true });
    expect(first.conclusion).toBe('failure');
    expect(first.stage('test', 'main')?.log).toMatch(/saved before stage 'test'/);
    startNextAttempt(stand, 8102);
    const second = await job(8102, 2, { lose: true });
    expect(second.conclusion).toBe('success');
    expect(second.steps.setup?.outputs.skipped).toBe('true');
    expect(second.steps.build?.outputs.skipped).toBe('true');
    expect(second.steps.test?.outputs.skipped).toBe('false');
    expect(second.stage('test', 'main')?.log).toContain('built');
    expect(second.summary).toMatch(
      /- Checkpoints cost about \*\*[\d.]+m?s\*\* and \*\*\d+ KB\*\*: the one resumed from \(`ci-recovery-ckpt-r8102-build-a1-test-\d+`\) took [\d.]+m?s to save, \d+ KB/,
    );
    expect(second.summary).toMatch(
      /- Checkpoints saved about \*\*[\d.]+s\*\*: the resume skipped `setup` \([\d.]+m?s\), `build` \([\d.]+s\)/,
    );
  }, 300_000);

  it('weighs a later checkpoint by the stages since the job took one: a quick build after a long setup', async () => {
    // Before build: 15 s of setup against a checkpoint of a few bytes (estimated 0.2 s): taken. Before test:
    // a resume without that checkpoint starts from the one before build, so this one would gain only
    // build's few milliseconds, less than its measured cost: skipped (counting setup too, it was taken).
    const r = await job(8104, 1, {
      setup: 'sleep 15 && mkdir -p out && echo configured > out/config.txt',
      build: 'echo built > out/built.txt && head -c 65536 /dev/urandom > out/app.bin',
    });
    expect(r.conclusion).toBe('success');
    const [, build, test] = verdicts(r);
    expect(build).toMatch(
      /checkpoint before stage 'build' taken: a resume from it skips [\d.]+ s of work \(setup [\d.]+ s\), \d+\.\dx its cost of 0\.20 s \(estimated/,
    );
    expect(r.stage('build', 'main')?.log).toMatch(/saved before stage 'build'/);
    expect(test).toMatch(
      /checkpoint before stage 'test' skipped: a resume from it skips [\d.]+ s of work more than the checkpoint before 'build' does \(build [\d.]+ s\), [\d.]+x its cost of [\d.]+ s \(what the checkpoint before 'build' cost this job/,
    );
    expect(r.stage('test', 'main')?.log).not.toMatch(/saved before stage/);
  }, 300_000);

  it('counts a background stage started beside the last checkpoint’s stage, though listed before it', async () => {
    // setup (1 s), then build in the background with its checkpoint; lint starts beside it (no checkpoint)
    // and runs 10 s after build is done. After wait-all the runner's last flush (lint's) says
    // "setup,lint" and the ledger adds build: lint is listed first, yet a resume from the checkpoint
    // before build runs lint again. So the one before test gains lint and build.
    const waitFor = (file: string): string =>
      `for i in $(seq 600); do [ -f ${file} ] && break; sleep 0.1; done; test -f ${file}`;
    const run = (stage: string, command: string, background = false) => ({
      id: stage,
      uses: 'run',
      ...(background ? { background: true } : {}),
      with: { stage, run: command, 'checkpoint-paths': 'out' },
    });
    const workspace = await checkout(stand, 'main', { '.github/ci-recovery.yml': '# defaults\n' });
    const r = await runJob({
      stand,
      workspace,
      runId: 8105,
      jobId: 81050,
      jobKey: 'build',
      jobName: 'build',
      steps: [
        { id: 'recovery', uses: '.', with: { lane: 'HEAVY' } },
        run('setup', 'sleep 1 && mkdir -p out && echo configured > out/config.txt'),
        run(
          'build',
          `touch .build.started && ${waitFor('.lint.started')} && echo built > out/built.txt`,
          true,
        ),
        { id: 'gate', run: waitFor('.build.started') },
        run('lint', 'touch .lint.started && sleep 10 && echo clean > lint.txt', true),
        { name: 'Wait for build and lint', 'wait-all': true },
        run('test', 'cat out/built.txt lint.txt'),
      ],
    });
    expect(r.conclusion).toBe('success');
    expect(r.stage('build', 'main')?.log).toMatch(/saved before stage 'build'/);
    expect(r.stage('lint', 'main')?.log).not.toMatch(/saved before stage 'lint'/);
    const line = r
      .stage('test', 'main')
      ?.log.split('\n')
      .find((l) => l.includes('ci-recovery: checkpoint before stage'));
    expect(line).toMatch(
      /checkpoint before stage 'test' taken: a resume from it skips [\d.]+ s of work more than the checkpoint before 'build' does \(lint 1\d\.\d s, build [\d.]+ s\)/,
    );
    expect(r.stage('test', 'main')?.log).toMatch(/saved before stage 'test'/);
  }, 300_000);

  it('checkpoint.when: always takes every stage’s checkpoint, as before', async () => {
    const r = await job(8103, 1, { when: 'always' });
    expect(r.conclusion).toBe('success');
    expect(verdicts(r)).toEqual([
      expect.stringContaining("checkpoint before stage 'setup' taken: checkpoint.when is 'always'."),
      expect.stringContaining("checkpoint before stage 'build' taken: checkpoint.when is 'always'."),
      expect.stringContaining("checkpoint before stage 'test' taken: checkpoint.when is 'always'."),
    ]);
    expect(r.stage('build', 'main')?.log).toMatch(/saved before stage 'build'/);
  });
});
