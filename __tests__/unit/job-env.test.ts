import { isGhes, parseJobEnv } from '../../src/core/job-env.js';

const fallback = { cwd: '/laptop/repo', tmpdir: '/tmp' };

test('a runner step: every GITHUB_*, RUNNER_* and CI_RECOVERY_* value is read once, typed', () => {
  const env = parseJobEnv(
    {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: '/home/runner/work/demo/demo',
      RUNNER_TEMP: '/home/runner/work/_temp',
      RUNNER_OS: 'Linux',
      GITHUB_REPOSITORY: 'octo-org/demo',
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '3',
      GITHUB_JOB: 'test',
      'INPUT_JOB-INDEX': '1',
      INPUT_MATRIX: '{"os":"ubuntu-latest","node":20}',
      GITHUB_OUTPUT: '/out',
      GITHUB_STEP_SUMMARY: '/sum',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_CACHE_URL: 'https://ghe.example.com/_services/artifactcache/',
      GITHUB_RETENTION_DAYS: '30',
      CI_RECOVERY_LANE: 'HEAVY',
      CI_RECOVERY_COMPLETED_STAGES: 'deps, build',
      CI_RECOVERY_RESTORED_STAGES: 'deps',
      CI_RECOVERY_ATTEMPT_STAGES: 'deps,build',
      CI_RECOVERY_LAST_CHECKPOINT: 'ckpt-1',
    },
    fallback,
  );
  expect(env).toMatchObject({
    actions: true,
    workspace: '/home/runner/work/demo/demo',
    runnerTemp: '/home/runner/work/_temp',
    owner: 'octo-org',
    repo: 'demo',
    serverUrl: 'https://ghe.example.com',
    apiUrl: 'https://api.github.com',
    runId: '42',
    attempt: 3,
    job: 'test',
    identity: 'test.leg1',
    legName: 'test (ubuntu-latest, 20)',
    retentionDays: 30,
    files: { output: '/out', summary: '/sum' },
    runtime: { token: 'rt', cacheUrl: 'https://ghe.example.com/_services/artifactcache/' },
    recovery: {
      lane: 'HEAVY',
      completedStages: ['deps', 'build'],
      restoredStages: ['deps'],
      attemptStages: ['deps', 'build'],
      lastCheckpoint: 'ckpt-1',
    },
  });
});

test('on a laptop: the fallbacks, attempt 1, and no lane from a value that is not one', () => {
  const env = parseJobEnv(
    { GITHUB_RUN_ATTEMPT: 'two', CI_RECOVERY_LANE: 'heavy', GITHUB_REPOSITORY: 'x' },
    fallback,
  );
  expect(env.actions).toBe(false);
  expect(env.workspace).toBe('/laptop/repo');
  expect(env.runnerTemp).toBe('/tmp');
  expect(env.runnerTempSet).toBeUndefined();
  expect(env.attempt).toBe(1);
  expect(env.recovery.lane).toBeUndefined();
  expect(env.owner).toBeUndefined();
  expect(env.identity).toBe('');
  expect(env.files).toEqual({});
});

test("each phase's budget is read from its variable; blank, zero or non-decimal values mean the default", () => {
  const env = parseJobEnv(
    {
      CI_RECOVERY_MAIN_BUDGET_SECONDS: '90',
      CI_RECOVERY_POST_BUDGET_SECONDS: '0',
      CI_RECOVERY_SUPERVISE_BUDGET_SECONDS: '0x10',
    },
    fallback,
  );
  expect(env.budgetSeconds).toEqual({ main: 90 });
  expect(parseJobEnv({ CI_RECOVERY_SUPERVISE_BUDGET_SECONDS: '1200' }, fallback).budgetSeconds).toEqual({
    supervise: 1200,
  });
});

test("the sticky comment's settle time is read from its variable; blank, zero or non-decimal values mean the default", () => {
  expect(parseJobEnv({ CI_RECOVERY_COMMENT_SETTLE_MS: '2500' }, fallback).commentSettleMs).toBe(2500);
  for (const value of ['', ' ', '0', '1e3', '0x10'])
    expect(parseJobEnv({ CI_RECOVERY_COMMENT_SETTLE_MS: value }, fallback).commentSettleMs).toBeUndefined();
});

test("run/'s subreaper launcher is read from its variable; anything else means the first one found", () => {
  for (const value of ['perl', 'python3', 'off', ' off '])
    expect(parseJobEnv({ CI_RECOVERY_SUBREAPER: value }, fallback).subreaper).toBe(value.trim());
  for (const value of [undefined, '', 'python', 'OFF', 'true'])
    expect(parseJobEnv({ CI_RECOVERY_SUBREAPER: value }, fallback).subreaper).toBeUndefined();
});

test('GHES is any server but github.com, a GHE.com tenant or *.localhost, as the toolkit decides it', () => {
  expect(isGhes('https://github.com')).toBe(false);
  expect(isGhes('https://octo-corp.ghe.com/')).toBe(false);
  expect(isGhes('http://github.localhost')).toBe(false);
  expect(isGhes('https://github.example-corp.com')).toBe(true);
  expect(isGhes('not a url')).toBe(false);
  expect(parseJobEnv({ GITHUB_SERVER_URL: 'https://ghes.example.com' }, fallback).ghes).toBe(true);
  expect(parseJobEnv({}, fallback).ghes).toBe(false);
});
