/** The checkpoint and restore steps' decisions (checkpoint/core/step.ts), without a store or a workspace. */
import type { Manifest } from '../../src/checkpoint/index.js';
import {
  boundedList,
  changeLines,
  checkpointFailure,
  checkpointSettings,
  excludeFor,
  jobContext,
  lookupAnswer,
  newestReadable,
  restoreFailure,
  stageName,
  type Candidate,
  type CheckpointInputs,
} from '../../src/checkpoint/index.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import { UserError } from '../../src/core/errors.js';

const fallback = { cwd: '/laptop/repo', tmpdir: '/tmp' };

test('the job context of a runner step comes from its JobEnv', () => {
  const env = parseJobEnv(
    {
      GITHUB_JOB: 'test',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKSPACE: '/w',
      GITHUB_SHA: 'abc',
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'o/r',
      RUNNER_TEMP: '/rt',
      'INPUT_JOB-INDEX': '1',
      INPUT_MATRIX: '{"os":"linux"}',
      CI_RECOVERY_LANE: 'HEAVY',
      CI_RECOVERY_COMPLETED_STAGES: 'deps,build',
      CI_RECOVERY_LAST_CHECKPOINT: 'ckpt-1',
    },
    fallback,
  );
  expect(jobContext(env)).toEqual({
    job: 'test.leg1',
    runId: '42',
    attempt: 2,
    workspace: '/w',
    commit: 'abc',
    branch: 'main',
    legValues: '{"os":"linux"}',
    lane: 'HEAVY',
    completedStages: ['deps', 'build'],
    lastCheckpoint: 'ckpt-1',
    owner: 'o',
    repo: 'r',
    manifestCache: '/rt/ci-recovery/checkpoints',
  });
});

test("off a runner the run is 'local' and the job 'job' (a matrix leg keeps its index); no manifest cache", () => {
  expect(jobContext(parseJobEnv({}, fallback))).toEqual({
    job: 'job',
    runId: 'local',
    attempt: 1,
    workspace: '/laptop/repo',
    completedStages: [],
  });
  const leg = parseJobEnv({ 'INPUT_JOB-INDEX': '3', INPUT_MATRIX: '{"n":1}' }, fallback);
  expect(jobContext(leg).job).toBe('job.leg3');
});

const inputs = (over: Partial<CheckpointInputs> = {}): CheckpointInputs => ({
  paths: [],
  ifNoFilesFound: 'warn',
  stage: '',
  name: '',
  store: '',
  full: false,
  exclude: [],
  includeHidden: false,
  token: '',
  ...over,
});
const config = { store: 'artifact', paths: ['dist'], retentionDays: 7 };

test('an input wins over the config, the config over the whole workspace', () => {
  expect(checkpointSettings(inputs(), config)).toEqual({
    stage: 'checkpoint',
    store: 'artifact',
    paths: ['dist'],
    retentionDays: 7,
    full: false,
    includeHidden: false,
  });
  expect(
    checkpointSettings(
      inputs({
        paths: ['a'],
        stage: ' build ',
        store: 'dir:x',
        retentionDays: 2,
        name: ' n ',
        level: 9,
        exclude: ['*.log'],
      }),
      config,
    ),
  ).toEqual({
    stage: 'build',
    store: 'dir:x',
    paths: ['a'],
    retentionDays: 2,
    name: 'n',
    level: 9,
    exclude: ['*.log'],
    full: false,
    includeHidden: false,
  });
  expect(checkpointSettings(inputs(), { ...config, paths: [] }).paths).toEqual(['.']);
  expect(stageName({})).toBe('checkpoint');
});

test('a name ci-recovery keeps for its own (keyed entries, rollback records, ...) is refused, in any case, naming the input and the fix', () => {
  // The attack: a checkpoint named ci-recovery-keyed-x; its children saved with exit 0 and could never be restored.
  expect(() => checkpointSettings(inputs({ name: 'ci-recovery-keyed-x' }), config)).toThrow(
    new UserError(
      "input 'name' 'ci-recovery-keyed-x' starts with 'ci-recovery-keyed-', which ci-recovery keeps for keyed entries: a checkpoint of that name would be read as one of them; choose a name without the prefix (e.g. 'x').",
    ),
  );
  for (const name of [
    'ci-recovery-rollback-abc',
    'CI-Recovery-Keyed-x',
    'ci-recovery-ckpt-r1-job-a1-s-001',
    'ci-recovery-plan-job-a1',
    'ci-recovery-ledger-main',
    'ci-recovery-checkpoints-build-a1',
    'ci-recovery-tests-main',
  ])
    expect(() => checkpointSettings(inputs({ name }), config)).toThrow(/which ci-recovery keeps for /);
  expect(checkpointSettings(inputs({ name: 'ci-recovery-build' }), config).name).toBe('ci-recovery-build');
});

test("what a save leaves out besides its defaults: the given globs, with the paths' own '!' exclusions", () => {
  expect(excludeFor(undefined, [])).toBeUndefined();
  expect(excludeFor(undefined, ['*.log'])).toEqual(['*.log']);
  expect(excludeFor(['tmp'], ['*.log'])).toEqual(['tmp', '*.log']);
});

