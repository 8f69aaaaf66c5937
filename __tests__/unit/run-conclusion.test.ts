/** What a `run/` step is and concludes, pure (src/core/run-step.ts). */
import { UserError } from '../../src/core/errors.js';
import {
  commandEnv,
  concludeStep,
  defaultStage,
  errorLocation,
  exitCodeOf,
  parseRetryOn,
  parseRetryOnExitCodes,
  runStepRecord,
  scriptContents,
  stepOutputs,
  stoppedAttempt,
  type RunResult,
} from '../../src/core/run-step.js';
import { runSettings } from '../run-settings.js';

const settings = runSettings;
const result = (over: Partial<RunResult> = {}): RunResult => ({
  skipped: false,
  success: true,
  attempts: [{ attempt: 1, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 5, exitCode: 0 }],
  exitCode: 0,
  commandOutputs: {},
  commandEnv: '',
  commandPath: '',
  outputs: stepOutputs(1, 0, undefined, undefined),
  startedAt: '2026-01-01T00:00:00.000Z',
  completedAt: '2026-01-01T00:00:01.000Z',
  ...over,
});
const failure = (over: Partial<RunResult> = {}): RunResult =>
  result({
    success: false,
    exitCode: 101,
    classification: {
      type: 'test',
      confidence: 'high',
      retryable: false,
      rule: 'rust-test',
      evidence: { line: 4, text: 'panicked' },
    },
    outputs: {
      attempts: '1',
      'exit-code': '101',
      'failure-type': 'test',
      strategy: 'manual',
      evidence: 'panicked',
      skipped: 'false',
    },
    ...over,
  });

describe('inputs', () => {
  it('retry-on: failure types or any, any case; anything else names the input', () => {
    expect(parseRetryOn(['Network', 'any'])).toEqual(['network', 'any']);
    expect(() => parseRetryOn(['flakey'])).toThrow(UserError);
    expect(() => parseRetryOn(['flakey'])).toThrow("Input 'retry-on' has 'flakey'");
  });

  it('retry-on-exit-code: 1 to 255 only', () => {
    expect(parseRetryOnExitCodes(['1', '75', '255'])).toEqual([1, 75, 255]);
    for (const bad of ['0', '256', '-1', 'x', '1.5'])
      expect(() => parseRetryOnExitCodes([bad])).toThrow(`Input 'retry-on-exit-code' has '${bad}'`);
  });

  it('defaultStage: stable slug of the first command line', () => {
    expect(defaultStage('\n  npm ci --prefer-offline\nnpm test')).toBe('npm-ci-prefer-offline');
    expect(defaultStage('   \n')).toBe('run');
  });

  it('scriptContents: pwsh and powershell stop on a failing cmdlet and keep a native exit code; cmd echoes nothing', () => {
    // ScriptHandlerHelpers.cs FixUpScriptContents, word for word. pwsh cannot run on this machine, so the
    // wrapping is tested here and the file the process port writes in integration/run-step.test.ts.
    const stop = "$ErrorActionPreference = 'stop'";
    const exit = 'if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }';
    for (const shell of ['pwsh', 'powershell', 'pwsh -File {0}'])
      expect(scriptContents(shell, 'Get-Item nope\n./tool.exe', false)).toBe(
        `${stop}\nGet-Item nope\n./tool.exe\n${exit}`,
      );
    expect(scriptContents('cmd', 'dir', false)).toBe('@echo off\ndir');
    // On Windows the runner's newline is CRLF, and every line end of the script becomes CRLF.
    expect(scriptContents('pwsh', 'a\nb\r\nc', true)).toBe(`${stop}\r\na\r\nb\r\nc\r\n${exit}`);
    expect(scriptContents('cmd', 'dir\necho x', true)).toBe('@echo off\r\ndir\r\necho x');
    // Other shells run the script as written; the match is on the program's exact name, as in the runner.
    for (const shell of ['bash', 'sh', 'python', 'node', "perl '{0}'", 'PWSH {0}'])
      expect(scriptContents(shell, 'x\r\ny', false)).toBe('x\r\ny');
  });

  it('errorLocation: the file:line:col a config error starts with', () => {
    expect(errorLocation('.github/ci-recovery.yml:3:5: unknown key')).toEqual({
      file: '.github/ci-recovery.yml',
      startLine: 3,
      startColumn: 5,
    });
    expect(errorLocation("Input 'run' is required")).toBeUndefined();
  });
});

