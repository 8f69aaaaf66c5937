/**
 * File names a pull request controls never become workflow commands: main prints the lane's reason (a
 * changed file's name) and the restore action's dry run lists paths, from the real dist/ bundles through
 * the stand, whose parser reads stdout the way the runner does.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const exec = promisify(execFile);

// Each name breaks the line and then speaks to the runner: an annotation, a mask, and a stop of command
// processing (which would hide every later command of the step).
const HOSTILE = ['a\n::error title=pwn::owned', 'b\n::add-mask::recovery', 'c\n::stop-commands::pwn'];
const COMMAND_LINES = HOSTILE.map((name) => name.split('\n')[1]!);

let stand: Stand;
let job: JobResult;
beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }],
  });
  const workspace = await checkout(stand, 'main');
  const git = (...args: string[]) =>
    exec('git', args, { cwd: workspace, env: { ...process.env, ...stand.git.env } });
  await git('checkout', '--quiet', '-b', 'feature');
  await mkdir(path.join(workspace, 'data'));
  await writeFile(path.join(workspace, 'data', 'keep.txt'), 'kept\n');
  for (const name of HOSTILE) await writeFile(path.join(workspace, 'data', name), 'x\n');
  await git('add', 'data');
  await git(
    '-c',
    'user.name=pr',
    '-c',
    'user.email=pr@example.com',
    'commit',
    '--quiet',
    '-m',
    'hostile names',
  );
  const head = (await git('rev-parse', 'HEAD')).stdout.trim();
  const base = stand.git.seeded.at(-1)!;
  const store = `dir:${path.join(stand.root, 'injection-store')}`;
  job = await runJob({
    stand,
    workspace,
    runId: 3101,
    jobId: 7101,
    jobKey: 'names',
    ref: 'refs/pull/9/merge',
    sha: head,
    event: {
      name: 'pull_request',
      payload: {
        repository: { default_branch: 'main', full_name: stand.repo },
        pull_request: {
          number: 9,
          base: { ref: 'main', sha: base, repo: { full_name: stand.repo } },
          head: { ref: 'feature', sha: head, repo: { full_name: stand.repo } },
          labels: [],
        },
      },
    },
    env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
    steps: [
      { id: 'recovery', uses: '.', with: { 'github-token': '' } },
      { id: 'ckpt', uses: 'checkpoint', with: { paths: 'data', stage: 'names', store } },
      { id: 'drop', run: "find data -name '*::*' -delete" },
      { id: 'dry', uses: 'restore', with: { 'dry-run': 'true', store } },
      {
        id: 'cli',
        run: `"${process.execPath}" "${path.resolve('dist/cli.js')}" restore --store "${store}" --dry-run`,
      },
    ],
  });
}, 120_000);
afterAll(async () => {
  await stand?.stop();
});

describe('hostile file names in a pull request', () => {
  it('main names the file in the lane reason, as text: no annotation, mask or stop', () => {
    const main = job.stage('recovery', 'main')!;
    expect(main.outcome).toBe('success');
    expect(main.outputs.lane).toBe('STANDARD');
    expect(main.log).toContain('::error title=pwn::owned is not docs)');
    expect(main.annotations).toEqual([]);
  });

  // Each path on one line, its control characters escaped (`a\\n::error…`): no line of the log starts a
  // command, guard or not, and a terminal shows the name as it is spelled.
  const ESCAPED = HOSTILE.map((n) => `+ data/${n.replace('\n', '\\n')}`);

  it('the restore dry run lists every hostile path, each escaped on its own line and none acted on', () => {
    const dry = job.stage('dry', 'main')!;
    expect(dry.outcome).toBe('success');
    // The output carries the same escaped spelling: a later step that puts it in a command gets no line break.
    expect(dry.outputs.added!.split(',').sort()).toEqual(
      HOSTILE.map((n) => `data/${n.replace('\n', '\\n')}`),
    );
    const logLines = dry.log.split('\n');
    for (const line of ESCAPED) expect(logLines).toContain(line);
    for (const line of COMMAND_LINES) expect(logLines).not.toContain(line);
    expect(dry.annotations).toEqual([]);
  });

  it('the CLI under Actions lists them the same way', () => {
    const cli = job.stage('cli', 'main')!;
    expect(cli.outcome).toBe('success');
    const logLines = cli.log.split('\n');
    for (const line of ESCAPED) expect(logLines).toContain(line);
    for (const line of COMMAND_LINES) expect(logLines).not.toContain(line);
    expect(cli.annotations).toEqual([]);
  });

  it('no step of the job got an annotation, and nothing was masked', () => {
    expect(job.annotations.filter((a) => a.title === 'pwn' || a.message.includes('owned'))).toEqual([]);
    // 'recovery' masked would show as *** in every later ci-recovery line.
    expect(job.stage('dry', 'main')!.log).toMatch(/Dry run of ci-recovery-/);
    expect(job.stage('recovery', 'post')!.log).not.toContain('***');
  });
});
