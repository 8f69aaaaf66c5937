/** The `run/` step's retry policy and conclusion, pure (src/core/run-retry.ts, src/core/run-step.ts). */
import { DEFAULT_CONFIG } from '../../src/core/config.js';
import { decide } from '../../src/core/policy.js';
import {
  attemptLimit,
  attemptLimitFrom,
  attemptLimitMs,
  decideAttempt,
  MAX_STEP_ATTEMPTS,
  planStep,
  retryWaitMs,
  stepConfig,
  stepTimeLeft,
  triesAgain,
  withinStepTime,
  type FailedAttempt,
} from '../../src/core/run-retry.js';
import { parseRetryOn, type RunSettings } from '../../src/core/run-step.js';
import { runSettings } from '../run-settings.js';

const settings = runSettings;
const failed = (over: Partial<FailedAttempt> = {}): FailedAttempt => ({
  type: 'network',
  exitCode: 1,
  attempt: 1,
  lane: 'STANDARD',
  branchKind: 'pr',
  runAttempt: 1,
  ...over,
});
const plan = (s: RunSettings, lane: FailedAttempt['lane'] = 'STANDARD') => planStep(s, DEFAULT_CONFIG, lane);

describe('the effective budget', () => {
  it("the step's inputs replace the lane's budget, and only that lane's", () => {
    const config = stepConfig(DEFAULT_CONFIG, 'STANDARD', {
      maxAttempts: 7,
      backoffSeconds: 0,
      timeoutMinutes: 2,
    });
    expect(config.budgets.STANDARD).toEqual({
      ...DEFAULT_CONFIG.budgets.STANDARD,
      maxAttempts: 7,
      backoffSeconds: 0,
      timeoutMinutes: 2,
    });
    expect(config.budgets.HEAVY).toEqual(DEFAULT_CONFIG.budgets.HEAVY);
    expect(stepConfig(DEFAULT_CONFIG, 'STANDARD', {})).toEqual(DEFAULT_CONFIG);
  });

  it('plans the limits: the lane timeout per attempt, max-attempts or the schema maximum, the total limit', () => {
    expect(plan(settings())).toMatchObject({ attemptTimeoutMs: 60 * 60_000, maxAttempts: MAX_STEP_ATTEMPTS });
    expect(plan(settings()).totalTimeoutMs).toBeUndefined();
    expect(plan(settings({ maxAttempts: 2, timeoutMinutes: 0.5, totalTimeoutMinutes: 3 }))).toMatchObject({
      attemptTimeoutMs: 30_000,
      maxAttempts: 2,
      totalTimeoutMs: 180_000,
    });
  });

  it("says where an attempt's limit comes from; the step's own limit wins over the lane's both ways", () => {
    const docs = (s: RunSettings, config = DEFAULT_CONFIG) => attemptLimit(s, config, 'DOCS');
    expect(docs(settings())).toEqual({
      minutes: 15,
      from: "the DOCS lane's default; set timeout-minutes on the step to choose",
    });
    // Longer than the lane's (a 20-minute suite on a docs-only PR), and shorter (a HEAVY step of 5).
    expect(docs(settings({ timeoutMinutes: 20 }))).toEqual({
      minutes: 20,
      from: "the step's timeout-minutes",
    });
    expect(attemptLimit(settings({ timeoutMinutes: 5 }), DEFAULT_CONFIG, 'HEAVY').minutes).toBe(5);
    // A step that sets only its total limit is not cut at the lane's 15 minutes.
    expect(docs(settings({ totalTimeoutMinutes: 30 }))).toEqual({
      minutes: 30,
      from: "the step's total-timeout-minutes",
    });
    const config = {
      ...DEFAULT_CONFIG,
      budgets: { ...DEFAULT_CONFIG.budgets, DOCS: { ...DEFAULT_CONFIG.budgets.DOCS, timeoutMinutes: 25 } },
    };
    expect(docs(settings(), config)).toEqual({
      minutes: 25,
      from: 'budgets.DOCS.timeout-minutes in the config, for the DOCS lane',
    });
    const p = planStep(settings({ totalTimeoutMinutes: 30 }), DEFAULT_CONFIG, 'DOCS');
    expect(p).toMatchObject({
      attemptTimeoutMs: 30 * 60_000,
      attemptTimeoutFrom: "the step's total-timeout-minutes",
    });
    expect(attemptLimitFrom(p, 10 * 60_000)).toBe("what is left of the step's total-timeout-minutes");
  });

  it("checkpoints the input's paths, else the config's where the lane checkpoints (HEAVY)", () => {
    const config = { ...DEFAULT_CONFIG, checkpoint: { ...DEFAULT_CONFIG.checkpoint, paths: ['build'] } };
    expect(planStep(settings(), config, 'STANDARD').checkpointPaths).toEqual([]);
    expect(planStep(settings(), config, 'HEAVY').checkpointPaths).toEqual(['build']);
    expect(planStep(settings({ checkpointPaths: ['out'] }), config, 'STANDARD').checkpointPaths).toEqual([
      'out',
    ]);
  });

  it("an attempt ends at its own limit or the step's, and waits are cut to the time left", () => {
    const p = plan(settings({ timeoutMinutes: 1, totalTimeoutMinutes: 2 }));
    expect(stepTimeLeft(p, 1000, 1000 + 90_000)).toBe(30_000);
    expect(attemptLimitMs(p, 30_000)).toBe(30_000);
    expect(attemptLimitMs(p, 120_000)).toBe(60_000);
    expect(stepTimeLeft(plan(settings()), 0, 1e12)).toBe(Infinity);
    const decision = decide(
      { type: 'network', lane: 'STANDARD', branchKind: 'pr', attempt: 1 },
      DEFAULT_CONFIG,
    );
    expect(retryWaitMs(decision, 2, Infinity)).toBe(10_000);
    expect(retryWaitMs(decision, 3, Infinity)).toBe(20_000);
    expect(retryWaitMs(decision, 2, 4_000)).toBe(4_000);
    expect(retryWaitMs(decision, 2, -5)).toBe(0);
    expect(retryWaitMs(undefined, 2, Infinity)).toBe(0);
  });
});

