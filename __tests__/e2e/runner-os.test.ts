/**
 * Every entry of the action (pre, main, post, run/, checkpoint/, restore/) run from the real dist bundles
 * by the stand's runner as on a Windows and on a macOS runner: no step fails because of the OS, and a
 * checkpoint saved there restores to the same files.
 *
 * THIS IS A SIMULATED PLATFORM, NOT A REAL WINDOWS OR macOS. A preload (`node --import`, written under
 * os.tmpdir()) sets `process.platform` before the bundle loads, so every platform check of ours and of the
 * bundled libraries (picomatch, @actions/*) takes the Windows or macOS branch, and RUNNER_OS says so. For
 * "Windows" it also hides /proc and gives the action steps a PATH without `zstd` and `mkfifo` (a
 * self-hosted Windows runner may well lack zstd; none has mkfifo), and one checkpoint goes to a `dir:`
 * store whose file system refuses hard links (FAT, exFAT, some SMB shares). Everything else is still
 * Linux: node's `path` stays POSIX (it is fixed when node starts), the file system is case-sensitive ext4
 * with POSIX modes and symlinks anyone may make, signals and processes are Linux's, and the shells are
 * bash, and a command line is an argv (run/'s verbatim Windows command line cannot be passed). Only a real
 * runner shows backslash paths from `path.join`, NTFS/APFS case-insensitivity, Windows file modes
 * (0o666/0o444) and symlink privileges, pwsh/cmd, and taskkill. See docs/platform.md, "Shells and runner OSes".
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { treeDigest } from '../../src/checkpoint/adapters/index.js';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

/** The preload: the platform first, then (Windows) no /proc, and optionally no hard links. */
const PRELOAD = (platform: NodeJS.Platform): string => `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
Object.defineProperty(process, 'platform', { value: ${JSON.stringify(platform)}, enumerable: true });
const refuse = (code, what, p) => Object.assign(new Error(code + ': ' + what + " '" + p + "'"), { code, path: p });
if (process.platform === 'win32') {
  const hidden = (p) => typeof p === 'string' && (p === '/proc' || p.startsWith('/proc/'));
  for (const name of ['readFileSync', 'readdirSync', 'existsSync']) {
    const real = fs[name];
    fs[name] = function (p, ...rest) {
      if (!hidden(p)) return real.call(this, p, ...rest);
      if (name === 'existsSync') return false;
      throw refuse('ENOENT', 'no such file or directory', p);
    };
  }
}
if (process.env.SIM_NO_HARD_LINKS) {
  fs.promises.link = async (a) => { throw refuse('EPERM', 'operation not permitted, link', a); };
  fs.linkSync = (a) => { throw refuse('EPERM', 'operation not permitted, link', a); };
}
syncBuiltinESMExports();
`;

interface SimulatedOs {
  runnerOs: 'Windows' | 'macOS';
  platform: NodeJS.Platform;
  /** The action steps' PATH lacks zstd and mkfifo. */
  bareTools: boolean;
}

const OSES: SimulatedOs[] = [
  { runnerOs: 'Windows', platform: 'win32', bareTools: true },
  { runnerOs: 'macOS', platform: 'darwin', bareTools: false },
];

