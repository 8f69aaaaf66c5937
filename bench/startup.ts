/**
 * Start-up cost of each bundle entry: median of 20 runs of Node 24 running `dist/<entry>.js` with no
 * inputs (it may fail; we time until it exits) against the median of 20 runs of a bare `node -e 0`.
 * Prints a table of ms and added ms. One more row,
 * "post (token)", runs post as a real job does: with a token and a job id, so it loads Octokit and reads the
 * job's steps from a jobs API served here (answering at once, so it times loading, not the network).
 * Usage: npm run bench:startup [-- --against DIR] (build first: flock /tmp/build.lock npm run build). It
 * holds the build lock while timing, so a concurrent build cannot swap dist/ underneath it. `--against DIR`
 * times another build's dist/ (an older commit's, copied aside) in the same rounds, and prints its column
 * and the difference beside each row.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { entries } from '../src/index.js';
import { standNode } from '../stand/services/node24.js';
import { againstDist } from './against.js';
import { repoRoot } from '../stand/services/paths.js';

const RUNS = 20;

function timeOnce(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(standNode(), args, { cwd: env.GITHUB_WORKSPACE, env, stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - start));
  });
}

/**
 * Medians of RUNS runs per command, interleaved round by round (baseline, then each bundle) so a busy
 * machine slows all of them alike instead of skewing whichever ran during the busy spell.
 */
async function medians(commands: string[][], envs: Record<string, string>[]): Promise<number[]> {
  const envOf = (i: number): Record<string, string> => envs[i] ?? {};
  for (const [i, args] of commands.entries()) await timeOnce(args, envOf(i)); // warm the file cache; not counted
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, args] of commands.entries()) times[i]?.push(await timeOnce(args, envOf(i)));
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return ((t[RUNS / 2 - 1] ?? 0) + (t[RUNS / 2] ?? 0)) / 2;
  });
}

/** A runner-like environment with fresh file-command files and nothing to talk to. */
function stageEnv(temp: string): Record<string, string> {
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => {
      const file = path.join(temp, name.toLowerCase());
      writeFileSync(file, '');
      return [name, file];
    }),
  );
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: temp,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'octo-org/demo',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_SERVER_URL: 'https://github.com',
    // Unroutable on purpose: a bundle that reaches for the network fails fast instead of timing it.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    ...files,
  };
}

/** Re-runs this script under the build lock, so no build rewrites dist/ while it is being timed. */
function relaunchUnderBuildLock(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'flock',
      ['/tmp/build.lock', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
        env: { ...process.env, BENCH_STARTUP_LOCKED: '1' },
      },
    );
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  const dist = path.join(repoRoot, 'dist');
  const against = againstDist(process.argv);
  const names = Object.keys(entries).filter((name) => existsSync(path.join(dist, `${name}.js`)));
  if (names.length === 0) {
    console.error('No dist/<entry>.js stubs found: build first with `flock /tmp/build.lock npm run build`.');
    process.exitCode = 1;
    return;
  }
  const temp = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
  try {
    // A directory per bundle: a bundle's records (run/, checkpoint/ and restore/ record a failed step
    // when run with no inputs) would otherwise make post time a failed job's assessment.
    const envs = ['baseline', ...names].map((name) => {
      const dir = path.join(temp, name);
      mkdirSync(dir);
      return stageEnv(dir);
    });
    const api = await jobsApi();
    const withToken = names.includes('post') ? ['post (token)'] : [];
    for (const label of withToken) {
      const dir = path.join(temp, 'post-token');
      mkdirSync(dir);
      envs.push({ ...stageEnv(dir), ...tokenEnv(api.url) });
      names.push(label);
    }
    const commandsIn = (dir: string): string[][] =>
      names.map((name) => [path.join(dir, `${name.split(' ')[0]}.js`)]);
    const theirs = against ? commandsIn(against) : [];
    const [baseline = 0, ...all] = await medians(
      [['-e', '0'], ...commandsIn(dist), ...theirs],
      [...envs, ...(against ? envs.slice(1) : [])],
    ).finally(() => api.server.close());
    const times = all.slice(0, names.length);
    const theirTimes = all.slice(names.length);
    const vanished = names.filter((name) => !existsSync(path.join(dist, `${name.split(' ')[0]}.js`)));
    if (vanished.length > 0 || !existsSync(path.join(dist, 'index.js'))) {
      throw new Error(
        `dist/ changed while timing (missing: ${vanished.join(', ') || 'index.js'}); run again when no build is running.`,
      );
    }
    const rows = names.map((name, i) => ({
      entry: name.includes(' ') ? `dist/${name.replace(' ', '.js ')}` : `dist/${name}.js`,
      ms: times[i] ?? 0,
      added: (times[i] ?? 0) - baseline,
      theirs: against ? (theirTimes[i] ?? 0) - baseline : undefined,
    }));
    const pad = (s: string, n: number): string => s.padEnd(n);
    const num = (n: number): string => n.toFixed(1).padStart(9);
    const extra = against ? `${'against'.padStart(9)}${'change'.padStart(9)}` : '';
    console.log(`Start-up under Node ${await nodeVersion()} (median of ${RUNS} runs, ms)\n`);
    if (against) console.log(`against: ${against} (added ms, timed in the same rounds)\n`);
    console.log(`${pad('bundle', 22)}${'median'.padStart(9)}${'added'.padStart(9)}${extra}`);
    console.log(`${pad('node -e 0 (baseline)', 22)}${num(baseline)}${num(0)}`);
    for (const r of rows) {
      const theirs = r.theirs === undefined ? '' : `${num(r.theirs)}${num(r.added - r.theirs)}`;
      console.log(`${pad(r.entry, 22)}${num(r.ms)}${num(r.added)}${theirs}`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** What a real job passes post: a token, the job's check-run id, and an API that knows the job. */
function tokenEnv(apiUrl: string): Record<string, string> {
  return { 'INPUT_GITHUB-TOKEN': 'bench-token', 'INPUT_JOB-ID': '7', GITHUB_API_URL: apiUrl };
}

/** A jobs API that reports job 7 as a green job whose post step is running (what post sees of itself). */
function jobsApi(): Promise<{ server: Server; url: string }> {
  const job = {
    id: 7,
    name: 'build',
    status: 'in_progress',
    conclusion: null,
    steps: [
      { name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' },
      { name: 'Run ci-recovery', number: 2, status: 'completed', conclusion: 'success' },
      { name: 'test', number: 3, status: 'completed', conclusion: 'success' },
      { name: 'Post Run ci-recovery', number: 4, status: 'in_progress', conclusion: null },
    ],
  };
  const server = createServer((req, res) => {
    const found = req.url?.startsWith('/repos/octo-org/demo/actions/jobs/7') === true;
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(found ? job : { message: 'Not Found' }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

function nodeVersion(): Promise<string> {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(standNode(), ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', () => resolve(out.trim()));
  });
}

if (process.env.BENCH_STARTUP_LOCKED === '1' || !existsSync('/usr/bin/flock')) await main();
else process.exitCode = await relaunchUnderBuildLock();