describe('the decision after a failed attempt', () => {
  it('follows the policy when no input lists what to retry', () => {
    const s = settings();
    expect(decideAttempt(failed(), s, plan(s), DEFAULT_CONFIG)).toMatchObject({
      rule: 'transient-retry',
      retryInStep: true,
    });
    expect(decideAttempt(failed({ type: 'test' }), s, plan(s), DEFAULT_CONFIG)).toMatchObject({
      strategy: 'manual',
      rule: 'deterministic-pr-manual',
      retryInStep: false,
    });
  });

  it('retry-on retries a listed type within the budget, and stops at its end', () => {
    const s = settings({ retryOn: ['test'], maxAttempts: 3 });
    expect(decideAttempt(failed({ type: 'test' }), s, plan(s), DEFAULT_CONFIG)).toMatchObject({
      strategy: 'retry',
      rule: 'input:retry-on',
      retryInStep: true,
      reason: "the step's retry-on input lists 'test': retry (attempt 2 of 3)",
    });
    expect(decideAttempt(failed({ type: 'test', attempt: 3 }), s, plan(s), DEFAULT_CONFIG)).toMatchObject({
      strategy: 'manual',
      rule: 'budget-exhausted',
      retryInStep: false,
    });
  });

  it('retry-on stops the in-step retry of a type it does not list; any lists them all', () => {
    const s = settings({ retryOn: ['test'] });
    const d = decideAttempt(failed({ type: 'network' }), s, plan(s), DEFAULT_CONFIG);
    // Not retried, so not 'retry': a person's turn, by the input that stopped the policy's retry.
    expect(d).toMatchObject({ strategy: 'manual', rule: 'input:retry-on', retryInStep: false });
    expect(d.reason).toMatch(/not retried in the step: 'network' is not in retry-on\)$/);
    const any = settings({ retryOn: ['any'] });
    expect(decideAttempt(failed({ type: 'build' }), any, plan(any), DEFAULT_CONFIG).retryInStep).toBe(true);
  });

  it('retry-on-exit-code retries a listed exit code and not another, even one the policy retries', () => {
    const s = settings({ retryOnExitCodes: [75] });
    expect(decideAttempt(failed({ type: 'test', exitCode: 75 }), s, plan(s), DEFAULT_CONFIG)).toMatchObject({
      rule: 'input:retry-on-exit-code',
      retryInStep: true,
    });
    const other = decideAttempt(failed({ type: 'network', exitCode: 1 }), s, plan(s), DEFAULT_CONFIG);
    expect(other).toMatchObject({ strategy: 'manual', rule: 'input:retry-on-exit-code', retryInStep: false });
    expect(other.reason).toMatch(/exit code 1 is not in retry-on-exit-code/);
  });

  it('max-attempts alone retries any failure, a test one too, as nick-fields/retry does', () => {
    const s = settings({ maxAttempts: 3 });
    const d = decideAttempt(failed({ type: 'test' }), s, plan(s), DEFAULT_CONFIG);
    expect(d).toMatchObject({ strategy: 'retry', rule: 'input:max-attempts', retryInStep: true });
    expect(d.reason).toContain("every failure is retried, this 'test' one too (attempt 2 of 3)");
    expect(
      decideAttempt(failed({ type: 'unknown', attempt: 2 }), s, plan(s), DEFAULT_CONFIG).retryInStep,
    ).toBe(true);
    // After the last attempt the policy's answer stands.
    expect(decideAttempt(failed({ type: 'test', attempt: 3 }), s, plan(s), DEFAULT_CONFIG)).toMatchObject({
      strategy: 'manual',
      rule: 'deterministic-pr-manual',
      retryInStep: false,
    });
  });

  it("retry-on takes retry's values: 'error' is every failure but a timeout, 'timeout' only a timeout", () => {
    const error = settings({ retryOn: parseRetryOn(['Error']), maxAttempts: 3 });
    expect(decideAttempt(failed({ type: 'test' }), error, plan(error), DEFAULT_CONFIG).retryInStep).toBe(
      true,
    );
    const timedOut = failed({ type: 'timeout', exitCode: 124 });
    expect(decideAttempt(timedOut, error, plan(error), DEFAULT_CONFIG).retryInStep).toBe(false);
    const timeout = settings({ retryOn: parseRetryOn(['timeout']), maxAttempts: 3 });
    expect(decideAttempt(timedOut, timeout, plan(timeout), DEFAULT_CONFIG).retryInStep).toBe(true);
    expect(decideAttempt(failed({ type: 'test' }), timeout, plan(timeout), DEFAULT_CONFIG).retryInStep).toBe(
      false,
    );
    expect(() => parseRetryOn(['errors'])).toThrow(
      "Input 'retry-on' has 'errors': write 'any', 'error' (every failure but a timeout) or failure types from",
    );
  });

  it('retry-on with retry-on-exit-code retries only what both list, as in nick-fields/retry', () => {
    const s = settings({ retryOn: ['error'], retryOnExitCodes: [75], maxAttempts: 3 });
    const at = (type: FailedAttempt['type'], exitCode: number) =>
      decideAttempt(failed({ type, exitCode }), s, plan(s), DEFAULT_CONFIG).retryInStep;
    expect(at('test', 75)).toBe(true);
    expect(at('test', 1)).toBe(false);
    expect(at('timeout', 75)).toBe(false);
    const reason = decideAttempt(
      failed({ type: 'timeout', exitCode: 75 }),
      s,
      plan(s),
      DEFAULT_CONFIG,
    ).reason;
    expect(reason).toMatch(/'timeout' is not in retry-on\)$/);
  });

  it('a timeout is not an exit code: retry-on-exit-code alone never retries one, not even with 124 listed', () => {
    const s = settings({ retryOnExitCodes: [124], maxAttempts: 3 });
    const ours = failed({ type: 'timeout', exitCode: 124, timedOut: true });
    const d = decideAttempt(ours, s, plan(s), DEFAULT_CONFIG);
    expect(d.retryInStep).toBe(false);
    expect(d.reason).toMatch(
      /not retried in the step: a timeout \(which has no exit code\) is not in retry-on\)$/,
    );
    // A command that exits 124 itself (GNU timeout inside the script) has that exit code.
    const own = decideAttempt(failed({ type: 'unknown', exitCode: 124 }), s, plan(s), DEFAULT_CONFIG);
    expect(own).toMatchObject({ rule: 'input:retry-on-exit-code', retryInStep: true });
  });

  it("retry-on 'any' or 'timeout' with retry-on-exit-code retries timeouts and the codes (nick-fields/retry#145)", () => {
    const ours = failed({ type: 'timeout', exitCode: 124, timedOut: true });
    for (const retryOn of [['any'], ['timeout']] as const) {
      const s = settings({ retryOn: [...retryOn], retryOnExitCodes: [2], maxAttempts: 3 });
      expect(decideAttempt(ours, s, plan(s), DEFAULT_CONFIG)).toMatchObject({
        strategy: 'retry',
        rule: 'input:retry-on',
        retryInStep: true,
      });
    }
    const any = settings({ retryOn: ['any'], retryOnExitCodes: [2], maxAttempts: 3 });
    const at = (exitCode: number) =>
      decideAttempt(failed({ type: 'unknown', exitCode }), any, plan(any), DEFAULT_CONFIG).retryInStep;
    expect(at(2)).toBe(true);
    expect(at(1)).toBe(false);
    // 'error' is every failure but a timeout: with exit codes, still no timeout.
    const error = settings({ retryOn: ['error'], retryOnExitCodes: [2], maxAttempts: 3 });
    expect(decideAttempt(ours, error, plan(error), DEFAULT_CONFIG).retryInStep).toBe(false);
  });

  it('a cancelled step is never retried, whatever the inputs list', () => {
    const s = settings({ retryOn: ['any'], retryOnExitCodes: [130] });
    const d = decideAttempt(failed({ type: 'cancelled', exitCode: 130 }), s, plan(s), DEFAULT_CONFIG);
    expect(d.retryInStep).toBe(false);
    expect(d.rule).not.toMatch(/^input:/);
  });

  it("max-attempts caps the step's tries, not job re-runs: the job-level decision resumes a HEAVY timeout", () => {
    const s = settings({ maxAttempts: 1 });
    const d = decideAttempt(
      failed({ type: 'timeout', exitCode: 124, lane: 'HEAVY' }),
      s,
      plan(s, 'HEAVY'),
      DEFAULT_CONFIG,
    );
    expect(d).toMatchObject({ strategy: 'resume', rule: 'timeout-heavy-resume' });
    // Without the input, the step's budget is the lane's, and the policy's own answer stands.
    const none = settings();
    expect(
      decideAttempt(
        failed({ type: 'timeout', exitCode: 124, lane: 'HEAVY' }),
        none,
        plan(none, 'HEAVY'),
        DEFAULT_CONFIG,
      ).rule,
    ).not.toBe('budget-exhausted');
  });

  it("no retry once the step's total time is used up; tries again only while all allow it", () => {
    const s = settings();
    const d = decideAttempt(failed(), s, plan(s), DEFAULT_CONFIG);
    expect(withinStepTime(d, 1)).toBe(d);
    const late = withinStepTime(d, 0);
    expect(late).toMatchObject({
      strategy: 'manual',
      rule: 'input:total-timeout-minutes',
      retryInStep: false,
    });
    expect(late.reason).toMatch(/\(not retried: the step's total-timeout-minutes is used up\)$/);
    expect(triesAgain(d, 1, 3, false)).toBe(true);
    expect(triesAgain(d, 3, 3, false)).toBe(false);
    expect(triesAgain(d, 1, 3, true)).toBe(false);
    expect(triesAgain(late, 1, 3, false)).toBe(false);
  });
});