let stand: Stand;
let scratch: string;
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# r\n' } }] });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'ci-recovery-runner-os-'));
});
afterAll(async () => {
  await stand?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A PATH holding only what the action steps may use here: git and bash (Git for Windows has both). */
async function barePath(): Promise<string> {
  const bin = path.join(scratch, 'bare-bin');
  await mkdir(bin, { recursive: true });
  for (const tool of ['git', 'bash']) {
    const real = execFileSync('which', [tool], { encoding: 'utf8' }).trim();
    await symlink(real, path.join(bin, tool)).catch(() => undefined);
  }
  return bin;
}

/** The env that makes an action step run "on" `sim`. */
async function osEnv(sim: SimulatedOs): Promise<Record<string, string>> {
  const file = path.join(scratch, `preload-${sim.platform}.mjs`);
  await writeFile(file, PRELOAD(sim.platform));
  return {
    NODE_OPTIONS: `--import=${pathToFileURL(file).href}`,
    RUNNER_OS: sim.runnerOs,
    ...(sim.bareTools ? { PATH: await barePath() } : {}),
  };
}

const BUILD = [
  'mkdir -p dist/bin dist/empty',
  'for i in $(seq 1 50); do echo "module $i" > dist/m$i.js; done',
  'printf "#!/bin/sh\\necho tool\\n" > dist/bin/tool && chmod 750 dist/bin/tool',
  'ln -s ../m1.js dist/bin/entry.js',
  // A dotfile: checkpoints keep hidden files only when asked (include-hidden-files), as these steps do.
  'echo "cache=1" > dist/.buildinfo',
].join('\n');

const OUR_STEPS = [
  'recovery',
  'tests',
  'ckpt',
  'ckpt-zst',
  'ckpt-dir',
  'restore-gz',
  'restore-zst',
  'restore-dir',
];

/**
 * Warnings and errors of our steps. Left out: post's report of the decision (not about the OS), and the
 * one thing the simulation cannot pass: @actions/cache (the ledger) on "Windows" insists the cwd starts
 * with a drive root, which a real Windows runner's always does.
 */
function ourWarnings(job: JobResult): string[] {
  return job.stages
    .filter((s) => OUR_STEPS.includes(s.stepId))
    .flatMap((s) => s.annotations.filter((a) => a.level !== 'notice').map((a) => `${s.name}: ${a.message}`))
    .filter(
      (w) =>
        !/^Post Run \.: (No decisive line|ci-recovery: could not save the ledger .*absolute drive root)/s.test(
          w,
        ),
    );
}

describe.each(OSES)('on a simulated $runnerOs runner', (sim) => {
  const runId = sim.platform === 'win32' ? 9101 : 9201;
  const common = { stand: undefined as unknown as Stand, runId, jobId: runId + 1, jobKey: 'build' };
  let env: Record<string, string>;
  let storeDir: string;
  let attempt1: JobResult;
  let attempt2: JobResult;
  let ws1: string;
  let ws2: string;

  beforeAll(async () => {
    common.stand = stand;
    env = await osEnv(sim);
    storeDir = await mkdtemp(path.join(scratch, `store-${sim.platform}-`));
    const dirStore = `dir:${storeDir}`;
    const noLinks = { ...env, SIM_NO_HARD_LINKS: '1' };
    // The zstd checkpoint is saved where zstd is installed (a hosted runner); the restores read it without.
    const withZstd = { ...env, PATH: process.env.PATH ?? '' };
    const recovery: Step = { id: 'recovery', uses: '.', env };
    const checkoutStep: Step = { id: 'checkout', uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } };
    ws1 = await mkdtemp(path.join(stand.root, 'workspace-'));
    attempt1 = await runJob({
      ...common,
      workspace: ws1,
      runAttempt: 1,
      completeRun: false,
      steps: [
        checkoutStep,
        // Attempt 1 is green, and a green job deletes its checkpoints: kept here for attempt 2 to resume.
        { ...recovery, with: { 'keep-checkpoints': 'true' } },
        { id: 'build', run: BUILD },
        // `bash {0}`: on "Windows" run/ hands the runner's ONE argument string to Node verbatim, which only
        // a real Windows passes as a command line; here it would reach bash as one word. With this format
        // the string is the script's path alone, the same on both.
        {
          id: 'tests',
          uses: 'run',
          with: { run: 'test -f dist/m1.js', stage: 'test', shell: 'bash {0}' },
          env,
        },
        {
          id: 'ckpt',
          uses: 'checkpoint',
          with: { paths: 'dist', stage: 'build', 'include-hidden-files': true },
          env,
        },
        // Full: whole in its own archive (zstd).
        {
          id: 'ckpt-zst',
          uses: 'checkpoint',
          with: { paths: 'dist', stage: 'build', full: true, 'include-hidden-files': true },
          env: withZstd,
        },
        {
          id: 'ckpt-dir',
          uses: 'checkpoint',
          // Not incremental on the job's last checkpoint: that one is in the artifact store.
          with: { paths: 'dist', stage: 'build', store: dirStore, 'include-hidden-files': true },
          env: noLinks,
        },
        ...(
          [
            ['restore-gz', 'ckpt', {}, env],
            ['restore-zst', 'ckpt-zst', {}, env],
            ['restore-dir', 'ckpt-dir', { store: dirStore }, noLinks],
          ] as const
        ).map(([id, from, extra, stepEnv]): Step => ({
          id,
          uses: 'restore',
          with: { name: `\${{ steps.${from}.outputs.checkpoint-id }}`, dest: `out-${id}`, ...extra },
          env: stepEnv,
        })),
      ],
    });
    ws2 = await mkdtemp(path.join(stand.root, 'workspace-'));
    attempt2 = await runJob({
      ...common,
      workspace: ws2,
      runAttempt: 2,
      steps: [checkoutStep, recovery],
    });
  }, 300_000);

  it('main, run/, checkpoint/, restore/ and post all succeed, and the job is green', () => {
    for (const job of [attempt1, attempt2]) {
      expect(job.conclusion).toBe('success');
      const ours = job.stages.filter((s) => OUR_STEPS.includes(s.stepId));
      expect(ours.map((s) => `${s.name}: ${s.outcome}`)).toEqual(ours.map((s) => `${s.name}: success`));
    }
    expect(attempt1.stages.filter((s) => s.stepId === 'recovery').map((s) => s.stage)).toEqual([
      'main',
      'post',
    ]);
    // The bundles really ran as on the simulated OS.
    expect(attempt1.stage('recovery', 'main')!.ranWithEnv.RUNNER_OS).toBe(sim.runnerOs);
  });

  it('every checkpoint round-trips: restore/ gives back the same files, modes and links', async () => {
    const built = await treeDigest(path.join(ws1, 'dist'));
    for (const id of ['restore-gz', 'restore-zst', 'restore-dir']) {
      expect(attempt1.steps[id]!.outputs).toMatchObject({ found: 'true', restored: 'true' });
      expect(await treeDigest(path.join(ws1, `out-${id}`, 'dist'))).toBe(built);
    }
  });

  it(`without zstd on PATH a checkpoint is gzip, and a zstd one still restores (${sim.runnerOs})`, () => {
    const names = stand.results.artifacts.filter((a) => a.finalized).map((a) => a.name);
    const gz = attempt1.steps.ckpt!.outputs['checkpoint-id'];
    const zst = attempt1.steps['ckpt-zst']!.outputs['checkpoint-id'];
    expect(names).toContain(`${zst}.tar.zst`);
    expect(names).toContain(sim.bareTools ? `${gz}.tar.gz` : `${gz}.tar.zst`);
  });

  it('a dir: store on a file system without hard links still commits the manifest', () => {
    const id = attempt1.steps['ckpt-dir']!.outputs['checkpoint-id'];
    expect(id).toMatch(/^ci-recovery-/);
    expect(attempt1.steps['ckpt-dir']!.outputs.incremental).toBe('false');
    expect(execFileSync('ls', [storeDir], { encoding: 'utf8' })).toContain(`${id}.manifest.json`);
  });

  it("attempt 2's main resumes from attempt 1's newest checkpoint and gives back the same files", async () => {
    expect(attempt2.stage('recovery', 'main')!.outputs).toMatchObject({
      resumed: 'true',
      'resume-from': attempt1.steps['ckpt-zst']!.outputs['checkpoint-id'],
    });
    expect(await treeDigest(path.join(ws2, 'dist'))).toBe(await treeDigest(path.join(ws1, 'dist')));
  });

  it('no warning from any of our steps: run/ no longer steps aside on Windows (issue 45: 4)', () => {
    expect([...ourWarnings(attempt1), ...ourWarnings(attempt2)]).toEqual([]);
  });
});
