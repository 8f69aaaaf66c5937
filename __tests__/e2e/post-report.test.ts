/**
 * The post phase on pull requests (issue 5, stories 3 and 5): a unit-test failure goes to a person with
 * the failing test as evidence and one sticky comment; missing permissions, an API outage and a fork PR
 * still give a correct summary and a green post.
 */
import { runPrTestFailure, type PrFailureResult } from '../../stand/scenarios/pr-test-failure.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const seed = [{ message: 'initial', files: { 'src/math.mjs': 'export const add = (a, b) => a + b;\n' } }];

describe('a unit-test failure on a PR', () => {
  let stand: Stand;
  let result: PrFailureResult;
  beforeAll(async () => {
    stand = await startStand({ commits: seed });
    result = await runPrTestFailure(stand, { jobs: 2 });
  });
  afterAll(async () => {
    await stand?.stop();
  });

  it('is not retried: strategy manual, typed test, the evidence is the failing test', () => {
    for (const job of result.jobs) {
      const step = job.steps.test!;
      expect(step.outcome).toBe('failure');
      expect(step.outputs).toMatchObject({ attempts: '1', 'failure-type': 'test', strategy: 'manual' });
      expect(step.outputs.evidence).toMatch(/adds numbers/);
    }
  });

  it('post reports the decision with a prefilled post-mortem and stays green', () => {
    for (const job of result.jobs) {
      const post = job.stage('recovery', 'post')!;
      expect(post.outcome).toBe('success');
      expect(post.summary).toMatch(/manual/);
      expect(post.summary).toMatch(/adds numbers/);
      expect(post.summary).toMatch(/post-mortem/i);
      // The runner drops outputs set in post: post sets none, and the summary carries type and decision.
      expect(post.droppedOutputs).toEqual({});
      expect(post.summary).toMatch(/\btest\b/);
    }
  });

  it('leaves exactly one sticky comment holding both racing jobs', () => {
    expect(result.stickyComments).toHaveLength(1);
    // Each job keeps its own section, keyed by the job's name.
    expect(result.stickyComments[0]).toContain('<!-- ci-recovery:job:unit%20%281%29 ');
    expect(result.stickyComments[0]).toContain('<!-- ci-recovery:job:unit%20%282%29 ');
  });
});

describe('degraded reporting', () => {
  let stand: Stand;
  beforeEach(async () => {
    stand = await startStand({ commits: seed });
  });
  afterEach(async () => {
    await stand?.stop();
  });

  it('a fork PR gets a summary-only report with a notice that the supervisor will comment', async () => {
    const result = await runPrTestFailure(stand, { jobs: 1, variant: 'fork' });
    const post = result.jobs[0]!.stage('recovery', 'post')!;
    expect(post.outcome).toBe('success');
    expect(post.summary).toMatch(/supervisor/);
    expect(post.summary).toMatch(/adds numbers/);
    expect(result.stickyComments).toHaveLength(0);
    expect(stand.github.calls.some((c) => c.method === 'POST' && c.path.includes('/comments'))).toBe(false);
  });

  it('an outage of the jobs API still yields the summary from own records, and a green post', async () => {
    const result = await runPrTestFailure(stand, { jobs: 1, variant: 'api-outage' });
    const post = result.jobs[0]!.stage('recovery', 'post')!;
    expect(post.outcome).toBe('success');
    expect(post.summary).toMatch(/jobs API/);
    expect(post.summary).toMatch(/adds numbers/);
    expect(post.droppedOutputs).toEqual({});
  });
});
