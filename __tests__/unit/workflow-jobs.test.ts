/** Which jobs of a workflow file deploy: read from untrusted YAML, bounded, matched to the run's job names. */
import {
  calledDeployingJobs,
  calledWorkflow,
  environmentOfJob,
  localWorkflowPath,
  MAX_WORKFLOW_BYTES,
  readWorkflow,
  takesDispatch,
  type DeployingJob,
} from '../../src/supervise/core/workflow-jobs.js';

const FILE = '.github/workflows/ci.yml at abc';

/** The deploying jobs readWorkflow finds, or its problem. */
function deployingJobs(text: string, file: string): DeployingJob[] | { problem: string } {
  const read = readWorkflow(text, file);
  return 'problem' in read ? read : read.deploying;
}

it('lists the jobs with an environment, by key and name, whatever form the environment takes', () => {
  const jobs = deployingJobs(
    [
      'jobs:',
      '  test: { runs-on: x }',
      '  prod: { runs-on: x, environment: production }',
      '  web: { name: Deploy web, environment: { name: staging } }',
      '  dyn: { environment: "${{ inputs.target }}" }',
      '  empty: { environment: "" }',
    ].join('\n'),
    FILE,
  );
  expect(jobs).toEqual([
    { key: 'prod', name: 'prod', environment: 'production' },
    { key: 'web', name: 'Deploy web', environment: 'staging' },
    { key: 'dyn', name: 'dyn', environment: '${{ inputs.target }}' },
  ]);
});

it("matches a run's job by name, key, matrix leg and a name with an expression", () => {
  const deploying = [
    { key: 'prod', name: 'prod', environment: 'production' },
    { key: 'web', name: 'Deploy ${{ matrix.site }}', environment: 'staging' },
  ];
  expect(environmentOfJob('prod', deploying)).toBe('production');
  expect(environmentOfJob('prod (eu, 1)', deploying)).toBe('production');
  expect(environmentOfJob('Deploy docs', deploying)).toBe('staging');
  expect(environmentOfJob('web', deploying)).toBe('staging');
  expect(environmentOfJob('production', deploying)).toBeUndefined();
  expect(environmentOfJob('unit (prod)', deploying)).toBeUndefined();
});

it('refuses what it cannot read, with the file named, instead of throwing', () => {
  expect(deployingJobs('jobs: [unclosed', FILE)).toEqual({
    problem: expect.stringContaining(`${FILE} is not valid YAML`) as unknown,
  });
  expect(deployingJobs('on: push\n', FILE)).toEqual({ problem: `${FILE} has no 'jobs:' map` });
  expect(deployingJobs('x'.repeat(MAX_WORKFLOW_BYTES + 1), FILE)).toEqual({
    problem: expect.stringContaining('is larger than') as unknown,
  });
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    bomb.push(
      `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
        .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
        .join(', ')}]`,
    );
  bomb.push('jobs: {}');
  expect(deployingJobs(bomb.join('\n'), FILE)).toEqual({
    problem: expect.stringContaining(`${FILE} could not be read as YAML`) as unknown,
  });
});

test('reusable workflows called: local ones are read at the same sha, and their jobs named <caller> / <callee>', () => {
  const read = readWorkflow(
    'jobs:\n  stage:\n    name: Stage ${{ matrix.x }}\n    uses: ./.github/workflows/go.yml\n  shared:\n    uses: org/ci/.github/workflows/ship.yml@v1\n',
    'ci.yml',
  );
  if ('problem' in read) throw new Error(read.problem);
  expect(read.calls).toEqual([
    { name: 'Stage ${{ matrix.x }}', uses: './.github/workflows/go.yml' },
    { name: 'shared', uses: 'org/ci/.github/workflows/ship.yml@v1' },
  ]);
  expect(localWorkflowPath('./.github/workflows/go.yml')).toBe('.github/workflows/go.yml');
  expect(localWorkflowPath('org/ci/.github/workflows/ship.yml@v1')).toBeUndefined();
  expect(localWorkflowPath('./.github/workflows/../../etc/x.yml')).toBeUndefined();
  const called = calledDeployingJobs(read.calls[0]!, [{ key: 'go', name: 'Go', environment: 'production' }]);
  expect(environmentOfJob('Stage eu / Go', called)).toBe('production');
  expect(environmentOfJob('Stage eu / Go (1, 2)', called)).toBe('production');
  expect(environmentOfJob('Stage eu / test', called)).toBeUndefined();
});

test("a called workflow is this repository's ('./…') or another's ('owner/repo/…@ref'); nothing else is read", () => {
  expect(calledWorkflow('./.github/workflows/go.yml')).toEqual({ path: '.github/workflows/go.yml' });
  expect(calledWorkflow('org/ci/.github/workflows/ship.yml@v1')).toEqual({
    path: '.github/workflows/ship.yml',
    from: { repo: 'org/ci', ref: 'v1' },
  });
  expect(calledWorkflow('my-org/ci.tools/.github/workflows/a/b.yaml@3f2c1e0')).toEqual({
    path: '.github/workflows/a/b.yaml',
    from: { repo: 'my-org/ci.tools', ref: '3f2c1e0' },
  });
  for (const uses of [
    'org/ci/.github/workflows/ship.yml', // no ref
    'org/ci/.github/workflows/../../x.yml@v1', // climbs out of the workflows directory
    'org/../.github/workflows/x.yml@v1',
    'org/ci/scripts/x.yml@v1', // not a workflow path
    'actions/checkout@v4', // an action, not a workflow
    'docker://alpine:3',
  ])
    expect(calledWorkflow(uses)).toBeUndefined();
});

it.each([
  ['on: workflow_dispatch\n', true],
  ['on: [push, workflow_dispatch]\n', true],
  ['on:\n  push:\n  workflow_dispatch:\n    inputs: {}\n', true],
  ['on:\n  workflow_dispatch:\n', true],
  ['on: push\n', false],
  ['on: [push, pull_request]\n', false],
  ['on:\n  push:\n    branches: [main]\n', false],
  ['jobs: {}\n', undefined],
  ['on: [push\n', undefined],
])('takesDispatch reads the trigger GitHub reads at the ref: %j -> %s (att-sup6)', (text, takes) => {
  expect(takesDispatch(text)).toBe(takes);
});