describe('an attempt', () => {
  it("the command does not see the action's inputs, state or runtime token; its files win", () => {
    const env = commandEnv(
      {
        PATH: '/bin',
        INPUT_RUN: 'x',
        STATE_a: '1',
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_CACHE_URL: 'u',
        ACTIONS_STEP_DEBUG: 'true',
        GITHUB_OUTPUT: '/job/out',
      },
      { GITHUB_OUTPUT: '/attempt/out' },
    );
    expect(env).toEqual({ PATH: '/bin', ACTIONS_STEP_DEBUG: 'true', GITHUB_OUTPUT: '/attempt/out' });
  });

  it('exit codes as a shell reports them: 124 at our limit, 128+n for a signal', () => {
    expect(exitCodeOf({ timedOut: true, signal: 'SIGTERM', signalNumber: 15 })).toBe(124);
    expect(exitCodeOf({ timedOut: false, exitCode: 3 })).toBe(3);
    expect(exitCodeOf({ timedOut: false, signal: 'SIGKILL', signalNumber: 9 })).toBe(137);
    expect(exitCodeOf({ timedOut: false })).toBe(1);
  });

  it('an attempt we stopped is typed by the fact: cancelled, or a timeout with its evidence after the output', () => {
    const end = { timedOut: false, aborted: false, output: 'a\nb\n' };
    expect(stoppedAttempt(end, 'it', 1)).toBeUndefined();
    expect(stoppedAttempt({ ...end, aborted: true }, 'it', 1)).toMatchObject({
      type: 'cancelled',
      retryable: false,
      rule: 'run:cancelled',
    });
    expect(stoppedAttempt({ ...end, timedOut: true }, 'it', 0.5)).toEqual({
      type: 'timeout',
      confidence: 'high',
      retryable: true,
      rule: 'run:time-limit',
      evidence: {
        line: 3,
        text: "ci-recovery: 'it' hit its time limit of 0.5 minutes; its process tree was killed",
      },
    });
  });
});

