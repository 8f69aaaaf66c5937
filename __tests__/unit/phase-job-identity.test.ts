/**
 * Pre through its ports: the job's identity in a called (reusable) workflow. There GITHUB_JOB is the called
 * job's key, the same for every caller (actions/runner#2577); the jobs API's `<caller> / <called>` name is
 * what tells two callers apart, and it stays the same across attempts.
 */
import { parseJobEnv } from '../../src/core/job-env.js';
import { calledJobIdentity, inCalledWorkflow } from '../../src/core/job-start.js';
import { identifyJob } from '../../src/phases/job-identity.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';

const CALLER = 'octo-org/demo/.github/workflows/ci.yml@refs/heads/main';
const CALLED = 'octo-org/demo/.github/workflows/test-suite.yml';

const env = (vars: Record<string, string>) =>
  parseJobEnv(
    { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'test', GITHUB_WORKFLOW_REF: CALLER, ...vars },
    { cwd: '/w', tmpdir: '/tmp' },
  );

async function identify(vars: Record<string, string>, name: () => Promise<string | undefined>) {
  const runner = new RecordingRunner();
  const asked: string[] = [];
  const start = await identifyJob('901', env(vars), {
    runner,
    jobName: (id) => (asked.push(id), name()),
  });
  return { start, runner, asked };
}

describe('main: the job identity in a called workflow', () => {
  it('tells a called workflow from the run’s own by the file that defines the job', () => {
    expect(inCalledWorkflow(CALLER, CALLED)).toBe(true);
    expect(inCalledWorkflow(CALLER, 'octo-org/demo/.github/workflows/ci.yml')).toBe(false);
    // Another repository's workflow of the same file name is a called one too.
    expect(inCalledWorkflow(CALLER, 'octo-org/shared/.github/workflows/ci.yml')).toBe(true);
    // An older server without job.workflow_* gives '/': unknown, so not called.
    expect(inCalledWorkflow(CALLER, '/')).toBe(false);
    expect(inCalledWorkflow('', CALLED)).toBe(false);
  });

  it("adds the caller's part of the jobs API name, stable across attempts and distinct per caller", () => {
    expect(calledJobIdentity('test', 'unit / test')).toBe('test.via-unit');
    expect(calledJobIdentity('test', 'Integration Suite / test')).toBe('test.via-integration-suite');
    expect(calledJobIdentity('test.leg1', 'nightly / e2e / test (ubuntu, 20)')).toBe(
      'test.leg1.via-nightly-e2e',
    );
    expect(calledJobIdentity('test', 'test')).toBe('test');
  });

  it('two callers of one reusable workflow get two identities, exported for every later step', async () => {
    const vars = { 'INPUT_JOB-WORKFLOW': CALLED };
    const unit = await identify(vars, () => Promise.resolve('unit / test'));
    const integration = await identify(vars, () => Promise.resolve('integration / test'));
    expect(unit.asked).toEqual(['901']);
    expect([unit.start.identity, integration.start.identity]).toEqual([
      'test.via-unit',
      'test.via-integration',
    ]);
    expect(unit.runner.exported.get('CI_RECOVERY_JOB_IDENTITY')).toBe('test.via-unit');
    // Later steps read it back (run/, checkpoint/, restore/ and main parse the same environment).
    expect(env({ CI_RECOVERY_JOB_IDENTITY: 'test.via-unit' }).identity).toBe('test.via-unit');
    // An exported identity that is not this job's own, extended, is ignored.
    expect(env({ CI_RECOVERY_JOB_IDENTITY: 'other.via-unit' }).identity).toBe('test');
  });

  it("a job in the run's own workflow asks nothing; an unreadable name warns and keeps the job key", async () => {
    const own = await identify({ 'INPUT_JOB-WORKFLOW': 'octo-org/demo/.github/workflows/ci.yml' }, () =>
      Promise.reject(new Error('must not be asked')),
    );
    expect(own.asked).toEqual([]);
    expect(own.start.identity).toBe('test');
    expect(own.runner.exported.size).toBe(0);
    const refused = await identify({ 'INPUT_JOB-WORKFLOW': CALLED }, () =>
      Promise.reject(new Error('the jobs API answered 403 for job 901')),
    );
    expect(refused.start.identity).toBe('test');
    expect(refused.runner.log.messages('warning')).toEqual([
      expect.stringMatching(/called workflow.*403.*grant 'actions: read'/),
    ]);
  });
});