test('if-no-files-found: warn warns, error fails the step, ignore is a plain line; other failures only warn', () => {
  expect(checkpointFailure('build', 'No files match.', true, 'warn')).toEqual({
    level: 'warning',
    fail: false,
    message:
      "ci-recovery: no checkpoint saved for stage 'build': No files match. The job goes on without it.",
  });
  expect(checkpointFailure('build', 'x', true, 'error')).toMatchObject({ level: 'error', fail: true });
  expect(checkpointFailure('build', 'x', true, 'error').message).toContain("('if-no-files-found: error')");
  expect(checkpointFailure('build', 'x', true, 'ignore')).toMatchObject({ level: 'info', fail: false });
  for (const mode of ['warn', 'error', 'ignore'] as const)
    expect(checkpointFailure('build', 'disk full', false, mode)).toMatchObject({
      level: 'warning',
      fail: false,
    });
});

test('fail-on-error fails the step for any checkpoint not saved, but an empty match if-no-files-found ignores', () => {
  expect(checkpointFailure('build', 'disk full.', false, 'warn', true)).toEqual({
    level: 'error',
    fail: true,
    message: "ci-recovery: no checkpoint saved for stage 'build': disk full ('fail-on-error: true').",
  });
  expect(checkpointFailure('build', 'No files match.', true, 'warn', true)).toMatchObject({
    level: 'error',
    fail: true,
  });
  expect(checkpointFailure('build', 'No files match.', true, 'ignore', true)).toMatchObject({
    level: 'info',
    fail: false,
  });
  expect(checkpointFailure('build', 'disk full', false, 'warn', false)).toMatchObject({ fail: false });
});

test('a miss fails the restore unless fail-on-miss is false; any other failure fails it', () => {
  expect(restoreFailure('', 'none', true, true)).toEqual({
    level: 'error',
    fail: true,
    message: 'ci-recovery: restore failed: none',
  });
  expect(restoreFailure('c1', 'none', true, false)).toEqual({
    level: 'warning',
    fail: false,
    message: "ci-recovery: restore of c1 failed: none ('fail-on-miss: false': the job goes on).",
  });
  expect(restoreFailure('c1', 'corrupt', false, false)).toMatchObject({ level: 'error', fail: true });
});

const manifest = (id: string): Manifest => ({ id, completedStages: ['deps'] }) as unknown as Manifest;

test('the newest readable checkpoint is chosen, and the search stops there', async () => {
  const read: string[] = [];
  async function* candidates(): AsyncGenerator<Candidate> {
    for (const c of [
      { id: 'c3', error: 'not valid JSON' },
      { id: 'c2', manifest: manifest('c2') },
      { id: 'c1', manifest: manifest('c1') },
    ]) {
      read.push(c.id);
      yield await Promise.resolve(c);
    }
  }
  const choice = await newestReadable(candidates());
  expect(choice.chosen?.id).toBe('c2');
  expect(choice.passedOver).toEqual([{ id: 'c3', error: 'not valid JSON' }]);
  expect(read).toEqual(['c3', 'c2']);
  expect(await newestReadable([{ id: 'x' }])).toEqual({
    passedOver: [{ id: 'x', error: 'its manifest cannot be read' }],
  });
});

test('a lookup answers with outputs when usable, else names the miss', () => {
  expect(lookupAnswer('c1', manifest('c1'), { usable: true })).toMatchObject({
    outputs: { found: 'true', 'checkpoint-id': 'c1', restored: 'false', 'completed-stages': 'deps' },
  });
  expect(lookupAnswer('c1', manifest('c1'), { usable: false, problem: 'archive gone' })).toEqual({
    miss: 'Checkpoint c1 is not usable: archive gone.',
  });
});

test('a dry run shows one line per path, a directory added or deleted whole as one', () => {
  expect(
    changeLines({
      added: ['nm', 'nm/a', 'src/x'],
      modified: ['b'],
      deleted: ['cache', 'cache/y'],
      unchanged: 3,
    }),
  ).toEqual(['+ nm', '+ src/x', '~ b', '- cache']);
});

test('a dry run line cannot carry a workflow command or a terminal escape in a file name (one line per path)', () => {
  const lines = changeLines({
    added: ['src/evil\n::error::injected'],
    modified: ['esc\u001b[31mred\r'],
    deleted: ['back\\slash\u0085'],
    unchanged: 0,
  });
  expect(lines).toEqual([
    '+ src/evil\\n::error::injected',
    '~ esc\\u001b[31mred\\r',
    '- back\\\\slash\\u0085',
  ]);
  // eslint-disable-next-line no-control-regex
  for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
});

test('a name a reader cannot see as it is (a zero-width or bidi format character, a line separator) is shown escaped', () => {
  const lines = changeLines({
    added: ['.g\u200cit/hooks/pre-commit', 'invoice\u202egpj.exe'],
    modified: ['a\u2028b'],
    deleted: ['caf\u00e9/r\u00e9sum\u00e9.txt'],
    unchanged: 0,
  });
  expect(lines).toEqual([
    '+ .g\\u200cit/hooks/pre-commit',
    '+ invoice\\u202egpj.exe',
    '~ a\\u2028b',
    '- caf\u00e9/r\u00e9sum\u00e9.txt',
  ]);
});

test('restore list outputs stay bounded: whole paths within 256 KiB, then ",..." (a job output is at most 1 MB)', () => {
  const paths = Array.from({ length: 20_000 }, (_, i) => `node_modules/pkg-${i}/index.js`);
  const out = boundedList(paths);
  expect(out.length).toBeLessThanOrEqual(256 * 1024);
  expect(out.endsWith(',...')).toBe(true);
  const kept = out.slice(0, -4).split(',');
  expect(kept).toEqual(paths.slice(0, kept.length));
  expect(boundedList(['a', 'b'])).toBe('a,b');
  expect(boundedList([])).toBe('');
});