describe('the conclusion', () => {
  it("a pass: the command's outputs then ours (ours win), and its stage joins the completed ones once", () => {
    const v = concludeStep(settings(), result({ commandOutputs: { artifact: 'a.tgz', attempts: '999' } }), [
      'deps',
    ]);
    expect(Object.fromEntries(v.outputs)).toMatchObject({ artifact: 'a.tgz', attempts: '1' });
    expect(v.outputs[0]).toEqual(['artifact', 'a.tgz']);
    expect(v.completedStages).toBe('deps,build');
    expect(v.failure).toBeUndefined();
    expect(concludeStep(settings(), result(), ['build']).completedStages).toBeUndefined();
    expect(concludeStep(settings(), result({ skipped: true }), []).completedStages).toBeUndefined();
  });

  it("a failure: an error naming the evidence, the command's exit code, no completed stage", () => {
    const decision = {
      strategy: 'manual' as const,
      rule: 'deterministic-pr-manual',
      reason: 'a test failed',
      maxAttempts: 3,
      backoffSeconds: 10,
      timeoutMinutes: 60,
      retryInStep: false,
    };
    const v = concludeStep(settings(), failure({ decision }), []);
    expect(v.completedStages).toBeUndefined();
    expect(v.failure).toEqual({
      level: 'error',
      exitCode: 101,
      title: 'ci-recovery: build failed (test)',
      message:
        "Stage 'build' failed after 1 attempt(s): test (rust-test); decision manual (deterministic-pr-manual): a test failed. Evidence, line 4 of its output: panicked",
    });
    expect(concludeStep(settings(), failure({ exitCode: 300 }), []).failure?.exitCode).toBe(1);
  });

  it('continue-on-error: a warning, no exit code, and the outputs that say what failed are kept', () => {
    const v = concludeStep(
      settings({ continueOnError: true }),
      failure({ commandOutputs: { partial: 'yes' } }),
      [],
    );
    expect(v.failure?.level).toBe('warning');
    expect(v.failure?.exitCode).toBeUndefined();
    expect(v.failure?.message).toMatch(/continue-on-error: the step passes\.$/);
    expect(Object.fromEntries(v.outputs)).toMatchObject({
      partial: 'yes',
      'failure-type': 'test',
      'exit-code': '101',
    });
  });

  it('strategy skip (a policy rule): the step passes with a warning, its outputs say what failed and that it was skipped', () => {
    const skip = { strategy: 'skip' as const, rule: 'config:lint-later', reason: 'lint is advisory' };
    const decision = { ...skip, maxAttempts: 1, backoffSeconds: 0, timeoutMinutes: 10, retryInStep: false };
    const c = failure().classification;
    const v = concludeStep(settings(), failure({ decision, outputs: stepOutputs(1, 101, c, decision) }), []);
    expect(v.failure?.level).toBe('warning');
    expect(v.failure?.exitCode).toBeUndefined();
    expect(v.failure?.title).toBe('ci-recovery: build failed (test): skipped');
    expect(v.failure?.message).toMatch(
      /The policy skips this failure \(config:lint-later\): the step passes/,
    );
    expect(Object.fromEntries(v.outputs)).toMatchObject({
      strategy: 'skip',
      'exit-code': '101',
      'failure-type': 'test',
    });
    // The stage did not complete: a re-run attempt runs it again.
    expect(v.completedStages).toBeUndefined();
  });

  it('a cancel (default rule cancelled-skip) and a malformed GITHUB_OUTPUT are never skipped: the step fails', () => {
    const base = { maxAttempts: 1, backoffSeconds: 0, timeoutMinutes: 10, retryInStep: false };
    const cancelled = failure({
      exitCode: 143,
      classification: { type: 'cancelled', confidence: 'high', retryable: false, rule: 'run:cancelled' },
      decision: { ...base, strategy: 'skip', rule: 'cancelled-skip', reason: 'cancelled' },
    });
    expect(concludeStep(settings(), cancelled, []).failure).toMatchObject({ level: 'error', exitCode: 143 });
    const team = { ...base, strategy: 'skip' as const, rule: 'config:x', reason: 'x' };
    const typedCancel = { ...cancelled, decision: team };
    expect(concludeStep(settings(), typedCancel, []).failure?.level).toBe('error');
    const badOutput = failure({ decision: team, fileCommandError: 'Invalid format' });
    expect(concludeStep(settings(), badOutput, []).failure).toMatchObject({ level: 'error', exitCode: 1 });
  });

  it("a malformed GITHUB_OUTPUT fails a passing command with the runner's message, exit 1", () => {
    const message = "Unable to process file command 'output' successfully. Invalid format 'x'";
    const v = concludeStep(settings(), result({ success: false, fileCommandError: message }), []);
    expect(v.failure).toEqual({
      level: 'error',
      exitCode: 1,
      title: 'ci-recovery: build failed (file command)',
      message: `Stage 'build': ${message}`,
    });
    expect(v.completedStages).toBeUndefined();
  });

  it('the record for post', () => {
    expect(runStepRecord(settings(), failure({ checkpointId: 'c1' }))).toMatchObject({
      kind: 'run',
      step: 'build',
      stage: 'build',
      outcome: 'failure',
      checkpointId: 'c1',
      classification: { type: 'test' },
      outputs: { 'exit-code': '101' },
    });
    expect(runStepRecord(settings(), result({ skipped: true })).outcome).toBe('skipped');
  });
});
