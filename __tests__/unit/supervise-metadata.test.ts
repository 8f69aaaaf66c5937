/** supervise/action.yml and the reusable workflow: valid for the runner, inputs in sync with the code. */
import { expect, jest, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { SUPERVISE_BUDGET } from '../../src/adapters/deadline.js';
import { repoRoot as root } from '../../stand/services/paths.js';
import { condition, interpolate } from '../../stand/runner/expressions.js';
import { inputsMoved, inputsRead } from '../action-inputs.js';

const read = (f: string): string => readFileSync(path.join(root, f), 'utf8');

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
interface WorkflowYml {
  on: {
    workflow_call: {
      inputs: Record<string, { description: string; type: string; default?: unknown }>;
      secrets?: Record<string, { description: string }>;
    };
  };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      permissions: Record<string, string>;
      'timeout-minutes': unknown;
      steps: { id?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[];
    }
  >;
}

test('supervise/action.yml declares exactly the inputs the code reads, and runs the bundle on node24', () => {
  const action = parse(read('supervise/action.yml')) as ActionYml;
  const source = read('src/actions/supervise.ts');
  // An input that moved to the config file is read only where a workflow still gives it, and not declared.
  const moved = new Set(inputsMoved(source));
  const read_ = new Set(inputsRead(source).filter((name) => !moved.has(name)));
  expect([...moved]).toEqual(['sweep-window-minutes']);
  expect([...read_].sort()).toEqual(Object.keys(action.inputs).sort());
  for (const [name, spec] of Object.entries(action.inputs))
    expect(`${name}: ${spec.description}`.length).toBeGreaterThan(name.length + 20);
  expect(action.runs).toEqual({ using: 'node24', main: '../dist/supervise.js' });
  for (const out of ['decisions', 'rerun', 'revert-pr', 'revert-branch', 'pr-number'])
    expect(action.outputs[out]?.description).toBeTruthy();
  const setOutputs = [...source.matchAll(/runner\.setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
  expect(setOutputs.sort()).toEqual(Object.keys(action.outputs).sort());
});

test('the dry-run workflow asks only read permissions and runs the same steps with dry-run on', () => {
  const content = read('.github/workflows/recovery-dry-run.yml');
  const parsed = parseWorkflow({ name: 'recovery-dry-run.yml', content }, new NoOperationTraceWriter());
  expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  const dry = parse(content) as WorkflowYml;
  const full = parse(read('.github/workflows/recovery.yml')) as WorkflowYml;
  expect(dry.permissions).toEqual({});
  const job = dry.jobs.supervise!;
  // A caller granting only read can call it: a job asking for more fails the whole workflow at load time.
  expect(job.permissions).toEqual({
    actions: 'read',
    checks: 'read',
    contents: 'read',
    'pull-requests': 'read',
  });
  expect(Object.values(job.permissions)).not.toContain('write');
  // Every input it takes means what it means in recovery.yml; none of them can make it write.
  for (const [name, spec] of Object.entries(dry.on.workflow_call.inputs))
    expect(spec).toEqual(full.on.workflow_call.inputs[name]);
  expect(dry.on.workflow_call.inputs['dry-run']).toBeUndefined();
  expect(dry.on.workflow_call.secrets).toBeUndefined();
  // The same steps, pinned the same way; only the supervise step's inputs differ: dry-run on, no token of
  // the caller's, nothing that only a write needs.
  const fullJob = full.jobs.supervise!;
  const withoutWith = (steps: typeof job.steps): unknown[] =>
    steps.map((st) => (st.id === 'supervise' ? { ...st, with: undefined } : st));
  expect(withoutWith(job.steps)).toEqual(withoutWith(fullJob.steps));
  const supervise = job.steps.find((st) => st.id === 'supervise')!;
  expect(supervise.with).toMatchObject({ 'dry-run': true, 'github-token': '${{ github.token }}' });
  expect(Object.keys(supervise.with ?? {})).not.toContain('token-can-push-workflows');
  expect(job['timeout-minutes']).toEqual(fullJob['timeout-minutes']);
});

test('the reusable workflow parses with the runner schema and asks for the minimum permissions', () => {
  const content = read('.github/workflows/recovery.yml');
  const parsed = parseWorkflow({ name: 'recovery.yml', content }, new NoOperationTraceWriter());
  expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  // The parser bites: an unknown key is reported.
  const broken = parseWorkflow(
    { name: 'x.yml', content: content.replace('  workflow_call:\n', '  workflow_call:\n    nonsense: 1\n') },
    new NoOperationTraceWriter(),
  );
  expect(broken.context.errors.getErrors().length).toBeGreaterThan(0);

  const wf = parse(content) as WorkflowYml;
  expect(wf.permissions).toEqual({});
  const job = wf.jobs.supervise!;
  expect(job.permissions).toEqual({
    actions: 'write',
    checks: 'read',
    contents: 'write',
    'pull-requests': 'write',
  });
  for (const [name, spec] of Object.entries(wf.on.workflow_call.inputs))
    expect(spec.description.length).toBeGreaterThan(10 + name.length / 100);
  expect(wf.on.workflow_call.secrets?.token?.description).toMatch(/GitHub App/);
  // Only the default branch's configuration is checked out, without credentials; no PR ref anywhere.
  const checkout = job.steps.find(
    (s) => s.uses?.startsWith('actions/checkout') && s.with?.repository === undefined,
  );
  expect(checkout?.with).toMatchObject({
    ref: '${{ github.event.repository.default_branch }}',
    'persist-credentials': false,
  });
  expect(content).not.toMatch(/head_sha|head_branch|pull_request\.head|workflow_run\.head/);
  // The code that holds the write permissions is pinned to the workflow's own commit, not a moving tag:
  // no step runs ci-recovery by a ref, and the supervise action is the local copy checked out at it.
  expect(job.steps.filter((s) => /^ci-recovery\//.test(s.uses ?? ''))).toEqual([]);
  const pinned = job.steps.find(
    (s) => s.with?.repository === '${{ job.workflow_repository || inputs.ghes-repository }}',
  );
  expect(pinned?.with).toMatchObject({
    ref: '${{ job.workflow_sha || inputs.ghes-ref }}',
    path: '.ci-recovery-supervisor',
    'persist-credentials': false,
  });
  expect(job.steps.indexOf(pinned!)).toBeLessThan(job.steps.findIndex((s) => s.id === 'supervise'));
  const supervise = job.steps.find((s) => s.id === 'supervise');
  expect(supervise?.uses).toBe('./.ci-recovery-supervisor/supervise');
  const action = parse(read('supervise/action.yml')) as ActionYml;
  for (const key of Object.keys(supervise?.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
});

test('on GHES (no job.workflow_*) the supervisor runs the copy the caller names, or stops saying so; elsewhere the inputs are ignored', () => {
  const wf = parse(read('.github/workflows/recovery.yml')) as WorkflowYml;
  const steps = wf.jobs.supervise!.steps as { if?: string; with?: Record<string, string>; run?: string }[];
  const pinned = steps.find((s) => s.with?.path === '.ci-recovery-supervisor')!;
  const guard = steps[steps.indexOf(pinned) - 1]!;
  expect(guard.run).toMatch(/exit 1/);
  const sha = 'a'.repeat(40);
  const githubCom = { workflow_repository: 'ci-recovery/ci-recovery', workflow_sha: sha, status: 'success' };
  // The stand's GHES job context: job.check_run_id and job.workflow_* are absent (docs: contexts, `job`).
  const ghes = { status: 'success' };
  const given = { 'ghes-repository': 'tools/ci-recovery', 'ghes-ref': 'b'.repeat(40) };
  const none = { 'ghes-repository': '', 'ghes-ref': '' };
  const at = (job: object, inputs: object): { stops: boolean; repository: string; ref: string } => {
    const contexts = { job, inputs, github: {} };
    return {
      stops: condition(guard.if, contexts, { status: 'success' }),
      repository: interpolate(pinned.with!.repository!, contexts),
      ref: interpolate(pinned.with!.ref!, contexts),
    };
  };
  expect(at(githubCom, none)).toEqual({ stops: false, repository: 'ci-recovery/ci-recovery', ref: sha });
  expect(at(githubCom, given)).toEqual({ stops: false, repository: 'ci-recovery/ci-recovery', ref: sha });
  expect(at(ghes, given)).toEqual({ stops: false, repository: 'tools/ci-recovery', ref: 'b'.repeat(40) });
  // Without the inputs, an empty repository would be the caller's own: the job stops first.
  expect(at(ghes, none)).toMatchObject({ stops: true, repository: '', ref: '' });
  expect(at(ghes, { ...given, 'ghes-ref': '' }).stops).toBe(true);
});

test("a caller of the reusable workflow sets the supervisor's budget and its job's time limit, budget first", () => {
  // A called workflow gets no env from its caller: without these inputs the budget could not be set at all.
  const wf = parse(read('.github/workflows/recovery.yml')) as WorkflowYml;
  const { inputs } = wf.on.workflow_call;
  const job = wf.jobs.supervise!;
  expect(job['timeout-minutes']).toBe('${{ inputs.timeout-minutes }}');
  const supervise = job.steps.find((s) => s.id === 'supervise');
  expect(supervise?.env).toEqual({ [SUPERVISE_BUDGET.setting]: '${{ inputs.budget-seconds }}' });
  expect(inputs['timeout-minutes']).toMatchObject({ type: 'number', default: 20 });
  expect(inputs['budget-seconds']).toMatchObject({
    type: 'number',
    default: SUPERVISE_BUDGET.defaultMs / 1000,
  });
  // The defaults leave the supervisor five minutes to say what it gave up on before the job is stopped.
  expect(
    Number(inputs['timeout-minutes']!.default) * 60 - Number(inputs['budget-seconds']!.default),
  ).toBeGreaterThanOrEqual(300);
});

test("the project's workflows pin every action of another repository by commit, at a node24 major", () => {
  // A tag can be moved; actions/checkout@v4 and setup-node@v4 run on node20, past its end of life (the runner
  // forces node24 on them with notices). Each pin names its version in a comment, for people and Dependabot.
  const unpinned: string[] = [];
  for (const file of ['recovery.yml', 'ci.yml', 'release.yml']) {
    for (const [, uses, comment] of read(`.github/workflows/${file}`).matchAll(
      /^\s*(?:-\s+)?uses:\s*(\S+)(?:\s+#\s*(\S+))?/gm,
    )) {
      if (uses === undefined || uses.startsWith('./')) continue;
      if (!/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(uses) || !/^v\d+\.\d+\.\d+$/.test(comment ?? ''))
        unpinned.push(`${file}: ${uses}`);
      if (/^actions\/(?:checkout|setup-node)@/.test(uses) && Number(/^v(\d+)/.exec(comment ?? '')?.[1]) < 5)
        unpinned.push(`${file}: ${uses} (node20)`);
    }
  }
  expect(unpinned).toEqual([]);
});

test("the sweep's window comes from the config, and the moved input still wins where a workflow gives it", async () => {
  const { readSettings } = await import('../../src/actions/supervise.js');
  const { DEFAULT_CONFIG } = await import('../../src/core/config-defaults.js');
  const saved = { ...process.env };
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk));
    return true;
  });
  try {
    process.env['INPUT_GITHUB-TOKEN'] = 'x';
    const config = { ...DEFAULT_CONFIG, supervise: { ...DEFAULT_CONFIG.supervise, sweepWindowMinutes: 30 } };
    expect(readSettings(config).windowMs).toBe(30 * 60_000);
    expect(readSettings(DEFAULT_CONFIG).windowMs).toBe(60 * 60_000);
    expect(written).toEqual([]);
    process.env['INPUT_SWEEP-WINDOW-MINUTES'] = '5';
    expect(readSettings(config).windowMs).toBe(5 * 60_000);
    expect(written.join('')).toContain(
      "::warning::Input 'sweep-window-minutes' moved to 'supervise.sweep-window-minutes'",
    );
  } finally {
    spy.mockRestore();
    process.env = saved;
  }
});
