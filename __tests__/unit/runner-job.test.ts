import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { goDuration, runJob, type JobResult, type Step } from '../../stand/runner/job.js';

const ACTION = '__tests__/fixtures/test-action';

/** Whether a process has ended within 2 s (a zombie waiting to be reaped counts as ended). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    if (stat === '' || /^\S+ \(.*\) [ZX] /s.test(stat)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
const FAILURE_ONLY = '__tests__/fixtures/test-action/failure-only';
const ENV_DEFAULT = '__tests__/fixtures/test-action/env-default';

describe('local runner: a job of node action stages and shell steps', () => {
  let workspace: string;
  const temps: string[] = [];
  const run = async (
    steps: Step[],
    extra: Partial<Parameters<typeof runJob>[0]> = {},
  ): Promise<JobResult> => {
    const result = await runJob({
      steps,
      workspace,
      runId: 7,
      runAttempt: 2,
      jobId: 99,
      env: { GITHUB_TOKEN: 'fake-token-123' },
      ...extra,
    });
    temps.push(result.runnerTemp);
    return result;
  };
  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'runner-ws-'));
  });
  afterAll(async () => {
    await Promise.all([workspace, ...temps].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('runs pres first, mains in order, posts in reverse; carries state, env and path', async () => {
    const job = await run([
      { id: 'first', uses: ACTION, with: { greeting: 'hi there' } },
      {
        id: 'shell',
        run: 'echo "LATER=set-by-shell" >> "$GITHUB_ENV"\necho "seen=$FROM_MAIN" >> "$GITHUB_OUTPUT"',
      },
      { id: 'second', uses: ACTION },
    ]);
    expect(job.conclusion).toBe('success');
    expect(job.stages.map((s) => `${s.stage}:${s.stepId}`)).toEqual([
      'pre:first',
      'pre:second',
      'main:first',
      'main:shell',
      'main:second',
      'post:second',
      'post:first',
    ]);
    const main = job.stage('first');
    // STATE_ from pre reached main; GITHUB_ENV and GITHUB_PATH from pre reached main.
    expect(main?.outputs['state-from-pre']).toBe('hi there');
    expect(main?.outputs['env-from-pre']).toBe('pre-was-here');
    expect(main?.outputs['path-has-pre']).toBe('true');
    expect(main?.outputs['two-lines']).toBe('first\nsecond');
    // GITHUB_ENV from main reached the shell step, and the post saw state of pre and main and env of later steps.
    expect(job.steps.shell?.outputs.seen).toBe('main-was-here');
    expect(job.stage('first', 'post')?.summary).toBe(
      'post saw state pre-greeting=hi there\npost saw state main-marker=main-was-here\npost saw env FROM_MAIN=main-was-here LATER=set-by-shell\n',
    );
    // State is per action instance: the second instance's pre wrote its own default greeting.
    expect(job.stage('second')?.outputs['state-from-pre']).toBe('hello');
    expect(job.summary).toContain('### main summary');
    // Without an explicit event, a push payload like GitHub's.
    expect(JSON.parse(await readFile(job.eventPath, 'utf8'))).toMatchObject({
      ref: 'refs/heads/main',
      repository: { full_name: 'octo-org/demo', default_branch: 'main' },
    });
  });

  it('evaluates ${{ }} in input defaults, names INPUT_ vars like the runner, and sets the usual env', async () => {
    const job = await run(
      [{ id: 'act', uses: ACTION, with: { 'multi word': 'given ${{ github.run_id }}' } }],
      { event: { name: 'pull_request', payload: { number: 5 } } },
    );
    const main = job.stage('act');
    expect(main?.outputs['run-ref']).toBe('run 7 attempt 2 on Linux');
    expect(main?.outputs['job-id']).toBe('99');
    expect(main?.outputs['multi-word']).toBe('given 7');
    const env = main?.ranWithEnv ?? {};
    expect(env['INPUT_MULTI_WORD']).toBe('given 7');
    expect(env['INPUT_GITHUB-TOKEN']).toBe('fake-token-123');
    expect(env).toMatchObject({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_WORKSPACE: workspace,
    });
    expect(JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8'))).toEqual({ number: 5 });
    expect(env.NODE_OPTIONS).toBeUndefined();
    // Masks: the token and ::add-mask:: values never reach the captured log.
    expect(main?.log).toContain('the secret is ***');
    expect(main?.annotations).toContainEqual({
      level: 'warning',
      message: 'look\nhere',
      file: 'src/a.ts',
      line: 3,
      title: 'Heads up',
    });
  });

  it("evaluates an input's default again at each stage: job.status is the job's as post starts (ActionRunner.cs)", async () => {
    const failed = await run([
      { id: 'act', uses: ACTION },
      { id: 'tolerated', run: 'exit 3', 'continue-on-error': true },
      { id: 'tests', run: 'exit 1' },
    ]);
    expect(failed.stage('act')?.ranWithEnv['INPUT_JOB-STATUS']).toBe('success');
    expect(failed.stage('act', 'post')?.ranWithEnv['INPUT_JOB-STATUS']).toBe('failure');
    // A failure under continue-on-error leaves the job green (its conclusion is success).
    const tolerated = await run([
      { id: 'act', uses: ACTION },
      { id: 'tolerated', run: 'exit 3', 'continue-on-error': true },
    ]);
    expect(tolerated.stage('act', 'post')?.ranWithEnv['INPUT_JOB-STATUS']).toBe('success');
  });

  it('fails a step whose input default names env, as the runner allows only github, strategy, matrix, job, runner', async () => {
    const job = await run(
      [
        { id: 'defaulted', uses: ENV_DEFAULT, 'continue-on-error': true },
        // Given in with:, the default is never evaluated, and the step runs.
        { id: 'given', uses: ENV_DEFAULT, with: { greeting: '${{ env.GREETING }}' } },
      ],
      { env: { GITHUB_TOKEN: 'fake-token-123', GREETING: 'hi' } },
    );
    const defaulted = job.stage('defaulted')!;
    expect(defaulted).toMatchObject({ outcome: 'failure', exitCode: null, stdout: '' });
    expect(defaulted.annotations.map((a) => a.message)).toEqual([
      "The template is not valid. Unrecognized named-value: 'env'. Located at position 1 within expression: env.GREETING",
    ]);
    expect(job.stage('given')).toMatchObject({ outcome: 'success' });
    expect(job.stage('given')?.ranWithEnv.INPUT_GREETING).toBe('hi');
  });

  it('runs no pre for a local action (uses: ./), as the runner registers none; its main and post run', async () => {
    const local = path.join(workspace, '.github/actions/probe');
    await cp(path.resolve(ACTION), local, { recursive: true });
    const job = await run([
      { id: 'local', uses: './.github/actions/probe', with: { greeting: 'from a local action' } },
      { id: 'missing', uses: './.github/actions/absent', if: 'always()' },
    ]);
    expect(job.stages.map((s) => `${s.stage}:${s.stepId}`)).toEqual([
      'main:local',
      'main:missing',
      'post:local',
    ]);
    // No pre: nothing of pre's reached main.
    expect(job.stage('local')?.outputs['state-from-pre']).toBe('');
    expect(job.stage('local')?.ranWithEnv.GITHUB_ACTION_PATH).toBe(local);
    expect(job.stage('missing')?.outcome).toBe('failure');
    expect(job.stage('missing')?.annotations.map((a) => a.message)).toEqual([
      `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${path.join(workspace, '.github/actions/absent')}'. Did you forget to run actions/checkout before running your local action?`,
    ]);
  });

  it('skips later mains after a failure, honours if:, continue-on-error and post-if', async () => {
    const job = await run([
      { id: 'always-post', uses: ACTION },
      { id: 'on-failure', uses: FAILURE_ONLY },
      { id: 'tolerated', run: 'exit 4', 'continue-on-error': true },
      { id: 'boom', run: 'echo "::error::it broke"; exit 2' },
      { id: 'skipped', run: 'echo never' },
      { id: 'cleanup', if: 'always()', run: 'echo cleanup' },
      { id: 'never-ran', uses: ACTION },
    ]);
    expect(job.conclusion).toBe('failure');
    expect(job.steps.tolerated).toEqual({ outputs: {}, outcome: 'failure', conclusion: 'success' });
    expect(job.steps.boom?.conclusion).toBe('failure');
    expect(job.stage('boom')?.exitCode).toBe(2);
    expect(job.stage('boom')?.annotations.map((a) => a.message)).toEqual([
      'it broke',
      'Process completed with exit code 2.',
    ]);
    expect(job.steps.skipped?.outcome).toBe('skipped');
    expect(job.steps.cleanup?.outcome).toBe('success');
    // The failure-only post ran (job failed); the action whose main was skipped still ran its pre, so its post runs too.
    expect(job.stages.filter((s) => s.stage === 'post').map((s) => `${s.stepId}:${s.ran}`)).toEqual([
      'never-ran:true',
      'on-failure:true',
      'always-post:true',
    ]);
    expect(job.stage('never-ran')?.ran).toBe(false);
  });

  it('does not run a post-if: failure() post when the job succeeds', async () => {
    const job = await run([{ id: 'on-failure', uses: FAILURE_ONLY }]);
    expect(job.conclusion).toBe('success');
    expect(job.stage('on-failure', 'post')).toMatchObject({ ran: false, outcome: 'skipped' });
  });

  it('fails a step whose heredoc file command has no delimiter, with the runner message', async () => {
    const job = await run([{ id: 'bad', uses: ACTION, with: { 'bad-file-command': 'true' } }]);
    const main = job.stage('bad');
    expect(main?.exitCode).toBe(0);
    expect(main?.outcome).toBe('failure');
    expect(main?.fileCommandError).toBe(
      "Unable to process file command 'output' successfully. Invalid value. Matching delimiter not found 'EOF'",
    );
    expect(job.conclusion).toBe('failure');
  });

  it('reads file commands as the runner on Linux does: KEY=v\\r\\n keeps its \\r, a CRLF delimiter does not match', async () => {
    const job = await run([
      { id: 'crlf', run: 'printf \'KEY=v\\r\\n\' >> "$GITHUB_OUTPUT"' },
      { id: 'heredoc', run: 'printf \'N<<EOF\\none\\r\\nEOF\\r\\n\' >> "$GITHUB_ENV"' },
    ]);
    expect(job.steps.crlf?.outputs).toEqual({ KEY: 'v\r' });
    expect(job.stage('heredoc')).toMatchObject({
      outcome: 'failure',
      fileCommandError:
        "Unable to process file command 'env' successfully. Invalid value. Matching delimiter not found 'EOF'",
    });
  });

  it('processes each file command on its own, and drops an oversized summary with an error but goes on', async () => {
    const job = await run([
      {
        id: 'mixed',
        run: [
          'echo "ok=1" >> "$GITHUB_OUTPUT"',
          'echo "A<<EOF" >> "$GITHUB_ENV"',
          'echo "/opt/kept/bin" >> "$GITHUB_PATH"',
          'head -c 1048577 /dev/zero | tr "\\0" x >> "$GITHUB_STEP_SUMMARY"',
        ].join('\n'),
      },
      {
        id: 'big-summary',
        if: 'always()',
        run: 'head -c 1048577 /dev/zero | tr "\\0" x >> "$GITHUB_STEP_SUMMARY"',
      },
    ]);
    const mixed = job.stage('mixed');
    // The bad GITHUB_ENV fails the step, yet its output and path still apply.
    expect(mixed).toMatchObject({ outcome: 'failure', outputs: { ok: '1' }, path: ['/opt/kept/bin'] });
    // An oversized summary is an error annotation only: that step succeeds, with no summary.
    const big = job.stage('big-summary');
    expect(big).toMatchObject({ outcome: 'success', summary: '' });
    expect(big?.annotations.map((a) => [a.level, a.message.slice(0, 60)])).toEqual([
      ['error', '$GITHUB_STEP_SUMMARY upload aborted, supports content up to '],
    ]);
  });

  it('a failing pre fails the job: mains are skipped, posts still run', async () => {
    const job = await run([{ id: 'act', uses: ACTION, with: { 'fail-in': 'pre' } }]);
    expect(job.stage('act', 'pre')?.exitCode).toBe(1);
    expect(job.stage('act')?.ran).toBe(false);
    expect(job.stage('act', 'post')?.ran).toBe(true);
    expect(job.conclusion).toBe('failure');
  });

  it('says "Process completed with exit code N" for a script step only, not for a node action', async () => {
    const job = await run([
      { id: 'act', uses: ACTION, with: { 'fail-in': 'main' }, 'continue-on-error': true },
      { id: 'sh', run: 'exit 3' },
    ]);
    expect(job.stage('act')?.exitCode).toBe(1);
    expect(job.stage('act')?.annotations.map((a) => a.message)).not.toContainEqual(
      expect.stringMatching(/^Process completed/),
    );
    expect(job.stage('sh')?.annotations.map((a) => a.message)).toEqual([
      'Process completed with exit code 3.',
    ]);
  });

  it('gives run: steps no runtime token, and node stages the token', async () => {
    const job = await run(
      [
        { id: 'sh', run: 'echo "has=${ACTIONS_RUNTIME_TOKEN:-no}" >> "$GITHUB_OUTPUT"' },
        { id: 'act', uses: ACTION },
      ],
      { env: { ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' } },
    );
    expect(job.steps.sh?.outputs.has).toBe('no');
    expect(job.stage('act')?.ranWithEnv.ACTIONS_RUNTIME_TOKEN).toBe('rt');
  });

  it('drops outputs written in pre and post, as the runner does (no context name): only main reaches steps', async () => {
    const job = await run([
      { id: 'act', uses: ACTION },
      {
        id: 'after',
        env: {
          PRE: '${{ steps.act.outputs.from-pre }}',
          MAIN: "${{ steps.act.outputs.two-lines != '' }}",
        },
        run: 'echo "pre=[$PRE] main=[$MAIN]"',
      },
    ]);
    expect(job.stage('act', 'pre')?.outputs).toEqual({});
    expect(job.stage('act', 'pre')?.droppedOutputs).toEqual({ 'from-pre': 'set in pre' });
    expect(job.stage('act', 'post')?.outputs).toEqual({});
    expect(job.stage('act', 'post')?.droppedOutputs).toEqual({ 'from-post': 'set in post' });
    expect(job.steps.act?.outputs).not.toHaveProperty('from-pre');
    expect(job.steps.act?.outputs).not.toHaveProperty('from-post');
    expect(job.stage('after')?.stdout).toContain('pre=[] main=[true]');
  });

  it('gives a matrix leg its strategy and matrix contexts; outside a matrix, toJSON(matrix) is null', async () => {
    const leg = await run([{ id: 'act', uses: ACTION }], {
      jobKey: 'test',
      matrix: { os: 'ubuntu-latest', node: 20 },
      strategy: { jobIndex: 1, jobTotal: 2 },
    });
    expect(leg.stage('act')?.outputs['job-index']).toBe('1');
    expect(JSON.parse(leg.stage('act')?.outputs.matrix ?? '')).toEqual({ os: 'ubuntu-latest', node: 20 });
    expect(leg.stage('act')?.ranWithEnv.GITHUB_JOB).toBe('test');
    const plain = await run([{ id: 'act', uses: ACTION }]);
    expect(plain.stage('act')?.outputs['job-index']).toBe('0');
    expect(plain.stage('act')?.outputs.matrix).toBe('null');
  });

  it('cancels a job past its timeout-minutes: the running step is interrupted, always() and posts still run', async () => {
    const job = await run(
      [
        { id: 'act', uses: ACTION },
        // exec: SIGINT reaches sleep itself (a shell waiting on a child would wait for it first).
        { id: 'slow', run: 'exec sleep 30' },
        { id: 'next', run: 'echo next' },
        { id: 'always', if: 'always()', run: 'echo always ran' },
      ],
      // 9 s: room for the action's pre and main (two node processes) before the limit; at load 13 they took
      // over 3 s and the limit found the slow step not yet started (skipped, not cancelled).
      { timeoutMinutes: 0.15 },
    );
    expect(job.conclusion).toBe('cancelled');
    expect(job.stage('slow')).toMatchObject({ outcome: 'cancelled', timedOut: false });
    expect(job.steps.next?.outcome).toBe('skipped');
    expect(job.stage('always')?.stdout).toContain('always ran');
    expect(job.stage('act', 'post')?.ran).toBe(true);
    expect(job.annotations.map((a) => a.message)).toContain(
      'The job has exceeded the maximum execution time of 9s',
    );
  });

  it("a job timeout lets a running always() step finish, as the runner re-evaluates the step's condition", async () => {
    const job = await run(
      [
        {
          id: 'cleanup',
          if: 'always()',
          // Runs past the job's limit (1.2 s): the runner does not cancel it, its condition still holds.
          run: 'sleep 3\necho "finished=yes" >> "$GITHUB_OUTPUT"',
        },
        { id: 'plain', run: 'sleep 30' },
      ],
      { timeoutMinutes: 0.02 },
    );
    expect(job.conclusion).toBe('cancelled');
    expect(job.stage('cleanup')).toMatchObject({ outcome: 'success', exitCode: 0 });
    expect(job.steps.cleanup?.outputs.finished).toBe('yes');
    // The next step starts with the job already cancelled: skipped by its default success().
    expect(job.steps.plain?.outcome).toBe('skipped');
  });

  it('signals only the step process on a timeout, as the runner does: what it started is killed at job end', async () => {
    const pidFile = path.join(workspace, 'grandchild.pid');
    const job = await run([
      {
        id: 'slow',
        // The shell leaves on SIGINT. Its child would leave on SIGINT too (a group's signal ends it), but it
        // is not signalled and outlives the step.
        run: [
          "trap 'exit 130' INT",
          "perl -e '$SIG{INT} = sub { exit 2 }; sleep 300' >/dev/null 2>&1 &",
          `echo $! > '${pidFile}'`,
          'wait',
        ].join('\n'),
        // 3 s: room for the child to start on a loaded machine before the SIGINT.
        'timeout-minutes': 0.05,
      },
      {
        id: 'look',
        if: 'always()',
        // Running, not a zombie: its state in /proc/<pid>/stat is S (sleeping).
        run: `echo "state=$(cut -d' ' -f3 "/proc/$(cat '${pidFile}')/stat")" >> "$GITHUB_OUTPUT"`,
      },
    ]);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(job.stage('slow')).toMatchObject({ timedOut: true, outcome: 'failure', exitCode: 130 });
    expect(job.steps.look?.outputs.state).toBe('S');
    expect(job.orphans).toContainEqual({ pid, command: 'perl' });
    expect(await gone(pid)).toBe(true);
  });

  it('times a step out like the runner: SIGINT to the step process, then the step fails', async () => {
    const job = await run([
      { id: 'slow', run: 'exec sleep 30', 'timeout-minutes': 0.005 },
      { id: 'next', run: 'echo next' },
    ]);
    expect(job.stage('slow')).toMatchObject({ timedOut: true, outcome: 'failure' });
    expect(job.stage('slow')?.annotations.map((a) => a.message)).toEqual([
      "The action 'Run exec sleep 30' has timed out after 0.005 minutes.",
    ]);
    expect(job.steps.next?.outcome).toBe('skipped');
  });
});

test("the job-timeout line's limit is a Go duration, as GitHub prints it", () => {
  expect([30, 1, 45, 360, 0.3, 0.01].map((m) => goDuration(m * 60_000))).toEqual([
    '30m0s',
    '1m0s',
    '45m0s',
    '6h0m0s',
    '18s',
    '600ms',
  ]);
});

test('a job run outside a stand leaves no runner temp directory once its process exits (the demo leaves none)', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-exit-'));
  const script = path.join(dir, 'job.mts');
  await writeFile(
    script,
    [
      `import { runJob } from ${JSON.stringify(path.resolve('stand/runner/job.ts'))};`,
      `const job = await runJob({ workspace: ${JSON.stringify(dir)}, steps: [{ id: 'a', run: 'true' }] });`,
      'console.log(job.runnerTemp);',
    ].join('\n'),
  );
  const tsx = path.resolve('node_modules/.bin/tsx');
  const printed = execFileSync(tsx, [script], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  expect(printed).toContain(`${path.sep}runner-temp-`);
  expect(existsSync(printed)).toBe(false);
  await rm(dir, { recursive: true, force: true });
}, 60_000);
